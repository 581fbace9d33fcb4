// IndexWriter::Compact (newsq/index.h): a database made one compact Xapian
// database, beside it, then swapped in.
#include <xapian.h>

#include <filesystem>
#include <string>

#include "absl/strings/str_cat.h"
#include "engine/database.h"
#include "engine/status_macros.h"
#include "engine/writer_lock.h"
#include "engine/xapian_status.h"
#include "library/database_files.h"
#include "newsq/index.h"

namespace newsq {
namespace {

namespace fs = std::filesystem;

// Documents copied between commits: what the copy holds in memory.
constexpr Xapian::doccount kCopiedPerCommit = 2000;

}  // namespace

absl::StatusOr<int64_t> IndexWriter::Compact(const std::string& given) {
  const std::string db_path = internal::DatabaseToReplace(given);
  NEWSQ_ASSIGN_OR_RETURN(internal::WriterLock lock,
                         internal::WriterLock::Acquire(db_path));
  const std::string fresh = db_path + ".compacting";
  internal::FinishInterruptedSwap(fresh, db_path);
  auto fail = [&](const absl::Status& status) {
    std::error_code ignored;
    fs::remove_all(fresh, ignored);
    return status;
  };
  NEWSQ_ASSIGN_OR_RETURN(Xapian::Database archive,
                         internal::OpenReadable(db_path));
  int64_t articles = 0;
  try {
    // Every document under the number the archive gives it (its shards'
    // numbers interleaved): the one database then orders equal scores as the
    // archive did, and answers as it did. Xapian's compactor would number a
    // merge of shards shard after shard.
    Xapian::WritableDatabase out(fresh, Xapian::DB_CREATE);
    for (auto key = archive.metadata_keys_begin();
         key != archive.metadata_keys_end(); ++key)
      out.set_metadata(*key, archive.get_metadata(*key));
    Xapian::doccount in_batch = 0;
    for (auto it = archive.postlist_begin(""); it != archive.postlist_end("");
         ++it) {
      out.replace_document(*it, archive.get_document(*it));
      ++articles;
      if (++in_batch == kCopiedPerCommit) {
        out.commit();
        in_batch = 0;
      }
    }
    out.commit();
    out.close();
  } catch (const Xapian::Error& e) {
    return fail(internal::StatusFromXapian(e, "cannot compact", db_path));
  }
  if (absl::Status compacted = internal::CompactInPlace(fresh); !compacted.ok())
    return fail(compacted);
  if (absl::Status swapped = internal::SwapInMarked(fresh, db_path, "");
      !swapped.ok())
    return fail(swapped);
  NEWSQ_RETURN_IF_ERROR(internal::PutAwayReplaced(fresh));
  return articles;
}

}  // namespace newsq
