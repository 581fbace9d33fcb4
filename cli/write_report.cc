// What `newsq index` and `newsq reindex` print on stderr while and after they
// write: the progress line, the skipped pages, the time taken.
#include "cli/write_report.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "cli/terminal.h"

namespace newsq::cli {
namespace {

using Clock = std::chrono::steady_clock;

// A person reads a line that changes a few times a second; redrawing on every
// page costs a terminal more than the page.
constexpr auto kRedrawEvery = std::chrono::milliseconds(250);

std::string Duration(double seconds) {
  const auto s = static_cast<int64_t>(seconds + 0.5);
  if (s < 60) return absl::StrCat(s, " s");
  if (s < 3600) return absl::StrCat(s / 60, " min ", s % 60, " s");
  return absl::StrCat(s / 3600, " h ", (s % 3600) / 60, " min");
}

}  // namespace

std::string ProgressText(const PagesProgress& p, double seconds) {
  std::string text = absl::StrCat("read ", p.pages_read);
  if (p.total_known) absl::StrAppend(&text, "/", p.pages_total);
  absl::StrAppend(&text, " pages");
  if (seconds >= 1 && p.pages_read > 0) {
    const double rate = static_cast<double>(p.pages_read) / seconds;
    absl::StrAppend(&text, " (", static_cast<int64_t>(rate + 0.5), "/s");
    if (p.total_known && p.pages_total > p.pages_read) {
      absl::StrAppend(
          &text, ", ",
          Duration(static_cast<double>(p.pages_total - p.pages_read) / rate),
          " left");
    }
    absl::StrAppend(&text, ")");
  }
  absl::StrAppend(&text, ", indexed ", p.articles_indexed, " articles");
  return text;
}

std::function<void(const PagesProgress&)> ProgressLine() {
  if (isatty(STDERR_FILENO) == 0) return nullptr;
  const Clock::time_point start = Clock::now();
  auto last_drawn = std::make_shared<Clock::time_point>();
  return [start, last_drawn](const PagesProgress& p) {
    const Clock::time_point now = Clock::now();
    if (now - *last_drawn < kRedrawEvery) return;
    *last_drawn = now;
    const std::string text =
        ProgressText(p, std::chrono::duration<double>(now - start).count());
    std::fprintf(stderr, "\r\x1b[K%s", text.c_str());
  };
}

void EndProgressLine() {
  if (isatty(STDERR_FILENO) != 0) std::fputs("\r\x1b[K", stderr);
}

void PrintSkipped(const PagesReport& report) {
  for (const std::string& failure : report.failures)
    std::cerr << "newsq: skipped " << Printable(failure) << "\n";
  const PagesReport::SkippedRecords& records = report.skipped_records;
  if (records.total() == 0) return;
  std::vector<std::string> kinds;
  auto kind = [&](int64_t count, const char* one, const char* many) {
    if (count > 0)
      kinds.push_back(absl::StrCat(count, " ", count == 1 ? one : many));
  };
  kind(records.requests, "request", "requests");
  kind(records.revisits, "revisit", "revisits");
  kind(records.redirects, "redirect", "redirects");
  kind(records.http_errors, "HTTP error", "HTTP errors");
  kind(records.not_html, "not HTML", "not HTML");
  kind(records.other, "other", "other");
  std::cerr << "newsq: " << records.total()
            << " archive records hold no page to index: "
            << absl::StrJoin(kinds, ", ") << "\n";
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
      .count();
}

}  // namespace newsq::cli
