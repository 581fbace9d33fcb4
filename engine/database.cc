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
#include "engine/xapian_status.h"

namespace newsq::internal {
namespace fs = std::filesystem;

namespace {

// The error for a database written in another index format, with the way out.
absl::Status OtherFormat(const std::string& path, const std::string& version) {
  return absl::FailedPreconditionError(absl::StrCat(
      "cannot open database: ", path, ": index format ", version,
      ", this newsq reads ", std::string(schema::kSchemaVersion),
      " (upgrade it, keeping every article: newsq upgrade --db ", path, ")"));
}

}  // namespace

absl::StatusOr<Xapian::WritableDatabase> OpenWritable(const std::string& path) {
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
  try {
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN);
    const std::string version =
        db.get_metadata(std::string(schema::kSchemaVersionKey));
    if (version.empty()) {
      db.set_metadata(std::string(schema::kSchemaVersionKey),
                      std::string(schema::kSchemaVersion));
      db.commit();
    } else if (version != schema::kSchemaVersion) {
      return OtherFormat(path, version);
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

absl::StatusOr<Xapian::Database> OpenReadable(const std::string& path) {
  std::error_code error;
  if (!fs::exists(path, error)) {
    return absl::NotFoundError(absl::StrCat(
        "no database at ", path, " (create one with: newsq index --db ", path,
        " PATH...)"));
  }
  try {
    Xapian::Database db(path);
    const std::string version =
        db.get_metadata(std::string(schema::kSchemaVersionKey));
    if (version.empty() && db.get_doccount() > 0) {
      return absl::FailedPreconditionError(absl::StrCat(
          "cannot open database: ", path, ": not a newsq database"));
    }
    if (!version.empty() && version != schema::kSchemaVersion) {
      return OtherFormat(path, version);
    }
    return db;
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, "cannot open database", path);
  }
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
