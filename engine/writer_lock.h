// Internal: the lock that makes one newsq process at a time the writer of a
// database, for indexing, reclustering, upgrading and reindexing alike.
//
// The lock is a file beside the database, `<db>.lock`, held with flock(2):
// the kernel releases it when its holder exits, however it exits (a crash or
// SIGKILL leaves no stale lock). It lives beside the database rather than in
// it because `newsq reindex` swaps the database directory for a new one.
// While held, the file names its holder (process id, command line, start
// time), so that a second writer can say who it is waiting for.
#ifndef NEWSQ_ENGINE_WRITER_LOCK_H_
#define NEWSQ_ENGINE_WRITER_LOCK_H_

#include <string>

#include "absl/status/statusor.h"

namespace newsq::internal {

class WriterLock {
 public:
  // Takes the lock of the database at `db_path`, creating the lock file (and
  // the parent directories) if needed. Errors: kUnavailable when another
  // process holds it, the message naming that process; kPermissionDenied or
  // kInternal when the lock file cannot be created, naming it.
  static absl::StatusOr<WriterLock> Acquire(const std::string& db_path);

  // The lock file of the database at `db_path`: "<real path>.lock", where the
  // real path has its symbolic links resolved (a link and its target share
  // one lock) and trailing slashes dropped.
  static std::string PathFor(const std::string& db_path);

  WriterLock(WriterLock&& other) noexcept;
  WriterLock& operator=(WriterLock&& other) noexcept;
  WriterLock(const WriterLock&) = delete;
  WriterLock& operator=(const WriterLock&) = delete;
  // Releases the lock. The file stays: removing it would let two processes
  // lock two different files of the same name.
  ~WriterLock();

 private:
  explicit WriterLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

}  // namespace newsq::internal

#endif  // NEWSQ_ENGINE_WRITER_LOCK_H_
