// `newsq dump`: every indexed article as one JSON line, for scripts and
// backups.
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/database_option.h"
#include "cli/exit_codes.h"
#include "newsq/json.h"
#include "newsq/search.h"

namespace newsq::cli {

std::function<int()> SetupDump(CLI::App& app) {
  auto db = std::make_shared<std::string>();
  auto partial = std::make_shared<bool>(false);
  AddDatabaseOption(app, *db);
  AddPartialOption(app, *partial);
  return [db, partial] {
    absl::StatusOr<std::unique_ptr<Searcher>> searcher =
        OpenSearcher(*db, *partial);
    if (!searcher.ok()) return Fail(StatusMessage(searcher.status()));
    const absl::Status status =
        (*searcher)->ForEachArticle([](const StoredArticle& stored) {
          std::cout << ToJson(stored) << "\n";
        });
    if (!status.ok()) return Fail(StatusMessage(status));
    WarnMissingShards(**searcher);
    return kExitOk;
  };
}

}  // namespace newsq::cli
