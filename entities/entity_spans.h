// Internal: where a proper name begins and ends among the tokens of a text.
#ifndef NEWSQ_ENTITIES_ENTITY_SPANS_H_
#define NEWSQ_ENTITIES_ENTITY_SPANS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "entities/entity_tokens.h"

namespace newsq::internal {

// Extends the name that starts at tokens[i] (already in `parts`) over the
// capitalised words, initials, particles ("de", "von der") and elisions
// ("Côte d'Ivoire", "Afrique de l'Ouest") that continue it, and, after an
// institution's head word, over its lower-case complements ("Cour des
// comptes", "Commission européenne"). `institution` says that the name is an
// institution's even if its first word does not (a lower-case head noun opens
// it: "ministère de l'Économie et des Finances"). Returns the index after the
// name.
size_t ExtendName(const std::vector<EntityToken>& tokens, size_t i,
                  bool institution, std::vector<std::string>& parts);

// The lower-case head noun that opens the name starting at tokens[i], with
// the particles between them: "rue" for "rue Mercière", "place des" for
// "place des Terreaux", "ministère de" for "ministère de l'Intérieur". Returns
// the head's index, or i when there is none; sets `type` to "LOC" or "ORG".
size_t HeadNounBefore(const std::vector<EntityToken>& tokens, size_t i,
                      std::string& type);

// "Canadiens de Montréal", "Mavericks de Dallas", "Rockies du Colorado": a
// capitalised plural that is neither a place nor a given name, then "de" or
// "du" and a place, names a team.
bool IsTeamOf(std::string_view plural, std::string_view particle);

}  // namespace newsq::internal

#endif  // NEWSQ_ENTITIES_ENTITY_SPANS_H_
