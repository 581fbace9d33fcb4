// `newsq recluster`: regroups every article of a database into stories from
// scratch, keeping the story ids.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/database_option.h"
#include "cli/exit_codes.h"
#include "cli/write_options.h"
#include "newsq/index.h"

namespace newsq::cli {

std::function<int()> SetupRecluster(CLI::App& app) {
  auto db = std::make_shared<std::string>();
  AddDatabaseOption(app, *db);
  return [db] {
    const std::string db_path = ResolveDb(*db);
    // Opening for writing would create a database at a mistyped path.
    std::error_code error;
    if (!std::filesystem::is_directory(db_path, error))
      return Fail(db_path + ": no database there");
    absl::StatusOr<std::unique_ptr<IndexWriter>> writer =
        IndexWriter::Open(db_path);
    if (!writer.ok()) return FailWrite(writer.status());
    absl::StatusOr<IndexWriter::ReclusterReport> report =
        (*writer)->Recluster();
    if (!report.ok()) return FailWrite(report.status());
    std::fprintf(
        stderr,
        "reclustered %s: %lld articles, %lld stories before, %lld after, "
        "%lld articles changed story\n",
        db_path.c_str(), static_cast<long long>(report->articles),
        static_cast<long long>(report->stories_before),
        static_cast<long long>(report->stories_after),
        static_cast<long long>(report->articles_moved));
    return kExitOk;
  };
}

}  // namespace newsq::cli
