// Extraction speed on real pages: gumbo's parse alone, then newsq's whole
// extraction (decode, parse, metadata, main text, entities), on the same pages,
// so that the cost newsq adds on top of its parser is visible; and entity
// recognition alone on the extracted articles.
//
//   build/bench/extraction_bench [--benchmark_...]   with
//   NEWSQ_ORANGESUM_SAMPLE=DIR
//
// DIR is made by scripts/orangesum-sample (2,000 OrangeSum pages);
// bench/run-extraction runs it all.
#include <benchmark/benchmark.h>
#include <gumbo.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "entities/entities.h"
#include "newsq/extract.h"

namespace {

const std::vector<std::string>& Pages() {
  static const std::vector<std::string>* pages = [] {
    auto* loaded = new std::vector<std::string>();
    const char* dir = std::getenv("NEWSQ_ORANGESUM_SAMPLE");
    if (dir == nullptr) return loaded;
    std::vector<std::filesystem::path> files;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(dir) + "/pages")) {
      files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
      std::ifstream in(file, std::ios::binary);
      std::ostringstream bytes;
      bytes << in.rdbuf();
      loaded->push_back(bytes.str());
    }
    return loaded;
  }();
  return *pages;
}

int64_t TotalBytes() {
  int64_t total = 0;
  for (const std::string& page : Pages())
    total += static_cast<int64_t>(page.size());
  return total;
}

// Runs `work` on every page per iteration and reports pages/s and bytes/s.
template <typename Work>
void OverAllPages(benchmark::State& state, const Work& work) {
  if (Pages().empty()) {
    state.SkipWithError(
        "set NEWSQ_ORANGESUM_SAMPLE (scripts/orangesum-sample)");
    return;
  }
  for (auto _ : state) {
    for (const std::string& page : Pages()) work(page);
  }
  state.SetItemsProcessed(state.iterations() *
                          static_cast<int64_t>(Pages().size()));
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}

void BM_GumboParseOnly(benchmark::State& state) {
  OverAllPages(state, [](const std::string& page) {
    GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions,
                                                   page.data(), page.size());
    benchmark::DoNotOptimize(output->root);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  });
}
BENCHMARK(BM_GumboParseOnly)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_WholeExtraction(benchmark::State& state) {
  OverAllPages(state, [](const std::string& page) {
    absl::StatusOr<newsq::Article> article = newsq::ExtractArticle(page);
    benchmark::DoNotOptimize(article);
  });
}
BENCHMARK(BM_WholeExtraction)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// Entity recognition alone, on the articles the whole extraction produced: its
// share of the extraction's time is what it costs indexing (the entity issue
// allows 20 % of the per-article indexing time).
void BM_EntitiesOnly(benchmark::State& state) {
  static const std::vector<newsq::Article>* articles = [] {
    auto* extracted = new std::vector<newsq::Article>();
    for (const std::string& page : Pages()) {
      absl::StatusOr<newsq::Article> article = newsq::ExtractArticle(page);
      if (article.ok()) extracted->push_back(*std::move(article));
    }
    return extracted;
  }();
  if (articles->empty()) {
    state.SkipWithError(
        "set NEWSQ_ORANGESUM_SAMPLE (scripts/orangesum-sample)");
    return;
  }
  for (auto _ : state) {
    for (const newsq::Article& article : *articles) {
      benchmark::DoNotOptimize(
          newsq::internal::FindEntities(article.title, article.text));
    }
  }
  state.SetItemsProcessed(state.iterations() *
                          static_cast<int64_t>(articles->size()));
}
BENCHMARK(BM_EntitiesOnly)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
