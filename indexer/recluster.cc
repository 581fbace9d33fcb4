#include "indexer/recluster.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace newsq::internal {

std::map<std::string, std::string> KeepStoryIds(
    const std::map<std::string, std::string>& new_story_of,
    const std::map<std::string, std::string>& old_story_of) {
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
    if (id.empty())
      id = story;  // every member id is taken: impossible for real partitions
    kept[story] = id;
    used.insert(id);
  }
  return kept;
}

}  // namespace newsq::internal
