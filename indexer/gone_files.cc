#include "indexer/gone_files.h"

#include <algorithm>
#include <filesystem>

#include "engine/article_codec.h"
#include "engine/status_macros.h"

namespace newsq::internal {
namespace {

// The folders among `paths`, lexically normal and ending with '/', so that a
// prefix test says whether a file lies under one.
std::vector<std::string> FoldersToPrune(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  std::vector<std::string> folders;
  for (const std::string& path : paths) {
    std::error_code error;
    if (!fs::is_directory(path, error) || error) continue;
    std::string folder = fs::path(path).lexically_normal().string();
    if (!folder.ends_with('/')) folder += '/';
    folders.push_back(std::move(folder));
  }
  return folders;
}

// True when `file` certainly does not exist.
bool IsGone(const std::string& file) {
  std::error_code error;
  return std::filesystem::symlink_status(file, error).type() ==
         std::filesystem::file_type::not_found;
}

}  // namespace

absl::StatusOr<GoneFiles> FindGoneFiles(const Xapian::Database& db,
                                        const std::vector<std::string>& paths,
                                        const std::set<std::string>& read_now) {
  GoneFiles gone;
  const std::vector<std::string> folders = FoldersToPrune(paths);
  if (folders.empty()) return gone;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    NEWSQ_ASSIGN_OR_RETURN(
        StoredArticle stored,
        StoredArticleFromData(db.get_document(*it).get_data()));
    if (read_now.contains(stored.id)) continue;
    const std::string file =
        std::filesystem::path(stored.article.url).lexically_normal().string();
    const bool under_a_folder =
        std::any_of(folders.begin(), folders.end(),
                    [&](const std::string& f) { return file.starts_with(f); });
    if (!under_a_folder || !IsGone(stored.article.url)) continue;
    gone.articles.push_back(*it);
    gone.stories.insert(stored.story_id);
  }
  return gone;
}

}  // namespace newsq::internal
