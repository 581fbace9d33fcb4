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
      "prints one line per shard: 'ok', 'damaged' and why, 'skipped' for a "
      "remote shard (check it where it is served), or 'unread' and why. "
      "Exits 0 when every local shard is whole, 1 when one is damaged or "
      "unread (or nothing could be checked), 75 while another process "
      "writes to the database. A damaged database is rebuilt from its "
      "pages: newsq reindex --db PATH PAGES...");
  return [db] {
    const std::string db_path = ResolveDb(*db);
    absl::StatusOr<std::vector<ShardCheck>> shards =
        IndexWriter::Check(db_path);
    if (!shards.ok()) return FailWrite(shards.status());
    size_t damaged = 0, unread = 0, whole = 0;
    for (const ShardCheck& shard : *shards) {
      const std::string why(shard.status.message());
      switch (shard.status.code()) {
        case absl::StatusCode::kOk:
          ++whole;
          std::cout << "ok       " << Printable(shard.where) << "\n";
          break;
        case absl::StatusCode::kDataLoss:
          ++damaged;
          std::cout << "damaged  " << Printable(why) << "\n";
          break;
        case absl::StatusCode::kUnimplemented:
          std::cout << "skipped  " << Printable(why) << "\n";
          break;
        default:
          ++unread;
          std::cout << "unread   " << Printable(why) << "\n";
          break;
      }
    }
    std::cout.flush();
    if (damaged > 0) {
      return Fail(shards->size() == 1
                      ? db_path + " is damaged; rebuild it from its pages: " +
                            "newsq reindex --db " + db_path + " PAGES..."
                      : std::to_string(damaged) + " of " +
                            std::to_string(shards->size()) + " shards of " +
                            db_path +
                            " are damaged; rebuild it from its pages: newsq "
                            "reindex --db " +
                            db_path + " PAGES...");
    }
    if (unread > 0)
      return Fail(std::to_string(unread) + " shard(s) of " + db_path +
                  " could not be checked");
    if (whole == 0) return Fail("no local shard of " + db_path + " to check");
    return kExitOk;
  };
}

}  // namespace newsq::cli
