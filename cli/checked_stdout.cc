#include "cli/checked_stdout.h"

#include <unistd.h>

#include <cerrno>

namespace newsq::cli {

CheckedStdout::CheckedStdout() { setp(buffer_, buffer_ + sizeof buffer_); }

CheckedStdout::~CheckedStdout() { sync(); }

CheckedStdout::int_type CheckedStdout::overflow(int_type c) {
  if (sync() != 0) return traits_type::eof();
  if (!traits_type::eq_int_type(c, traits_type::eof())) {
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
  }
  return traits_type::not_eof(c);
}

int CheckedStdout::sync() {
  const char* next = pbase();
  while (error_ == 0 && next < pptr()) {
    const ssize_t written = ::write(STDOUT_FILENO, next, pptr() - next);
    if (written >= 0) {
      next += written;
    } else if (errno != EINTR) {
      error_ = errno;
    }
  }
  setp(buffer_, buffer_ + sizeof buffer_);
  return error_ == 0 ? 0 : -1;
}

}  // namespace newsq::cli
