// Internal: whole stories, for `newsq story` and `newsq stories`.
#ifndef NEWSQ_QUERY_STORY_VIEW_H_
#define NEWSQ_QUERY_STORY_VIEW_H_

#include <xapian.h>

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "newsq/search.h"
#include "query/facet_columns.h"

namespace newsq::internal {

// Every article of story `story_id`, in publication order (undated last), with
// the story's size, outlets (most articles first), first and last publication.
// The lead (the earliest full report: at least kFullReportChars of text, else
// the longest article) comes first in `articles`; its title is the story's
// title. Errors: kNotFound for an unknown story.
absl::StatusOr<StoryHit> ViewStory(const Xapian::Database& db,
                                   const std::string& story_id);

// The story article `article_id` belongs to now, or nullopt when no article
// has that id. A story is normally named after the article that started it,
// so this follows the old id of a lone article's story to the story it moved
// into (docs/stories.md). Xapian errors propagate.
std::optional<std::string> StoryOfArticle(const Xapian::Database& db,
                                          const std::string& article_id);

// The stories with the most articles published in the request's period
// (calendar days, as the since: and until: filters read them), biggest first,
// ties broken by the latest publication; at most `request.limit`. Errors:
// kInvalidArgument for a date the filters cannot read.
absl::StatusOr<std::vector<StoryHit>> BiggestStories(
    const Xapian::Database& db, const StoriesRequest& request);

// Sets `story`'s size, outlets (most articles first) and first and last
// publication from its articles. Search results and ViewStory both describe a
// story this way.
void SummarizeStory(const std::vector<Article>& members, StoryHit* story);

// Sets the size, outlets, first and last publication of story `story_id`, of
// which `member` is a document, as SummarizeStory does, from the index's
// values instead of every member's stored JSON: only the earliest and latest
// members are read, for their dates' UTC offsets. For search results, where a
// big story would otherwise cost a JSON parse per member. With `columns`
// (loaded from the same database state), the members, their outlets and
// times, and the offsets come from the columns, without reading the index.
// Errors: kDataLoss for a stored article that is not valid JSON.
absl::Status SummarizeStoryFromIndex(const Xapian::Database& db,
                                     const std::string& story_id,
                                     Xapian::docid member, StoryHit* story,
                                     const FacetColumns* columns = nullptr);

// SummarizeStoryFromIndex for a page of stories: `stories[i]` (its story_id
// set) has document `members[i]`. Without columns, three matches summarize the
// whole page, however many stories and members: a remote shard answers each in
// one round trip, where reading members would take one per article.
absl::Status SummarizeStoriesFromIndex(const Xapian::Database& db,
                                       std::span<StoryHit> stories,
                                       std::span<const Xapian::docid> members,
                                       const FacetColumns* columns = nullptr);

// Reads every article of story `story_id` (in posting order). Errors: kDataLoss
// for a stored article that is not valid JSON.
absl::StatusOr<std::vector<StoredArticle>> ReadStory(
    const Xapian::Database& db, const std::string& story_id);

// Text length from which an article is a full report rather than a brief.
inline constexpr size_t kFullReportChars = 600;

}  // namespace newsq::internal

#endif  // NEWSQ_QUERY_STORY_VIEW_H_
