#include "extract/http_message.h"

#include "absl/strings/str_cat.h"
#include "engine/ascii.h"
#include "extract/gzip_page.h"

namespace newsq::internal {
namespace {

// A head is a few kilobytes; this bounds the search for its end.
constexpr size_t kMaxHeadBytes = size_t{1} << 20;

std::string_view Trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
    text.remove_prefix(1);
  while (!text.empty() &&
         (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
    text.remove_suffix(1);
  return text;
}

bool IsHexDigit(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
         (c >= 'A' && c <= 'F');
}

// Markup, as a decoded page starts: compressed data starts otherwise (gzip
// with 0x1f, zlib mostly with 0x78, and raw deflate with '<' only by chance
// of a first byte whose low bits say "stored").
bool LooksDecoded(std::string_view body) {
  const size_t first = body.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && body[first] == '<' &&
         body.substr(first, 64).find('>') != std::string_view::npos &&
         body.substr(first, 64).find('\0') == std::string_view::npos;
}

}  // namespace

std::string HttpResponseHead::Field(std::string_view lower_case_name) const {
  for (auto it = fields.rbegin(); it != fields.rend(); ++it)
    if (it->first == lower_case_name) return it->second;
  return "";
}

std::optional<HttpResponseHead> ParseHttpResponseHead(
    std::string_view message) {
  // "HTTP/1.1 200 OK": the reason phrase may be empty or absent.
  if (!message.starts_with("HTTP/")) return std::nullopt;
  const size_t space = message.find(' ');
  if (space == std::string_view::npos || space > 16 ||
      message.size() < space + 4)
    return std::nullopt;
  HttpResponseHead head;
  for (size_t i = space + 1; i < space + 4; ++i) {
    if (message[i] < '0' || message[i] > '9') return std::nullopt;
    head.status = head.status * 10 + (message[i] - '0');
  }
  // Three digits exactly: a reason phrase or the line's end follows.
  if (message.size() > space + 4 && message[space + 4] != ' ' &&
      message[space + 4] != '\r' && message[space + 4] != '\n')
    return std::nullopt;
  size_t at = message.find('\n');
  for (;;) {
    if (at == std::string_view::npos || at >= kMaxHeadBytes)
      return std::nullopt;
    ++at;
    const size_t end = message.find('\n', at);
    const std::string_view line = message.substr(
        at, (end == std::string_view::npos ? message.size() : end) - at);
    if (Trimmed(line).empty()) {
      // The blank line, or the end of a message that has no body.
      head.body_offset =
          end == std::string_view::npos ? message.size() : end + 1;
      return head;
    }
    const size_t colon = line.find(':');
    if (colon != std::string_view::npos) {
      head.fields.emplace_back(AsciiLower(Trimmed(line.substr(0, colon))),
                               std::string(Trimmed(line.substr(colon + 1))));
    }
    at = end;
  }
}

std::string MediaType(std::string_view content_type) {
  return AsciiLower(Trimmed(content_type.substr(0, content_type.find(';'))));
}

std::string CharsetParameter(std::string_view content_type) {
  const std::string lower = AsciiLower(content_type);
  size_t at = lower.find("charset=");
  if (at == std::string::npos) return "";
  std::string_view value = std::string_view(content_type).substr(at + 8);
  value = value.substr(0, value.find(';'));
  value = Trimmed(value);
  if (!value.empty() && (value.front() == '"' || value.front() == '\'')) {
    const char quote = value.front();
    value.remove_prefix(1);
    value = value.substr(0, value.find(quote));
  }
  return std::string(Trimmed(value));
}

std::optional<std::string> Dechunk(std::string_view body, size_t max_bytes) {
  std::string out;
  size_t at = 0;
  for (;;) {
    // "<hex size>[;extensions]\r\n<data>\r\n", ending with a size of 0.
    size_t digits_end = at;
    while (digits_end < body.size() && IsHexDigit(body[digits_end]))
      ++digits_end;
    // A body that stops at a chunk's end without the last, empty chunk: a
    // crawl cut short; what came is the body.
    if (at == body.size() && at > 0) return out;
    if (digits_end == at || digits_end - at > 12) return std::nullopt;
    size_t size = 0;
    for (size_t i = at; i < digits_end; ++i) {
      const char c = body[i];
      size = size * 16 + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    const size_t line_end = body.find('\n', digits_end);
    if (line_end == std::string_view::npos) return std::nullopt;
    const std::string_view rest =
        Trimmed(body.substr(digits_end, line_end - digits_end));
    if (!rest.empty() && rest.front() != ';') return std::nullopt;
    at = line_end + 1;
    if (size == 0) return out;  // trailer fields, if any, are not needed
    if (size > body.size() - at) return std::nullopt;
    if (out.size() + size > max_bytes) return std::nullopt;
    out.append(body.substr(at, size));
    at += size;
    if (body.substr(at, 2) == "\r\n") {
      at += 2;
    } else if (body.substr(at, 1) == "\n") {
      at += 1;
    } else {
      return std::nullopt;
    }
  }
}

absl::StatusOr<std::string> DecodeContent(std::string_view encoding,
                                          std::string body, size_t max_bytes) {
  // "gzip, br" was applied left to right: undo from the right.
  std::vector<std::string> codings;
  for (std::string_view rest = encoding; !rest.empty();) {
    const size_t comma = std::min(rest.find(','), rest.size());
    const std::string coding = AsciiLower(Trimmed(rest.substr(0, comma)));
    if (!coding.empty()) codings.push_back(coding);
    rest.remove_prefix(std::min(comma + 1, rest.size()));
  }
  for (auto it = codings.rbegin(); it != codings.rend(); ++it) {
    const std::string& coding = *it;
    if (coding == "identity" || coding == "none") continue;
    // Some archivers store the body decoded but keep the header that says
    // otherwise: a body that is already text is taken as it is.
    if (LooksDecoded(body)) continue;
    absl::StatusOr<std::string> decoded;
    if (coding == "gzip" || coding == "x-gzip") {
      decoded = Gunzip(body, max_bytes);
    } else if (coding == "deflate") {
      decoded = Inflate(body, max_bytes);
    } else if (coding == "br") {
      decoded = Unbrotli(body, max_bytes);
    } else {
      return absl::InvalidArgumentError(
          absl::StrCat("Content-Encoding \"", coding.substr(0, 32),
                       "\" is not one newsq can decode (gzip, deflate, br)"));
    }
    if (!decoded.ok()) return decoded.status();
    body = *std::move(decoded);
  }
  if (body.size() > max_bytes) {
    return absl::InvalidArgumentError(absl::StrCat(
        "page too large (newsq reads pages up to ", max_bytes >> 20, " MB)"));
  }
  return body;
}

}  // namespace newsq::internal
