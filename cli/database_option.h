// The database a command works on: the --db option, its default, and opening
// a searcher on it.
#ifndef NEWSQ_CLI_DATABASE_OPTION_H_
#define NEWSQ_CLI_DATABASE_OPTION_H_

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "newsq/search.h"

namespace newsq::cli {

// Declares --db on `app`; `db` stays empty when it is not given.
void AddDatabaseOption(CLI::App& app, std::string& db);

// The database a command uses when --db is not given: $NEWSQ_DB, else
// $XDG_DATA_HOME/newsq/index, else ~/.local/share/newsq/index.
std::string DefaultDatabasePath();

// `db` as --db gave it, or the default when it was not given.
std::string ResolveDb(const std::string& db);

// Declares --partial on a command that reads: answer from the shards that
// answer when some do not (SearcherOptions::allow_partial).
void AddPartialOption(CLI::App& app, bool& partial);

// A searcher on the database --db names (or the default), leaving out shards
// that do not answer when `partial`.
absl::StatusOr<std::unique_ptr<Searcher>> OpenSearcher(const std::string& db,
                                                       bool partial);

// Says on stderr which shards the searcher's answers left out, one line each
// ("newsq: partial answer: shard HOST:PORT left out: REASON").
void WarnMissingShards(const Searcher& searcher);

}  // namespace newsq::cli

#endif  // NEWSQ_CLI_DATABASE_OPTION_H_
