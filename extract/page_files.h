// Internal: the page files under the paths a user names.
#ifndef NEWSQ_EXTRACT_PAGE_FILES_H_
#define NEWSQ_EXTRACT_PAGE_FILES_H_

#include <string>
#include <vector>

namespace newsq::internal {

struct PageFiles {
  std::vector<std::string> files;     // sorted, without duplicates
  std::vector<std::string> archives;  // WARC and ARC files, the same
  // "<path>: <reason>" for each named path that could not be listed.
  std::vector<std::string> errors;
};

// Files named directly are taken whatever their extension, as archives when
// their name or their first bytes say so (IsWebArchivePath,
// LooksLikeWebArchive), else as pages; folders are walked recursively for
// pages (.html, .htm, .xhtml and .shtml files, and the same gzip-compressed:
// .html.gz) and archives (.warc, .warc.gz,
// .arc, .arc.gz), in any case, skipping hidden entries.
PageFiles CollectPageFiles(const std::vector<std::string>& paths);

}  // namespace newsq::internal

#endif  // NEWSQ_EXTRACT_PAGE_FILES_H_
