// Internal: the passage of an article that best shows why it matched.
#ifndef NEWSQ_QUERY_SNIPPET_H_
#define NEWSQ_QUERY_SNIPPET_H_

#include <algorithm>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_set.h"
#include "engine/french_analyzer.h"
#include "newsq/search.h"

namespace newsq::internal {

// The words a query matches: stems and folded forms, as the analyser produces
// them.
struct QueryWords {
  absl::flat_hash_set<std::string> stems;
  absl::flat_hash_set<std::string> folded;
  bool Matches(const FrenchAnalyzer::Word& word) const {
    return (!word.stem.empty() && stems.contains(word.stem)) ||
           folded.contains(word.folded);
  }
  // False when no stem of the query can be the stem of `folded_word`. The
  // French stemmer only rewrites a word's ending, never its first two letters,
  // so a word whose first two bytes start no query stem needs no stemming.
  bool MayShareAStem(std::string_view folded_word) const {
    for (const std::string& stem : stems) {
      const size_t head = std::min<size_t>(2, stem.size());
      if (folded_word.substr(0, head) == std::string_view(stem).substr(0, head))
        return true;
    }
    return false;
  }
};

// The window of about `max_words` words of `text` holding the most distinct
// query words (ties: the earliest), cut at word boundaries, with "…" where text
// was cut, and every matching word highlighted. The start of the text when
// nothing matches.
Snippet MakeSnippet(const FrenchAnalyzer& analyzer, std::string_view text,
                    const QueryWords& query, size_t max_words = 30);

}  // namespace newsq::internal

#endif  // NEWSQ_QUERY_SNIPPET_H_
