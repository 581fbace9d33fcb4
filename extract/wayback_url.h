// Internal: the page a Wayback Machine capture holds, from the capture's
// address.
#ifndef NEWSQ_EXTRACT_WAYBACK_URL_H_
#define NEWSQ_EXTRACT_WAYBACK_URL_H_

#include <optional>
#include <string>
#include <string_view>

namespace newsq::internal {

// The original address of the page captured at `url`, when `url` is a
// capture's address on the Wayback Machine ("https://web.archive.org/web/
// 20070228213001/http://www.x.fr:80/a.html", also with a modifier after the
// timestamp, "20070228213001id_", without the original's scheme, or with the
// "http:/" a copied address sometimes has): "http://www.x.fr/a.html", the
// default port left out as a browser leaves it. nullopt for any other URL,
// and for a capture whose original names no host.
//
// A saved capture names its site by the archive's logo and address; what it
// holds is the original's article, of the original's outlet, and two captures
// of one page are one article.
std::optional<std::string> WaybackOriginal(std::string_view url);

}  // namespace newsq::internal

#endif  // NEWSQ_EXTRACT_WAYBACK_URL_H_
