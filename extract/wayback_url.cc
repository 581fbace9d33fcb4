#include "extract/wayback_url.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"

namespace newsq::internal {

std::optional<std::string> WaybackOriginal(std::string_view url) {
  // An address ends at the first space ("... - https://...  Retour").
  url = url.substr(0, url.find_first_of(" \t\r\n"));
  absl::string_view rest(url.data(), url.size());
  if (!absl::ConsumePrefix(&rest, "https://")) {
    if (!absl::ConsumePrefix(&rest, "http://")) return std::nullopt;
  }
  if (!absl::ConsumePrefix(&rest, "web.archive.org/web/") &&
      !absl::ConsumePrefix(&rest, "wayback.archive.org/web/"))
    return std::nullopt;
  // The capture's timestamp (up to 14 digits), then an optional modifier of
  // two letters and an underscore ("id_", "if_").
  size_t digits = 0;
  while (digits < rest.size() && digits < 14 &&
         absl::ascii_isdigit(static_cast<unsigned char>(rest[digits])))
    ++digits;
  if (digits == 0) return std::nullopt;
  rest.remove_prefix(digits);
  if (rest.size() > 3 &&
      absl::ascii_isalpha(static_cast<unsigned char>(rest[0])) &&
      absl::ascii_isalpha(static_cast<unsigned char>(rest[1])) &&
      rest[2] == '_')
    rest.remove_prefix(3);
  if (!absl::ConsumePrefix(&rest, "/")) return std::nullopt;

  std::string scheme = "http://";
  for (const char* given : {"https://", "http://", "https:/", "http:/"}) {
    if (absl::StartsWithIgnoreCase(rest, given)) {
      scheme =
          absl::StartsWithIgnoreCase(given, "https") ? "https://" : "http://";
      rest.remove_prefix(std::string_view(given).size());
      break;
    }
  }
  const size_t host_end = rest.find_first_of("/?#");
  absl::string_view host = rest.substr(0, host_end);
  const absl::string_view path =
      host_end == absl::string_view::npos ? "" : rest.substr(host_end);
  absl::ConsumeSuffix(&host, scheme == "https://" ? ":443" : ":80");
  // A host has a dot and no space: "web/" alone or garbage is no page.
  if (host.empty() || !absl::StrContains(host, '.') ||
      absl::StrContains(host, ' '))
    return std::nullopt;
  return scheme + std::string(host) + std::string(path.empty() ? "/" : path);
}

}  // namespace newsq::internal
