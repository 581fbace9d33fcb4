// A story printed as text, as `newsq story` and `newsq stories` show it.
#ifndef NEWSQ_CLI_STORY_TEXT_H_
#define NEWSQ_CLI_STORY_TEXT_H_

#include "newsq/search.h"

namespace newsq::cli {

// The lead's title, the story's id, size, dates and outlets; with
// `all_articles`, then every article in time order.
void PrintStoryAsText(const StoryHit& story, bool all_articles);

}  // namespace newsq::cli

#endif  // NEWSQ_CLI_STORY_TEXT_H_
