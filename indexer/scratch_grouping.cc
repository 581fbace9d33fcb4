#include "indexer/scratch_grouping.h"

#include <optional>

#include "indexer/index_view.h"

namespace newsq::internal {

ScratchGrouping::ScratchGrouping(const DocumentBuilder& builder,
                                 const FrenchAnalyzer& analyzer,
                                 const IndexOptions& options,
                                 const StoryJoinModel& model)
    : builder_(builder), grouper_(analyzer, options, model) {}

std::string ScratchGrouping::AddAsGrouped(const Article& article,
                                          const std::string& id) {
  Xapian::Document doc = builder_.Build(article, id, id);
  const std::optional<StoryGrouper::Match> match =
      grouper_.FindStory(IndexView(db_), doc, article.published);
  const std::string story = match ? match->story_id : id;
  if (match) DocumentBuilder::SetStory(doc, story);
  Add(doc);
  return story;
}

StoryGrouper::Weighing ScratchGrouping::AddInStory(const Article& article,
                                                   const std::string& id,
                                                   const std::string& story) {
  const Xapian::Document doc = builder_.Build(article, id, story);
  StoryGrouper::Weighing weighing =
      grouper_.Weigh(IndexView(db_), doc, article.published);
  Add(doc);
  return weighing;
}

void ScratchGrouping::Add(const Xapian::Document& doc) {
  db_.add_document(doc);
  grouper_.NoteAdded(doc);
}

}  // namespace newsq::internal
