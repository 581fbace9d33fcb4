#include "query/spelling.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "engine/schema.h"
#include "engine/terms.h"
#include "engine/text_folding.h"
#include "query/filters.h"
#include "query/query_parser.h"

namespace newsq::internal {
namespace {

// How far a typo may be from the word meant: one edit for words of up to five
// letters, two beyond.
int EditLimit(size_t length) { return length <= 5 ? 1 : 2; }

// French writes a grave accent on an e only before a consonant or two and a
// syllable of a mute e ("policière", "Genève", "complètement"), or before a
// final s ("après"). A correction that changes what follows the typed "è"
// can leave it where French never writes one: "policière" corrected to the
// indexed "policiers" would read "policièrs". Such an "è" is written "e".
void DropGraveAccentsFrenchCannotHave(std::string& word) {
  static constexpr std::string_view kVowels = "aeiouy";
  for (std::string_view grave : {"\u00e8", "\u00c8"}) {
    for (size_t at = word.find(grave); at != std::string::npos;
         at = word.find(grave, at + 1)) {
      const std::string_view rest =
          std::string_view(word).substr(at + grave.size());
      size_t consonants = 0;
      while (consonants < rest.size() &&
             absl::ascii_isalpha(rest[consonants]) &&
             kVowels.find(absl::ascii_tolower(rest[consonants])) ==
                 std::string_view::npos)
        ++consonants;
      const bool before_mute_e = consonants >= 1 && consonants <= 2 &&
                                 consonants < rest.size() &&
                                 absl::ascii_tolower(rest[consonants]) == 'e';
      const bool before_final_s =
          rest.size() == 1 && absl::ascii_tolower(rest[0]) == 's';
      if (!before_mute_e && !before_final_s)
        word.replace(at, grave.size(), grave == "\u00e8" ? "e" : "E");
    }
  }
}

}  // namespace

std::string InTypedForm(const FrenchAnalyzer& analyzer, std::string_view typed,
                        const std::string& folded,
                        const std::string& suggestion) {
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
  std::string middle = suggestion.substr(
      head_bytes, suggestion.size() - head_bytes - tail_bytes);
  // A word typed in capitals ("SNCF", "OPENIA") is corrected in capitals, not
  // in a mix of the typed and the indexed letters ("SNCb").
  int capitals = 0;
  bool lower_case = false;
  for (Xapian::Utf8Iterator it(typed.data(), typed.size());
       it != Xapian::Utf8Iterator(); ++it) {
    const Xapian::Unicode::category category =
        Xapian::Unicode::get_category(*it);
    capitals += category == Xapian::Unicode::UPPERCASE_LETTER;
    lower_case |= category == Xapian::Unicode::LOWERCASE_LETTER;
  }
  if (capitals >= 2 && !lower_case) {
    std::string upper;
    for (Xapian::Utf8Iterator it(middle); it != Xapian::Utf8Iterator(); ++it)
      Xapian::Unicode::append_utf8(upper, Xapian::Unicode::toupper(*it));
    middle = std::move(upper);
  }
  std::string out;
  for (size_t i = 0; i < head; ++i) out += characters[i].first;
  out += middle;
  for (size_t i = tail; i < characters.size(); ++i) out += characters[i].first;
  if (!middle.empty()) DropGraveAccentsFrenchCannotHave(out);
  return out;
}

namespace {

// The outlet a user most likely meant by `key` (a filter key no article
// has): one whose name holds it as whole words ("orange" in "orange
// actualites"), else one whose name or one of its words is within two edits
// of it ("liberaton", "gazete"), the most frequent first; shown by its name as
// pages give it. "" when none.
std::string ClosestOutlet(const Xapian::Database& db, const std::string& key) {
  const std::string prefix(schema::kOutlet);
  const int limit = EditLimit(key.size());
  std::string best_term;
  int best_distance = limit + 1;  // 0: holds the words; else edits
  Xapian::doccount best_frequency = 0;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix);
       ++it) {
    const std::string term = *it;
    const std::string name = term.substr(prefix.size());
    int distance =
        HoldsWords(name, key) ? 0 : BoundedEditDistance(key, name, limit);
    // A mistyped word of the name: "gazete" for "La Gazette du Rhône".
    for (absl::string_view word : absl::StrSplit(name, ' ')) {
      if (distance == 0) break;
      if (word.size() >= 3) {
        distance = std::min(
            distance,
            BoundedEditDistance(key, std::string_view(word.data(), word.size()),
                                limit));
      }
    }
    const Xapian::doccount frequency = it.get_termfreq();
    if (distance < best_distance ||
        (distance == best_distance && frequency > best_frequency)) {
      best_term = term;
      best_distance = distance;
      best_frequency = frequency;
    }
  }
  if (best_term.empty() || best_distance > limit) return "";
  Xapian::PostingIterator first = db.postlist_begin(best_term);
  if (first == db.postlist_end(best_term)) return "";
  return db.get_document(*first).get_value(schema::kOutletSlot);
}

