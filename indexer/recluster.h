// Internal: a story partition rebuilt from scratch, with the old story ids
// kept.
#ifndef NEWSQ_INDEXER_RECLUSTER_H_
#define NEWSQ_INDEXER_RECLUSTER_H_

#include <map>
#include <string>
#include <vector>

namespace newsq::internal {

// Names the stories of a new partition after the old ones: each new story takes
// the old id that most of its articles had (largest overlap first, each old id
// used once); a story left without one keeps its first article's id, or the
// smallest free article id of its members. `new_story_of` and `old_story_of`
// map article ids to story ids; the result maps every new story id to the id it
// keeps. Deterministic.
std::map<std::string, std::string> KeepStoryIds(
    const std::map<std::string, std::string>& new_story_of,
    const std::map<std::string, std::string>& old_story_of);

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_RECLUSTER_H_
