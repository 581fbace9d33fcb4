// Internal: French function words, folded (no accents), for query-side
// stopping.
#ifndef NEWSQ_ENGINE_FRENCH_STOPWORDS_H_
#define NEWSQ_ENGINE_FRENCH_STOPWORDS_H_

#include <span>
#include <string_view>

namespace newsq::internal {

// Articles, pronouns, prepositions, conjunctions and the forms of "être" and
// "avoir", after FoldText. Modelled on the list that ships with Snowball's
// French stemmer.
std::span<const std::string_view> FrenchStopWords();

}  // namespace newsq::internal

#endif  // NEWSQ_ENGINE_FRENCH_STOPWORDS_H_
