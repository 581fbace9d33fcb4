#include "engine/database.h"

#include <sys/resource.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <algorithm>
#include <climits>
#include <filesystem>
#include <system_error>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "engine/schema.h"
#include "engine/shards.h"
#include "engine/status_macros.h"
#include "engine/xapian_status.h"

namespace newsq::internal {
namespace fs = std::filesystem;

namespace {

// The error for a database at `path` written in another index format, with
// the way out: upgrading `upgraded`, the database or the archive it is a shard
// of (newsq upgrades an archive whole).
absl::Status OtherFormat(const std::string& path, const std::string& version,
                         const std::string& upgraded) {
  return absl::FailedPreconditionError(absl::StrCat(
      "cannot open database: ", path, ": index format ", version,
      ", this newsq uses format ", std::string(schema::kSchemaVersion),
      " (upgrade it, keeping every article: newsq upgrade --db ", upgraded,
      ")"));
}

}  // namespace

namespace {

// Opens the one glass database at `path` for writing, as OpenWritable says;
// `upgraded` is what a user upgrades when it is in another format (the
// archive, for a shard).
absl::StatusOr<Xapian::WritableDatabase> OpenOneWritable(
    const std::string& path, const std::string& upgraded) {
  std::error_code error;
  fs::create_directories(path, error);
  if (error) {
    const std::string message = absl::StrCat(
        "cannot create database directory: ", path, ": ", error.message());
    return error == std::errc::permission_denied ||
                   error == std::errc::read_only_file_system
               ? absl::PermissionDeniedError(message)
               : absl::InternalError(message);
  }
  // Glass writes its version file (iamglass) last when it creates a
  // database, and replaces it atomically at each commit after that: a folder
  // with table files but no version file is a creation killed half-way
  // (found by CrashSafetyTest with shards). It holds no committed article and
  // Xapian cannot open it, so it is created afresh rather than left to fail
  // every later run.
  const bool creation_interrupted =
      fs::exists(fs::path(path) / "postlist.glass", error) &&
      !fs::exists(fs::path(path) / "iamglass", error);
  try {
    Xapian::WritableDatabase db(path, creation_interrupted
                                          ? Xapian::DB_CREATE_OR_OVERWRITE
                                          : Xapian::DB_CREATE_OR_OPEN);
    const std::string version =
        db.get_metadata(std::string(schema::kSchemaVersionKey));
    if (version.empty()) {
      db.set_metadata(std::string(schema::kSchemaVersionKey),
                      std::string(schema::kSchemaVersion));
      db.commit();
    } else if (version != schema::kSchemaVersion) {
      return OtherFormat(path, version, upgraded);
    }
    return db;
  } catch (const Xapian::DatabaseLockError& e) {
    return absl::UnavailableError(absl::StrCat(
        "cannot open database for writing: ", path,
        ": another newsq process is writing to it (", e.get_msg(), ")"));
  } catch (const Xapian::Error& e) {
    absl::Status status =
        StatusFromXapian(e, "cannot open database for writing", path);
    if (fs::exists(path, error) && access(path.c_str(), W_OK) != 0) {
      return absl::PermissionDeniedError(status.message());
    }
    return status;
  }
}

// Opens (creating it if need be) the shard database at `path` of the archive
// at `archive_path` and adds it to `archive`, after the shards already there.
absl::Status AddWritableShard(const std::string& path,
                              const std::string& archive_path,
                              WritableShards& archive) {
  absl::StatusOr<Xapian::WritableDatabase> shard =
      OpenOneWritable(path, archive_path);
  if (!shard.ok()) return shard.status();
  archive.all.add_database(*shard);
  archive.shards.push_back(*std::move(shard));
  archive.paths.push_back(path);
  return absl::OkStatus();
}

// The shards of the archive at `path`, opened for writing as one database:
// Xapian numbers the documents added to it across the shards in turn
// (docs/index_format.md). Missing shards are created.
absl::StatusOr<WritableShards> OpenWritableArchive(const std::string& path,
                                                   int shards) {
  absl::StatusOr<std::vector<ShardLine>> lines = ReadStub(path);
  if (!lines.ok()) return lines.status();
  if (shards > 0 && static_cast<size_t>(shards) != lines->size()) {
    return absl::FailedPreconditionError(
        absl::StrCat("cannot write ", shards, " shards to ", path, ": it has ",
                     lines->size(), " (newsq reindex --shards ", shards,
                     " rewrites it so)"));
  }
  WritableShards archive;
  for (const ShardLine& line : *lines) {
    if (line.remote) {
      return absl::FailedPreconditionError(
          absl::StrCat("cannot write to ", path, ": its shard ", line.where,
                       " is remote (newsq writes local shards only)"));
    }
    NEWSQ_RETURN_IF_ERROR(AddWritableShard(line.where, path, archive));
  }
  return archive;
}

// A new archive of `shards` shards at `path`, opened for writing. The shards
// are created before the stub that names them: until the stub is there, the
// folder holds no database, so a run killed in between leaves nothing a reader
// trips over, and the next run creates the archive again over the same shards.
absl::StatusOr<WritableShards> CreateWritableArchive(const std::string& path,
                                                     int shards) {
  WritableShards archive;
  for (int i = 0; i < shards; ++i)
    NEWSQ_RETURN_IF_ERROR(
        AddWritableShard(ArchiveShardPath(path, i), path, archive));
  NEWSQ_RETURN_IF_ERROR(WriteArchiveStub(path, shards));
  return archive;
}

}  // namespace

absl::StatusOr<Xapian::WritableDatabase> OpenWritable(const std::string& path,
                                                      int shards) {
  absl::StatusOr<WritableShards> opened = OpenWritableShards(path, shards);
  if (!opened.ok()) return opened.status();
  return std::move(opened->all);
}

absl::StatusOr<WritableShards> OpenWritableShards(const std::string& path,
                                                  int shards) {
  const bool exists = HoldsDatabase(path);
  if (!exists && shards == 0) shards = DefaultShardCount();
  if (!exists && shards > 1) return CreateWritableArchive(path, shards);
  if (IsArchive(path)) return OpenWritableArchive(path, shards);
  if (exists && shards > 1) {
    return absl::FailedPreconditionError(
        absl::StrCat("cannot write ", shards, " shards to ", path,
                     ": it is one database (newsq reindex --shards ", shards,
                     " rewrites it so)"));
  }
  absl::StatusOr<Xapian::WritableDatabase> one = OpenOneWritable(path, path);
  if (!one.ok()) return one.status();
  return WritableShards{.all = *one, .shards = {*one}, .paths = {path}};
}

namespace {

// How long a remote shard may take to answer, and to accept a connection,
// before the read fails naming it, in milliseconds (Xapian's own defaults).
// (Plain unsigned: Xapian 1.4 deprecates its Xapian::timeout typedef.)
constexpr unsigned kRemoteTimeoutMs = 10000;
constexpr unsigned kRemoteConnectTimeoutMs = 10000;

// The database at `path`: a database folder (or single-file database) as
// Xapian opens it, or the shards of a stub file or archive folder opened here
// one by one, so that a remote shard gets a timeout and a failing shard is
// named. Both of a remote line's forms are read ("HOST:PORT", Xapian 1.4's,
// and ":HOST:PORT"). With `skip_unavailable`, a shard that cannot be opened
// is listed as missing instead, as long as one can. May throw Xapian::Error
// for a database folder.
absl::Status OpenShards(const std::string& path, bool skip_unavailable,
                        const std::vector<MissingShard>& left_out,
                        ReadableDatabase& opened) {
  if (!IsStub(path)) {
    opened.db = Xapian::Database(path);
    opened.shards = {{path, false, opened.db}};
    return absl::OkStatus();
  }
  absl::StatusOr<std::vector<ShardLine>> lines = ReadStub(path);
  if (!lines.ok()) return lines.status();
  if (lines->empty()) {
    return absl::FailedPreconditionError(absl::StrCat(
        "cannot open database: ", path, ": its stub lists no shard"));
  }
  absl::Status first_failure;
  for (const ShardLine& line : *lines) {
    if (auto out = std::find_if(left_out.begin(), left_out.end(),
                                [&](const MissingShard& shard) {
                                  return shard.where == line.where;
                                });
        out != left_out.end()) {
      opened.missing.push_back(*out);
      continue;
    }
    try {
      Xapian::Database shard =
          line.remote
              ? Xapian::Remote::open(line.host, line.port, kRemoteTimeoutMs,
                                     kRemoteConnectTimeoutMs)
              : Xapian::Database(line.where);
      opened.db.add_database(shard);
      opened.shards.push_back({line.where, line.remote, std::move(shard)});
    } catch (const Xapian::Error& e) {
      absl::Status failure = absl::UnavailableError(absl::StrCat(
          "cannot open database: ", path, ": shard ", line.where,
          line.remote ? " (remote)" : "", ": ", e.get_description()));
      if (!skip_unavailable) return failure;
      if (first_failure.ok()) first_failure = failure;
      opened.missing.push_back({line.where, e.get_description()});
    }
  }
  if (opened.shards.empty()) {
    return first_failure.ok()
               ? absl::UnavailableError(absl::StrCat(
                     "cannot open database: ", path, ": no shard answers"))
               : first_failure;
  }
  return absl::OkStatus();
}

}  // namespace

bool ReadableDatabase::AnyRemote() const {
  return std::any_of(shards.begin(), shards.end(),
                     [](const ReadableShard& shard) { return shard.remote; });
}

std::vector<Xapian::Database> ReadableDatabase::ShardDatabases() const {
  std::vector<Xapian::Database> databases;
  for (const ReadableShard& shard : shards) databases.push_back(shard.db);
  return databases;
}

namespace {

// Whether a database's index format must be this newsq's to be opened.
enum class Formats { kCurrentOnly, kAny };

absl::StatusOr<ReadableDatabase> OpenReadableIn(
    const std::string& path, bool skip_unavailable,
    const std::vector<MissingShard>& left_out, Formats formats) {
  if (!HoldsDatabase(path)) {
    return absl::NotFoundError(absl::StrCat(
        "no database at ", path, " (create one with: newsq index --db ", path,
        " PATH...)"));
  }
  try {
    ReadableDatabase opened;
    NEWSQ_RETURN_IF_ERROR(OpenShards(path, skip_unavailable, left_out, opened));
    const std::string version =
        opened.db.get_metadata(std::string(schema::kSchemaVersionKey));
    if (version.empty() && opened.db.get_doccount() > 0) {
      return absl::FailedPreconditionError(absl::StrCat(
          "cannot open database: ", path, ": not a newsq database"));
    }
    if (formats == Formats::kCurrentOnly && !version.empty() &&
        version != schema::kSchemaVersion) {
      return OtherFormat(path, version, path);
    }
    return opened;
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, "cannot open database", path);
  }
}

}  // namespace

