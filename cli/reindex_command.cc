// `newsq reindex`: builds a new database from pages beside the live one, then
// switches to it, keeping the story ids.
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/database_option.h"
#include "cli/exit_codes.h"
#include "cli/terminal.h"
#include "cli/write_options.h"
#include "cli/write_report.h"
#include "newsq/index.h"

namespace newsq::cli {

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
    if (!report.ok()) return FailWrite(report.status());
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
