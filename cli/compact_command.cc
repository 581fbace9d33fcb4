// `newsq compact`: a sharded archive merged into one compact database (or one
// database compacted), for archives that are no longer written.
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/database_option.h"
#include "cli/exit_codes.h"
#include "cli/write_options.h"
#include "newsq/index.h"

namespace newsq::cli {

std::function<int()> SetupCompact(CLI::App& app) {
  auto db = std::make_shared<std::string>();
  AddDatabaseOption(app, *db);
  return [db] {
    const std::string db_path = ResolveDb(*db);
    absl::StatusOr<int64_t> articles = IndexWriter::Compact(db_path);
    if (!articles.ok()) return FailWrite(articles.status());
    std::cerr << "newsq: compacted " << db_path << " into one database of "
              << *articles << (*articles == 1 ? " article" : " articles")
              << "\n";
    return kExitOk;
  };
}

}  // namespace newsq::cli
