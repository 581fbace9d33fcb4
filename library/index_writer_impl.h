// Internal to library/: what an IndexWriter holds, shared by the files that
// implement it (index_writer.cc, upgrade.cc, reindex.cc).
#ifndef NEWSQ_LIBRARY_INDEX_WRITER_IMPL_H_
#define NEWSQ_LIBRARY_INDEX_WRITER_IMPL_H_

#include <xapian.h>

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/database.h"
#include "engine/writer_lock.h"
#include "indexer/article_writer.h"
#include "newsq/index.h"
#include "newsq/search.h"

namespace newsq {

struct IndexWriter::Impl {
  // `database`'s shards are inside a transaction.
  Impl(std::string db_path, std::optional<internal::WriterLock> writer_lock,
       internal::WritableShards database, const IndexOptions& options)
      : path(std::move(db_path)),
        lock(std::move(writer_lock)),
        db(std::move(database.all)),
        writer(db, std::move(database.shards), std::move(database.paths), path,
               options) {}

  // IndexWriter::Open, with the writer lock or, for a private database built
  // under another database's lock (Upgrade, Reindex), without it.
  static absl::StatusOr<std::unique_ptr<IndexWriter>> OpenWriter(
      const std::string& db_path, const IndexOptions& options, bool take_lock);

  // Deletes the articles read from files under the folders of `paths` that
  // are gone, except those in `read_now` (internal::FindGoneFiles); returns
  // how many. Errors: database failures, naming the path.
  absl::StatusOr<int64_t> PruneGoneFiles(const std::vector<std::string>& paths,
                                         const std::set<std::string>& read_now);

  // Upgrade's copy: writes `stored` into a new database of `shards` shards at
  // `path`, each article keeping its article id and story id, committed in
  // batches as AddPages commits them.
  static absl::Status WriteAgain(const std::string& path,
                                 const std::vector<StoredArticle>& stored,
                                 int shards);

  std::string path;
  // Held for the writer's life; empty for the private database Reindex and
  // Upgrade build under the live database's lock.
  std::optional<internal::WriterLock> lock;
  // All the shards as one, for the work done while the writer's shards are
  // idle (ArticleWriter::Finish): pruning, regrouping, counting.
  Xapian::WritableDatabase db;
  // Declared after `db`, which it writes to.
  internal::ArticleWriter writer;
};

}  // namespace newsq

#endif  // NEWSQ_LIBRARY_INDEX_WRITER_IMPL_H_
