// `newsq upgrade`: brings a database to this version's index format, keeping
// the old one as a backup.
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/database_option.h"
#include "cli/exit_codes.h"
#include "cli/write_options.h"
#include "newsq/index.h"

namespace newsq::cli {

std::function<int()> SetupUpgrade(CLI::App& app) {
  auto db = std::make_shared<std::string>();
  AddDatabaseOption(app, *db);
  return [db] {
    const std::string db_path = ResolveDb(*db);
    // A mistyped --db is no database to upgrade: say so, rather than
    // "nothing to do", which a script would take for success.
    std::error_code error;
    if (!std::filesystem::exists(db_path, error))
      return Fail("no database at " + db_path);
    absl::StatusOr<std::string> backup = IndexWriter::Upgrade(db_path);
    if (!backup.ok()) return FailWrite(backup.status());
    if (backup->empty()) {
      std::cerr << "newsq: " << db_path
                << ": already in this version's index format; nothing to do\n";
    } else {
      std::cerr << "newsq: upgraded " << db_path << "; the old database is in "
                << *backup << " (delete it once satisfied)\n";
    }
    return kExitOk;
  };
}

}  // namespace newsq::cli
