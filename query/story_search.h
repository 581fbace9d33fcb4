// Internal: what the user typed, to stories.
#ifndef NEWSQ_QUERY_STORY_SEARCH_H_
#define NEWSQ_QUERY_STORY_SEARCH_H_

#include <xapian.h>

#include "absl/status/statusor.h"
#include "engine/french_analyzer.h"
#include "newsq/search.h"
#include "query/facet_columns.h"
#include "query/query_parser.h"
#include "query/snippet.h"

namespace newsq::internal {

// Parses request.query with the French analyser and runs RunSearch.
absl::StatusOr<SearchResult> SearchStories(const Xapian::Database& db,
                                           const FrenchAnalyzer& analyzer,
                                           const SearchRequest& request,
                                           FacetColumnsCache* columns);

// Runs a parsed query: adds the request's filters and the ranking boosts,
// ranks articles with BM25 (title words weigh more, see DocumentBuilder),
// collapses them on the story id unless asked not to, counts totals and facets
// (exactly, or from a sample), and fills each story with its size, outlets,
// dates, lead and snippets (`words` are highlighted). `columns` (may be null)
// keeps the values that counting reads, across the searches of one searcher.
// Xapian errors propagate as exceptions; the caller maps them. Errors:
// kInvalidArgument for a bad filter, facet name, or negative offset, limit or
// per_story.
absl::StatusOr<SearchResult> RunSearch(const Xapian::Database& db,
                                       const FrenchAnalyzer& analyzer,
                                       const SearchRequest& request,
                                       const ParsedQuery& parsed,
                                       const QueryWords& words,
                                       FacetColumnsCache* columns);

// The "entity" facet of the articles `request` selects (every article when
// its query and filters are empty), with request.facet_limit values.
absl::StatusOr<std::vector<FacetValue>> TopEntities(
    const Xapian::Database& db, const FrenchAnalyzer& analyzer,
    const SearchRequest& request, FacetColumnsCache* columns);

// The stems and folded words of the positive part of a query.
QueryWords WordsOf(const Xapian::Query& query);

}  // namespace newsq::internal

#endif  // NEWSQ_QUERY_STORY_SEARCH_H_
