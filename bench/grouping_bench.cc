// Story grouping cost as the index grows: per-article IndexWriter::Add time
// (grouping included) for the 1,000 articles added once the index holds 10,000
// articles, and again at 100,000. The OrangeSum articles (2011-2020) are
// replicated three times with dates shifted by ten years per copy, so the
// number of articles in any story window stays that of the real archive while
// the index grows. Prints medians and 90th percentiles.
//
//   build/bench/grouping_bench [SHARED_CORPORA_DIR] [DB_DIR]
//   (bench/run-grouping runs it)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "newsq/newsq.h"
#include "tests/orangesum_articles.h"

namespace {

double Percentile(std::vector<double> values, double q) {
  std::sort(values.begin(), values.end());
  return values[static_cast<size_t>(q * (values.size() - 1))];
}

}  // namespace

int main(int argc, char** argv) {
  const std::string shared = argc > 1 ? argv[1] : "../shared/corpora";
  const std::string db = argc > 2 ? argv[2] : "/tmp/newsq_grouping_bench";
  constexpr int kReplicas = 3;  // 36,152 x 3 = 108,456 articles
  const std::vector<size_t> kMarks = {10000, 100000};
  constexpr size_t kProbe = 1000;

  const std::vector<newsq::Article> base =
      newsq::testing::ReadOrangeSumArticles(shared + "/orangesum");
  if (base.empty()) return 1;
  std::vector<newsq::Article> articles;
  for (int r = 0; r < kReplicas; ++r) {
    for (const newsq::Article& a : base) {
      newsq::Article copy = a;
      copy.url += "-" + std::to_string(r);
      if (copy.published)
        copy.published->unix_seconds += int64_t{r} * 365 * 86400 * 10;
      articles.push_back(std::move(copy));
    }
  }
  std::stable_sort(articles.begin(), articles.end(),
                   [](const auto& a, const auto& b) {
                     return (a.published ? a.published->unix_seconds : 0) <
                            (b.published ? b.published->unix_seconds : 0);
                   });
  std::fprintf(stderr, "%zu articles\n", articles.size());

  std::filesystem::remove_all(db);
  auto writer = newsq::IndexWriter::Open(db);
  if (!writer.ok()) return 1;
  std::vector<std::vector<double>> probes(kMarks.size());
  for (size_t i = 0; i < articles.size(); ++i) {
    const auto start = std::chrono::steady_clock::now();
    if (!(*writer)->Add(articles[i]).ok()) return 1;
    const double ms = std::chrono::duration<double, std::milli>(
                          std::chrono::steady_clock::now() - start)
                          .count();
    for (size_t m = 0; m < kMarks.size(); ++m) {
      if (i >= kMarks[m] && i < kMarks[m] + kProbe) probes[m].push_back(ms);
    }
    if ((i + 1) % newsq::IndexWriter::kPagesPerCommit == 0 &&
        !(*writer)->Commit().ok()) {
      return 1;
    }
  }
  std::printf(
      "per-article Add() time (grouping included), %zu articles after each "
      "mark\n",
      kProbe);
  for (size_t m = 0; m < kMarks.size(); ++m) {
    if (probes[m].empty()) continue;
    std::printf("  at %7zu articles: median %.2f ms, p90 %.2f ms\n", kMarks[m],
                Percentile(probes[m], 0.5), Percentile(probes[m], 0.9));
  }
  if (!probes[0].empty() && !probes[1].empty()) {
    std::printf("  ratio of medians (100k / 10k): %.2f   target: within 2x\n",
                Percentile(probes[1], 0.5) / Percentile(probes[0], 0.5));
  }
  writer->reset();
  std::filesystem::remove_all(db);
  return 0;
}
