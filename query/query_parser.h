// Internal: what the user typed, as a Xapian query.
#ifndef NEWSQ_QUERY_QUERY_PARSER_H_
#define NEWSQ_QUERY_QUERY_PARSER_H_

#include <xapian.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "engine/french_analyzer.h"

namespace newsq::internal {

// A user query as Xapian reads it.
struct ParsedQuery {
  // Empty when the text has neither words nor filters.
  Xapian::Query query;
  // True when the text holds no words, only filters (every article they keep
  // matches).
  bool filters_only = false;
  // A date:, since: or until: filter was given (an archive search: no recency
  // boost).
  bool has_date_filter = false;
};

// Parses a user query with the French analyser: words (OR, ranked so that
// matching all of them comes first), "phrases", -exclusions, +requirements,
// AND/OR/NOT (or ET/OU/SAUF, in upper case as Europresse takes them) and
// parentheses, title:/titre: for words of the headline, and the
// filters of filters.h (outlet:"Le Monde", since:7d, ...; the same filter given
// twice means either value, except entity: and author:, which mean both).
// Words are searched by their stems, whatever their case, so that "Retraites"
// finds what "retraites" finds and a phrase finds its inflected forms; the
// capitalised and quoted words, as typed, are added beside them (AND_MAYBE),
// so that a name or a phrase written exactly so ranks first without adding a
// match. A capitalised article followed by a
// capitalised word ("Le Monde", "Les Échos") is read as the phrase it names,
// so that its stop word is not dropped. Stop words alone still
// search. `db` supplies the vocabulary for wildcards and may be empty;
// `now_seconds` anchors relative dates. Errors: kInvalidArgument naming the
// problem: an unknown filter, a bad date, or Xapian's reason.
absl::StatusOr<ParsedQuery> ParseUserQuery(const Xapian::Database& db,
                                           const FrenchAnalyzer& analyzer,
                                           std::string_view text,
                                           int64_t now_seconds = 0);

// True for the words the query syntax reads as operators: AND, OR, NOT, XOR,
// NEAR, ADJ, and ET, OU, SAUF (upper case only).
bool IsQueryOperator(std::string_view word);

// The query text as ParseUserQuery hands it to Xapian: folded, filter names
// in lower case ("SINCE:", "Title:"), ET/OU/SAUF written AND/OR/NOT, names
// quoted as phrases, NEAR and ADJ dropped (newsq has no proximity operators:
// Xapian 1.4 honours them between two isolated words only), brackets that
// hold nothing but stop words blanked (BlankEmptyBrackets), and a query of
// exclusions only ("-Musk -Tesla") written with NOT, which Xapian reads as
// meant.
std::string PrepareQueryText(const FrenchAnalyzer& analyzer,
                             std::string_view text);

}  // namespace newsq::internal

#endif  // NEWSQ_QUERY_QUERY_PARSER_H_
