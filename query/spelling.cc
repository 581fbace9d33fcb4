#include "query/spelling.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"

namespace newsq::internal {
namespace {

bool IsOperatorWord(std::string_view word) {
  return word == "AND" || word == "OR" || word == "NOT" || word == "XOR" ||
         word == "NEAR" || word == "ADJ" || word == "ET" || word == "OU";
}

// The indexed word closest to `folded`, or "" when none is close enough.
std::string ClosestIndexedWord(const Xapian::Database& db,
                               const std::string& folded) {
  const int limit = folded.size() <= 5 ? 1 : 2;
  const std::string first(1, folded[0]);
  std::string best;
  int best_distance = limit + 1;
  Xapian::doccount best_freq = 0;
  for (auto it = db.allterms_begin(first); it != db.allterms_end(first); ++it) {
    const std::string term = *it;
    const int length_gap = std::abs(static_cast<int>(term.size()) -
                                    static_cast<int>(folded.size()));
    if (length_gap > limit) continue;
    const int distance = BoundedEditDistance(folded, term, limit);
    if (distance > limit || distance == 0) continue;
    const Xapian::doccount freq = it.get_termfreq();
    if (distance < best_distance ||
        (distance == best_distance && freq > best_freq)) {
      best = term;
      best_distance = distance;
      best_freq = freq;
    }
  }
  return best;
}

}  // namespace

int BoundedEditDistance(std::string_view a, std::string_view b, int limit) {
  const size_t n = a.size(), m = b.size();
  std::vector<int> two_back(m + 1), previous(m + 1), current(m + 1);
  for (size_t j = 0; j <= m; ++j) previous[j] = static_cast<int>(j);
  for (size_t i = 1; i <= n; ++i) {
    current[0] = static_cast<int>(i);
    int row_min = current[0];
    for (size_t j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min(
          {previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        current[j] = std::min(current[j], two_back[j - 2] + 1);
      row_min = std::min(row_min, current[j]);
    }
    if (row_min > limit) return limit + 1;
    two_back.swap(previous);
    previous.swap(current);
  }
  return std::min(previous[m], limit + 1);
}

std::string SuggestQuery(const Xapian::Database& db,
                         const FrenchAnalyzer& analyzer,
                         std::string_view text) {
  std::vector<std::string> words =
      absl::StrSplit(std::string(text), ' ', absl::SkipEmpty());
  bool changed = false;
  bool in_quotes = false;
  for (std::string& word : words) {
    const bool quoted = in_quotes || word.find('"') != std::string::npos;
    for (char c : word) in_quotes = c == '"' ? !in_quotes : in_quotes;
    if (quoted || IsOperatorWord(word) || word.find(':') != std::string::npos)
      continue;
    const bool negated = word[0] == '-' || word[0] == '+';
    std::string folded = analyzer.Fold(negated ? word.substr(1) : word);
    // One word, letters only: the vocabulary has nothing to say about numbers,
    // wildcards or words the folding splits.
    if (folded.size() < 3 || folded.find(' ') != std::string::npos ||
        !std::all_of(folded.begin(), folded.end(), [](char c) {
          return (c >= 'a' && c <= 'z') ||
                 static_cast<unsigned char>(c) >= 0x80;
        }))
      continue;
    if (db.term_exists(folded)) continue;
    const std::string closest = ClosestIndexedWord(db, folded);
    if (closest.empty()) continue;
    word = (negated ? word.substr(0, 1) : "") + closest;
    changed = true;
  }
  return changed ? absl::StrJoin(words, " ") : "";
}

}  // namespace newsq::internal
