// Internal: an HTTP response as web archives store it (status line, header
// fields, body as sent), and its body as the browser would have seen it.
#ifndef NEWSQ_EXTRACT_HTTP_MESSAGE_H_
#define NEWSQ_EXTRACT_HTTP_MESSAGE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"

namespace newsq::internal {

struct HttpResponseHead {
  int status = 0;  // 200, 301, 404...
  // Header fields in order, names in lower case, values trimmed.
  std::vector<std::pair<std::string, std::string>> fields;
  // Where the body starts in the message.
  size_t body_offset = 0;

  // The last value of the field `lower_case_name`, or "".
  std::string Field(std::string_view lower_case_name) const;
};

// The status line and header fields at the start of `message`; nullopt when
// it does not start with "HTTP/<version> <3-digit status>" or the head does
// not end (with a blank line) within its first 1 MB.
std::optional<HttpResponseHead> ParseHttpResponseHead(std::string_view message);

// The media type of a Content-Type value, in lower case and without its
// parameters: "text/html; charset=UTF-8" -> "text/html".
std::string MediaType(std::string_view content_type);

// The charset parameter of a Content-Type value, without quotes, or "".
std::string CharsetParameter(std::string_view content_type);

// The body of a "Transfer-Encoding: chunked" message without its framing;
// nullopt when the framing is broken (archives hold bodies that say chunked
// but were stored decoded: the caller then takes them as they are). Output
// past `max_bytes` is kInvalidArgument-worthy: nullopt too.
std::optional<std::string> Dechunk(std::string_view body, size_t max_bytes);

// `body` decoded from its Content-Encoding: "gzip", "x-gzip", "deflate"
// (zlib or raw), "br" (Brotli), "identity" or "" (as it is); a list ("gzip,
// identity") is undone from the last. Errors: kInvalidArgument for an encoding
// newsq cannot undo (naming it), corrupt data, or output over `max_bytes`.
absl::StatusOr<std::string> DecodeContent(std::string_view encoding,
                                          std::string body, size_t max_bytes);

}  // namespace newsq::internal

#endif  // NEWSQ_EXTRACT_HTTP_MESSAGE_H_
