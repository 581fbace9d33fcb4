// `newsq check`: whether a database's files are whole, shard by shard, for a
// database that errs or crashes where it did not before (a disk fault, a copy
// cut short).
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/database_option.h"
#include "cli/exit_codes.h"
#include "cli/terminal.h"
#include "cli/write_options.h"
#include "newsq/index.h"

namespace newsq::cli {

std::function<int()> SetupCheck(CLI::App& app) {
  auto db = std::make_shared<std::string>();
  AddDatabaseOption(app, *db);
  app.footer(
      "Reads every table of every local shard through with xapian-check and "
      "prints one line per shard: 'ok' or 'damaged' and why. Exits 0 when "
      "all are whole, 1 when one is damaged (or the check could not run), 75 "
      "while another process writes to the database. A damaged database is "
      "rebuilt from its pages: newsq reindex --db PATH PAGES...");
  return [db] {
    const std::string db_path = ResolveDb(*db);
    absl::StatusOr<std::vector<ShardCheck>> shards =
        IndexWriter::Check(db_path);
    if (!shards.ok()) return FailWrite(shards.status());
    size_t damaged = 0;
    for (const ShardCheck& shard : *shards) {
      if (shard.status.ok()) {
        std::cout << "ok       " << Printable(shard.where) << "\n";
      } else {
        ++damaged;
        std::cout << "damaged  "
                  << Printable(std::string(shard.status.message())) << "\n";
      }
    }
    std::cout.flush();
    if (damaged == 0) return kExitOk;
    if (shards->size() == 1) {
      return Fail(db_path + " is damaged; rebuild it from its pages: " +
                  "newsq reindex --db " + db_path + " PAGES...");
    }
    return Fail(std::to_string(damaged) + " of " +
                std::to_string(shards->size()) + " shards of " + db_path +
                " are damaged; rebuild it from its pages: newsq reindex " +
                "--db " + db_path + " PAGES...");
  };
}

}  // namespace newsq::cli
