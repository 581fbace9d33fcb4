#include "server/searcher_pool.h"

#include <sys/stat.h>

#include <utility>

namespace newsq::server {
namespace {

// Which file system object the database path names now. newsq reindex and
// upgrade swap a new database in by renaming, so the path then names another
// object: the searchers opened on the old one must be replaced, since a
// reopen would follow the files they already hold.
struct Identity {
  dev_t device = 0;
  ino_t inode = 0;
  bool operator==(const Identity&) const = default;
};

Identity IdentityOf(const std::string& path) {
  struct stat info;
  if (stat(path.c_str(), &info) != 0) return {};
  return {info.st_dev, info.st_ino};
}

}  // namespace

struct SearcherPool::Lease::Entry {
  std::unique_ptr<Searcher> searcher;
  Identity identity;
  std::chrono::steady_clock::time_point refreshed;
};

SearcherPool::Lease::Lease(SearcherPool* pool, std::unique_ptr<Entry> entry)
    : pool_(pool), entry_(std::move(entry)) {}

SearcherPool::Lease::Lease(Lease&& other) noexcept
    : pool_(other.pool_), entry_(std::move(other.entry_)) {}

Searcher& SearcherPool::Lease::operator*() const { return *entry_->searcher; }
Searcher* SearcherPool::Lease::operator->() const {
  return entry_->searcher.get();
}

SearcherPool::Lease::~Lease() {
  if (entry_) pool_->GiveBack(std::move(entry_));
}

SearcherPool::SearcherPool(std::string db_path, SearcherOptions options)
    : db_path_(std::move(db_path)), options_(options) {}

SearcherPool::~SearcherPool() = default;

absl::StatusOr<std::unique_ptr<SearcherPool>> SearcherPool::Open(
    const std::string& db_path, const SearcherOptions& options) {
  std::unique_ptr<SearcherPool> pool(new SearcherPool(db_path, options));
  absl::StatusOr<std::unique_ptr<Lease::Entry>> first = pool->OpenEntry();
  if (!first.ok()) return first.status();
  pool->idle_.push_back(*std::move(first));
  return pool;
}

absl::StatusOr<std::unique_ptr<SearcherPool::Lease::Entry>>
SearcherPool::OpenEntry() {
  auto entry = std::make_unique<Lease::Entry>();
  // The identity first: were the database swapped between the two calls,
  // the next borrow would see it differ and open again.
  entry->identity = IdentityOf(db_path_);
  absl::StatusOr<std::unique_ptr<Searcher>> searcher =
      Searcher::Open(db_path_, options_);
  if (!searcher.ok()) return searcher.status();
  entry->searcher = *std::move(searcher);
  entry->refreshed = std::chrono::steady_clock::now();
  return entry;
}

absl::StatusOr<SearcherPool::Lease> SearcherPool::Borrow() {
  std::unique_ptr<Lease::Entry> entry;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!idle_.empty()) {
      entry = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  if (entry && entry->identity != IdentityOf(db_path_)) entry.reset();
  if (entry) {
    const auto now = std::chrono::steady_clock::now();
    if (now - entry->refreshed >= kRefreshInterval) {
      if (entry->searcher->Reopen().ok()) {
        entry->refreshed = now;
      } else {
        entry.reset();  // opened afresh below, or its error reported
      }
    }
  }
  if (!entry) {
    absl::StatusOr<std::unique_ptr<Lease::Entry>> opened = OpenEntry();
    if (!opened.ok()) return opened.status();
    entry = *std::move(opened);
  }
  return Lease(this, std::move(entry));
}

void SearcherPool::GiveBack(std::unique_ptr<Lease::Entry> entry) {
  std::lock_guard<std::mutex> lock(mutex_);
  idle_.push_back(std::move(entry));
}

}  // namespace newsq::server
