// The JSON API: /api/search, /api/story/ID, /api/stories, /api/related/ID,
// /api/entities and /api/stats, each answering with exactly the JSON of the
// matching command's --json (docs/json.md), and errors as JSON
// ({"error": {"status", "message"}}, docs/server.md).
#ifndef NEWSQ_SERVER_API_H_
#define NEWSQ_SERVER_API_H_

#include <string_view>

#include "newsq/search.h"
#include "server/http_answer.h"
#include "server/request_params.h"

namespace newsq::server {

// Answers GET /api/`route` with `params`, `route` being what follows "/api/"
// ("search", "story/0123abcd..."). An unknown route is a 404, a bad
// parameter a 400 naming it, an unknown id a 404. Thread-safe as long as
// each thread passes its own searcher.
HttpAnswer AnswerApi(Searcher& searcher, std::string_view route,
                     const Params& params);

}  // namespace newsq::server

#endif  // NEWSQ_SERVER_API_H_
