// The HTML pipeline against its parser's limit (issue 10): on the same pages
// and the same number of threads, gumbo's parse alone (read the file, parse,
// free the tree), then newsq's pipeline up to the writer (read, decode, parse,
// extract, find entities, analyse: indexer/article_pipeline, what
// `newsq index` runs on its worker threads). Pages are read once beforehand so
// that both passes find them in the page cache. Prints pages/s, MB/s and the
// pipeline's share of gumbo's throughput. bench/html-pipeline also times the
// whole `newsq index`, writer included.
//
//   build/bench/html_pipeline PAGES_DIR [JOBS]   (JOBS: default one per core)
#include <gumbo.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "extract/page_files.h"
#include "indexer/article_pipeline.h"

namespace {

using Clock = std::chrono::steady_clock;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Parses every page with gumbo on `jobs` threads; returns the seconds taken.
double GumboOnly(const std::vector<std::string>& files, int jobs) {
  std::atomic<size_t> next{0};
  const Clock::time_point start = Clock::now();
  std::vector<std::thread> threads;
  for (int t = 0; t < jobs; ++t) {
    threads.emplace_back([&] {
      for (size_t i; (i = next.fetch_add(1)) < files.size();) {
        const std::string page = ReadFile(files[i]);
        GumboOutput* output = gumbo_parse_with_options(
            &kGumboDefaultOptions, page.data(), page.size());
        gumbo_destroy_output(&kGumboDefaultOptions, output);
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  return SecondsSince(start);
}

// Runs newsq's pipeline over every page; returns the seconds taken and counts
// the articles it made.
double Pipeline(const std::vector<std::string>& files, int jobs,
                int64_t& articles) {
  const Clock::time_point start = Clock::now();
  newsq::internal::ArticlePipeline pipeline({.page_files = files}, jobs, 5000,
                                            int64_t{256} << 20);
  articles = 0;
  for (;;) {
    std::vector<newsq::internal::PreparedArticle> slice = pipeline.NextSlice();
    if (slice.empty()) break;
    for (const auto& prepared : slice) articles += prepared.ok ? 1 : 0;
  }
  return SecondsSince(start);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr, "usage: %s PAGES_DIR [JOBS]\n", argv[0]);
    return 2;
  }
  const int jobs = newsq::internal::ArticlePipeline::WorkerCount(
      argc == 3 ? std::atoi(argv[2]) : 0);
  const std::vector<std::string> files =
      newsq::internal::CollectPageFiles({argv[1]}).files;
  if (files.empty()) {
    std::fprintf(stderr, "%s: no pages\n", argv[1]);
    return 1;
  }
  double megabytes = 0;
  for (const std::string& file : files) megabytes += ReadFile(file).size();
  megabytes /= 1e6;

  const double gumbo = GumboOnly(files, jobs);
  int64_t articles = 0;
  const double pipeline = Pipeline(files, jobs, articles);
  const double pages = static_cast<double>(files.size());
  std::printf("%zu pages, %.0f MB, %d threads\n", files.size(), megabytes,
              jobs);
  std::printf("gumbo parse only       %8.0f pages/s %7.1f MB/s\n",
              pages / gumbo, megabytes / gumbo);
  std::printf(
      "newsq pipeline         %8.0f pages/s %7.1f MB/s  (%lld articles)\n",
      pages / pipeline, megabytes / pipeline, static_cast<long long>(articles));
  std::printf("pipeline / gumbo       %8.2f  (target >= 0.80)\n",
              gumbo / pipeline);
  return 0;
}
