// IndexWriter::Check (newsq/index.h): every table of every local shard read
// through by Xapian's checker, in a child process.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_cat.h"
#include "engine/shards.h"
#include "engine/status_macros.h"
#include "engine/writer_lock.h"
#include "newsq/index.h"

extern char** environ;

namespace newsq {
namespace {

constexpr const char* kChecker = "xapian-check";
// The checker's output kept: its last lines say what it found. A damaged
// table can make it print one line per bad block.
constexpr size_t kKeptOutputBytes = 16 * 1024;

// What a run of the checker left: how it ended and the end of its output.
struct CheckerRun {
  int wait_status = 0;
  std::string output_tail;
};

// Runs `xapian-check shard` with its standard output and error read through a
// pipe. Errors: kFailedPrecondition when it cannot be started (kUnavailable
// is for a writer holding the database).
absl::StatusOr<CheckerRun> RunChecker(const std::string& shard) {
  int pipe_fds[2];
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) {
    return absl::FailedPreconditionError(
        absl::StrCat("cannot run ", kChecker, ": ", std::strerror(errno)));
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDERR_FILENO);
  std::string program = kChecker;
  std::string path = shard;
  char* argv[] = {program.data(), path.data(), nullptr};
  pid_t pid = 0;
  const int spawned =
      ::posix_spawnp(&pid, kChecker, &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(pipe_fds[1]);
  if (spawned != 0) {
    ::close(pipe_fds[0]);
    return absl::FailedPreconditionError(
        absl::StrCat("cannot run ", kChecker, ": ", std::strerror(spawned),
                     spawned == ENOENT ? " (it comes with xapian-tools)" : ""));
  }
  CheckerRun run;
  char buffer[4096];
  for (;;) {
    const ssize_t got = ::read(pipe_fds[0], buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;
    run.output_tail.append(buffer, static_cast<size_t>(got));
    if (run.output_tail.size() > 2 * kKeptOutputBytes)
      run.output_tail.erase(0, run.output_tail.size() - kKeptOutputBytes);
  }
  ::close(pipe_fds[0]);
  while (::waitpid(pid, &run.wait_status, 0) < 0) {
    if (errno != EINTR) {
      return absl::InternalError(
          absl::StrCat(kChecker, " on ", shard, ": ", std::strerror(errno)));
    }
  }
  return run;
}

// The checker's last line that is not blank: its verdict ("No errors found",
// "xapian-check: DatabaseError: ...", "3 errors found").
std::string LastLine(std::string_view output) {
  const size_t end = output.find_last_not_of(" \t\r\n");
  if (end == std::string_view::npos) return "";
  const size_t start = output.find_last_of('\n', end);
  return std::string(output.substr(
      start == std::string_view::npos ? 0 : start + 1,
      end + 1 - (start == std::string_view::npos ? 0 : start + 1)));
}

// What the run says of the shard: whole, or damaged and why. A crash of the
// checker is damage (Xapian 1.4 crashes on some damaged tables); another
// signal (a kill, the memory killer) stopped it before it could say.
absl::Status VerdictOf(const CheckerRun& run, const std::string& shard) {
  if (WIFEXITED(run.wait_status) && WEXITSTATUS(run.wait_status) == 0)
    return absl::OkStatus();
  if (!WIFSIGNALED(run.wait_status)) {
    return absl::DataLossError(
        absl::StrCat(shard, ": ", LastLine(run.output_tail)));
  }
  const int signal = WTERMSIG(run.wait_status);
  const bool crashed = signal == SIGSEGV || signal == SIGBUS ||
                       signal == SIGABRT || signal == SIGFPE ||
                       signal == SIGILL;
  const std::string what = absl::StrCat(
      shard, ": ", kChecker, crashed ? " crashed reading it" : " was stopped",
      " (signal ", signal, ", ", strsignal(signal), ")");
  return crashed ? absl::DataLossError(what) : absl::AbortedError(what);
}

// The first file of the shard at `shard` (a folder, or a single-file
// database) this process may not read, or "" when it may read them all: the
// checker would report such a file as damage.
std::string UnreadableFile(const std::string& shard) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (!fs::is_directory(shard, error))
    return ::access(shard.c_str(), R_OK) == 0 ? "" : shard;
  for (const fs::directory_entry& entry :
       fs::directory_iterator(shard, error)) {
    if (entry.is_regular_file(error) &&
        ::access(entry.path().c_str(), R_OK) != 0)
      return entry.path().string();
  }
  return error ? shard : "";
}

// The database whose writer may change `shard`: the archive folder it is a
// shard of, else the shard itself (a database a stub names directly).
std::string OwnerOf(const std::string& shard) {
  const std::string parent =
      std::filesystem::path(shard).parent_path().string();
  return !parent.empty() && internal::IsArchive(parent) ? parent : shard;
}

}  // namespace

absl::StatusOr<std::vector<ShardCheck>> IndexWriter::Check(
    const std::string& db_path) {
  if (!internal::HoldsDatabase(db_path)) {
    return absl::NotFoundError(absl::StrCat("no database at ", db_path));
  }
  std::vector<internal::ShardLine> lines;
  if (internal::IsStub(db_path)) {
    NEWSQ_ASSIGN_OR_RETURN(lines, internal::ReadStub(db_path));
  } else {
    lines.push_back({.remote = false, .where = db_path});
  }
  // The writer lock of the database named, and of every database a stub's
  // shards belong to (another archive, a database named directly): no
  // writer of any of them commits under the checker.
  std::vector<std::string> owners = {db_path};
  for (const internal::ShardLine& line : lines)
    if (!line.remote) owners.push_back(OwnerOf(line.where));
  std::vector<internal::WriterLock> locks;
  std::vector<std::string> locked;
  for (const std::string& owner : owners) {
    const std::string lock_path = internal::WriterLock::PathFor(owner);
    if (std::find(locked.begin(), locked.end(), lock_path) != locked.end())
      continue;
    NEWSQ_ASSIGN_OR_RETURN(internal::WriterLock lock,
                           internal::WriterLock::Acquire(owner));
    locks.push_back(std::move(lock));
    locked.push_back(lock_path);
  }
  std::vector<ShardCheck> checked;
  for (const internal::ShardLine& line : lines) {
    if (line.remote) {
      checked.push_back(
          {line.where, absl::UnimplementedError(
                           absl::StrCat(line.where,
                                        ": remote, not checked here (check "
                                        "it where xapian-tcpsrv serves it)"))});
      continue;
    }
    if (const std::string file = UnreadableFile(line.where); !file.empty()) {
      checked.push_back({line.where, absl::PermissionDeniedError(absl::StrCat(
                                         line.where, ": cannot read ", file,
                                         ": ", std::strerror(EACCES)))});
      continue;
    }
    NEWSQ_ASSIGN_OR_RETURN(CheckerRun run, RunChecker(line.where));
    checked.push_back({line.where, VerdictOf(run, line.where)});
  }
  return checked;
}

}  // namespace newsq
