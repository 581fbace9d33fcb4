// The --db option shared by every command that reads or writes a database.
#include "cli/database_option.h"

#include <cstdlib>
#include <iostream>

#include "cli/terminal.h"

namespace newsq::cli {

void AddDatabaseOption(CLI::App& app, std::string& db) {
  // The default is computed at run time from the environment, so the help
  // names the rule rather than one user's path.
  app.add_option("--db", db,
                 "Database directory (default: $NEWSQ_DB, else "
                 "$XDG_DATA_HOME/newsq/index)")
      ->default_str("")
      // A script's --db "$DB" with DB unset must not reach the user's own
      // archive: an empty path is a usage error, not the default.
      ->check([](const std::string& path) {
        return path.empty() ? std::string("an empty path names no database")
                            : std::string();
      });
}

std::string DefaultDatabasePath() {
  if (const char* db = std::getenv("NEWSQ_DB"); db != nullptr && *db != '\0')
    return db;
  if (const char* data = std::getenv("XDG_DATA_HOME");
      data != nullptr && *data != '\0') {
    return std::string(data) + "/newsq/index";
  }
  const char* home = std::getenv("HOME");
  return std::string(home != nullptr ? home : ".") +
         "/.local/share/newsq/index";
}

std::string ResolveDb(const std::string& db) {
  return db.empty() ? DefaultDatabasePath() : db;
}

void AddPartialOption(CLI::App& app, bool& partial) {
  app.add_flag("--partial", partial,
               "When a shard of a sharded database is down or too slow, "
               "answer from the others and say which were left out");
}

absl::StatusOr<std::unique_ptr<Searcher>> OpenSearcher(const std::string& db,
                                                       bool partial) {
  return Searcher::Open(ResolveDb(db),
                        SearcherOptions{.allow_partial = partial});
}

void WarnMissingShards(const Searcher& searcher) {
  for (const MissingShard& shard : searcher.missing_shards()) {
    std::cerr << "newsq: partial answer: shard " << Printable(shard.where)
              << " left out: " << shard.error << "\n";
  }
}

}  // namespace newsq::cli
