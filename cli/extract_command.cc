// `newsq extract`: the article newsq reads in one page, without indexing it,
// and with --explain where each field came from.
#include <iostream>
#include <memory>
#include <string>
#include <string_view>

#include "cli/commands.h"
#include "cli/dates.h"
#include "cli/exit_codes.h"
#include "cli/terminal.h"
#include "newsq/article.h"
#include "newsq/extract.h"
#include "newsq/json.h"

namespace newsq::cli {
namespace {

void PrintArticleAsText(const Article& a) {
  const bool styles = UseStyles(stdout);
  auto field = [&](const char* name, std::string_view value) {
    std::cout << Bold(name, styles) << ": "
              << Printable(value.empty() ? "-" : value) << "\n";
  };
  field("title", a.title);
  field("url", a.url);
  field("canonical_url", a.canonical_url);
  field("published", DateOrDash(a.published));
  field("modified", DateOrDash(a.modified));
  field("outlet", a.outlet);
  field("author", a.author);
  field("language", a.language);
  field("section", a.section);
  field("description", a.description);
  std::string tags, entities;
  for (const std::string& t : a.tags) tags += (tags.empty() ? "" : ", ") + t;
  for (const Entity& e : a.entities) {
    entities += (entities.empty() ? "" : ", ") + e.name + " (" + e.type + " " +
                std::to_string(e.mentions) + ")";
  }
  field("tags", tags);
  field("entities", entities);
  std::cout << "\n" << Printable(a.text) << "\n";
}

void PrintSourcesAsText(const ExtractionReport& report) {
  const bool styles = UseStyles(stdout);
  std::cout << "\n"
            << Bold("sources", styles) << ":\n  charset: " << report.charset
            << "\n";
  for (const auto& [field, source] : report.sources) {
    std::cout << "  " << field << ": " << Printable(source) << "\n";
  }
}

}  // namespace

std::function<int()> SetupExtract(CLI::App& app) {
  auto file = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  auto explain = std::make_shared<bool>(false);
  app.add_flag("--json", *json, "Print the article as one JSON object");
  app.add_flag(
      "--explain", *explain,
      "Say where each field came from (with --json: an \"explain\" object)");
  app.add_option("FILE", *file, "An HTML page, or - for standard input")
      ->required();
  return [file, json, explain] {
    absl::StatusOr<ExtractionReport> report =
        *file == "-" ? ExplainExtractionFromStream(std::cin, "standard input",
                                                   {.source = "-"})
                     : ExplainExtractionFromFile(*file);
    if (!report.ok()) return Fail(StatusMessage(report.status()));
    if (*json) {
      std::cout << (*explain ? ToJson(*report) : ToJson(report->article))
                << "\n";
      return kExitOk;
    }
    PrintArticleAsText(report->article);
    if (*explain) PrintSourcesAsText(*report);
    return kExitOk;
  };
}

}  // namespace newsq::cli
