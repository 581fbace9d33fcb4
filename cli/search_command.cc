// `newsq search`: the stories that match a query and the flags' filters.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/database_option.h"
#include "cli/exit_codes.h"
#include "cli/search_flags.h"
#include "cli/search_output.h"
#include "newsq/search.h"

namespace newsq::cli {

std::function<int()> SetupSearch(CLI::App& app) {
  auto flags = std::make_shared<SearchFlags>();
  auto words = std::make_shared<std::vector<std::string>>();
  AddSearchOptions(app, *flags);
  app.add_option("QUERY", *words,
                 "Words, \"phrases\", -exclusions, +requirements, AND/OR/NOT "
                 "or ET/OU/SAUF (upper case), parentheses, and filters such "
                 "as outlet:\"Le Monde\" or since:7d (docs/query.md)");
  return [flags, words] {
    SearchRequest request = ToSearchRequest(*flags);
    for (const std::string& word : *words)
      request.query += (request.query.empty() ? "" : " ") + word;
    // A filter alone is a search (everything from an outlet, say); nothing at
    // all is a mistake.
    const bool filtered =
        !request.outlets.empty() || !request.entities.empty() ||
        !request.authors.empty() || !request.languages.empty() ||
        !request.sections.empty() || !request.story_id.empty() ||
        !request.since.empty() || !request.until.empty();
    // Blanks alone ("newsq search \"$Q\"" with Q a space) are nothing too.
    const bool blank =
        request.query.find_first_not_of(" \t\n\r") == std::string::npos;
    if (blank && !filtered) {
      std::cerr << "newsq: search needs a query or a filter; see newsq search "
                   "--help\n";
      return kExitUsage;
    }
    absl::StatusOr<std::unique_ptr<Searcher>> searcher =
        OpenSearcher(flags->db, flags->partial);
    if (!searcher.ok()) return Fail(StatusMessage(searcher.status()));
    const int code =
        ReportSearchResult((*searcher)->Search(request), flags->json);
    WarnMissingShards(**searcher);
    return code;
  };
}

}  // namespace newsq::cli
