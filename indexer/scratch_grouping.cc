#include "indexer/scratch_grouping.h"

#include <optional>

#include "indexer/index_view.h"

namespace newsq::internal {

ScratchGrouping::ScratchGrouping(const DocumentBuilder& builder,
                                 const FrenchAnalyzer& analyzer,
                                 const IndexOptions& options,
                                 const StoryJoinModel& model)
    : builder_(builder), grouper_(analyzer, options, model) {}

ScratchGrouping::Grouped ScratchGrouping::AddAsGrouped(const Article& article,
                                                       const std::string& id) {
  Xapian::Document doc = builder_.Build(article, id, id);
  const std::optional<StoryGrouper::Match> match =
      grouper_.FindStory(IndexView(db_), doc, article.published);
  Grouped grouped{.story = match ? match->story_id : id, .moved = {}};
  if (match) {
    DocumentBuilder::SetStory(doc, grouped.story);
    for (Xapian::docid docid : match->absorbed) {
      Xapian::Document moved = db_.get_document(docid);
      DocumentBuilder::SetStory(moved, grouped.story);
      db_.replace_document(docid, moved);
      grouped.moved.push_back(ids_[docid - 1]);
    }
  }
  Add(doc, id);
  return grouped;
}

StoryGrouper::Weighing ScratchGrouping::AddInStory(const Article& article,
                                                   const std::string& id,
                                                   const std::string& story) {
  const Xapian::Document doc = builder_.Build(article, id, story);
  StoryGrouper::Weighing weighing =
      grouper_.Weigh(IndexView(db_), doc, article.published);
  Add(doc, id);
  return weighing;
}

void ScratchGrouping::Add(const Xapian::Document& doc, const std::string& id) {
  db_.add_document(doc);
  ids_.push_back(id);
  grouper_.NoteAdded(doc);
}

}  // namespace newsq::internal
