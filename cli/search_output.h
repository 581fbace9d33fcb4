// A search result printed as text for people or as JSON for scripts, shared by
// `newsq search` and `newsq related`.
#ifndef NEWSQ_CLI_SEARCH_OUTPUT_H_
#define NEWSQ_CLI_SEARCH_OUTPUT_H_

#include "absl/status/statusor.h"
#include "newsq/search.h"

namespace newsq::cli {

// Prints `result` as text, or as JSON when `json`, and returns the exit code:
// a query or filter the user got wrong is a usage error (2), any other
// failure 1.
int ReportSearchResult(const absl::StatusOr<SearchResult>& result, bool json);

}  // namespace newsq::cli

#endif  // NEWSQ_CLI_SEARCH_OUTPUT_H_
