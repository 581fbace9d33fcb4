// `newsq index` and `newsq reindex`: the commands that write pages into a
// database, with the options nightly scripts need (--wait, --batch, --prune).
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <thread>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "cli/commands.h"
#include "cli/terminal.h"
#include "newsq/newsq.h"

namespace newsq::cli {
namespace {

// The options both commands share.
struct WriteOptions {
  std::string db;
  std::vector<std::string> paths;
  bool wait = false;
  int64_t batch = IndexOptions::kDefaultBatchSize;
  int64_t batch_mib = IndexOptions::kDefaultBatchBytes >> 20;
  int jobs = 0;

  // The writer's options these flags set, the rest left at their defaults.
  IndexOptions ToIndexOptions() const {
    IndexOptions index_options;
    index_options.batch_size = batch;
    index_options.batch_bytes = batch_mib << 20;
    index_options.jobs = jobs;
    return index_options;
  }
};

void AddWriteOptions(CLI::App& app, WriteOptions& options) {
  AddDatabaseOption(app, options.db);
  app.add_option("PATH", options.paths,
                 "HTML files, folders to walk for .html/.htm files, files of "
                 "articles as JSON lines (.jsonl, .jsonl.gz), or - for JSON "
                 "lines on standard input (fields: docs/json.md)")
      ->required();
  app.add_flag("--wait", options.wait,
               "When another newsq process is writing to the database, wait "
               "for it to finish instead of failing (exit code 75)");
  app.add_option("--batch", options.batch,
                 "At most this many articles per commit: an interrupted run "
                 "keeps every committed batch, and readers only ever see "
                 "whole batches")
      ->check(CLI::PositiveNumber)
      ->default_val(IndexOptions::kDefaultBatchSize);
  app.add_option("--batch-mib", options.batch_mib,
                 "A batch also ends at this many MiB of article text, which "
                 "bounds the writer's memory and sizes the batches of "
                 "ordinary articles (about 1,700 per 4 MiB)")
      ->check(CLI::Range(int64_t{1}, int64_t{1} << 20))
      ->default_val(IndexOptions::kDefaultBatchBytes >> 20);
  app.add_option("-j,--jobs", options.jobs,
                 "Threads that read and analyse pages while one thread "
                 "writes; 0 means one per core. The index is the same "
                 "whatever the number")
      ->check(CLI::NonNegativeNumber)
      ->default_val(0);
}

// Runs `write` until it gets the database: with --wait, as long as another
// writer holds it (saying once who that is), else once.
template <typename Write>
auto UntilTheLockIsFree(bool wait, Write write) -> decltype(write()) {
  bool said = false;
  for (;;) {
    auto result = write();
    if (!wait || result.ok() ||
        result.status().code() != absl::StatusCode::kUnavailable)
      return result;
    if (!said) {
      std::cerr << "newsq: waiting: "
                << Printable(StatusMessage(result.status())) << "\n";
      said = true;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
  }
}

// The exit code for a failure to get or use the database.
int FailWith(const absl::Status& status) {
  Fail(StatusMessage(status));
  return status.code() == absl::StatusCode::kUnavailable ? kExitBusy
                                                         : kExitFailure;
}

// "read 120/3000 pages, indexed 80 articles", redrawn in place on a terminal;
// nothing in a pipe or a log.
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

}  // namespace

std::function<int()> SetupIndex(CLI::App& app) {
  auto options = std::make_shared<WriteOptions>();
  auto prune = std::make_shared<bool>(false);
  AddWriteOptions(app, *options);
  app.add_flag("--prune", *prune,
               "Delete the indexed articles whose files, under the given "
               "folders, are gone");
  return [options, prune] {
    const std::string db_path = ResolveDb(options->db);
    const auto start = std::chrono::steady_clock::now();
    const IndexOptions index_options = options->ToIndexOptions();
    absl::StatusOr<std::unique_ptr<IndexWriter>> writer = UntilTheLockIsFree(
        options->wait,
        [&] { return IndexWriter::Open(db_path, index_options); });
    if (!writer.ok()) return FailWith(writer.status());
    PagesOptions pages_options;
    pages_options.prune = *prune;
    absl::StatusOr<PagesReport> report =
        (*writer)->AddPages(options->paths, ProgressLine(), pages_options);
    EndProgressLine();
    if (!report.ok()) return FailWith(report.status());
    PrintSkipped(*report);
    std::string summary = absl::StrCat(
        "indexed into ", Printable(db_path), ": ", report->added, " added, ",
        report->updated, " updated, ", report->unchanged, " unchanged, ",
        report->failed, " failed");
    if (report->duplicates > 0)
      absl::StrAppend(&summary, ", ", report->duplicates, " duplicates");
    if (*prune) absl::StrAppend(&summary, ", ", report->pruned, " pruned");
    absl::StrAppend(&summary, "; ", (*writer)->article_count(), " articles in ",
                    (*writer)->story_count(), " stories; ",
                    absl::StrFormat("%.2f", SecondsSince(start)), " s");
    std::cerr << summary << "\n";
    const int64_t indexed = report->added + report->updated + report->unchanged;
    if (indexed == 0 && report->pruned == 0) {
      return Fail(report->failed == 0 ? "no HTML pages found in the given paths"
                                      : "nothing could be indexed");
    }
    return kExitOk;
  };
}

std::function<int()> SetupReindex(CLI::App& app) {
  auto options = std::make_shared<WriteOptions>();
  auto reindex_options = std::make_shared<ReindexOptions>();
  AddWriteOptions(app, *options);
  app.add_flag("--compact", reindex_options->compact,
               "Compact the new database before it goes live");
  app.add_option("--keep-previous", reindex_options->keep_previous,
                 "Move the old database to this path instead of removing it "
                 "(same file system; must not exist)");
  return [options, reindex_options] {
    const std::string db_path = ResolveDb(options->db);
    const auto start = std::chrono::steady_clock::now();
    ReindexOptions& index_options = *reindex_options;
    index_options.index = options->ToIndexOptions();
    absl::StatusOr<IndexWriter::ReindexReport> report =
        UntilTheLockIsFree(options->wait, [&] {
          return IndexWriter::Reindex(db_path, options->paths, index_options,
                                      ProgressLine());
        });
    EndProgressLine();
    if (!report.ok()) return FailWith(report.status());
    PrintSkipped(report->pages);
    std::fprintf(
        stderr,
        "reindexed %s: %lld articles in %lld stories (%lld kept "
        "their ids; %lld articles before); %lld pages failed; "
        "%.2f s\n",
        Printable(db_path).c_str(), static_cast<long long>(report->articles),
        static_cast<long long>(report->stories),
        static_cast<long long>(report->stories_kept),
        static_cast<long long>(report->articles_before),
        static_cast<long long>(report->pages.failed), SecondsSince(start));
    return kExitOk;
  };
}

}  // namespace newsq::cli
