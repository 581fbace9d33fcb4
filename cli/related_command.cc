// `newsq related`: the stories like a given story or article, with the same
// flags and output as `newsq search`.
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/database_option.h"
#include "cli/exit_codes.h"
#include "cli/search_flags.h"
#include "cli/search_output.h"
#include "newsq/search.h"

namespace newsq::cli {

std::function<int()> SetupRelated(CLI::App& app) {
  auto flags = std::make_shared<SearchFlags>();
  auto id = std::make_shared<std::string>();
  AddSearchOptions(app, *flags);
  app.add_option("ID", *id, "A story id or an article id, as search prints it")
      ->required();
  return [flags, id] {
    absl::StatusOr<std::unique_ptr<Searcher>> searcher =
        OpenSearcher(flags->db, flags->partial);
    if (!searcher.ok()) return Fail(StatusMessage(searcher.status()));
    // An unknown id is a failure (1), not a usage error: ReportSearchResult
    // keeps exit code 2 for invalid arguments.
    const int code = ReportSearchResult(
        (*searcher)->Related(*id, ToSearchRequest(*flags)), flags->json);
    WarnMissingShards(**searcher);
    return code;
  };
}

}  // namespace newsq::cli
