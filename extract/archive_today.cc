#include "extract/archive_today.h"

#include <array>

#include "absl/strings/ascii.h"
#include "extract/page_dates.h"

namespace newsq::internal {

bool IsArchiveTodayHost(std::string_view host) {
  std::string name = absl::AsciiStrToLower(std::string(host));
  if (name.starts_with("www.")) name.erase(0, 4);
  static constexpr std::array<std::string_view, 7> kMirrors = {
      "archive.today", "archive.ph", "archive.is", "archive.li",
      "archive.vn",    "archive.md", "archive.fo"};
  for (std::string_view mirror : kMirrors) {
    if (name == mirror) return true;
  }
  return false;
}

std::optional<std::string> ArchiveTodayOriginal(std::string_view url) {
  url = url.substr(0, url.find_first_of(" \t\r\n"));
  const std::string_view host = HostOf(url);
  if (!IsArchiveTodayHost(host)) return std::nullopt;
  // HostOf's view is into `url`.
  std::string_view rest =
      url.substr(static_cast<size_t>(host.data() - url.data()) + host.size());
  // "/2025.04.08-061244/": the capture's date and time.
  if (rest.size() < 19 || rest[0] != '/' || rest[5] != '.' || rest[8] != '.' ||
      rest[11] != '-' || rest[18] != '/')
    return std::nullopt;
  for (size_t i : {1, 2, 3, 4, 6, 7, 9, 10, 12, 13, 14, 15, 16, 17}) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(rest[i])))
      return std::nullopt;
  }
  const std::string_view original = rest.substr(19);
  if (HostOf(original).find('.') == std::string_view::npos) return std::nullopt;
  return std::string(original);
}

}  // namespace newsq::internal
