#include "library/database_files.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include <xapian.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <vector>

#include "absl/strings/str_cat.h"
#include "engine/shards.h"
#include "engine/xapian_status.h"

namespace newsq::internal {
namespace {

namespace fs = std::filesystem;

// The block size of compacted tables. Xapian reads a block per pread(2), and
// the default 8 KiB makes a search of a large archive spend a quarter of its
// time in the kernel: with 32 KiB blocks the peer's collapsed queries over
// 289k articles took 17 % less at the median than with 8 KiB
// (docs/performance.md), and those over 36k articles no more.
constexpr int kCompactedBlockSize = 32 * 1024;

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

// The mark SwapInMarked leaves in a database it replaces: where the
// database goes once replaced ("" for nowhere: removed). Xapian ignores
// files it does not know in a database's folder.
constexpr char kReplacedMark[] = "newsq-replaced";

// Writes `text` to `path` and makes it durable; false when it cannot.
bool WriteDurably(const fs::path& path, const std::string& text) {
  const int fd =
      open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  const bool written = write(fd, text.data(), text.size()) ==
                           static_cast<ssize_t>(text.size()) &&
                       fsync(fd) == 0;
  close(fd);
  SyncFolder(path.parent_path());
  return written;
}

// Where the database at `path` goes, by its mark; nullopt when it has none.
std::optional<std::string> ReplacedMark(const fs::path& path) {
  std::ifstream in(path / kReplacedMark, std::ios::binary);
  if (!in) return std::nullopt;
  std::string goes_to((std::istreambuf_iterator<char>(in)),
                      std::istreambuf_iterator<char>());
  return goes_to;
}

// Moves the replaced database at `old` to `goes_to`, or removes it when
// `goes_to` is empty; its mark goes. Errors: the file system's.
std::error_code PutAway(const std::string& old, const std::string& goes_to) {
  std::error_code error;
  if (goes_to.empty()) {
    fs::remove_all(old, error);
    return error;
  }
  fs::rename(old, goes_to, error);
  if (error) return error;
  fs::remove(fs::path(goes_to) / kReplacedMark, error);
  SyncFolder(fs::path(goes_to).parent_path());
  return error;
}

}  // namespace

absl::Status SwapInMarked(const std::string& fresh, const std::string& live,
                          const std::string& old_goes_to) {
  std::error_code error;
  if (fs::exists(live, error) &&
      !WriteDurably(fs::path(live) / kReplacedMark, old_goes_to)) {
    const std::string why = std::strerror(errno);
    fs::remove(fs::path(live) / kReplacedMark, error);
    return absl::InternalError(
        absl::StrCat("cannot put the new database in place of ", live,
                     ": cannot write in it (", why, ")"));
  }
  absl::Status swapped = SwapIn(fresh, live);
  if (!swapped.ok()) fs::remove(fs::path(live) / kReplacedMark, error);
  return swapped;
}

absl::Status PutAwayReplaced(const std::string& fresh) {
  const std::optional<std::string> goes_to = ReplacedMark(fresh);
  if (!goes_to) return absl::OkStatus();  // nothing was replaced
  if (const std::error_code error = PutAway(fresh, *goes_to)) {
    return absl::InternalError(absl::StrCat(
        "the new database is live, but the previous one could not be ",
        goes_to->empty() ? "removed" : "moved to " + *goes_to, " (",
        error.message(), "); it is at ", fresh));
  }
  return absl::OkStatus();
}

void FinishInterruptedSwap(const std::string& fresh, const std::string& live) {
  std::error_code error;
  // A kill before the swap leaves the mark in the live database.
  fs::remove(fs::path(live) / kReplacedMark, error);
  const std::optional<std::string> goes_to = ReplacedMark(fresh);
  if (!goes_to) {
    fs::remove_all(fresh, error);  // a partial build
    return;
  }
  std::string destination = *goes_to;
  if (!destination.empty() && fs::exists(destination, error)) {
    // Taken meanwhile: the replaced database is kept all the same.
    destination = absl::StrCat(live, ".previous-", ::time(nullptr));
  }
  if (PutAway(fresh, destination)) fs::remove_all(fresh, error);
}

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
  // An archive keeps its shards, each compacted: merging them would number
  // the documents otherwise (docs/index_format.md).
  if (IsArchive(path)) {
    absl::StatusOr<std::vector<ShardLine>> shards = ReadStub(path);
    if (!shards.ok()) return shards.status();
    for (const ShardLine& shard : *shards) {
      if (shard.remote) continue;
      if (absl::Status compacted = CompactInPlace(shard.where); !compacted.ok())
        return compacted;
    }
    return absl::OkStatus();
  }
  const std::string compacted = path + ".compact";
  std::error_code error;
  fs::remove_all(compacted, error);
  try {
    // The documents keep their numbers: a shard's numbers interleave with its
    // siblings' into the archive's, and Xapian's default would pull a
    // database's numbers down to 1 when its first documents were deleted.
    Xapian::Database(path).compact(compacted, Xapian::DBCOMPACT_NO_RENUMBER,
                                   kCompactedBlockSize);
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
