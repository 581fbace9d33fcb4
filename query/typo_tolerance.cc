#include "query/typo_tolerance.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "engine/schema.h"
#include "query/query_parser.h"
#include "query/spelling.h"

namespace newsq::internal {
namespace {

// A word held by at most this many articles may be a typo itself (pages have
// typos too) when a close spelling is kMuchMoreCommon times as frequent.
constexpr Xapian::doccount kRareArticles = 2;
constexpr Xapian::doccount kMuchMoreCommon = 50;
// Spellings searched for a word the index does not hold.
constexpr size_t kSpellingsSearched = 3;

bool IsLetters(std::string_view folded) {
  return !folded.empty() &&
         std::all_of(folded.begin(), folded.end(), [](char c) {
           return (c >= 'a' && c <= 'z') ||
                  static_cast<unsigned char>(c) >= 0x80;
         });
}

std::string StemTerm(const FrenchAnalyzer& analyzer, std::string_view folded) {
  return std::string(1, schema::kStem) + analyzer.Stem(folded);
}

}  // namespace

int TyposAllowed(size_t length) {
  if (length < 5) return 0;
  return length < 9 ? 1 : 2;
}

PlainWords PlainWordsOf(const FrenchAnalyzer& analyzer, std::string_view text) {
  PlainWords query;
  query.tokens = absl::StrSplit(std::string(text), ' ', absl::SkipEmpty());
  bool in_quotes = false;
  for (size_t i = 0; i < query.tokens.size(); ++i) {
    const std::string& token = query.tokens[i];
    const bool quoted = in_quotes || token.find('"') != std::string::npos;
    for (char c : token) in_quotes = c == '"' ? !in_quotes : in_quotes;
    if (quoted || token.find(':') != std::string::npos ||
        token.find('*') != std::string::npos)
      continue;
    const size_t begin = token.find_first_not_of("+-(");
    if (begin == std::string::npos) continue;
    size_t end = token.size();
    while (end > begin && std::string_view(")]},;.!?").find(token[end - 1]) !=
                              std::string_view::npos)
      --end;
    PlainWord word{i, token.substr(0, begin), token.substr(begin, end - begin),
                   token.substr(end), ""};
    if (IsQueryOperator(word.typed)) continue;
    word.folded = analyzer.Fold(word.typed);
    // One word of letters: the vocabulary says nothing of numbers, and a
    // token the folding splits ("Jean-Luc") is several words.
    if (!IsLetters(word.folded) || analyzer.IsStopWord(word.folded)) continue;
    query.words.push_back(std::move(word));
  }
  return query;
}

TolerantQuery TolerateTypos(const Xapian::Database& db,
                            const FrenchAnalyzer& analyzer,
                            std::string_view text) {
  PlainWords query = PlainWordsOf(analyzer, text);
  TolerantQuery tolerant;
  int looked_up = 0;
  for (const PlainWord& word : query.words) {
    // An excluded word excludes nothing when misspelt: nothing to correct.
    if (word.before.find('-') != std::string::npos) continue;
    if (word.token > 0) {
      const std::string& previous = query.tokens[word.token - 1];
      if (previous == "NOT" || previous == "SAUF") continue;
    }
    const int limit = TyposAllowed(word.folded.size());
    if (limit == 0) continue;
    const std::string own_stem = StemTerm(analyzer, word.folded);
    // By the stem: an inflection the index lacks as written ("présidentiele")
    // is found through its stem, and is no typo.
    const Xapian::doccount held = db.get_termfreq(own_stem);
    if (held > kRareArticles) continue;
    const bool required = word.before.find('+') != std::string::npos;
    // A required word can only be replaced, which a word some articles hold
    // must not be.
    if (held > 0 && required) continue;
    if (looked_up++ == kMaxWordsLookedUp) break;
    std::vector<IndexedWord> candidates = ClosestIndexedWords(
        db, word.folded, limit, held == 0 ? kSpellingsSearched * 2 : 1);
    Correction correction{word.typed, {}, held > 0};
    absl::flat_hash_set<std::string> stems{own_stem};
    for (const IndexedWord& candidate : candidates) {
      // Only the closest: a second typo is a guess too far when one suffices
      // ("confinemnt" is "confinement", not also "continent").
      if (candidate.distance > candidates.front().distance ||
          correction.searched.size() == (required ? 1 : kSpellingsSearched))
        break;
      if (held > 0 && candidate.articles < kMuchMoreCommon * held) continue;
      // One spelling per stem: "coronavirus" says what "coronaviru" would.
      if (!stems.insert(StemTerm(analyzer, candidate.word)).second) continue;
      correction.searched.push_back(
          InTypedForm(analyzer, word.typed, word.folded, candidate.word));
    }
    if (correction.searched.empty()) continue;
    std::vector<std::string> spellings = correction.searched;
    if (held > 0) spellings.insert(spellings.begin(), word.typed);
    query.tokens[word.token] =
        required
            ? word.before + spellings[0] + word.after
            : absl::StrCat(word.before, "(", absl::StrJoin(spellings, " OR "),
                           ")", word.after);
    tolerant.corrections.push_back(std::move(correction));
  }
  tolerant.text = tolerant.corrections.empty()
                      ? std::string(text)
                      : absl::StrJoin(query.tokens, " ");
  return tolerant;
}

}  // namespace newsq::internal
