// Internal: what the user typed, as a Xapian query.
#ifndef NEWSQ_QUERY_QUERY_PARSER_H_
#define NEWSQ_QUERY_QUERY_PARSER_H_

#include <xapian.h>

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "engine/french_analyzer.h"

namespace newsq::internal {

// Parses a user query with the French analyser: words (OR, ranked so that
// matching all of them comes first), "phrases", -exclusions, +requirements,
// AND/OR/NOT and parentheses, and title:/titre: for words of the headline.
// Capitalised words are names and stay unstemmed; a capitalised article
// followed by a capitalised word ("Le Monde", "Les Échos") is read as the
// phrase it names, so that its stop word is not dropped. Stop words alone still
// search. `db` supplies the vocabulary for wildcards and may be empty. Errors:
// kInvalidArgument with Xapian's reason for a query it cannot parse.
absl::StatusOr<Xapian::Query> ParseUserQuery(const Xapian::Database& db,
                                             const FrenchAnalyzer& analyzer,
                                             std::string_view text);

// The query text as ParseUserQuery hands it to Xapian: folded, names quoted as
// phrases.
std::string PrepareQueryText(const FrenchAnalyzer& analyzer,
                             std::string_view text);

}  // namespace newsq::internal

#endif  // NEWSQ_QUERY_QUERY_PARSER_H_
