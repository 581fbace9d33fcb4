// Standard output that remembers why a write failed, so that the program can
// say it and exit 1 instead of losing output silently (`newsq dump` into a
// full disk).
#ifndef NEWSQ_CLI_CHECKED_STDOUT_H_
#define NEWSQ_CLI_CHECKED_STDOUT_H_

#include <streambuf>

namespace newsq::cli {

// A buffer for std::cout that writes to file descriptor 1 with write(2) and
// keeps the errno of the first write that failed. Output after a failure is
// dropped. A closed pipe raises SIGPIPE as usual, which ends the program
// quietly (`newsq dump | head`). Not thread-safe, as std::cout is not.
class CheckedStdout : public std::streambuf {
 public:
  CheckedStdout();
  ~CheckedStdout() override;
  CheckedStdout(const CheckedStdout&) = delete;
  CheckedStdout& operator=(const CheckedStdout&) = delete;

  // The errno of the first failed write, 0 while every write succeeded.
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override;
  int sync() override;

 private:
  char buffer_[64 * 1024];
  int error_ = 0;
};

}  // namespace newsq::cli

#endif  // NEWSQ_CLI_CHECKED_STDOUT_H_
