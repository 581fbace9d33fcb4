// Query latency (issue 7): p50 and p99 of Searcher::Search for 200 fixed two-
// and three-word French queries (bench/queries_fr.txt), on an index of the
// 36k OrangeSum articles and on one of 8 copies of them (~289k), in four
// modes: plain (top articles, estimated totals), collapsed into stories with
// exact totals, collapsed with exact outlet+day+entity facets, and collapsed
// with sampled facets. The target: collapsed with exact facets within 3x of
// the plain query's p50 at ~289k articles.
//
// OrangeSum's parsed articles carry neither an outlet nor entities, which would
// leave the outlet and entity facets nothing to count. Every article gets the
// portal it comes from as outlet, and the entities the extractor would find in
// its title and text.
//
// The 1x index is built with Add(), story grouping included (several minutes).
// The 8x index copies it without grouping: copy r of an article has its url
// suffixed "#copy-r", its dates r * 366 days later and its story "<story>-r".
// Both are kept in WORK_DIR and reused when they hold the expected number of
// articles.
//
//   build/bench/query_bench [SHARED_CORPORA_DIR] [WORK_DIR]
//   NEWSQ_QUERY_BENCH_LIMIT=3000: only the first 3,000 OrangeSum articles, for
//   a quick trial (indexes of their own in WORK_DIR).
//   (bench/run-query runs it)
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "entities/entities.h"
#include "newsq/newsq.h"
#include "tests/orangesum_articles.h"

#ifndef NEWSQ_BENCH_DIR
#define NEWSQ_BENCH_DIR "bench"
#endif

namespace {

constexpr int kCopies = 8;
constexpr int64_t kDay = 86400;
constexpr int64_t kCopyShift = 366 * kDay;
constexpr int kTimedPasses = 3;
constexpr int64_t kProgressEvery = 10000;
constexpr size_t kExpectedQueries = 200;
// actu.orange.fr, where OrangeSum's articles were published.
constexpr char kOutlet[] = "Orange Actu";

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

int64_t SecondsOf(const newsq::Article& a) {
  return a.published ? a.published->unix_seconds : 0;
}

// Publication order; ties (OrangeSum dates are days) by url, so that every run
// adds the articles in the same order and groups them the same way.
void SortByPublication(std::vector<newsq::Article>& articles) {
  std::sort(articles.begin(), articles.end(),
            [](const newsq::Article& a, const newsq::Article& b) {
              if (SecondsOf(a) != SecondsOf(b)) {
                return SecondsOf(a) < SecondsOf(b);
              }
              return a.url < b.url;
            });
}

// Nearest-rank percentile, q in (0, 1].
double Percentile(std::vector<double> values, double q) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const size_t rank = static_cast<size_t>(std::ceil(q * values.size()));
  return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

std::string WithThousands(int64_t n) {
  std::string digits = std::to_string(n);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) {
    digits.insert(static_cast<size_t>(i), ",");
  }
  return digits;
}

// The queries of `path`, one per line, without blank lines and # comments.
std::vector<std::string> ReadQueries(const std::string& path) {
  std::vector<std::string> queries;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    queries.push_back(line);
  }
  return queries;
}

// The number of articles in the database at `db`, or nullopt when there is
// none that opens.
std::optional<int64_t> ArticleCount(const std::string& db) {
  if (!std::filesystem::exists(db)) return std::nullopt;
  auto searcher = newsq::Searcher::Open(db);
  if (!searcher.ok()) return std::nullopt;
  absl::StatusOr<newsq::DatabaseStats> stats = (*searcher)->Stats();
  if (!stats.ok()) return std::nullopt;
  return stats->articles;
}

// Commits every IndexOptions::kDefaultBatchSize articles, as AddPages does, and
// reports progress and the total time on stderr.
class BatchCommitter {
 public:
  BatchCommitter(newsq::IndexWriter& writer, std::string label, int64_t total)
      : writer_(writer), label_(std::move(label)), total_(total) {}

