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

// `suggestion` (a folded indexed word) written as the user wrote `typed`: the
// letters they share at the start and at the end keep the typed characters,
// accents and capitals included ("présidentiele" -> "présidentielle",
// "Macorn" -> "Macron"), the corrected middle comes from the index. When the
// typed characters do not fold one by one into `folded`, the suggestion stays
// as indexed.
std::string InTypedForm(const FrenchAnalyzer& analyzer, std::string_view typed,
                        const std::string& folded, const std::string& suggestion) {
  // Each typed character with what it folds to.
  std::vector<std::pair<std::string, std::string>> characters;
  std::string refolded;
  for (Xapian::Utf8Iterator it(typed.data(), typed.size());
       it != Xapian::Utf8Iterator(); ++it) {
    std::string original;
    Xapian::Unicode::append_utf8(original, *it);
    std::string folded_character = analyzer.Fold(original);
    refolded += folded_character;
    characters.emplace_back(std::move(original), std::move(folded_character));
  }
  if (refolded != folded) return suggestion;
  // Whole typed characters whose folds match the suggestion's start, then its
  // end.
  size_t head = 0, head_bytes = 0;
  while (head < characters.size() &&
         suggestion.compare(head_bytes, characters[head].second.size(),
                            characters[head].second) == 0) {
    head_bytes += characters[head].second.size();
    ++head;
  }
  size_t tail = characters.size(), tail_bytes = 0;
  while (tail > head) {
    const std::string& f = characters[tail - 1].second;
    if (tail_bytes + f.size() > suggestion.size() - head_bytes ||
        suggestion.compare(suggestion.size() - tail_bytes - f.size(), f.size(),
                           f) != 0)
      break;
    tail_bytes += f.size();
    --tail;
  }
  std::string out;
  for (size_t i = 0; i < head; ++i) out += characters[i].first;
  out += suggestion.substr(head_bytes,
                           suggestion.size() - head_bytes - tail_bytes);
  for (size_t i = tail; i < characters.size(); ++i) out += characters[i].first;
  return out;
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
    word = (negated ? word.substr(0, 1) : "") +
           InTypedForm(analyzer, negated ? std::string_view(word).substr(1)
                                         : std::string_view(word),
                       folded, closest);
    changed = true;
  }
  return changed ? absl::StrJoin(words, " ") : "";
}

}  // namespace newsq::internal
