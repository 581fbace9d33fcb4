#include "engine/database.h"

#include <unistd.h>

#include <filesystem>
#include <system_error>

#include "absl/strings/str_cat.h"
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

}  // namespace newsq::internal
