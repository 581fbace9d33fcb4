#include "indexer/article_versions.h"

#include <climits>
#include <filesystem>
#include <string_view>
#include <system_error>

#include "absl/container/flat_hash_map.h"

namespace newsq::internal {

int64_t VersionTime(const Article& article) {
  const std::optional<DateTime>& date =
      article.modified ? article.modified : article.published;
  return date ? date->unix_seconds : INT64_MIN;
}

namespace {

// Whether `url` names a local file: a path, not "https://..." nor another
// scheme's "name:..." (a colon before any slash).
bool IsFilePath(std::string_view url) {
  const size_t colon = url.find(':');
  return !url.empty() &&
         (colon == std::string_view::npos || url.find('/') < colon);
}

// Whether the file `indexed_path` is gone, or is the file `page_path`. When
// the file system cannot tell (no permission), neither.
bool IsGoneOrSameFile(const std::string& indexed_path,
                      const std::string& page_path) {
  std::error_code error;
  if (!std::filesystem::exists(indexed_path, error)) return !error;
  return std::filesystem::equivalent(indexed_path, page_path, error) && !error;
}

}  // namespace

bool IsLaterCopy(const Article& indexed, const Article& page) {
  if (indexed.url == page.url) return false;
  if (IsFilePath(indexed.url) && IsFilePath(page.url) &&
      IsGoneOrSameFile(indexed.url, page.url))
    return false;
  const int64_t indexed_time = VersionTime(indexed);
  const int64_t page_time = VersionTime(page);
  return indexed_time != page_time ? indexed_time > page_time
                                   : indexed.url > page.url;
}

int64_t KeepOnePagePerArticle(std::vector<PreparedArticle>& articles) {
  absl::flat_hash_map<std::string, size_t> latest;  // identity -> index
  std::vector<bool> keep(articles.size(), true);
  for (size_t i = 0; i < articles.size(); ++i) {
    auto [it, inserted] = latest.try_emplace(articles[i].article.Identity(), i);
    if (inserted) continue;
    // Files come in name order, so a tie goes to the later file.
    if (VersionTime(articles[i].article) >=
        VersionTime(articles[it->second].article)) {
      keep[it->second] = false;
      it->second = i;
    } else {
      keep[i] = false;
    }
  }
  size_t kept = 0;
  for (size_t i = 0; i < articles.size(); ++i) {
    if (!keep[i]) continue;
    if (kept != i) articles[kept] = std::move(articles[i]);
    ++kept;
  }
  const int64_t left_out = static_cast<int64_t>(articles.size() - kept);
  articles.resize(kept);
  return left_out;
}

bool PublishedBefore(const std::optional<DateTime>& a, const std::string& key_a,
                     const std::optional<DateTime>& b,
                     const std::string& key_b) {
  const int64_t ta = a ? a->unix_seconds : INT64_MAX;
  const int64_t tb = b ? b->unix_seconds : INT64_MAX;
  return ta != tb ? ta < tb : key_a < key_b;
}

}  // namespace newsq::internal
