#include "tests/xapian_tcp_server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace newsq::testing {
namespace {

namespace fs = std::filesystem;

constexpr const char* kProgram = "xapian-tcpsrv";

// xapian-tcpsrv on the PATH, or "" when it is not installed.
std::string FindProgram() {
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path != nullptr ? path : "/usr/bin:/bin");
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    const fs::path candidate = fs::path(dir.empty() ? "." : dir) / kProgram;
    if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
  }
  return "";
}

sockaddr_in Loopback(int port) {
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return address;
}

// A port nothing listens on now: the kernel's choice for a socket bound to
// port 0, released again.
int FreePort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return -1;
  sockaddr_in address = Loopback(0);
  socklen_t size = sizeof(address);
  int port = -1;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0 &&
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) == 0) {
    port = ntohs(address.sin_port);
  }
  ::close(fd);
  return port;
}

bool Accepts(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return false;
  sockaddr_in address = Loopback(port);
  const bool connected = ::connect(fd, reinterpret_cast<sockaddr*>(&address),
                                   sizeof(address)) == 0;
  ::close(fd);
  return connected;
}

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

absl::StatusOr<std::unique_ptr<XapianTcpServer>> XapianTcpServer::Start(
    const std::vector<std::string>& databases) {
  const std::string program = FindProgram();
  if (program.empty()) {
    return absl::NotFoundError(
        "xapian-tcpsrv is not installed (scripts/install-deps installs "
        "xapian-tools)");
  }
  static int started = 0;
  const fs::path log =
      fs::temp_directory_path() /
      absl::StrCat("newsq_tcpsrv_", ::getpid(), "_", ++started, ".log");
  std::string last_output;
  for (int attempt = 0; attempt < 5; ++attempt) {
    const int port = FreePort();
    if (port < 0) return absl::UnavailableError("no free loopback port");
    // Everything the child needs is made before fork(): between fork() and
    // exec() it may only make async-signal-safe calls.
    std::vector<std::string> args = {program, "--port", std::to_string(port),
                                     "--interface", "127.0.0.1"};
    args.insert(args.end(), databases.begin(), databases.end());
    std::vector<char*> argv;
    for (std::string& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    const int log_fd =
        ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (log_fd < 0)
      return absl::UnavailableError("cannot write " + log.string());
    const pid_t pid = ::fork();
    if (pid < 0) {
      ::close(log_fd);
      return absl::UnavailableError("cannot fork");
    }
    if (pid == 0) {
      // Its own process group: stopping it stops the connections it forked,
      // and it signals its own group, not the test's, when stopped.
      ::setpgid(0, 0);
      ::dup2(log_fd, STDOUT_FILENO);
      ::dup2(log_fd, STDERR_FILENO);
      ::execv(argv[0], argv.data());
      ::_exit(127);
    }
    ::close(log_fd);
    ::setpgid(pid, pid);
    std::unique_ptr<XapianTcpServer> server(new XapianTcpServer(pid, port));
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (std::chrono::steady_clock::now() < deadline) {
      int status = 0;
      if (::waitpid(pid, &status, WNOHANG) == pid) {
        server->pid_ = -1;  // ended (its port was taken): nothing to stop
        break;
      }
      // Accepting, and still running: not another program on the port.
      if (Accepts(port) && ::waitpid(pid, &status, WNOHANG) == 0) {
        std::error_code ignored;
        fs::remove(log, ignored);
        return server;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    last_output = ReadAll(log);
  }
  std::error_code ignored;
  fs::remove(log, ignored);
  return absl::UnavailableError(
      absl::StrCat("xapian-tcpsrv did not start: ", last_output));
}

XapianTcpServer::~XapianTcpServer() {
  if (pid_ <= 0) return;
  ::kill(-pid_, SIGTERM);
  int status = 0;
  ::waitpid(pid_, &status, 0);
}

std::string XapianTcpServer::StubLine() const {
  return absl::StrCat("remote :127.0.0.1:", port_);
}

}  // namespace newsq::testing
