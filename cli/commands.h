// The newsq program's subcommands: each declares its flags on a CLI11 app and
// runs.
#ifndef NEWSQ_CLI_COMMANDS_H_
#define NEWSQ_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "newsq/article.h"

namespace newsq::cli {

// Exit codes scripts can rely on.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure =
    1;  // the work failed (database, nothing indexable, ...)
inline constexpr int kExitUsage = 2;  // the command line is wrong
// Another newsq process is writing to the database (sysexits' EX_TEMPFAIL:
// try again later, or pass --wait).
inline constexpr int kExitBusy = 75;

struct Command {
  const char* name;
  const char* summary;
  // Declares the command's flags on `app` and returns the function that runs
  // it.
  std::function<std::function<int()>(CLI::App& app)> setup;
};

// Every subcommand, in the order `newsq help` lists them.
const std::vector<Command>& Commands();

// The database a command uses when --db is not given: $NEWSQ_DB, else
// $XDG_DATA_HOME/newsq/index, else ~/.local/share/newsq/index.
std::string DefaultDatabasePath();

// Prints "newsq: <message>" on stderr and returns kExitFailure.
int Fail(std::string_view message);

// Shared by the commands' files.
void AddDatabaseOption(CLI::App& app, std::string& db);
std::string ResolveDb(const std::string& db);
std::string StatusMessage(const absl::Status& status);
// ISO 8601, or the day alone, or "-" when unknown.
std::string DateOrDash(const std::optional<DateTime>& date,
                       bool day_only = false);

// index_commands.cc: `newsq index` and `newsq reindex`.
std::function<int()> SetupIndex(CLI::App& app);
std::function<int()> SetupReindex(CLI::App& app);

// search_command.cc: `newsq search`, `newsq related` and `newsq entities`.
std::function<int()> SetupSearch(CLI::App& app);
std::function<int()> SetupEntities(CLI::App& app);
std::function<int()> SetupRelated(CLI::App& app);

}  // namespace newsq::cli

#endif  // NEWSQ_CLI_COMMANDS_H_
