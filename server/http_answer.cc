#include "server/http_answer.h"

#include <nlohmann/json.hpp>

namespace newsq::server {

int HttpStatusOf(const absl::Status& status) {
  switch (status.code()) {
    case absl::StatusCode::kOk:
      return 200;
    case absl::StatusCode::kInvalidArgument:
    case absl::StatusCode::kOutOfRange:
      return 400;
    case absl::StatusCode::kNotFound:
      return 404;
    case absl::StatusCode::kUnavailable:
    case absl::StatusCode::kDeadlineExceeded:
      return 503;
    default:
      return 500;
  }
}

HttpAnswer JsonError(int status, std::string_view message) {
  nlohmann::json error = {
      {"error", {{"status", status}, {"message", std::string(message)}}}};
  // Replacement characters for invalid UTF-8: the message may quote what the
  // client sent, and dump() would throw on it.
  return {status, kJsonType,
          error.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) +
              "\n"};
}

}  // namespace newsq::server
