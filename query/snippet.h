// Internal: the passage of an article that best shows why it matched.
#ifndef NEWSQ_QUERY_SNIPPET_H_
#define NEWSQ_QUERY_SNIPPET_H_

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

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
};

// Which words of a text may match a query's words, from their first bytes
// alone. The French stemmer only rewrites a word's ending, never its first two
// letters, and folding turns ASCII letters into their lower case, so a word
// opening with two ASCII bytes that open no query stem nor folded word needs no
// folding nor stemming. A word opening with any other byte (an accent, a
// ligature) may fold into anything and is kept. The query words' openings are
// gathered once, for the many words of a text.
class WordPrefilter {
 public:
  explicit WordPrefilter(const QueryWords& query) {
    for (const auto* words : {&query.stems, &query.folded}) {
      for (const std::string& word : *words) {
        if (word.empty()) continue;
        std::string head = word.substr(0, 2);
        if (std::find(heads_.begin(), heads_.end(), head) == heads_.end())
          heads_.push_back(std::move(head));
      }
    }
  }

  // False when `raw_word`, a word as the text spells it, can match no query
  // word.
  bool MayMatch(std::string_view raw_word) const {
    const size_t size = std::min<size_t>(2, raw_word.size());
    char lowered[2];
    for (size_t i = 0; i < size; ++i) {
      const unsigned char c = static_cast<unsigned char>(raw_word[i]);
      if (c >= 0x80) return true;
      lowered[i] =
          static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    // A query word opens with the word's first bytes, as far as both go.
    for (const std::string& head : heads_) {
      const size_t n = std::min(size, head.size());
      if (std::string_view(lowered, n) == std::string_view(head).substr(0, n))
        return true;
    }
    return false;
  }

 private:
  std::vector<std::string> heads_;  // each query word's first two bytes, once
};

// The window of about `max_words` words of `text` holding the most distinct
// query words (ties: the earliest), cut at word boundaries, with "…" where text
// was cut, and every matching word highlighted. The start of the text when
// nothing matches.
Snippet MakeSnippet(const FrenchAnalyzer& analyzer, std::string_view text,
                    const QueryWords& query, size_t max_words = 30);

}  // namespace newsq::internal

#endif  // NEWSQ_QUERY_SNIPPET_H_
