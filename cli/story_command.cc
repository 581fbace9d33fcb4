// `newsq story`: one story, with all its articles in time order.
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/database_option.h"
#include "cli/exit_codes.h"
#include "cli/story_text.h"
#include "newsq/json.h"
#include "newsq/search.h"

namespace newsq::cli {

std::function<int()> SetupStory(CLI::App& app) {
  auto db = std::make_shared<std::string>();
  auto id = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  auto partial = std::make_shared<bool>(false);
  AddDatabaseOption(app, *db);
  AddPartialOption(app, *partial);
  app.add_flag("--json", *json, "Print the story as one JSON object");
  app.add_option("ID", *id, "A story id, as search prints it")->required();
  return [db, id, json, partial] {
    absl::StatusOr<std::unique_ptr<Searcher>> searcher =
        OpenSearcher(*db, *partial);
    if (!searcher.ok()) return Fail(StatusMessage(searcher.status()));
    absl::StatusOr<StoryHit> story = (*searcher)->Story(*id);
    if (!story.ok()) return Fail(StatusMessage(story.status()));
    WarnMissingShards(**searcher);
    if (*json) {
      std::cout << ToJson(*story) << "\n";
    } else {
      PrintStoryAsText(*story, /*all_articles=*/true);
    }
    return kExitOk;
  };
}

}  // namespace newsq::cli
