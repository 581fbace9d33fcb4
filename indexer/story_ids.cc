#include "indexer/story_ids.h"

#include <algorithm>
#include <set>
#include <string>
#include <tuple>

#include "engine/ids.h"
#include "engine/schema.h"
#include "indexer/document_builder.h"

namespace newsq::internal {

std::map<std::string, std::string> KeepStoryIds(const StoryOf& new_story_of,
                                                const StoryOf& old_story_of) {
  // overlap[new story][old story] = shared articles.
  std::map<std::string, std::map<std::string, int>> overlap;
  std::map<std::string, std::vector<std::string>> members;
  for (const auto& [article, story] : new_story_of) {
    members[story].push_back(article);
    if (auto old = old_story_of.find(article); old != old_story_of.end()) {
      ++overlap[story][old->second];
    }
  }
  // Largest overlaps first; ties by ids, so that the result never depends on
  // map order.
  std::vector<std::tuple<int, std::string, std::string>>
      pairs;  // (-count, new, old)
  for (const auto& [story, olds] : overlap) {
    for (const auto& [old, count] : olds)
      pairs.emplace_back(-count, story, old);
  }
  std::sort(pairs.begin(), pairs.end());
  std::map<std::string, std::string> kept;
  std::set<std::string> used;
  for (const auto& [negative_count, story, old] : pairs) {
    if (kept.contains(story) || used.contains(old)) continue;
    kept[story] = old;
    used.insert(old);
  }
  for (auto& [story, articles] : members) {
    if (kept.contains(story)) continue;
    std::sort(articles.begin(), articles.end());
    std::string id = used.contains(story) ? "" : story;
    for (size_t i = 0; id.empty() && i < articles.size(); ++i) {
      if (!used.contains(articles[i])) id = articles[i];
    }
    // Every member's id names another story: an old story split in two whose
    // larger part took the old id, which was the smaller part's only article's
    // ({x, y, z} in "x" regrouped as {x} and {y, z}). A new id, from the
    // members, so that two stories never share one.
    for (int attempt = 0; id.empty() || used.contains(id); ++attempt)
      id = StoryIdForKey("regrouped:" + articles.front() + ":" +
                         std::to_string(attempt));
    kept[story] = id;
    used.insert(id);
  }
  return kept;
}

StoryOf ReadStoryOfEachArticle(const Xapian::Database& db) {
  StoryOf story_of;
  const std::string prefix(schema::kArticleId);
  for (auto term = db.allterms_begin(prefix); term != db.allterms_end(prefix);
       ++term) {
    for (auto post = db.postlist_begin(*term); post != db.postlist_end(*term);
         ++post) {
      story_of[(*term).substr(prefix.size())] =
          db.get_document(*post).get_value(schema::kStorySlot);
    }
  }
  return story_of;
}

KeptStoryIds KeepOldStoryIds(Xapian::WritableDatabase& db,
                             const StoryOf& current_story_of,
                             const StoryOf& new_story_of,
                             const StoryOf& old_story_of) {
  const std::map<std::string, std::string> kept =
      KeepStoryIds(new_story_of, old_story_of);
  KeptStoryIds result;
  for (const auto& [article, new_story] : new_story_of) {
    const std::string& story = kept.at(new_story);
    result.stories.insert(story);
    const auto current = current_story_of.find(article);
    if (current != current_story_of.end() && current->second == story) continue;
    const std::string id_term = std::string(schema::kArticleId) + article;
    for (auto post = db.postlist_begin(id_term);
         post != db.postlist_end(id_term); ++post) {
      Xapian::Document doc = db.get_document(*post);
      DocumentBuilder::SetStory(doc, story);
      db.replace_document(*post, doc);
    }
    result.moved_to.insert(story);
    ++result.articles_moved;
  }
  return result;
}

}  // namespace newsq::internal