absl::StatusOr<ReadableDatabase> OpenReadableShards(
    const std::string& path, bool skip_unavailable,
    const std::vector<MissingShard>& left_out) {
  return OpenReadableIn(path, skip_unavailable, left_out,
                        Formats::kCurrentOnly);
}

absl::StatusOr<Xapian::Database> OpenReadable(const std::string& path) {
  NEWSQ_ASSIGN_OR_RETURN(ReadableDatabase opened, OpenReadableShards(path));
  return opened.db;
}

absl::StatusOr<Xapian::Database> OpenReadableOfAnyFormat(
    const std::string& path) {
  NEWSQ_ASSIGN_OR_RETURN(ReadableDatabase opened,
                         OpenReadableIn(path, false, {}, Formats::kAny));
  return opened.db;
}

absl::Status CheckRoomToWrite(const std::string& path) {
  std::error_code error;
  // The database, or the nearest folder that exists where it will be made.
  fs::path where = path;
  while (!where.empty() && !fs::exists(where, error))
    where = where.parent_path();
  if (where.empty()) where = ".";
  int64_t room = INT64_MAX;
  const char* limit = "";
  struct statvfs disk;
  if (statvfs(where.c_str(), &disk) == 0) {
    room = static_cast<int64_t>(disk.f_bavail) *
           static_cast<int64_t>(disk.f_frsize);
    limit = "free space on its disk";
  }
  struct rlimit file_size;
  if (getrlimit(RLIMIT_FSIZE, &file_size) == 0 &&
      file_size.rlim_cur != RLIM_INFINITY) {
    uintmax_t largest = 0;
    if (fs::is_directory(where, error)) {
      for (const auto& entry : fs::directory_iterator(where, error))
        if (entry.is_regular_file(error))
          largest = std::max(largest, entry.file_size(error));
    }
    const int64_t below_limit = static_cast<int64_t>(file_size.rlim_cur) -
                                static_cast<int64_t>(largest);
    if (below_limit < room) {
      room = below_limit;
      limit = "room under the file size limit (ulimit -f)";
    }
  }
  if (room >= kMinRoomBytes) return absl::OkStatus();
  return absl::ResourceExhaustedError(absl::StrFormat(
      "cannot write to %s: %.1f MB of %s left, newsq stops writing below "
      "%d MB so that the index is never left half-written",
      path, std::max<int64_t>(room, 0) / 1048576.0, limit,
      kMinRoomBytes >> 20));
}

int64_t DirectorySize(const std::string& path) {
  std::error_code error;
  int64_t total = 0;
  for (fs::recursive_directory_iterator it(path, error), end;
       !error && it != end; it.increment(error)) {
    if (it->is_regular_file(error))
      total += static_cast<int64_t>(it->file_size(error));
  }
  return total;
}

int64_t CountTermsWithPrefix(const Xapian::Database& db,
                             std::string_view prefix) {
  int64_t count = 0;
  const std::string p(prefix);
  for (auto it = db.allterms_begin(p); it != db.allterms_end(p); ++it) ++count;
  return count;
}

}  // namespace newsq::internal
