#include "indexer/recluster.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "engine/article_codec.h"
#include "engine/status_macros.h"
#include "indexer/article_versions.h"
#include "indexer/scratch_grouping.h"

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
  ScratchGrouping grouping(writer.builder(), writer.analyzer(),
                           writer.options());
  for (const StoredArticle& stored : articles) {
    regrouped.old_story_of[stored.id] = stored.story_id;
    ScratchGrouping::Grouped grouped =
        grouping.AddAsGrouped(stored.article, stored.id);
    for (const std::string& moved : grouped.moved)
      regrouped.new_story_of[moved] = grouped.story;
    regrouped.new_story_of[stored.id] = std::move(grouped.story);
  }
  return regrouped;
}

}  // namespace newsq::internal
