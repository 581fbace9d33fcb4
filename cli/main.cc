// newsq: take argv, print text or JSON, return an exit code (0 ok, 1 failure, 2
// usage). Dispatches to a subcommand through the table in commands.cc.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <functional>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/manual.h"
#include "cli/terminal.h"
#include "newsq/version.h"

namespace {

using newsq::cli::Command;
using newsq::cli::Commands;

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      row[j] = std::min(
          {row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// ", did you mean 'X'?" for the candidate closest to `typed`, within two
// edits; "" when none is that close.
std::string DidYouMean(std::string_view typed,
                       const std::vector<std::string_view>& candidates) {
  std::string_view closest;
  size_t best = 3;
  for (std::string_view candidate : candidates) {
    if (const size_t d = EditDistance(typed, candidate); d < best) {
      best = d;
      closest = candidate;
    }
  }
  if (closest.empty()) return "";
  return ", did you mean '" + std::string(closest) + "'?";
}

void PrintCommandList(std::ostream& out) {
  out << "newsq " NEWSQ_VERSION_STRING
         " - search French news, one entry per story\n\n"
      << "Usage: newsq COMMAND [OPTIONS] [ARGS]...\n\nCommands:\n";
  for (const Command& c : Commands()) {
    out << "  " << c.name
        << std::string(10 - std::string_view(c.name).size(), ' ') << c.summary
        << "\n";
  }
  out << "  help      Show this list, or a command's help: newsq help "
         "COMMAND\n\n"
      << "newsq --generate man|bash|zsh prints the man page or a completion "
         "script.\n"
      << "Run 'newsq COMMAND --help' for a command's options. Every command "
         "takes\n--color=auto|always|never (auto: on a terminal, unless "
         "NO_COLOR is set or\nTERM is dumb).\n";
}

// "unknown command 'serch', did you mean 'search'?"
int UnknownCommand(const std::string& name) {
  std::vector<std::string_view> names;
  for (const Command& c : Commands()) names.push_back(c.name);
  std::cerr << "newsq: unknown command '" << name << "'"
            << DidYouMean(name, names)
            << "\nRun 'newsq help' for the list of commands.\n";
  return newsq::cli::kExitUsage;
}

// A short usage error, as git and ripgrep give: what is wrong, a guess for a
// mistyped option ("unknown option '--limt', did you mean '--limit'?"), and
// where the options are listed, instead of the whole help.
int UsageError(const std::string& command, const CLI::App& app,
               const std::vector<std::string>& args,
               const CLI::ParseError& error) {
  // The long options the command takes, with their dashes: "--limit".
  std::vector<std::string> known;
  for (const CLI::Option* option : app.get_options()) {
    for (const std::string& name : option->get_lnames())
      known.push_back("--" + name);
  }
  std::cerr << "newsq " << command << ": ";
  const auto unknown =
      std::find_if(args.begin(), args.end(), [&](const std::string& arg) {
        return arg.starts_with("--") &&
               std::find(known.begin(), known.end(),
                         arg.substr(0, arg.find('='))) == known.end();
      });
  if (unknown != args.end()) {
    const std::string name = unknown->substr(0, unknown->find('='));
    std::cerr << "unknown option '" << newsq::cli::Printable(name) << "'"
              << DidYouMean(name, {known.begin(), known.end()});
  } else {
    std::cerr << error.what();
    // "newsq search -Musk": a query word that excludes, read as an option.
    std::vector<std::string> short_names;
    for (const CLI::Option* option : app.get_options()) {
      for (const std::string& name : option->get_snames())
        short_names.push_back("-" + name);
    }
    const auto excluded =
        std::find_if(args.begin(), args.end(), [&](const std::string& arg) {
          return arg.size() > 1 && arg[0] == '-' && arg[1] != '-' &&
                 std::find(short_names.begin(), short_names.end(), arg) ==
                     short_names.end();
        });
    // Only when the word was left over, not when it is an option's value
    // ("--limit -1").
    if (excluded != args.end() &&
        dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) {
      std::cerr << "\nA word starting with '-' is read as an option; to "
                   "exclude it, put -- before the query: newsq "
                << command << " -- " << newsq::cli::Printable(*excluded);
    }
  }
  std::cerr << "\nRun 'newsq " << command << " --help' for its options.\n";
  return newsq::cli::kExitUsage;
}

// `newsq --generate man|bash|zsh`: the man page or a completion script, from
// the command table (the build installs them; users may load them by hand).
int Generate(const std::string& what) {
  if (what == "man") {
    std::cout << newsq::cli::ManPage();
  } else if (what == "bash") {
    std::cout << newsq::cli::BashCompletion();
  } else if (what == "zsh") {
    std::cout << newsq::cli::ZshCompletion();
  } else {
    std::cerr << "newsq: --generate takes man, bash or zsh\n";
    return newsq::cli::kExitUsage;
  }
  return newsq::cli::kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  // Last resort: Xapian 1.4 can end the process from inside a query when a
  // write fails (a full disk). Say so in words; the database keeps its last
  // committed batch.
  std::set_terminate([] {
    std::fputs(
        "newsq: stopped by an error it could not recover from (a full disk or "
        "a failing write?); the database keeps every batch committed before\n",
        stderr);
    std::abort();
  });
  // Standard output through a buffer that remembers a failed write; std::cout
  // gets its own buffer back before `out` goes, since it is flushed again at
  // exit.
  newsq::cli::CheckedStdout out;
  struct RestoreCout {
    std::streambuf* original;
    ~RestoreCout() {
      std::cout.flush();
      std::cout.rdbuf(original);
    }
  } restore{std::cout.rdbuf(&out)};
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!newsq::cli::TakeColorOption(args)) return newsq::cli::kExitUsage;
  if (args.empty()) {
    PrintCommandList(std::cerr);
    return newsq::cli::kExitUsage;
  }
  const std::string& first = args[0];
  // "help --help" and "help help" ask what help does: the same list.
  const auto asks_help = [](const std::string& arg) {
    return arg == "--help" || arg == "-h" || arg == "help";
  };
  if (first == "--help" || first == "-h" ||
      (first == "help" && (args.size() == 1 || asks_help(args[1])))) {
    PrintCommandList(std::cout);
    return newsq::cli::FinishOutput(newsq::cli::kExitOk, out);
  }
  if (first == "--version" || first == "-V") {
    std::cout << "newsq " NEWSQ_VERSION_STRING "\n";
    return newsq::cli::FinishOutput(newsq::cli::kExitOk, out);
  }
  if (first == "--generate" || first.starts_with("--generate=")) {
    const int status =
        Generate(first == "--generate" ? (args.size() > 1 ? args[1] : "")
                                       : first.substr(first.find('=') + 1));
    return newsq::cli::FinishOutput(status, out);
  }
  if (first == "help") args = {args[1], "--help"};
  const auto command =
      std::find_if(Commands().begin(), Commands().end(),
                   [&](const Command& c) { return args[0] == c.name; });
  if (command == Commands().end()) {
    if (!args[0].empty() && args[0][0] == '-') {
      std::cerr << "newsq: unknown option '" << args[0] << "'\n"
                << "Run 'newsq help' for the list of commands.\n";
      return newsq::cli::kExitUsage;
    }
    return UnknownCommand(args[0]);
  }

  CLI::App app(command->summary, std::string("newsq ") + command->name);
  const std::function<int()> run = command->setup(app);
  std::vector<std::string> rest(args.rbegin(),
                                args.rend() - 1);  // CLI11 wants them reversed
  try {
    app.parse(rest);
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();
    return newsq::cli::FinishOutput(newsq::cli::kExitOk, out);
  } catch (const CLI::ParseError& e) {
    return UsageError(command->name, app, args, e);
  }
  // Every command's output, checked once it is all written.
  return newsq::cli::FinishOutput(run(), out);
}
