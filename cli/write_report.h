// What `newsq index` and `newsq reindex` print on stderr while and after they
// write: the progress line, the skipped pages, the time taken.
#ifndef NEWSQ_CLI_WRITE_REPORT_H_
#define NEWSQ_CLI_WRITE_REPORT_H_

#include <chrono>
#include <functional>
#include <string>

#include "newsq/index.h"

namespace newsq::cli {

// "read 120/3000 pages (40/s, 1 min 12 s left), indexed 80 articles", redrawn
// in place on a terminal at most four times a second; nothing in a pipe or a
// log.
std::function<void(const PagesProgress&)> ProgressLine();

// The progress line's text after `seconds` of work: the rate once a second
// has passed, the time left when the number of pages is known.
std::string ProgressText(const PagesProgress& progress, double seconds);

// Clears the progress line, if there is one, before the summary.
void EndProgressLine();

// "newsq: skipped <reason>" for each page that could not be indexed, and one
// line counting the web archives' records that hold no page.
void PrintSkipped(const PagesReport& report);

double SecondsSince(std::chrono::steady_clock::time_point start);

}  // namespace newsq::cli

#endif  // NEWSQ_CLI_WRITE_REPORT_H_
