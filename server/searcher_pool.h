// Searchers shared by the server's request threads. A Searcher serves one
// thread at a time, so each request borrows one from the pool and gives it
// back; the pool opens another when all are busy. A borrowed searcher sees
// the database as it is: what writers committed (a newsq index run) at most
// kRefreshInterval ago, and a database swapped in by newsq reindex or
// upgrade from the next request on, without a restart.
#ifndef NEWSQ_SERVER_SEARCHER_POOL_H_
#define NEWSQ_SERVER_SEARCHER_POOL_H_

#include <sys/types.h>

#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "newsq/search.h"

namespace newsq::server {

class SearcherPool {
 public:
  // How stale a searcher may be before it is reopened on the latest commit:
  // a reopen reads each shard's version file (a network round trip for a
  // remote shard), which a busy server need not pay on every request.
  static constexpr std::chrono::milliseconds kRefreshInterval{1000};

  // Opens the first searcher at once, so that a database that cannot be read
  // fails at start: the errors of Searcher::Open.
  static absl::StatusOr<std::unique_ptr<SearcherPool>> Open(
      const std::string& db_path, const SearcherOptions& options);

  // One searcher, lent until the Lease is destroyed. Not copyable.
  class Lease {
   public:
    Lease(Lease&& other) noexcept;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    Searcher& operator*() const;
    Searcher* operator->() const;

   private:
    friend class SearcherPool;
    struct Entry;
    Lease(SearcherPool* pool, std::unique_ptr<Entry> entry);
    SearcherPool* pool_;
    std::unique_ptr<Entry> entry_;
  };

  // A searcher no other thread holds, brought up to date. Thread-safe.
  // Errors: those of Searcher::Open and Searcher::Reopen (the database was
  // removed, a shard stopped answering), naming the path.
  absl::StatusOr<Lease> Borrow();

  const std::string& db_path() const { return db_path_; }

  ~SearcherPool();

 private:
  SearcherPool(std::string db_path, SearcherOptions options);
  absl::StatusOr<std::unique_ptr<Lease::Entry>> OpenEntry();
  void GiveBack(std::unique_ptr<Lease::Entry> entry);

  const std::string db_path_;
  const SearcherOptions options_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Lease::Entry>> idle_;  // guarded by mutex_
};

}  // namespace newsq::server

#endif  // NEWSQ_SERVER_SEARCHER_POOL_H_
