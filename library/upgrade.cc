// IndexWriter::Upgrade (newsq/index.h): an older database indexed again into
// this version's format beside it, then swapped in, the old one kept.
#include <xapian.h>

#include <filesystem>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "engine/article_codec.h"
#include "engine/schema.h"
#include "engine/shards.h"
#include "engine/status_macros.h"
#include "engine/writer_lock.h"
#include "engine/xapian_status.h"
#include "indexer/article_writer.h"
#include "library/batch_meter.h"
#include "library/database_files.h"
#include "library/index_writer_impl.h"
#include "newsq/index.h"

namespace newsq {
namespace {

namespace fs = std::filesystem;

}  // namespace

absl::Status IndexWriter::Impl::WriteAgain(
    const std::string& path, const std::vector<StoredArticle>& stored,
    int shards) {
  IndexOptions options;
  options.shards = shards;
  NEWSQ_ASSIGN_OR_RETURN(std::unique_ptr<IndexWriter> writer,
                         OpenWriter(path, options, /*take_lock=*/false));
  internal::BatchMeter batch{IndexOptions()};
  for (const StoredArticle& article : stored) {
    NEWSQ_RETURN_IF_ERROR(writer->impl_->writer
                              .Write(internal::ArticleWriter::InputFor(
                                  article.article, article.story_id))
                              .status());
    if (batch.AddAndCheckFull(article.article))
      NEWSQ_RETURN_IF_ERROR(writer->Commit());
  }
  return writer->Commit();
}

absl::StatusOr<std::string> IndexWriter::Upgrade(const std::string& given) {
  // Through a symbolic link, the database upgraded is the link's target.
  const std::string db_path = internal::DatabaseToReplace(given);
  std::error_code error;
  if (!fs::exists(db_path, error)) return std::string();
  NEWSQ_ASSIGN_OR_RETURN(internal::WriterLock lock,
                         internal::WriterLock::Acquire(db_path));
  // The upgraded database keeps the shard count.
  NEWSQ_ASSIGN_OR_RETURN(const int shards, internal::ShardCount(db_path));
  std::string version;
  std::vector<StoredArticle> stored;
  // Opened for writing only to hold Xapian's lock while the articles are read:
  // no writer may add to the old database while it is copied. (Xapian opens
  // an archive's stub for writing as one database over its shards, and reads
  // the metadata from the first.)
  Xapian::WritableDatabase old;
  try {
    old = Xapian::WritableDatabase(db_path, Xapian::DB_OPEN);
    version =
        old.get_metadata(std::string(internal::schema::kSchemaVersionKey));
    if (version == internal::schema::kSchemaVersion) return std::string();
    for (auto it = old.postlist_begin(""); it != old.postlist_end(""); ++it) {
      NEWSQ_ASSIGN_OR_RETURN(
          StoredArticle article,
          internal::StoredArticleFromData(old.get_document(*it).get_data()));
      stored.push_back(std::move(article));
    }
  } catch (const Xapian::DatabaseLockError& e) {
    return absl::UnavailableError(
        absl::StrCat("cannot upgrade ", db_path,
                     ": another newsq process is writing to it"));
  } catch (const Xapian::Error& e) {
    return internal::StatusFromXapian(e, "cannot read database to upgrade",
                                      db_path);
  }
  const std::string fresh = db_path + ".upgrading";
  const std::string backup =
      absl::StrCat(db_path, ".format", version.empty() ? "0" : version);
  internal::FinishInterruptedSwap(fresh, db_path);
  NEWSQ_RETURN_IF_ERROR(Impl::WriteAgain(fresh, stored, shards));
  old.close();
  // The same atomic, synced switch as Reindex's; the old database, left at
  // `fresh`, then becomes the backup.
  fs::remove_all(backup, error);
  NEWSQ_RETURN_IF_ERROR(internal::SwapInMarked(fresh, db_path, backup));
  NEWSQ_RETURN_IF_ERROR(internal::PutAwayReplaced(fresh));
  return backup;
}

}  // namespace newsq
