// Internal: how many outlets cover a story, kept on each of its articles.
#ifndef NEWSQ_INDEXER_STORY_COVERAGE_H_
#define NEWSQ_INDEXER_STORY_COVERAGE_H_

#include <xapian.h>

#include <string>

namespace newsq::internal {

// Sets the story-outlets value (schema::kStoryOutletsSlot) of every article of
// `story_id` to the story's number of distinct outlets, compared as filter
// keys. Rewrites only the articles whose value changes, and then only their
// values, so that a growing story costs a read of its members per article
// added. Returns the number of outlets. Xapian errors propagate.
int UpdateStoryOutlets(Xapian::WritableDatabase& db,
                       const std::string& story_id);

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_STORY_COVERAGE_H_
