// Internal: the page files under the paths a user names.
#ifndef NEWSQ_EXTRACT_PAGE_FILES_H_
#define NEWSQ_EXTRACT_PAGE_FILES_H_

#include <string>
#include <vector>

namespace newsq::internal {

struct PageFiles {
  std::vector<std::string> files;  // sorted, without duplicates
  // "<path>: <reason>" for each named path that could not be listed.
  std::vector<std::string> errors;
};

// Files named directly are taken whatever their extension; folders are walked
// recursively for .html, .htm, .xhtml and .shtml files (any case), skipping
// hidden entries.
PageFiles CollectPageFiles(const std::vector<std::string>& paths);

}  // namespace newsq::internal

#endif  // NEWSQ_EXTRACT_PAGE_FILES_H_
