// The newsq program's subcommands: the one table of them that main.cc
// dispatches through and `newsq help` lists, and the function each
// subcommand's file defines to declare its flags and run.
#ifndef NEWSQ_CLI_COMMANDS_H_
#define NEWSQ_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <vector>

namespace newsq::cli {

struct Command {
  const char* name;
  const char* summary;
  // Declares the command's flags on `app` and returns the function that runs
  // it.
  std::function<std::function<int()>(CLI::App& app)> setup;
};

// Every subcommand, in the order `newsq help` lists them.
const std::vector<Command>& Commands();

// One per subcommand, each in the file named after it (index_command.cc, ...).
// The returned function runs the command once `app` has parsed the command
// line, and returns its exit code.
std::function<int()> SetupIndex(CLI::App& app);
std::function<int()> SetupReindex(CLI::App& app);
std::function<int()> SetupSearch(CLI::App& app);
std::function<int()> SetupRelated(CLI::App& app);
std::function<int()> SetupEntities(CLI::App& app);
std::function<int()> SetupExtract(CLI::App& app);
std::function<int()> SetupStory(CLI::App& app);
std::function<int()> SetupStories(CLI::App& app);
std::function<int()> SetupRecluster(CLI::App& app);
std::function<int()> SetupUpgrade(CLI::App& app);
std::function<int()> SetupCompact(CLI::App& app);
std::function<int()> SetupDump(CLI::App& app);
std::function<int()> SetupStats(CLI::App& app);
std::function<int()> SetupCheck(CLI::App& app);
std::function<int()> SetupServe(CLI::App& app);

}  // namespace newsq::cli

#endif  // NEWSQ_CLI_COMMANDS_H_
