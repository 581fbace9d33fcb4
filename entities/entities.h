// Internal: named entities of French news text, by rules (a first version:
// capitalised word sequences, with French particles, sentence starts and titles
// handled).
#ifndef NEWSQ_ENTITIES_ENTITIES_H_
#define NEWSQ_ENTITIES_ENTITIES_H_

#include <string>
#include <string_view>
#include <vector>

#include "newsq/article.h"

namespace newsq::internal {

// Finds the proper names in `title` and `text`: runs of capitalised words and
// acronyms, joined by particles ("de", "du", "d'", "van", "ben", "el"...),
// minus capitalised function words at sentence starts ("Selon", "Cette", "Le").
// A surname alone ("Musk", "M. Musk") counts as a mention of the full name seen
// in the same article ("Elon Musk"). Types are guessed from cues: titles (M.,
// Mme, président) and two-word names for PER, acronyms and organisation words
// for ORG, places after "à", "en", "au" or known as places for LOC; where no
// cue says, the type the news gives the name elsewhere (NewsNames in
// entity_lexicon.h), else the learnt model (entity_type_model.h) when it is
// sure enough, else MISC. Most mentioned first, at most 40.
std::vector<Entity> FindEntities(std::string_view title, std::string_view text);

// For training the learnt type model (entity_type_model.h): each name that
// FindEntities considers, before its limit on names, with the type the rules
// give it (MISC when they find no evidence; neither NewsNames nor the model is
// asked, so that the generator of NewsNames reads the rules alone) and the
// features the model reads.
struct NameEvidence {
  std::string name;
  std::string rule_type;
  std::vector<std::string> features;
};
std::vector<NameEvidence> FindNamesWithEvidence(std::string_view title,
                                                std::string_view text);

}  // namespace newsq::internal

#endif  // NEWSQ_ENTITIES_ENTITIES_H_
