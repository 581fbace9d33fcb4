#include "indexer/story_coverage.h"

#include <algorithm>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "engine/schema.h"
#include "engine/text_folding.h"

namespace newsq::internal {

int UpdateStoryOutlets(Xapian::WritableDatabase& db,
                       const std::string& story_id) {
  const std::string story_term = std::string(schema::kStory) + story_id;
  std::vector<std::pair<Xapian::docid, std::string>> members;  // id, count
  absl::flat_hash_set<std::string> outlets;
  for (auto it = db.postlist_begin(story_term);
       it != db.postlist_end(story_term); ++it) {
    const Xapian::Document member = db.get_document(*it);
    const std::string outlet = member.get_value(schema::kOutletSlot);
    if (!outlet.empty()) outlets.insert(FilterKey(outlet));
    members.emplace_back(*it, member.get_value(schema::kStoryOutletsSlot));
  }
  const int count = static_cast<int>(outlets.size());
  const std::string value = Xapian::sortable_serialise(count);
  for (const auto& [docid, old_value] : members) {
    if (old_value == value) continue;
    // Read again just before it is replaced: Xapian then knows that only a
    // value changed and leaves the terms and positions alone, instead of
    // comparing them all.
    Xapian::Document member = db.get_document(docid);
    member.add_value(schema::kStoryOutletsSlot, value);
    db.replace_document(docid, member);
  }
  return count;
}

int StoryOutletCounts::Join(const IndexView& db, const std::string& story_id,
                            bool new_story, const std::string& outlet_key) {
  auto [it, first_seen] = outlets_.try_emplace(story_id);
  absl::flat_hash_set<std::string>& outlets = it->second;
  if (first_seen && !new_story) {
    const std::string story_term = std::string(schema::kStory) + story_id;
    for (Xapian::docid member : db.Holders(story_term)) {
      const std::string outlet = db.Read(member).Value(schema::kOutletSlot);
      if (!outlet.empty()) outlets.insert(FilterKey(outlet));
    }
  }
  if (!outlet_key.empty() && outlets.insert(outlet_key).second && !new_story)
    changed_.insert(story_id);
  return static_cast<int>(outlets.size());
}

void StoryOutletCounts::Invalidate(const std::string& story_id) {
  outlets_.erase(story_id);
  changed_.insert(story_id);
}

void StoryOutletCounts::Flush(Xapian::WritableDatabase& db) {
  // In a fixed order, so that every run writes the same way.
  std::vector<std::string> stories(changed_.begin(), changed_.end());
  std::sort(stories.begin(), stories.end());
  for (const std::string& story : stories) {
    UpdateStoryOutlets(db, story);
    changed_.erase(story);
  }
  if (outlets_.size() > kMaxStories) outlets_.clear();
}

}  // namespace newsq::internal
