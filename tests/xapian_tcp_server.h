// Test helper: stock xapian-tcpsrv (package xapian-tools) serving databases on
// a free loopback port, as a remote shard's machine would, stopped with the
// helper.
#ifndef NEWSQ_TESTS_XAPIAN_TCP_SERVER_H_
#define NEWSQ_TESTS_XAPIAN_TCP_SERVER_H_

#include <sys/types.h>

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace newsq::testing {

class XapianTcpServer {
 public:
  // Starts xapian-tcpsrv serving `databases` (read-only) on 127.0.0.1 and
  // returns once it accepts connections. A port another program took between
  // choosing and binding is retried with another. Errors: kNotFound when
  // xapian-tcpsrv is not installed (scripts/install-deps installs it),
  // kUnavailable when it does not start, with its output.
  static absl::StatusOr<std::unique_ptr<XapianTcpServer>> Start(
      const std::vector<std::string>& databases);
  ~XapianTcpServer();  // stops the server and the connections it serves

  int port() const { return port_; }
  // The stub line that names this server: "remote :127.0.0.1:PORT".
  std::string StubLine() const;

 private:
  XapianTcpServer(pid_t pid, int port) : pid_(pid), port_(port) {}
  pid_t pid_;
  int port_;
};

}  // namespace newsq::testing

#endif  // NEWSQ_TESTS_XAPIAN_TCP_SERVER_H_
