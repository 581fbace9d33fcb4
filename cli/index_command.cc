// `newsq index`: adds pages to a database, or updates them, and groups their
// articles into stories; --prune also deletes the articles of gone files.
#include <chrono>
#include <iostream>
#include <memory>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "cli/commands.h"
#include "cli/database_option.h"
#include "cli/exit_codes.h"
#include "cli/terminal.h"
#include "cli/write_options.h"
#include "cli/write_report.h"
#include "newsq/index.h"

namespace newsq::cli {
namespace {

// "indexed into DB: 3 added, 0 updated, ...; 120 articles in 80 stories;
// 1.25 s", the line scripts and logs keep.
std::string Summary(const std::string& db_path, const PagesReport& report,
                    bool prune, const IndexWriter& writer, double seconds) {
  std::string summary =
      absl::StrCat("indexed into ", Printable(db_path), ": ", report.added,
                   " added, ", report.updated, " updated, ", report.unchanged,
                   " unchanged, ", report.failed, " failed");
  if (report.duplicates > 0)
    absl::StrAppend(&summary, ", ", report.duplicates, " duplicates");
  if (prune) absl::StrAppend(&summary, ", ", report.pruned, " pruned");
  absl::StrAppend(&summary, "; ", writer.article_count(), " articles in ",
                  writer.story_count(), " stories; ",
                  absl::StrFormat("%.2f", seconds), " s");
  return summary;
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
    if (!writer.ok()) return FailWrite(writer.status());
    PagesOptions pages_options;
    pages_options.prune = *prune;
    absl::StatusOr<PagesReport> report =
        (*writer)->AddPages(options->paths, ProgressLine(), pages_options);
    EndProgressLine();
    if (!report.ok()) return FailWrite(report.status());
    PrintSkipped(*report);
    std::cerr << Summary(db_path, *report, *prune, **writer,
                         SecondsSince(start))
              << "\n";
    // A run that indexed nothing was most likely given the wrong paths.
    const int64_t indexed = report->added + report->updated + report->unchanged;
    if (indexed == 0 && report->pruned == 0) {
      return Fail(report->failed == 0 ? "no HTML pages found in the given paths"
                                      : "nothing could be indexed");
    }
    return kExitOk;
  };
}

}  // namespace newsq::cli
