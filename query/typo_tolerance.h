// Internal: typo tolerance, as Meilisearch has it by default. A query word the
// index does not hold is searched as the indexed words closest to it; a word
// held by a couple of articles, beside a close spelling held by far more, is
// searched as both.
#ifndef NEWSQ_QUERY_TYPO_TOLERANCE_H_
#define NEWSQ_QUERY_TYPO_TOLERANCE_H_

#include <xapian.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/french_analyzer.h"
#include "newsq/search.h"

namespace newsq::internal {

// Typos allowed in a word of `length` folded letters: none below five letters
// (too many short words are a letter apart), one from five, two from nine.
// The thresholds are Meilisearch's defaults.
int TyposAllowed(size_t length);

// A query word that the vocabulary can speak about: one word of letters, not
// quoted, not a filter, an operator or a stop word.
struct PlainWord {
  size_t token = 0;    // index in the query's space-separated tokens
  std::string before;  // what precedes the word in its token: "+", "-", "("
  std::string typed;   // the word as typed ("Macorn")
  std::string after;   // what follows it: ")", ","
  std::string folded;  // "macorn"
};

// The query's space-separated tokens and the words among them.
struct PlainWords {
  std::vector<std::string> tokens;
  std::vector<PlainWord> words;
};
PlainWords PlainWordsOf(const FrenchAnalyzer& analyzer, std::string_view text);

// What typo tolerance makes of a query: the text to parse, and what was
// searched for which word.
struct TolerantQuery {
  std::string text;  // the query itself when nothing was corrected
  std::vector<Correction> corrections;
};

// The query with each word the index does not hold (neither as typed nor by
// its stem) searched as its closest indexed words (up to three, all at the
// smallest distance found) instead ("Macorn" ->
// "(Macron)", "+Macorn" -> "+Macron"), and each word held by at most two
// articles beside a close spelling held by fifty times more searched as both
// ("(Macon OR Macron)"). Excluded words (-mot), quoted phrases, filters and
// words too short for a typo stay as typed, and so do the words past the
// first kMaxWordsLookedUp that need a lookup. Corrections keep the typed
// accents and capitals where they share letters with it.
TolerantQuery TolerateTypos(const Xapian::Database& db,
                            const FrenchAnalyzer& analyzer,
                            std::string_view text);

}  // namespace newsq::internal

#endif  // NEWSQ_QUERY_TYPO_TOLERANCE_H_
