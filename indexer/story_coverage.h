// Internal: how many outlets cover a story, kept on each of its articles.
#ifndef NEWSQ_INDEXER_STORY_COVERAGE_H_
#define NEWSQ_INDEXER_STORY_COVERAGE_H_

#include <xapian.h>

#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "indexer/index_view.h"

namespace newsq::internal {

// Sets the story-outlets value (schema::kStoryOutletsSlot) of every article of
// `story_id` to the story's number of distinct outlets, compared as filter
// keys. Rewrites only the articles whose value changes, and then only their
// values, so that a growing story costs a read of its members per article
// added. Returns the number of outlets. Xapian errors propagate.
int UpdateStoryOutlets(Xapian::WritableDatabase& db,
                       const std::string& story_id);

// The writer's running count of each story's outlets, so that adding an
// article costs no read of the story's other articles. An article joining a
// story gets the story's new count at once; the story's other articles are
// brought to it by Flush(), once per batch, before the commit that makes them
// visible: readers only ever see a story whose articles agree. Not thread-safe:
// the writer's thread owns it.
class StoryOutletCounts {
 public:
  // The count to store on an article with outlet `outlet_key` (a filter key,
  // empty for none) joining `story_id`, whose other articles, if any, are in
  // `db` (`new_story`: none are). The first call for a story reads its
  // articles' outlets once. Xapian errors propagate.
  int Join(const IndexView& db, const std::string& story_id, bool new_story,
           const std::string& outlet_key);

  // The story's articles changed in another way (an article updated or
  // deleted): Flush() counts it again from the database.
  void Invalidate(const std::string& story_id);

  // Sets the count on every article of each story that changed since the last
  // Flush (UpdateStoryOutlets). Call before committing. Xapian errors
  // propagate; the changed stories are then still pending.
  void Flush(Xapian::WritableDatabase& db);

 private:
  // Stories are forgotten past this many, so that memory stays bounded on
  // indexes of any size; a forgotten story is read again when it grows.
  static constexpr size_t kMaxStories = 1 << 20;

  absl::flat_hash_map<std::string, absl::flat_hash_set<std::string>> outlets_;
  absl::flat_hash_set<std::string> changed_;
};

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_STORY_COVERAGE_H_
