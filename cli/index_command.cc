// `newsq index`: adds pages to a database, or updates them, and groups their
// articles into stories; --prune also deletes the articles of gone files.
#include <chrono>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
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
  if (report.moved > 0)
    absl::StrAppend(&summary, ", ", report.moved, " moved into a later story");
  absl::StrAppend(&summary, "; ", writer.article_count(), " articles in ",
                  writer.story_count(), " stories; ",
                  absl::StrFormat("%.2f", seconds), " s");
  return summary;
}

nlohmann::json SkippedRecordsJson(const PagesReport& report) {
  const PagesReport::SkippedRecords& records = report.skipped_records;
  return {
      {"requests", records.requests},   {"revisits", records.revisits},
      {"redirects", records.redirects}, {"http_errors", records.http_errors},
      {"not_html", records.not_html},   {"other", records.other}};
}

// The run as one JSON object on stdout, for scripts (--json): the counts of
// the summary line, the database's totals and every failure line.
std::string JsonReport(const std::string& db_path, const PagesReport& report,
                       const IndexWriter& writer, double seconds) {
  const nlohmann::json json = {{"db", db_path},
                               {"added", report.added},
                               {"updated", report.updated},
                               {"unchanged", report.unchanged},
                               {"failed", report.failed},
                               {"duplicates", report.duplicates},
                               {"pruned", report.pruned},
                               {"moved", report.moved},
                               {"articles", writer.article_count()},
                               {"stories", writer.story_count()},
                               {"seconds", seconds},
                               {"failures", report.failures},
                               {"skipped_records", SkippedRecordsJson(report)}};
  // Page text and file names may hold invalid UTF-8: replaced, never thrown.
  return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::function<int()> SetupIndex(CLI::App& app) {
  auto options = std::make_shared<WriteOptions>();
  auto prune = std::make_shared<bool>(false);
  auto strict = std::make_shared<bool>(false);
  auto json = std::make_shared<bool>(false);
  AddWriteOptions(app, *options);
  app.add_flag("--prune", *prune,
               "Delete the indexed articles whose files, under the given "
               "folders, are gone");
  app.add_flag("--strict", *strict,
               "Exit 1 when any page could not be indexed (the others are "
               "indexed all the same)");
  app.add_flag("--json", *json,
               "Print the run's report as one JSON object on stdout");
  return [options, prune, strict, json] {
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
    const double seconds = SecondsSince(start);
    std::cerr << Summary(db_path, *report, *prune, **writer, seconds) << "\n";
    if (*json)
      std::cout << JsonReport(db_path, *report, **writer, seconds) << "\n";
    // A run that indexed nothing was most likely given the wrong paths; a page
    // left out as an older copy of an indexed article was read all the same.
    const int64_t indexed = report->added + report->updated +
                            report->unchanged + report->duplicates;
    if (indexed == 0 && report->pruned == 0) {
      if (report->failed > 0) return Fail("nothing could be indexed");
      return Fail(report->skipped_records.total() > 0
                      ? "no HTML pages found in the given web archives"
                      : "no HTML pages found in the given paths");
    }
    if (*strict && report->failed > 0) {
      return Fail(absl::StrCat(report->failed,
                               " pages could not be indexed (--strict)"));
    }
    return kExitOk;
  };
}

}  // namespace newsq::cli
