// Internal: articles grouped into stories one by one in a scratch in-memory
// database, as IndexWriter::Add groups them: for grouping a whole index again
// (newsq recluster) and for the story join model's trainer.
#ifndef NEWSQ_INDEXER_SCRATCH_GROUPING_H_
#define NEWSQ_INDEXER_SCRATCH_GROUPING_H_

#include <xapian.h>

#include <string>

#include "indexer/document_builder.h"
#include "indexer/story_grouper.h"
#include "indexer/story_join_model.h"
#include "newsq/article.h"
#include "newsq/index.h"

namespace newsq::internal {

// Not thread-safe. `builder`, `analyzer` and `model` must outlive it.
class ScratchGrouping {
 public:
  ScratchGrouping(const DocumentBuilder& builder,
                  const FrenchAnalyzer& analyzer, const IndexOptions& options,
                  const StoryJoinModel& model = StoryJoinModel::Shipped());

  // Adds `article` (whose id is `id`) to the story the grouper finds among
  // the articles added before it, and returns that story: `id` itself when
  // the article starts a story.
  std::string AddAsGrouped(const Article& article, const std::string& id);

  // Adds `article` to `story`, whatever the grouper would find, and returns
  // what the grouper weighed before it was added (for the trainer, which
  // labels the candidates).
  StoryGrouper::Weighing AddInStory(const Article& article,
                                    const std::string& id,
                                    const std::string& story);

 private:
  void Add(const Xapian::Document& doc);

  const DocumentBuilder& builder_;
  StoryGrouper grouper_;
  Xapian::WritableDatabase db_{std::string(), Xapian::DB_BACKEND_INMEMORY};
};

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_SCRATCH_GROUPING_H_