  absl::Status Added() {
    ++added_;
    if (added_ % kProgressEvery == 0) {
      std::fprintf(stderr, "%s: %s / %s articles, %.0f s\n", label_.c_str(),
                   WithThousands(added_).c_str(), WithThousands(total_).c_str(),
                   SecondsSince(start_));
    }
    if (added_ % newsq::IndexOptions::kDefaultBatchSize != 0) {
      return absl::OkStatus();
    }
    return writer_.Commit();
  }

  absl::Status Finish() {
    absl::Status committed = writer_.Commit();
    std::fprintf(stderr, "%s: built, %s articles in %s stories, %.1f s\n",
                 label_.c_str(), WithThousands(writer_.article_count()).c_str(),
                 WithThousands(writer_.story_count()).c_str(),
                 SecondsSince(start_));
    return committed;
  }

 private:
  newsq::IndexWriter& writer_;
  const std::string label_;
  const int64_t total_;
  int64_t added_ = 0;
  const Clock::time_point start_ = Clock::now();
};

absl::StatusOr<std::unique_ptr<newsq::IndexWriter>> OpenEmpty(
    const std::string& db) {
  std::error_code ignored;
  std::filesystem::remove_all(db, ignored);
  return newsq::IndexWriter::Open(db);
}

// The first `limit` OrangeSum articles, in publication order.
std::vector<newsq::Article> ReadBaseArticles(const std::string& shared,
                                             size_t limit) {
  std::vector<newsq::Article> articles =
      newsq::testing::ReadOrangeSumArticles(shared + "/orangesum", limit);
  SortByPublication(articles);
  return articles;
}

// `article` with the outlet and entities OrangeSum lacks (see the top of the
// file). Done at indexing time only: a rerun that reuses the indexes skips it.
newsq::Article WithOutletAndEntities(const newsq::Article& article) {
  newsq::Article filled = article;
  filled.outlet = kOutlet;
  filled.entities = newsq::internal::FindEntities(filled.title, filled.text);
  return filled;
}

// Index A: every base article through Add(), so with story grouping.
absl::Status BuildOriginal(const std::string& db,
                           const std::vector<newsq::Article>& articles) {
  absl::StatusOr<std::unique_ptr<newsq::IndexWriter>> writer = OpenEmpty(db);
  if (!writer.ok()) return writer.status();
  BatchCommitter committer(**writer, db, static_cast<int64_t>(articles.size()));
  for (const newsq::Article& article : articles) {
    absl::StatusOr<newsq::AddResult> added =
        (*writer)->Add(WithOutletAndEntities(article));
    if (!added.ok()) return added.status();
    if (absl::Status s = committer.Added(); !s.ok()) return s;
  }
  return committer.Finish();
}

// Index A's articles as stored, with the story each was grouped into, in
// publication order.
absl::StatusOr<std::vector<newsq::StoredArticle>> ReadBack(
    const std::string& db) {
  absl::StatusOr<std::unique_ptr<newsq::Searcher>> searcher =
      newsq::Searcher::Open(db);
  if (!searcher.ok()) return searcher.status();
  std::vector<newsq::StoredArticle> stored;
  absl::Status read = (*searcher)->ForEachArticle(
      [&](const newsq::StoredArticle& a) { stored.push_back(a); });
  if (!read.ok()) return read;
  std::stable_sort(
      stored.begin(), stored.end(),
      [](const newsq::StoredArticle& a, const newsq::StoredArticle& b) {
        return SecondsOf(a.article) < SecondsOf(b.article);
      });
  return stored;
}

newsq::Article ShiftedCopy(const newsq::Article& article, int copy) {
  newsq::Article shifted = article;
  const std::string suffix = "#copy-" + std::to_string(copy);
  shifted.url += suffix;
  if (!shifted.canonical_url.empty()) shifted.canonical_url += suffix;
  if (shifted.published) shifted.published->unix_seconds += copy * kCopyShift;
  if (shifted.modified) shifted.modified->unix_seconds += copy * kCopyShift;
  return shifted;
}

