// What `newsq index` and `newsq reindex` print on stderr while and after they
// write: the progress line, the skipped pages, the time taken.
#include "cli/write_report.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>

#include "cli/terminal.h"

namespace newsq::cli {

std::function<void(const PagesProgress&)> ProgressLine() {
  if (isatty(STDERR_FILENO) == 0) return nullptr;
  return [](const PagesProgress& p) {
    std::fprintf(stderr, "\r\x1b[Kread %lld/%lld pages, indexed %lld articles",
                 static_cast<long long>(p.pages_read),
                 static_cast<long long>(p.pages_total),
                 static_cast<long long>(p.articles_indexed));
  };
}

void EndProgressLine() {
  if (isatty(STDERR_FILENO) != 0) std::fputs("\r\x1b[K", stderr);
}

void PrintSkipped(const PagesReport& report) {
  for (const std::string& failure : report.failures)
    std::cerr << "newsq: skipped " << Printable(failure) << "\n";
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
      .count();
}

}  // namespace newsq::cli
