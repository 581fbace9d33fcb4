// Test helper: `newsq serve` on a free loopback port, as a user starts it,
// stopped with the helper.
#ifndef NEWSQ_TESTS_SERVED_ARCHIVE_H_
#define NEWSQ_TESTS_SERVED_ARCHIVE_H_

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "tests/newsq_process.h"

namespace newsq::testing {

class ServedArchive {
 public:
  // Runs `binary serve --db db --port 0 --quiet` and returns once it has
  // printed the address it listens on. Errors: kUnavailable with the
  // server's output when it exits or says nothing within 10 s.
  static absl::StatusOr<std::unique_ptr<ServedArchive>> Start(
      const std::string& binary, const std::string& db);

  int port() const { return port_; }
  // "http://127.0.0.1:PORT"
  std::string url() const;
  NewsqProcess& process() { return *process_; }

 private:
  ServedArchive(std::unique_ptr<NewsqProcess> process, int port)
      : process_(std::move(process)), port_(port) {}
  std::unique_ptr<NewsqProcess> process_;
  int port_;
};

}  // namespace newsq::testing

#endif  // NEWSQ_TESTS_SERVED_ARCHIVE_H_
