// Internal: which story a new article belongs to.
#ifndef NEWSQ_INDEXER_STORY_GROUPER_H_
#define NEWSQ_INDEXER_STORY_GROUPER_H_

#include <xapian.h>

#include <optional>
#include <string>

#include "engine/french_analyzer.h"
#include "newsq/article.h"
#include "newsq/index.h"

namespace newsq::internal {

// Finds the story of a new article among the articles already in the database,
// by asking the index itself: the article's most distinctive stems (TF-IDF)
// retrieve candidates published within the time window, then each candidate is
// scored by the cosine similarity of the two TF-IDF vectors over French stems
// (stop words left out). The best story wins when it passes the threshold.
// Stateless between calls; the database is the only memory.
class StoryGrouper {
 public:
  StoryGrouper(const FrenchAnalyzer& analyzer, const IndexOptions& options)
      : analyzer_(analyzer), options_(options) {}

  struct Match {
    std::string story_id;
    double similarity = 0;
  };

  // The story that `doc` (built by DocumentBuilder, not yet in `db`) should
  // join, or nullopt for a new story. `db` may be the writer's own database,
  // uncommitted changes included.
  std::optional<Match> FindStory(
      const Xapian::Database& db, const Xapian::Document& doc,
      const std::optional<DateTime>& published) const;

 private:
  const FrenchAnalyzer& analyzer_;
  IndexOptions options_;
};

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_STORY_GROUPER_H_
