// Internal: opening newsq databases, with every Xapian failure turned into a
// status that names the path.
#ifndef NEWSQ_ENGINE_DATABASE_H_
#define NEWSQ_ENGINE_DATABASE_H_

#include <xapian.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "newsq/search.h"

namespace newsq::internal {

// Opens `path` for writing, creating it and its parent directories when
// missing, and marks a new database with the schema version. A sharded
// archive (engine/shards.h) opens as one database over its shards, which
// Xapian fills in turn; a missing `path` with `shards` above 1 is created as
// such an archive. `shards` 0 takes what is there. Errors: kUnavailable
// (locked by another writer), kPermissionDenied, kFailedPrecondition (a newsq
// schema this version does not read; another shard count than `shards`; a
// remote shard), kInvalidArgument (a stub Xapian would not read), kDataLoss.
absl::StatusOr<Xapian::WritableDatabase> OpenWritable(const std::string& path,
                                                      int shards = 0);

// What OpenWritable opens, shard by shard: each shard's database (one for a
// plain database) and its path, in archive order, and `all` combining them.
// The handles share their state: writing through one writes through `all`.
struct WritableShards {
  Xapian::WritableDatabase all;
  std::vector<Xapian::WritableDatabase> shards;
  std::vector<std::string> paths;
};
absl::StatusOr<WritableShards> OpenWritableShards(const std::string& path,
                                                  int shards = 0);

// One of the Xapian databases a readable database combines.
struct ReadableShard {
  std::string where;  // its path, or "HOST:PORT" for a remote one
  bool remote = false;
  Xapian::Database db;
};

struct ReadableDatabase {
  // The shards combined. They share its state: reopening it reopens them.
  Xapian::Database db;
  // In the order combined (one for a database folder).
  std::vector<ReadableShard> shards;
  // Only when opened with skip_unavailable or left_out: the shards left out,
  // with Xapian's reason.
  std::vector<MissingShard> missing;

  bool AnyRemote() const;
  std::vector<Xapian::Database> ShardDatabases() const;
};

// Opens `path` for reading: a database, a sharded archive, or any stub file
// (`auto` and `remote` lines). With `skip_unavailable`, a shard that cannot
// be opened (a remote one down, or slower than the timeout) is left out and
// listed in `missing`, unless no shard opens. Errors: kNotFound (no database
// there), kFailedPrecondition (not a newsq database, or a schema this version
// does not read), kUnavailable (a shard that cannot be opened, named),
// kDataLoss, kInternal.
// The shards named in `left_out` (by `where`) are not opened but listed in
// `missing` as they are.
absl::StatusOr<ReadableDatabase> OpenReadableShards(
    const std::string& path, bool skip_unavailable = false,
    const std::vector<MissingShard>& left_out = {});

// OpenReadableShards' combined database alone.
absl::StatusOr<Xapian::Database> OpenReadable(const std::string& path);

// OpenReadable for a newsq database of any index format, for what every
// format stores alike (each article's id term and story slot): a rebuild
// from pages (Reindex) keeps an older database's story ids and moves it to
// this format. Errors as OpenReadableShards', bar the schema's.
absl::StatusOr<Xapian::Database> OpenReadableOfAnyFormat(
    const std::string& path);

// The room a writer needs beside a database: below it, writing stops with
// a clear error before the disk fills, since Xapian 1.4 can abort the process
// when a write fails in the middle of a query. Like Elasticsearch's flood
// stage, but in bytes.
inline constexpr int64_t kMinRoomBytes = 64 << 20;

// Fails with kResourceExhausted, naming `path` and what is left, when the
// database at `path` (or the folder it will be created in) has less than
// kMinRoomBytes to grow: free space on its file system for this user, or
// the process's file size limit (ulimit -f) above its largest file.
absl::Status CheckRoomToWrite(const std::string& path);

// Total size in bytes of the regular files under `path`; 0 when it cannot be
// read.
int64_t DirectorySize(const std::string& path);

// The number of distinct terms of `db` that start with `prefix` (stories,
// outlets). May throw Xapian::Error.
int64_t CountTermsWithPrefix(const Xapian::Database& db,
                             std::string_view prefix);

}  // namespace newsq::internal

#endif  // NEWSQ_ENGINE_DATABASE_H_
