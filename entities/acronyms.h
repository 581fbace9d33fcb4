// Internal: acronyms that a text defines by spelling them out, as in
// "la Société d'énergie et d'eau du Gabon (SEEG)" or "la CNIL (Commission
// nationale de l'informatique et des libertés)".
#ifndef NEWSQ_ENTITIES_ACRONYMS_H_
#define NEWSQ_ENTITIES_ACRONYMS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "entities/entity_tokens.h"

namespace newsq::internal {

struct AcronymDefinition {
  std::string acronym;    // "SEEG"
  std::string long_form;  // "Société d'énergie et d'eau du Gabon"
  // The tokens [first, last] that the definition covers, acronym included.
  size_t first = 0;
  size_t last = 0;
  // The long form is in lower case ("taxe sur les terrains non bâtis (TNB)"):
  // the acronym abbreviates a common noun, not a name.
  bool common_noun = false;
};

// Finds each acronym in brackets right after its long form, or each long form
// in brackets right after its acronym. The long form's words' initials must
// spell the acronym's capitals in order; little words ("de", "la", "et",
// "pour") may give theirs or not, and a hyphenated word may give one initial
// per part ("libre-échange"). The acronym's lower-case letters are not matched
// ("ZLECAf"). In text order, without overlaps.
std::vector<AcronymDefinition> FindAcronymDefinitions(
    const std::vector<EntityToken>& tokens);

// Whether `long_form` spells `acronym` by the same rule, without brackets
// around either ("Paris Saint-Germain" and "PSG").
bool SpellsAcronym(std::string_view long_form, std::string_view acronym);

}  // namespace newsq::internal

#endif  // NEWSQ_ENTITIES_ACRONYMS_H_
