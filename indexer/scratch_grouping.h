// Internal: articles grouped into stories one by one in a scratch in-memory
// database, as IndexWriter::Add groups them: for grouping a whole index again
// (newsq recluster) and for the story join model's trainer.
#ifndef NEWSQ_INDEXER_SCRATCH_GROUPING_H_
#define NEWSQ_INDEXER_SCRATCH_GROUPING_H_

#include <xapian.h>

#include <string>
#include <vector>

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

  // What AddAsGrouped did: the story the article joined (its own id when it
  // started one), and the ids of the lone articles added before it that it
  // brought into that story (StoryGrouper::Match::absorbed).
  struct Grouped {
    std::string story;
    std::vector<std::string> moved;
  };

  // Adds `article` (whose id is `id`) to the story the grouper finds among
  // the articles added before it, as IndexWriter::Add does.
  Grouped AddAsGrouped(const Article& article, const std::string& id);

  // Adds `article` to `story`, whatever the grouper would find, and returns
  // what the grouper weighed before it was added (for the trainer, which
  // labels the candidates).
  StoryGrouper::Weighing AddInStory(const Article& article,
                                    const std::string& id,
                                    const std::string& story);

 private:
  void Add(const Xapian::Document& doc, const std::string& id);

  const DocumentBuilder& builder_;
  StoryGrouper grouper_;
  Xapian::WritableDatabase db_{std::string(), Xapian::DB_BACKEND_INMEMORY};
  // The id of each article by docid - 1 (documents are only ever added).
  std::vector<std::string> ids_;
};

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_SCRATCH_GROUPING_H_
