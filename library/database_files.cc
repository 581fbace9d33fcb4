#include "library/database_files.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include <xapian.h>

#include <cerrno>
#include <filesystem>

#include "absl/strings/str_cat.h"
#include "engine/xapian_status.h"

namespace newsq::internal {
namespace {

namespace fs = std::filesystem;

// Makes a rename in `folder` durable.
void SyncFolder(const fs::path& folder) {
  const int fd = open(folder.empty() ? "." : folder.c_str(),
                      O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  fsync(fd);
  close(fd);
}

// SwapIn's fallback: `live` to `live`.previous, `fresh` to `live`, then the
// previous one to `fresh`. The live one is put back if the second step fails.
std::error_code SwapByThreeRenames(const std::string& fresh,
                                   const std::string& live) {
  std::error_code error;
  const std::string previous = live + ".previous";
  fs::remove_all(previous, error);
  fs::rename(live, previous, error);
  if (error) return error;
  fs::rename(fresh, live, error);
  if (error) {
    std::error_code ignored;
    fs::rename(previous, live, ignored);
    return error;
  }
  fs::rename(previous, fresh, error);
  return error;
}

}  // namespace

std::string DatabaseToReplace(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  std::error_code error;
  if (fs::is_symlink(path, error)) {
    const fs::path real = fs::canonical(path, error);
    if (!error) path = real.string();
  }
  return path;
}

absl::Status SwapIn(const std::string& fresh, const std::string& live) {
  std::error_code error;
  if (!fs::exists(live, error)) {
    fs::rename(fresh, live, error);
  } else if (renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, live.c_str(),
                       RENAME_EXCHANGE) != 0) {
    if (errno != EINVAL && errno != ENOSYS) {
      error = std::error_code(errno, std::generic_category());
    } else {
      error = SwapByThreeRenames(fresh, live);
    }
  }
  if (error) {
    return absl::InternalError(absl::StrCat("cannot put the new database ",
                                            fresh, " in place of ", live, ": ",
                                            error.message()));
  }
  SyncFolder(fs::path(live).parent_path());
  return absl::OkStatus();
}

absl::Status CompactInPlace(const std::string& path) {
  const std::string compacted = path + ".compact";
  std::error_code error;
  fs::remove_all(compacted, error);
  try {
    Xapian::Database(path).compact(compacted);
  } catch (const Xapian::Error& e) {
    fs::remove_all(compacted, error);
    return StatusFromXapian(e, "cannot compact", path);
  }
  fs::remove_all(path, error);
  if (!error) fs::rename(compacted, path, error);
  if (error) {
    return absl::InternalError(
        absl::StrCat("cannot compact ", path, ": ", error.message()));
  }
  return absl::OkStatus();
}

}  // namespace newsq::internal
