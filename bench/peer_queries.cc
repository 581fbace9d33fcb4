// newsq's side of the Lucene race (bench/compare-lucene): the peer's 200
// queries (../shared/peers/make_docs.py's queries.txt) run against a newsq
// database three ways, as ../shared/peers/lucene/LuceneBench.java runs them,
// each after a warm-up pass: `plain` (top 10 articles), `collapse` (top 10
// stories) and `collapse+facets` (the same with exact outlet and day counts
// over all matches). Words are all required, as the peer's AND parser makes
// them. Prints one line per mode in the peer's format:
//   newsq collapse         p50=   812 us p99=  9120 us
//
//   build/bench/peer_queries DB QUERIES.txt [--each] [--mode NAME]
//                            [--passes N] [--limit N]
// --each also prints every query's time, tab-separated, before each mode's
// summary; --mode runs one mode only and --passes times it N times after the
// warm-up (the last pass is reported), which is what a profiler wants.
// --limit sets the hits per answer (default 10, as the peer asks): 0 times
// the match, collapse and facets alone, without building any hit.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "newsq/newsq.h"

namespace {

using Clock = std::chrono::steady_clock;

// "piéton automobiliste" -> "+piéton +automobiliste": every word required.
std::string AllWordsRequired(const std::string& line) {
  std::vector<std::string> words =
      absl::StrSplit(line, ' ', absl::SkipWhitespace());
  for (std::string& word : words) word = "+" + word;
  return absl::StrJoin(words, " ");
}

}  // namespace

int main(int argc, char** argv) {
  bool each = false;
  std::string only_mode;
  int passes = 1;
  int limit = 10;
  bool usage_error = argc < 3;
  for (int i = 3; i < argc && !usage_error; ++i) {
    const std::string flag = argv[i];
    if (flag == "--each") {
      each = true;
    } else if (flag == "--mode" && i + 1 < argc) {
      only_mode = argv[++i];
    } else if (flag == "--passes" && i + 1 < argc) {
      passes = std::atoi(argv[++i]);
      usage_error = passes < 1;
    } else if (flag == "--limit" && i + 1 < argc) {
      limit = std::atoi(argv[++i]);
      usage_error = limit < 0;
    } else {
      usage_error = true;
    }
  }
  if (usage_error) {
    std::fprintf(stderr,
                 "usage: %s DB QUERIES.txt [--each] [--mode plain|collapse|"
                 "collapse+facets] [--passes N] [--limit N]\n",
                 argv[0]);
    return 2;
  }
  std::vector<std::string> queries;
  std::ifstream in(argv[2]);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) queries.push_back(AllWordsRequired(line));
  if (queries.empty()) {
    std::fprintf(stderr, "%s: no queries\n", argv[2]);
    return 1;
  }
  absl::StatusOr<std::unique_ptr<newsq::Searcher>> searcher =
      newsq::Searcher::Open(argv[1]);
  if (!searcher.ok()) {
    std::fprintf(stderr, "%s\n",
                 std::string(searcher.status().message()).c_str());
    return 1;
  }

  newsq::SearchRequest plain;
  plain.collapse = false;
  plain.limit = limit;
  newsq::SearchRequest collapse;
  collapse.collapse = true;
  collapse.limit = limit;
  newsq::SearchRequest facets = collapse;
  facets.facets = {"outlet", "day"};
  facets.facet_mode = newsq::FacetMode::kExact;
  const std::vector<std::pair<const char*, newsq::SearchRequest>> modes = {
      {"plain", plain}, {"collapse", collapse}, {"collapse+facets", facets}};

  for (const auto& [name, base] : modes) {
    if (!only_mode.empty() && only_mode != name) continue;
    std::vector<int64_t> micros(queries.size());
    for (int pass = 0; pass <= passes; ++pass) {  // pass 0 warms up
      for (size_t i = 0; i < queries.size(); ++i) {
        newsq::SearchRequest request = base;
        request.query = queries[i];
        const Clock::time_point start = Clock::now();
        absl::StatusOr<newsq::SearchResult> result =
            (*searcher)->Search(request);
        micros[i] = std::chrono::duration_cast<std::chrono::microseconds>(
                        Clock::now() - start)
                        .count();
        if (!result.ok()) {
          std::fprintf(stderr, "%s: %s\n", queries[i].c_str(),
                       std::string(result.status().message()).c_str());
          return 1;
        }
      }
    }
    if (each) {
      for (size_t i = 0; i < queries.size(); ++i)
        std::printf("%s\t%lld\t%s\n", name, static_cast<long long>(micros[i]),
                    queries[i].c_str());
    }
    std::sort(micros.begin(), micros.end());
    std::printf("newsq %-16s p50=%6lld us p99=%6lld us\n", name,
                static_cast<long long>(micros[micros.size() / 2]),
                static_cast<long long>(micros[micros.size() * 99 / 100]));
  }
  return 0;
}
