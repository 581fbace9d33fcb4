// Internal: what the user typed, to stories.
#ifndef NEWSQ_QUERY_STORY_SEARCH_H_
#define NEWSQ_QUERY_STORY_SEARCH_H_

#include <xapian.h>

#include "absl/status/statusor.h"
#include "engine/french_analyzer.h"
#include "newsq/search.h"

namespace newsq::internal {

// Parses the query with the French analyser, ranks articles with BM25 (title
// words weigh more, see DocumentBuilder), collapses them on the story id, and
// fills each story with its size, outlets and dates (from all its articles) and
// a snippet of its lead. Xapian errors propagate as exceptions; the caller maps
// them.
absl::StatusOr<SearchResult> SearchStories(const Xapian::Database& db,
                                           const FrenchAnalyzer& analyzer,
                                           const SearchRequest& request);

}  // namespace newsq::internal

#endif  // NEWSQ_QUERY_STORY_SEARCH_H_
