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
  // False when `raw_word`, a word as the text spells it, can match no query
  // word. The French stemmer only rewrites a word's ending, never its first
  // two letters, and folding turns ASCII letters into their lower case, so a
  // word opening with two ASCII bytes that open no query stem nor folded word
  // needs no folding nor stemming. A word opening with any other byte (an
  // accent, a ligature) may fold into anything and is kept.
  bool MayMatch(std::string_view raw_word) const {
    const size_t head = std::min<size_t>(2, raw_word.size());
    char lowered[2];
    for (size_t i = 0; i < head; ++i) {
      const unsigned char c = static_cast<unsigned char>(raw_word[i]);
      if (c >= 0x80) return true;
      lowered[i] =
          static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    const std::string_view key(lowered, head);
    auto opens = [&key](const std::string& word) {
      const size_t n = std::min(key.size(), word.size());
      return !word.empty() &&
             key.substr(0, n) == std::string_view(word).substr(0, n);
    };
    return std::any_of(stems.begin(), stems.end(), opens) ||
           std::any_of(folded.begin(), folded.end(), opens);
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
