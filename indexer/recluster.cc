#include "indexer/recluster.h"

#include <algorithm>
#include <string>
#include <vector>

#include "engine/article_codec.h"
#include "engine/status_macros.h"
#include "indexer/article_versions.h"
#include "indexer/story_grouper.h"

namespace newsq::internal {

absl::StatusOr<Regrouped> RegroupStories(const Xapian::Database& db,
                                         const ArticleWriter& writer) {
  std::vector<StoredArticle> articles;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    NEWSQ_ASSIGN_OR_RETURN(
        StoredArticle stored,
        StoredArticleFromData(db.get_document(*it).get_data()));
    articles.push_back(std::move(stored));
  }
  std::stable_sort(articles.begin(), articles.end(),
                   [](const StoredArticle& a, const StoredArticle& b) {
                     return PublishedBefore(a.article.published, a.id,
                                            b.article.published, b.id);
                   });
  Regrouped regrouped;
  // In memory (Xapian::InMemory::open() is deprecated in 1.4).
  Xapian::WritableDatabase scratch(std::string(), Xapian::DB_BACKEND_INMEMORY);
  StoryGrouper grouper(writer.analyzer(), writer.options());
  for (const StoredArticle& stored : articles) {
    regrouped.old_story_of[stored.id] = stored.story_id;
    Xapian::Document doc =
        writer.builder().Build(stored.article, stored.id, stored.id);
    const auto match =
        grouper.FindStory(IndexView(scratch), doc, stored.article.published);
    const std::string story = match ? match->story_id : stored.id;
    if (match) DocumentBuilder::SetStory(doc, story);
    scratch.add_document(doc);
    grouper.NoteAdded(doc);
    regrouped.new_story_of[stored.id] = story;
  }
  return regrouped;
}

}  // namespace newsq::internal
