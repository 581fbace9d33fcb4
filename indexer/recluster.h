// Internal: the partition into stories grouped afresh (newsq recluster).
#ifndef NEWSQ_INDEXER_RECLUSTER_H_
#define NEWSQ_INDEXER_RECLUSTER_H_

#include <xapian.h>

#include "absl/status/statusor.h"
#include "indexer/article_writer.h"
#include "indexer/story_ids.h"

namespace newsq::internal {

struct Regrouped {
  StoryOf old_story_of;  // each article's story in the database
  StoryOf new_story_of;  // each article's story when grouped afresh
};

// Groups every article of `db` again, as if each were indexed anew in
// publication order with `writer`'s analyser and options, in a scratch
// in-memory database; `db` is only read. Errors: kDataLoss for a stored
// article that cannot be read. Xapian errors propagate.
absl::StatusOr<Regrouped> RegroupStories(const Xapian::Database& db,
                                         const ArticleWriter& writer);

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_RECLUSTER_H_
