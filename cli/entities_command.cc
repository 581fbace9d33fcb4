// `newsq entities`: the entities most named in a period, optionally among the
// articles matching a query.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/database_option.h"
#include "cli/exit_codes.h"
#include "cli/option_validators.h"
#include "cli/terminal.h"
#include "newsq/json.h"
#include "newsq/search.h"

namespace newsq::cli {

std::function<int()> SetupEntities(CLI::App& app) {
  auto db = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  auto words = std::make_shared<std::vector<std::string>>();
  auto request = std::make_shared<SearchRequest>();
  request->facet_limit = 20;
  auto partial = std::make_shared<bool>(false);
  AddDatabaseOption(app, *db);
  AddPartialOption(app, *partial);
  app.add_flag("--json", *json, "Print the entities as one JSON document");
  app.add_option("--since", request->since,
                 "Articles published on or after this day, or within this "
                 "age (7d, 2w, ...)")
      ->check(NotEmpty());
  app.add_option("--until", request->until,
                 "Articles published on or before this day, or before this age")
      ->check(NotEmpty());
  app.add_option("--limit", request->facet_limit,
                 "Entities to show (default: 20)")
      ->check(CountOrZero());
  app.add_option("QUERY", *words,
                 "Count only articles matching this query (default: all)");
  return [db, json, words, request, partial] {
    for (const std::string& word : *words)
      request->query += (request->query.empty() ? "" : " ") + word;
    absl::StatusOr<std::unique_ptr<Searcher>> searcher =
        OpenSearcher(*db, *partial);
    if (!searcher.ok()) return Fail(StatusMessage(searcher.status()));
    absl::StatusOr<std::vector<FacetValue>> entities =
        (*searcher)->Entities(*request);
    if (!entities.ok()) return FailRequest(entities.status());
    WarnMissingShards(**searcher);
    if (*json) {
      std::cout << ToJson(*entities) << "\n";
      return kExitOk;
    }
    std::cout << "entity: articles / stories\n";
    for (const FacetValue& v : *entities) {
      std::cout << "   " << Printable(v.value) << "  " << v.articles << " / "
                << v.stories << "\n";
    }
    return kExitOk;
  };
}

}  // namespace newsq::cli
