// Internal: sharded archives. An archive is a folder holding glass databases
// (its shards) and a Xapian stub file, kStubFile, that lists them, so that
// Xapian opens the folder as one database (docs/index_format.md, "Sharded
// archives").
#ifndef NEWSQ_ENGINE_SHARDS_H_
#define NEWSQ_ENGINE_SHARDS_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace newsq::internal {

// The stub file's name in an archive folder: the name under which Xapian
// reads a folder as a stub database.
inline constexpr std::string_view kStubFile = "XAPIANDB";

// One line of a stub: a local database (`auto`, `glass`, `chert` and the
// like) or a remote one served by xapian-tcpsrv (`remote HOST:PORT`, the form
// Xapian 1.4 reads itself, or `remote :HOST:PORT`, which newsq reads too).
struct ShardLine {
  bool remote = false;
  // For a local shard, its path, made absolute against the stub's folder;
  // for a remote one, "HOST:PORT" as written.
  std::string where;
  // A remote shard's host and TCP port.
  std::string host;
  unsigned port = 0;
};

// True when `path` is an archive folder (it holds kStubFile).
bool IsArchive(const std::string& path);

// True when `path` is a stub: an archive folder, or a file that is not a
// single-file Xapian database (which starts with Xapian's magic bytes).
bool IsStub(const std::string& path);

// The stub at `stub_path` (a stub file, or an archive folder), line by line,
// with the shards of stubs it names read in their place. Blank lines and
// comments (#) are skipped. Errors: kNotFound, kInvalidArgument naming the
// line Xapian would not read either, kFailedPrecondition for stubs nested
// more than 8 deep.
absl::StatusOr<std::vector<ShardLine>> ReadStub(const std::string& stub_path);

// How many shards the existing database at `path` has: those its stub lists
// for an archive, else 1 (a plain database). Errors: ReadStub's.
absl::StatusOr<int> ShardCount(const std::string& path);

// The shards a new database gets when the writer is not told: one per core,
// since each shard has its own writer thread, and at most 4 (on this 2-core
// machine, 2 and 4 shards index at the same rate, 1.4x one database;
// docs/scaling.md). One on a single core: a plain database.
int DefaultShardCount();

// True when `path` holds a database: a file (a stub or a single-file
// database), an archive folder, or a glass (or chert) database folder. An
// empty folder, or one left by a run killed before its archive's stub was
// written, holds none.
bool HoldsDatabase(const std::string& path);

// The path of shard `index` (0-based) of a new archive at `path`:
// `path`/shard-00, `path`/shard-01...
std::string ArchiveShardPath(const std::string& path, int index);

// Writes the stub of a new archive at `path` listing `shards` shards named as
// ArchiveShardPath does, whole (a temporary file renamed): the stub is what
// makes the folder an archive, so the caller creates the shards first and a
// run killed in between leaves no archive naming a shard that is not there.
// Errors: kInternal naming the path.
absl::Status WriteArchiveStub(const std::string& path, int shards);

}  // namespace newsq::internal

#endif  // NEWSQ_ENGINE_SHARDS_H_
