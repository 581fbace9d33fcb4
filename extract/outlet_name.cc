#include "extract/outlet_name.h"

#include <algorithm>
#include <vector>

#include "engine/ascii.h"
#include "engine/outlet_domains.h"

namespace newsq::internal {

bool WrittenAsAddress(std::string_view given) {
  if (HostOfUrlOrHost(given).empty()) return false;
  const std::string lower = AsciiLower(given);
  return Contains(given, "://") || given.starts_with("//") ||
         lower.starts_with("www.") || Contains(given, "/") || lower == given;
}

NamedOutlet OutletName(std::string_view given, std::string_view url) {
  given = TrimAscii(given);
  if (!given.empty() && WrittenAsAddress(given)) {
    if (const KnownOutlet* known = FindKnownOutlet(given))
      return {std::string(known->name), NamedOutlet::How::kKnownDomain};
    return {RegistrableDomain(given), NamedOutlet::How::kDomain};
  }
  const std::string host = HostOfUrlOrHost(url);
  // Only URLs give a site: a file path ("pages/lemonde.fr.html") does not.
  const bool has_site = !host.empty() && Contains(url, "://");
  const KnownOutlet* known = has_site ? FindKnownOutlet(url) : nullptr;
  if (given.empty()) {
    if (known != nullptr)
      return {std::string(known->name), NamedOutlet::How::kKnownDomain};
    if (has_site) return {RegistrableDomain(url), NamedOutlet::How::kDomain};
    return {};
  }
  std::string_view name = given;
  if (known != nullptr && IsSpellingOf(given, *known)) {
    name = known->name;
  } else if (!has_site) {
    if (const std::vector<std::string_view> names = KnownOutletsNamed(given);
        names.size() == 1)
      name = names.front();
  }
  return {std::string(name), name == given ? NamedOutlet::How::kAsGiven
                                           : NamedOutlet::How::kKnownDomain};
}

}  // namespace newsq::internal
