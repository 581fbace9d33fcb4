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

// Whether `url` is a file there is now: the page was read from it.
bool IsExistingFile(const std::string& url) {
  std::error_code error;
  return !url.empty() && std::filesystem::is_regular_file(url, error);
}

// Whether `indexed_url` and `page_url` are one file under two paths
// ("ed/a.html" then "/home/x/ed/a.html"). A relative path is read from the
// working directory, so from another one it names nothing: then not.
bool IsSameFile(const std::string& indexed_url, const std::string& page_url) {
  std::error_code error;
  return std::filesystem::equivalent(indexed_url, page_url, error) && !error;
}

// Whether `indexed_url` is an absolute path where no file is any more (the
// page was renamed or moved). Only an absolute path says so whatever the
// working directory; a url of another kind ("https://...", "www.x.fr/a")
// is no file and never gone.
bool IsGoneFile(const std::string& indexed_url) {
  if (!indexed_url.starts_with('/')) return false;
  std::error_code error;
  return !std::filesystem::exists(indexed_url, error) && !error;
}

}  // namespace

bool IsLaterCopy(const Article& indexed, const Article& page) {
  if (indexed.url == page.url) return false;
  const bool page_is_file = IsExistingFile(page.url);
  // The same file read under another path: an edit of it applies, whatever
  // its date.
  if (page_is_file && IsSameFile(indexed.url, page.url)) return false;
  const int64_t indexed_time = VersionTime(indexed);
  const int64_t page_time = VersionTime(page);
  if (indexed_time != page_time) return indexed_time > page_time;
  // A tie: the source whose name sorts last, unless the other one's file is
  // gone and this page is a file read now.
  if (page_is_file && IsGoneFile(indexed.url)) return false;
  return indexed.url > page.url;
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