// Index B: kCopies shifted copies of index A, each keeping A's stories (one
// story per copy), through AddToStory() since grouping them again would only
// rebuild those stories, slowly.
absl::Status BuildCopies(const std::string& original_db,
                         const std::string& db) {
  absl::StatusOr<std::vector<newsq::StoredArticle>> stored =
      ReadBack(original_db);
  if (!stored.ok()) return stored.status();
  absl::StatusOr<std::unique_ptr<newsq::IndexWriter>> writer = OpenEmpty(db);
  if (!writer.ok()) return writer.status();
  BatchCommitter committer(**writer, db,
                           static_cast<int64_t>(stored->size()) * kCopies);
  for (int copy = 0; copy < kCopies; ++copy) {
    for (const newsq::StoredArticle& a : *stored) {
      absl::StatusOr<newsq::AddResult> added =
          (*writer)->AddToStory(ShiftedCopy(a.article, copy),
                                a.story_id + "-" + std::to_string(copy));
      if (!added.ok()) return added.status();
      if (absl::Status s = committer.Added(); !s.ok()) return s;
    }
  }
  return committer.Finish();
}

struct Mode {
  std::string name;
  newsq::SearchRequest request;  // without query and now
};

std::vector<Mode> Modes() {
  newsq::SearchRequest plain;
  plain.collapse = false;
  plain.facet_mode = newsq::FacetMode::kSampled;
  plain.facet_sample = 0;
  plain.limit = 10;

  newsq::SearchRequest collapsed;
  collapsed.collapse = true;
  collapsed.facet_mode = newsq::FacetMode::kExact;
  collapsed.limit = 10;

  newsq::SearchRequest exact_facets = collapsed;
  exact_facets.facets = {"outlet", "day", "entity"};

  newsq::SearchRequest sampled_facets = exact_facets;
  sampled_facets.facet_mode = newsq::FacetMode::kSampled;

  return {{"plain", plain},
          {"collapsed", collapsed},
          {"collapsed + exact facets", exact_facets},
          {"collapsed + sampled facets", sampled_facets}};
}

struct ModeResult {
  std::string mode;
  double p50_ms = 0;
  double p99_ms = 0;
  double mean_articles = 0;  // matching articles per query, as reported
};

// Whether `result` is what `request` asked for: the requested facets, and
// exact totals when collapsing with exact counts. A cheap check that the
// numbers measure the work the mode names.
bool AsRequested(const newsq::SearchRequest& request,
                 const newsq::SearchResult& result) {
  if (result.facets.size() != request.facets.size()) return false;
  for (const std::string& facet : request.facets) {
    if (!result.facets.contains(facet)) return false;
  }
  if (request.collapse && request.facet_mode == newsq::FacetMode::kExact) {
    return result.total.exact;
  }
  return true;
}

// One untimed pass over `queries` to warm the caches, then kTimedPasses timed
// ones.
absl::StatusOr<ModeResult> TimeMode(newsq::Searcher& searcher, const Mode& mode,
                                    const newsq::DateTime& now,
                                    const std::vector<std::string>& queries) {
  newsq::SearchRequest request = mode.request;
  request.now = now;
  std::vector<double> times_ms;
  int64_t matches = 0;
  int unexpected = 0;
  for (int pass = 0; pass <= kTimedPasses; ++pass) {
    for (const std::string& query : queries) {
      request.query = query;
      const Clock::time_point start = Clock::now();
      absl::StatusOr<newsq::SearchResult> result = searcher.Search(request);
      const double ms =
          std::chrono::duration<double, std::milli>(Clock::now() - start)
              .count();
      if (!result.ok()) {
        return absl::Status(
            result.status().code(),
            "\"" + query + "\": " + std::string(result.status().message()));
      }
      if (pass == 0) {
        matches += result->total.articles;
        if (!AsRequested(request, *result)) ++unexpected;
        continue;
      }
      times_ms.push_back(ms);
    }
  }
  if (unexpected > 0) {
    std::fprintf(stderr,
                 "warning: %s: %d of %zu results lack the requested facets or "
                 "exact totals\n",
                 mode.name.c_str(), unexpected, queries.size());
  }
  return ModeResult{mode.name, Percentile(times_ms, 0.5),
                    Percentile(times_ms, 0.99),
                    static_cast<double>(matches) / queries.size()};
}

