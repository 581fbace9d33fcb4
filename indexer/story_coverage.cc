#include "indexer/story_coverage.h"

#include <vector>

#include "absl/container/flat_hash_set.h"
#include "engine/schema.h"
#include "engine/text_folding.h"

namespace newsq::internal {

int UpdateStoryOutlets(Xapian::WritableDatabase& db,
                       const std::string& story_id) {
  const std::string story_term = std::string(schema::kStory) + story_id;
  std::vector<Xapian::Document> members;
  absl::flat_hash_set<std::string> outlets;
  for (auto it = db.postlist_begin(story_term);
       it != db.postlist_end(story_term); ++it) {
    members.push_back(db.get_document(*it));
    const std::string outlet = members.back().get_value(schema::kOutletSlot);
    if (!outlet.empty()) outlets.insert(FilterKey(outlet));
  }
  const int count = static_cast<int>(outlets.size());
  const std::string value = Xapian::sortable_serialise(count);
  for (Xapian::Document& member : members) {
    if (member.get_value(schema::kStoryOutletsSlot) == value) continue;
    member.add_value(schema::kStoryOutletsSlot, value);
    db.replace_document(member.get_docid(), member);
  }
  return count;
}

}  // namespace newsq::internal
