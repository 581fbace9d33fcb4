#include "server/api.h"

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "newsq/json.h"

namespace newsq::server {
namespace {

HttpAnswer ErrorAnswer(const absl::Status& status) {
  return JsonError(HttpStatusOf(status), std::string(status.message()));
}

// The answer for a computed value: its JSON, or the error that stopped it.
template <typename T>
HttpAnswer JsonAnswer(const absl::StatusOr<T>& value) {
  if (!value.ok()) return ErrorAnswer(value.status());
  return {200, kJsonType, ToJson(*value) + "\n"};
}

HttpAnswer Search(Searcher& searcher, const Params& params) {
  absl::StatusOr<SearchRequest> request = SearchRequestFromParams(params);
  if (!request.ok()) return ErrorAnswer(request.status());
  return JsonAnswer(searcher.Search(*request));
}

HttpAnswer Related(Searcher& searcher, std::string_view id,
                   const Params& params) {
  absl::StatusOr<SearchRequest> request =
      SearchRequestFromParams(params, /*allow_query=*/false);
  if (!request.ok()) return ErrorAnswer(request.status());
  return JsonAnswer(searcher.Related(std::string(id), *request));
}

HttpAnswer Story(Searcher& searcher, std::string_view id,
                 const Params& params) {
  if (absl::Status none = NoParams(params); !none.ok())
    return ErrorAnswer(none);
  return JsonAnswer(searcher.Story(std::string(id)));
}

HttpAnswer Stories(Searcher& searcher, const Params& params) {
  absl::StatusOr<StoriesRequest> request = StoriesRequestFromParams(params);
  if (!request.ok()) return ErrorAnswer(request.status());
  return JsonAnswer(searcher.Stories(*request));
}

HttpAnswer Entities(Searcher& searcher, const Params& params) {
  absl::StatusOr<SearchRequest> request = EntitiesRequestFromParams(params);
  if (!request.ok()) return ErrorAnswer(request.status());
  return JsonAnswer(searcher.Entities(*request));
}

HttpAnswer Stats(Searcher& searcher, const Params& params) {
  if (absl::Status none = NoParams(params); !none.ok())
    return ErrorAnswer(none);
  return JsonAnswer(searcher.Stats());
}

// The id after `prefix` in `route` ("story/ID"), or "" when the route is
// another one or has no id.
std::string_view IdAfter(std::string_view route, std::string_view prefix) {
  if (!route.starts_with(prefix)) return {};
  std::string_view id = route.substr(prefix.size());
  return id.find('/') != std::string_view::npos ? std::string_view() : id;
}

}  // namespace

HttpAnswer AnswerApi(Searcher& searcher, std::string_view route,
                     const Params& params) {
  if (route == "search") return Search(searcher, params);
  if (route == "stories") return Stories(searcher, params);
  if (route == "entities") return Entities(searcher, params);
  if (route == "stats") return Stats(searcher, params);
  if (std::string_view id = IdAfter(route, "story/"); !id.empty())
    return Story(searcher, id, params);
  if (std::string_view id = IdAfter(route, "related/"); !id.empty())
    return Related(searcher, id, params);
  return JsonError(404,
                   absl::StrCat("no such endpoint: /api/", std::string(route),
                                "; see /api/ in docs/server.md"));
}

}  // namespace newsq::server
