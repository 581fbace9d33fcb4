// `newsq stories`: the biggest stories of a period, like a front page.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/database_option.h"
#include "cli/exit_codes.h"
#include "cli/option_validators.h"
#include "cli/story_text.h"
#include "cli/terminal.h"
#include "newsq/article.h"
#include "newsq/json.h"
#include "newsq/search.h"

namespace newsq::cli {

std::function<int()> SetupStories(CLI::App& app) {
  auto db = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  auto request = std::make_shared<StoriesRequest>();
  auto partial = std::make_shared<bool>(false);
  AddDatabaseOption(app, *db);
  AddPartialOption(app, *partial);
  // The same forms as search's --since and --until, read by the same code.
  app.add_option("--since", request->since,
                 "Only articles published on or after this day (2025-02-11, "
                 "2025-02, 2025) or within this age (7d, 12h, 2w, 3mo, 1y)")
      ->check(NotEmpty());
  app.add_option("--until", request->until,
                 "Only articles published on or before this day, or more "
                 "than this age ago")
      ->check(NotEmpty());
  app.add_option("--limit", request->limit, "Stories to show (default: 20)")
      ->check(CountOrZero());
  app.add_flag("--json", *json, "Print the stories as one JSON document");
  return [db, json, request, partial] {
    absl::StatusOr<std::unique_ptr<Searcher>> searcher =
        OpenSearcher(*db, *partial);
    if (!searcher.ok()) return Fail(StatusMessage(searcher.status()));
    absl::StatusOr<std::vector<StoryHit>> stories =
        (*searcher)->Stories(*request);
    if (!stories.ok()) return FailRequest(stories.status());
    WarnMissingShards(**searcher);
    if (*json) {
      std::cout << ToJson(*stories) << "\n";
      return kExitOk;
    }
    int rank = 0;
    for (const StoryHit& story : *stories) {
      if (rank > 0) std::cout << "\n";
      std::cout << ++rank << ". ";
      PrintStoryAsText(story, /*all_articles=*/false);
    }
    return kExitOk;
  };
}

}  // namespace newsq::cli
