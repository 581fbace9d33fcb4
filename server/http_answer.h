// What the server sends back for one request, before HTTP: kept apart from
// the HTTP library so that the API and the pages can be tested without it.
#ifndef NEWSQ_SERVER_HTTP_ANSWER_H_
#define NEWSQ_SERVER_HTTP_ANSWER_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"

namespace newsq::server {

struct HttpAnswer {
  int status = 200;
  std::string content_type;
  std::string body;
  // Where a redirect (3xx) sends the client: the Location header.
  std::string location;
};

inline constexpr char kJsonType[] = "application/json; charset=utf-8";
inline constexpr char kHtmlType[] = "text/html; charset=utf-8";

// The HTTP status that says who a failed status is the fault of:
// kInvalidArgument 400 (the request), kNotFound 404, kUnavailable 503 (a
// shard that does not answer), anything else 500 (the database).
int HttpStatusOf(const absl::Status& status);

// {"error": {"status": 400, "message": "..."}}
HttpAnswer JsonError(int status, std::string_view message);

}  // namespace newsq::server

#endif  // NEWSQ_SERVER_HTTP_ANSWER_H_
