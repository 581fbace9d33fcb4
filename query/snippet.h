// Internal: the passage of an article that best shows why it matched.
#ifndef NEWSQ_QUERY_SNIPPET_H_
#define NEWSQ_QUERY_SNIPPET_H_

#include <algorithm>
#include <array>
#include <cstdint>
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
        any_ = true;
        const auto first = static_cast<unsigned char>(word[0]);
        if (word.size() == 1) {
          opens_[first] |= kOpensAlone;
          continue;
        }
        opens_[first] |= kOpens;
        const uint16_t pair = Pair(first, static_cast<unsigned char>(word[1]));
        if (std::find(pairs_.begin(), pairs_.end(), pair) == pairs_.end())
          pairs_.push_back(pair);
      }
    }
  }

  // False when `raw_word`, a word as the text spells it, can match no query
  // word.
  bool MayMatch(std::string_view raw_word) const {
    if (raw_word.empty()) return any_;
    const unsigned char first = Lowered(raw_word[0]);
    if (first >= 0x80) return true;
    // A query word opens with the word's first bytes, as far as both go.
    if (opens_[first] == 0) return false;
    if (raw_word.size() == 1 || (opens_[first] & kOpensAlone) != 0) return true;
    const unsigned char second = Lowered(raw_word[1]);
    if (second >= 0x80) return true;
    return std::find(pairs_.begin(), pairs_.end(), Pair(first, second)) !=
           pairs_.end();
  }

 private:
  static constexpr uint8_t kOpens = 1;       // a query word opens with it
  static constexpr uint8_t kOpensAlone = 2;  // a one-letter query word is it
  static unsigned char Lowered(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 'A' && u <= 'Z' ? u + ('a' - 'A') : u;
  }
  static uint16_t Pair(unsigned char first, unsigned char second) {
    return static_cast<uint16_t>(first << 8 | second);
  }

  bool any_ = false;
  std::array<uint8_t, 256> opens_{};  // by first byte: kOpens, kOpensAlone
  std::vector<uint16_t> pairs_;       // each query word's first two bytes
};

// The window of about `max_words` words of `text` holding the most distinct
// query words, then the most matches (ties: the earliest), cut at word
// boundaries, with "…" where text was cut, and every matching word
// highlighted. Windows are looked for up to `max_words` words after the first
// one that holds every query word, so the work is bounded by the first
// paragraphs that show the whole query. The start of the text when nothing
// matches; empty for a text without words or a `max_words` of 0.
Snippet MakeSnippet(const FrenchAnalyzer& analyzer, std::string_view text,
                    const QueryWords& query, size_t max_words = 30);

}  // namespace newsq::internal

#endif  // NEWSQ_QUERY_SNIPPET_H_
