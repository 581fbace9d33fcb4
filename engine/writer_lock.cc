#include "engine/writer_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <utility>

#include "absl/strings/str_cat.h"

namespace newsq::internal {
namespace {

// "pid 4242: newsq index /srv/news (since 2026-11-23 17:10:03 UTC)": what a
// waiting writer prints about the holder.
std::string DescribeThisProcess() {
  std::ifstream in("/proc/self/cmdline", std::ios::binary);
  std::string command((std::istreambuf_iterator<char>(in)),
                      std::istreambuf_iterator<char>());
  while (!command.empty() && command.back() == '\0') command.pop_back();
  std::replace(command.begin(), command.end(), '\0', ' ');
  // One line, of a readable length, whatever the arguments hold.
  for (char& c : command) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  }
  constexpr size_t kMaxCommand = 200;
  if (command.size() > kMaxCommand)
    command = command.substr(0, kMaxCommand) + "...";
  if (command.empty()) command = "unknown command";
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char since[32];
  std::strftime(since, sizeof since, "%Y-%m-%d %H:%M:%S UTC", &utc);
  return absl::StrCat("pid ", getpid(), ": ", command, " (since ", since, ")");
}

std::string ReadHolder(int fd) {
  std::string holder;
  char buffer[512];
  ssize_t n;
  off_t offset = 0;
  while ((n = pread(fd, buffer, sizeof buffer, offset)) > 0 &&
         holder.size() < 4096) {
    holder.append(buffer, static_cast<size_t>(n));
    offset += n;
  }
  while (!holder.empty() && (holder.back() == '\n' || holder.back() == ' '))
    holder.pop_back();
  return holder.empty() ? "another process" : holder;
}

}  // namespace

std::string WriterLock::PathFor(const std::string& db_path) {
  std::string path = db_path;
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  // A link to a database and the database itself are one database, so the
  // lock is the real path's: two writers, one through each, exclude each
  // other.
  std::error_code error;
  const std::filesystem::path real =
      std::filesystem::weakly_canonical(path, error);
  if (!error && !real.empty()) path = real.string();
  return path + ".lock";
}

absl::StatusOr<WriterLock> WriterLock::Acquire(const std::string& db_path) {
  const std::string path = PathFor(db_path);
  std::error_code error;
  const std::filesystem::path parent =
      std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, error);
  const int fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    const int e = errno;
    const std::string message = absl::StrCat("cannot create the writer lock ",
                                             path, ": ", std::strerror(e));
    return e == EACCES || e == EROFS || e == EPERM
               ? absl::PermissionDeniedError(message)
               : absl::InternalError(message);
  }
  if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int e = errno;
    const std::string holder =
        e == EWOULDBLOCK ? ReadHolder(fd) : std::string(std::strerror(e));
    close(fd);
    return absl::UnavailableError(
        absl::StrCat("cannot write to ", db_path,
                     ": another newsq process is writing to it: ", holder));
  }
  const std::string me = DescribeThisProcess() + "\n";
  // Best effort: the lock holds even if the description cannot be written.
  if (ftruncate(fd, 0) == 0) {
    [[maybe_unused]] const ssize_t written =
        pwrite(fd, me.data(), me.size(), 0);
  }
  return WriterLock(fd);
}

WriterLock::WriterLock(WriterLock&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)) {}

WriterLock& WriterLock::operator=(WriterLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) close(fd_);
    fd_ = std::exchange(other.fd_, -1);
  }
  return *this;
}

WriterLock::~WriterLock() {
  if (fd_ < 0) return;
  // The description is the holder's; an idle lock file names nobody.
  [[maybe_unused]] const int truncated = ftruncate(fd_, 0);
  close(fd_);  // releases the flock
}

}  // namespace newsq::internal
