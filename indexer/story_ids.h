// Internal: keeping story ids when stories are regrouped (newsq recluster)
// or rebuilt (newsq reindex), so that links to a story stay valid.
#ifndef NEWSQ_INDEXER_STORY_IDS_H_
#define NEWSQ_INDEXER_STORY_IDS_H_

#include <xapian.h>

#include <cstdint>
#include <map>
#include <set>
#include <string>

namespace newsq::internal {

// Article id -> story id.
using StoryOf = std::map<std::string, std::string>;

// Names the stories of a new partition after the old ones: each new story takes
// the old id that most of its articles had (largest overlap first, each old id
// used once); a story left without one keeps the id of the article that
// started it, or the smallest free article id of its members, or, when every
// member's id names another story, a new id hashed from its members
// (StoryIdForKey). No two stories share an id. `new_story_of` and
// `old_story_of` map article ids to story ids; the result maps every new story
// id to the id it keeps. Deterministic.
std::map<std::string, std::string> KeepStoryIds(const StoryOf& new_story_of,
                                                const StoryOf& old_story_of);

// Every article's story in `db`, read from the article id terms and the story
// slot. May throw Xapian::Error.
StoryOf ReadStoryOfEachArticle(const Xapian::Database& db);

// What KeepOldStoryIds wrote.
struct KeptStoryIds {
  int64_t articles_moved = 0;      // articles whose story id changed
  std::set<std::string> stories;   // every story id after
  std::set<std::string> moved_to;  // the story ids articles moved to
};

// Gives each article of `db` its story in the partition `new_story_of`, named
// after `old_story_of` by KeepStoryIds. `current_story_of` is each article's
// story in `db` now; only the articles whose story changes are rewritten
// (terms, value and stored JSON). Outlet counts are left to the caller.
// May throw Xapian::Error.
KeptStoryIds KeepOldStoryIds(Xapian::WritableDatabase& db,
                             const StoryOf& current_story_of,
                             const StoryOf& new_story_of,
                             const StoryOf& old_story_of);

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_STORY_IDS_H_
