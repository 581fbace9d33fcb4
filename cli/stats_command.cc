// `newsq stats`: what a database holds: articles, stories, outlets, the
// period they cover and the size on disk.
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/database_option.h"
#include "cli/dates.h"
#include "cli/exit_codes.h"
#include "cli/terminal.h"
#include "newsq/json.h"
#include "newsq/search.h"

namespace newsq::cli {

std::function<int()> SetupStats(CLI::App& app) {
  auto db = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  auto partial = std::make_shared<bool>(false);
  AddDatabaseOption(app, *db);
  AddPartialOption(app, *partial);
  app.add_flag("--json", *json, "Print the statistics as one JSON object");
  return [db, json, partial] {
    const std::string db_path = ResolveDb(*db);
    absl::StatusOr<std::unique_ptr<Searcher>> searcher =
        OpenSearcher(db_path, *partial);
    if (!searcher.ok()) return Fail(StatusMessage(searcher.status()));
    absl::StatusOr<DatabaseStats> stats = (*searcher)->Stats();
    if (!stats.ok()) return Fail(StatusMessage(stats.status()));
    WarnMissingShards(**searcher);
    if (*json) {
      std::cout << ToJson(*stats) << "\n";
      return kExitOk;
    }
    std::cout << "database:  " << Printable(db_path) << "\n"
              << "articles:  " << stats->articles << "\n"
              << "stories:   " << stats->stories << "\n"
              << "outlets:   " << stats->outlets << "\n"
              << "published: " << DateOrDash(stats->first_published, true)
              << " to " << DateOrDash(stats->last_published, true) << "\n"
              << "size:      " << (stats->size_bytes + 1023) / 1024 << " KiB\n";
    if (stats->shards.size() + stats->missing_shards.size() > 1) {
      std::cout << "shards:    " << stats->shards.size() << "\n";
      for (const ShardStats& shard : stats->shards) {
        std::cout << "  " << Printable(shard.where)
                  << (shard.remote ? " (remote)" : "") << ": " << shard.articles
                  << " articles\n";
      }
      for (const MissingShard& shard : stats->missing_shards)
        std::cout << "  " << Printable(shard.where) << ": left out\n";
    }
    return kExitOk;
  };
}

}  // namespace newsq::cli
