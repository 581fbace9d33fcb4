// Internal: pages saved from archive.today (archive.ph, archive.is, ...): the
// captured page's address, and which of the capture's tags are the archive's.
#ifndef NEWSQ_EXTRACT_ARCHIVE_TODAY_H_
#define NEWSQ_EXTRACT_ARCHIVE_TODAY_H_

#include <optional>
#include <string>
#include <string_view>

namespace newsq::internal {

// Whether `host` ("archive.ph", "www.archive.is") is one of archive.today's
// mirrors.
bool IsArchiveTodayHost(std::string_view host);

// The original address of the page captured at `url`, when `url` is a
// capture's long address on archive.today ("https://archive.ph/2025.04.08-
// 061244/https://www.x.ch/a"): "https://www.x.ch/a". nullopt for any other
// URL (a short link, "https://archive.ph/Xq7Tb", names no original).
//
// archive.today writes its own <head>: og:site_name is the archive, the
// publication and modification times are the capture's, og:url and the
// canonical link its short link. The captured page keeps only its <title>
// and its body, under the archive's banner (div#HEADER, whose "Saved from"
// field holds the original address).
std::optional<std::string> ArchiveTodayOriginal(std::string_view url);

}  // namespace newsq::internal

#endif  // NEWSQ_EXTRACT_ARCHIVE_TODAY_H_
