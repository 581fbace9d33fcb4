// The query string of an HTTP request, read into the requests of the public
// API: the same questions the command line's flags ask, under the same names
// (docs/server.md lists them), with every value checked and bounded.
#ifndef NEWSQ_SERVER_REQUEST_PARAMS_H_
#define NEWSQ_SERVER_REQUEST_PARAMS_H_

#include <map>
#include <string>

#include "absl/status/statusor.h"
#include "newsq/search.h"

namespace newsq::server {

// Decoded query-string parameters, a name once per value (outlet=a&outlet=b).
using Params = std::multimap<std::string, std::string>;

// Bounds on what one request may ask for: past them an answer costs more
// than a page of results is worth, and a client could tie up the server.
inline constexpr int kMaxLimit = 100;
inline constexpr int kMaxOffset = 10000;
inline constexpr int kMaxPerStory = 20;
inline constexpr int kMaxFacetLimit = 1000;

// A search (`/api/search`, and `/api/related/ID` without `q`): q, limit,
// offset, outlet, entity, author, lang, section, story, since, until, sort,
// half_life, lead, per_story, collapse, facets, facet_mode, facet_limit,
// explain, typos. Errors: kInvalidArgument naming the parameter and what it
// takes, for an unknown parameter, a value out of range or not of its kind.
// `allow_query` false refuses `q` (related stories take none).
absl::StatusOr<SearchRequest> SearchRequestFromParams(const Params& params,
                                                      bool allow_query = true);

// `/api/stories`: since, until, limit (default 20). Errors as above.
absl::StatusOr<StoriesRequest> StoriesRequestFromParams(const Params& params);

// `/api/entities`: q, since, until, limit (default 20). Errors as above.
absl::StatusOr<SearchRequest> EntitiesRequestFromParams(const Params& params);

// Requests that take no parameter (`/api/story/ID`, `/api/stats`): an error
// naming the first parameter given.
absl::Status NoParams(const Params& params);

}  // namespace newsq::server

#endif  // NEWSQ_SERVER_REQUEST_PARAMS_H_
