#include "extract/page_files.h"

#include <algorithm>
#include <filesystem>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "engine/ascii.h"
#include "extract/web_archive.h"

namespace newsq::internal {
namespace fs = std::filesystem;

namespace {
// A page's name, also as saved gzip-compressed ("a.html.gz"): pages are read
// compressed or not, whatever their name says (gzip_page.h).
bool IsPageFile(fs::path path) {
  if (AsciiLower(path.extension().string()) == ".gz") path = path.stem();
  const std::string ext = AsciiLower(path.extension().string());
  return ext == ".html" || ext == ".htm" || ext == ".xhtml" || ext == ".shtml";
}
}  // namespace

PageFiles CollectPageFiles(const std::vector<std::string>& paths) {
  PageFiles result;
  for (const std::string& path : paths) {
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      result.errors.push_back(
          absl::StrCat(path, ": no such file or directory"));
      continue;
    }
    if (!fs::is_directory(status)) {
      // A pipe or a device would block the read or never end.
      if (!fs::is_regular_file(status)) {
        result.errors.push_back(absl::StrCat(path, ": not a regular file"));
      } else if (IsWebArchivePath(path) || LooksLikeWebArchive(path)) {
        result.archives.push_back(path);
      } else {
        result.files.push_back(path);
      }
      continue;
    }
    fs::recursive_directory_iterator it(
        path, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator();
         it.increment(error)) {
      const std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory(error)) it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file(error)) continue;
      if (IsPageFile(it->path())) {
        result.files.push_back(it->path().string());
      } else if (IsWebArchivePath(it->path().string())) {
        result.archives.push_back(it->path().string());
      }
    }
    if (error)
      result.errors.push_back(absl::StrCat(path, ": ", error.message()));
  }
  for (std::vector<std::string>* files : {&result.files, &result.archives}) {
    std::sort(files->begin(), files->end());
    files->erase(std::unique(files->begin(), files->end()), files->end());
  }
  return result;
}

}  // namespace newsq::internal
