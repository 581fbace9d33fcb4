// What `newsq index` and `newsq reindex` print on stderr while and after they
// write: the progress line, the skipped pages, the time taken.
#ifndef NEWSQ_CLI_WRITE_REPORT_H_
#define NEWSQ_CLI_WRITE_REPORT_H_

#include <chrono>
#include <functional>

#include "newsq/index.h"

namespace newsq::cli {

// "read 120/3000 pages, indexed 80 articles", redrawn in place on a terminal;
// nothing in a pipe or a log.
std::function<void(const PagesProgress&)> ProgressLine();

// Clears the progress line, if there is one, before the summary.
void EndProgressLine();

// "newsq: skipped <reason>" for each page that could not be indexed.
void PrintSkipped(const PagesReport& report);

double SecondsSince(std::chrono::steady_clock::time_point start);

}  // namespace newsq::cli

#endif  // NEWSQ_CLI_WRITE_REPORT_H_