// "Now" for relative dates and recency: the day after the index's last
// article, as on a live archive, and the same on every run.
newsq::DateTime FixedNow(const newsq::DatabaseStats& stats) {
  if (stats.last_published) {
    return {stats.last_published->unix_seconds + kDay, 0};
  }
  return *newsq::DateTime::FromCivil(2021, 1, 1, 0, 0, 0, 0);
}

struct IndexResults {
  int64_t articles = 0;
  std::vector<ModeResult> modes;
  // A fresh searcher's first exact-facet search matching most of the index,
  // which loads the facet columns, and the same search once they are loaded.
  double first_search_ms = 0;
  double loaded_search_ms = 0;
};

// Times one broad exact-facet search on a fresh searcher, then again: the
// difference is what loading the facet columns costs a one-shot search.
absl::Status TimeColumnLoad(const std::string& db, const newsq::DateTime& now,
                            IndexResults& results) {
  absl::StatusOr<std::unique_ptr<newsq::Searcher>> fresh =
      newsq::Searcher::Open(db);
  if (!fresh.ok()) return fresh.status();
  newsq::SearchRequest request = Modes()[2].request;
  request.query = "france paris gouvernement président";
  request.now = now;
  for (double* ms : {&results.first_search_ms, &results.loaded_search_ms}) {
    const Clock::time_point start = Clock::now();
    absl::StatusOr<newsq::SearchResult> result = (*fresh)->Search(request);
    if (!result.ok()) return result.status();
    *ms =
        std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  }
  return absl::OkStatus();
}

absl::StatusOr<IndexResults> TimeIndex(
    const std::string& db, const std::vector<std::string>& queries) {
  absl::StatusOr<std::unique_ptr<newsq::Searcher>> searcher =
      newsq::Searcher::Open(db);
  if (!searcher.ok()) return searcher.status();
  absl::StatusOr<newsq::DatabaseStats> stats = (*searcher)->Stats();
  if (!stats.ok()) return stats.status();
  const newsq::DateTime now = FixedNow(*stats);
  std::fprintf(stderr, "timing %s (%s articles, now = %s)\n", db.c_str(),
               WithThousands(stats->articles).c_str(), now.ToIso8601().c_str());
  IndexResults results{stats->articles, {}};
  if (absl::Status loaded = TimeColumnLoad(db, now, results); !loaded.ok())
    return loaded;
  for (const Mode& mode : Modes()) {
    absl::StatusOr<ModeResult> timed = TimeMode(**searcher, mode, now, queries);
    if (!timed.ok()) return timed.status();
    results.modes.push_back(*timed);
  }
  return results;
}

