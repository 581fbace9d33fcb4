// Story grouping cost as the index grows: per-article IndexWriter::Add time
// (grouping included) for the same 1,000 probe articles, once in an index of
// 10,000 articles and once in an index of 100,000.
//
// The issue asks that the cost not grow with the index beyond the candidate
// window, so both runs give the probe the same window: the 10,000 articles
// that precede it in the real archive. The larger index adds 90,000 older
// articles, copies of OrangeSum (2011-2020) with dates shifted back by whole
// decades, so that none of them falls in a probe's window. Comparing two
// different stretches of the archive instead would measure how busy the news
// was: OrangeSum has 84 articles in the three days before its 10,000th article
// and 383 before its 27,696th.
//
//   build/bench/grouping_bench [SHARED_CORPORA_DIR] [DB_DIR]
//   (bench/run-grouping runs it)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "newsq/newsq.h"
#include "tests/orangesum_articles.h"

namespace {

constexpr size_t kProbeStart = 30000;  // in OrangeSum's busy last months
constexpr size_t kProbe = 1000;
constexpr size_t kWindowHistory = 10000;
constexpr int64_t kDecade = int64_t{10} * 365 * 86400;

double Percentile(std::vector<double> values, double q) {
  std::sort(values.begin(), values.end());
  return values[static_cast<size_t>(q * (values.size() - 1))];
}

int64_t SecondsOf(const newsq::Article& a) {
  return a.published ? a.published->unix_seconds : 0;
}

// Copies of `base` shifted back by one decade, then two, ..., the latest
// `count` of them in publication order, with urls of their own.
std::vector<newsq::Article> OlderCopies(const std::vector<newsq::Article>& base,
                                        size_t count) {
  std::vector<newsq::Article> older;
  for (int decades = 1; older.size() < count; ++decades) {
    for (auto it = base.rbegin(); it != base.rend() && older.size() < count;
         ++it) {
      newsq::Article copy = *it;
      copy.url += "-" + std::to_string(decades) + "0y";
      if (copy.published) copy.published->unix_seconds -= decades * kDecade;
      older.push_back(std::move(copy));
    }
  }
  std::reverse(older.begin(), older.end());
  return older;
}

// Indexes `background` and then the window history untimed, then the probe
// articles one Add() at a time; returns their times in milliseconds.
std::vector<double> TimeProbe(const std::string& db,
                              const std::vector<newsq::Article>& background,
                              const std::vector<newsq::Article>& history,
                              const std::vector<newsq::Article>& probe) {
  std::filesystem::remove_all(db);
  auto writer = newsq::IndexWriter::Open(db);
  if (!writer.ok()) return {};
  size_t added = 0;
  auto add = [&](const newsq::Article& article) {
    if (!(*writer)->Add(article).ok()) return false;
    return ++added % newsq::IndexOptions::kDefaultBatchSize != 0 ||
           (*writer)->Commit().ok();
  };
  for (const auto* part : {&background, &history}) {
    for (const newsq::Article& article : *part) {
      if (!add(article)) return {};
    }
  }
  std::fprintf(stderr, "index holds %zu articles; timing %zu more\n", added,
               probe.size());
  std::vector<double> times;
  for (const newsq::Article& article : probe) {
    const auto start = std::chrono::steady_clock::now();
    if (!add(article)) return {};
    times.push_back(std::chrono::duration<double, std::milli>(
                        std::chrono::steady_clock::now() - start)
                        .count());
  }
  writer->reset();
  std::filesystem::remove_all(db);
  return times;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string shared = argc > 1 ? argv[1] : "../shared/corpora";
  const std::string db = argc > 2 ? argv[2] : "/tmp/newsq_grouping_bench";

  std::vector<newsq::Article> base =
      newsq::testing::ReadOrangeSumArticles(shared + "/orangesum");
  if (base.size() < kProbeStart + kProbe) return 1;
  std::stable_sort(base.begin(), base.end(), [](const auto& a, const auto& b) {
    return SecondsOf(a) < SecondsOf(b);
  });
  const std::vector<newsq::Article> history(
      base.begin() + (kProbeStart - kWindowHistory),
      base.begin() + kProbeStart);
  const std::vector<newsq::Article> probe(base.begin() + kProbeStart,
                                          base.begin() + kProbeStart + kProbe);

  const std::vector<double> small = TimeProbe(db, {}, history, probe);
  if (!small.empty()) {
    std::fprintf(stderr, "index of 10,000 articles: median %.2f ms\n",
                 Percentile(small, 0.5));
  }
  const std::vector<double> large =
      TimeProbe(db, OlderCopies(base, 100000 - kWindowHistory), history, probe);
  if (small.empty() || large.empty()) return 1;

  std::printf(
      "per-article Add() time (grouping included) for the same %zu articles "
      "with the same window\n",
      kProbe);
  std::printf("  index of  10,000 articles: median %.2f ms, p90 %.2f ms\n",
              Percentile(small, 0.5), Percentile(small, 0.9));
  std::printf("  index of 100,000 articles: median %.2f ms, p90 %.2f ms\n",
              Percentile(large, 0.5), Percentile(large, 0.9));
  std::printf("  ratio of medians (100k / 10k): %.2f   target: within 2x\n",
              Percentile(large, 0.5) / Percentile(small, 0.5));
  return 0;
}