// The query with each outlet:/media: filter that names no indexed outlet
// replaced by the outlet it most likely meant, quoted; "" when none changes.
std::string SuggestOutlets(const Xapian::Database& db, std::string_view text) {
  std::string out;
  bool changed = false;
  size_t at = 0;
  while (at < text.size()) {
    // A filter starts a token: the text's start, or after a space or '('.
    size_t field_end = std::string_view::npos;
    for (std::string_view field : {"outlet:", "media:", "Outlet:", "Media:"}) {
      if (text.substr(at).starts_with(field) &&
          (at == 0 || text[at - 1] == ' ' || text[at - 1] == '(')) {
        field_end = at + field.size();
        break;
      }
    }
    if (field_end == std::string_view::npos) {
      out += text[at++];
      continue;
    }
    size_t value_begin = field_end, value_end;
    if (field_end < text.size() && text[field_end] == '"') {
      value_begin = field_end + 1;
      value_end = std::min(text.find('"', value_begin), text.size());
    } else {
      value_end = std::min(text.find_first_of(" )", field_end), text.size());
    }
    const size_t token_end =
        std::min(value_end + (text[field_end] == '"' ? 1 : 0), text.size());
    const std::string_view value =
        text.substr(value_begin, value_end - value_begin);
    // By name or by domain ("liberaton.fr" is looked for as "liberaton").
    const std::string key = OutletSuggestionKey(value);
    // Two letters say too little to guess from.
    const std::string outlet = key.size() < 3 || OutletFilterFinds(db, value)
                                   ? ""
                                   : ClosestOutlet(db, key);
    if (outlet.empty() || outlet.find('"') != std::string::npos) {
      out += text.substr(at, token_end - at);
    } else {
      out +=
          std::string(text.substr(at, field_end - at)) + "\"" + outlet + "\"";
      changed = true;
    }
    at = token_end;
  }
  return changed ? out : "";
}

}  // namespace

std::vector<IndexedWord> ClosestIndexedWords(const Xapian::Database& db,
                                             const std::string& folded,
                                             int limit, size_t count) {
  std::vector<IndexedWord> closest;
  if (folded.empty() || limit <= 0 || count == 0) return closest;
  const auto better = [](const IndexedWord& a, const IndexedWord& b) {
    return a.distance != b.distance ? a.distance < b.distance
                                    : a.articles > b.articles;
  };
  // Words as written are the only unprefixed terms, and they are lower case:
  // the first letter's slice of the term list holds them all.
  const std::string first(1, folded[0]);
  for (auto it = db.allterms_begin(first); it != db.allterms_end(first); ++it) {
    const std::string term = *it;
    if (std::abs(static_cast<int>(term.size()) -
                 static_cast<int>(folded.size())) > limit)
      continue;
    const int distance = BoundedEditDistance(folded, term, limit);
    if (distance > limit || distance == 0) continue;
    IndexedWord candidate{term, distance, it.get_termfreq()};
    if (closest.size() == count && !better(candidate, closest.back())) continue;
    closest.insert(
        std::upper_bound(closest.begin(), closest.end(), candidate, better),
        std::move(candidate));
    if (closest.size() > count) closest.pop_back();
  }
  return closest;
}

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
  const std::string outlets_fixed = SuggestOutlets(db, text);
  if (!outlets_fixed.empty()) text = outlets_fixed;
  std::vector<std::string> words =
      absl::StrSplit(std::string(text), ' ', absl::SkipEmpty());
  bool changed = !outlets_fixed.empty();
  bool in_quotes = false;
  int looked_up = 0;
  for (std::string& word : words) {
    const bool quoted = in_quotes || word.find('"') != std::string::npos;
    for (char c : word) in_quotes = c == '"' ? !in_quotes : in_quotes;
    if (quoted || IsQueryOperator(word) || word.find(':') != std::string::npos)
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
    // Stop words are not indexed as written: they are no typos either.
    if (analyzer.IsStopWord(folded) || db.term_exists(folded)) continue;
    if (looked_up++ == kMaxWordsLookedUp) break;
    const std::vector<IndexedWord> closest =
        ClosestIndexedWords(db, folded, EditLimit(folded.size()), 1);
    if (closest.empty()) continue;
    word = (negated ? word.substr(0, 1) : "") +
           InTypedForm(analyzer,
                       negated ? std::string_view(word).substr(1)
                               : std::string_view(word),
                       folded, closest.front().word);
    changed = true;
  }
  return changed ? absl::StrJoin(words, " ") : "";
}

}  // namespace newsq::internal