void PrintTable(const std::vector<IndexResults>& indexes, size_t queries) {
  std::printf(
      "Search latency, %zu queries x %d timed passes after a warm-up, limit "
      "10\n\n",
      queries, kTimedPasses);
  std::printf(
      "| index size | mode | p50 ms | p99 ms | p50 / plain p50 | mean "
      "matching articles |\n");
  std::printf("|---:|---|---:|---:|---:|---:|\n");
  for (const IndexResults& index : indexes) {
    const double plain = index.modes.front().p50_ms;
    for (const ModeResult& mode : index.modes) {
      std::printf("| %s | %s | %.2f | %.2f | %.2f | %.0f |\n",
                  WithThousands(index.articles).c_str(), mode.mode.c_str(),
                  mode.p50_ms, mode.p99_ms, mode.p50_ms / plain,
                  mode.mean_articles);
    }
  }
  std::printf(
      "\nFacet columns: a fresh searcher's first broad exact-facet search "
      "(it loads them), then the same search again\n");
  for (const IndexResults& index : indexes) {
    std::printf("  %s articles: %.0f ms, then %.0f ms\n",
                WithThousands(index.articles).c_str(), index.first_search_ms,
                index.loaded_search_ms);
  }
  const IndexResults& largest = indexes.back();
  std::printf(
      "\ncollapsed + exact facets p50 / plain p50 at %s: %.2f (target <= 3)\n",
      WithThousands(largest.articles).c_str(),
      largest.modes[2].p50_ms / largest.modes[0].p50_ms);
}

size_t LimitFromEnv() {
  const char* limit = std::getenv("NEWSQ_QUERY_BENCH_LIMIT");
  if (limit == nullptr || *limit == '\0') return SIZE_MAX;
  const long long n = std::atoll(limit);
  return n > 0 ? static_cast<size_t>(n) : SIZE_MAX;
}

int Fail(const std::string& what, const absl::Status& status) {
  std::fprintf(stderr, "query_bench: %s: %s\n", what.c_str(),
               status.ToString().c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string shared = argc > 1 ? argv[1] : "../shared/corpora";
  const std::string work = argc > 2 ? argv[2] : "/tmp/newsq_query_bench";
  const size_t limit = LimitFromEnv();

  const std::string queries_path =
      std::string(NEWSQ_BENCH_DIR) + "/queries_fr.txt";
  const std::vector<std::string> queries = ReadQueries(queries_path);
  if (queries.size() != kExpectedQueries) {
    std::fprintf(stderr, "query_bench: %s holds %zu queries, expected %zu\n",
                 queries_path.c_str(), queries.size(), kExpectedQueries);
    return 1;
  }

  // A limited trial gets indexes of its own, so as not to replace full ones.
  const std::string suffix =
      limit == SIZE_MAX ? "" : "-first" + std::to_string(limit);
  const std::string original_db = work + "/orangesum-1x" + suffix;
  const std::string copies_db = work + "/orangesum-8x" + suffix;

  const Clock::time_point read_start = Clock::now();
  const std::vector<newsq::Article> base = ReadBaseArticles(shared, limit);
  if (base.empty()) {
    std::fprintf(stderr, "query_bench: no OrangeSum articles under %s\n",
                 shared.c_str());
    return 1;
  }
  std::fprintf(stderr, "read %s OrangeSum articles in %.1f s\n",
               WithThousands(base.size()).c_str(), SecondsSince(read_start));

  const auto expected = static_cast<int64_t>(base.size());
  bool rebuilt = false;
  if (ArticleCount(original_db) != expected) {
    if (absl::Status s = BuildOriginal(original_db, base); !s.ok()) {
      return Fail("building " + original_db, s);
    }
    rebuilt = true;
  } else {
    std::fprintf(stderr, "reusing %s\n", original_db.c_str());
  }
  // The copies carry the original's stories, so they follow its rebuilds.
  if (rebuilt || ArticleCount(copies_db) != expected * kCopies) {
    if (absl::Status s = BuildCopies(original_db, copies_db); !s.ok()) {
      return Fail("building " + copies_db, s);
    }
  } else {
    std::fprintf(stderr, "reusing %s\n", copies_db.c_str());
  }

  std::vector<IndexResults> results;
  for (const std::string& db : {original_db, copies_db}) {
    absl::StatusOr<IndexResults> timed = TimeIndex(db, queries);
    if (!timed.ok()) return Fail("searching " + db, timed.status());
    results.push_back(*std::move(timed));
  }
  PrintTable(results, queries.size());
  return 0;
}
