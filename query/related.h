// Internal: stories like a given story (more-like-this).
#ifndef NEWSQ_QUERY_RELATED_H_
#define NEWSQ_QUERY_RELATED_H_

#include <xapian.h>

#include <string>

#include "absl/status/statusor.h"
#include "engine/french_analyzer.h"
#include "newsq/search.h"
#include "query/facet_columns.h"

namespace newsq::internal {

// Stories like story `id` (or the story of article `id`): the story's most
// distinctive stems (Xapian's relevance feedback over its articles, stop words
// and names left out) searched as one OR query, the story itself excluded,
// with the request's filters, paging and facets. Errors: kNotFound when `id`
// is neither a story nor an article; those of RunSearch.
absl::StatusOr<SearchResult> RelatedStories(const Xapian::Database& db,
                                            const FrenchAnalyzer& analyzer,
                                            const std::string& id,
                                            const SearchRequest& request,
                                            FacetColumnsCache* columns);

}  // namespace newsq::internal

#endif  // NEWSQ_QUERY_RELATED_H_
