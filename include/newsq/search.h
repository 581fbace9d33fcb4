// newsq/search.h: searching a newsq database for stories.
//
// A search answers with stories, not pages: the matching articles are collapsed
// on their story id, and each story comes with its best-matching article (the
// lead), its size, its outlets, its first and last publication, and a snippet
// of the lead with the matched words marked.
//
// Example:
//   auto searcher = newsq::Searcher::Open("/tmp/news.db");
//   if (!searcher.ok()) return searcher.status();
//   newsq::SearchRequest request;
//   request.query = "OpenAI Musk";
//   absl::StatusOr<newsq::SearchResult> result = (*searcher)->Search(request);
//   for (const newsq::StoryHit& story : result->stories)
//     std::cout << story.articles.front().title << "\n";
//
// Thread safety: a Searcher must be used by one thread at a time; open one per
// thread.
#ifndef NEWSQ_SEARCH_H_
#define NEWSQ_SEARCH_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "newsq/article.h"

namespace newsq {

struct SearchRequest {
  // What the user typed: French words, "phrases", -exclusions, OR, parentheses.
  std::string query;
  // Stories to skip, for paging. Default: 0.
  int offset = 0;
  // Stories to return at most. Default: 10.
  int limit = 10;
};

// A passage of an article with the words that matched the query marked.
struct Snippet {
  std::string text;
  // Byte ranges [first, second) of `text` that matched the query, in order, not
  // overlapping.
  std::vector<std::pair<size_t, size_t>> highlights;
};

struct ArticleHit {
  std::string id;
  std::string url;  // the article's identity: canonical URL, else where it was
                    // read from
  std::string title;
  std::string outlet;
  std::optional<DateTime> published;
  Snippet snippet;
};

struct StoryHit {
  std::string story_id;
  double score = 0;  // the lead article's relevance score
  int64_t size =
      0;  // articles in the story (all of them, not only the matching ones)
  std::vector<std::string> outlets;  // distinct outlets, most articles first
  std::optional<DateTime> first_published;
  std::optional<DateTime> last_published;
  // The lead article (the story's best match for this query) first.
  std::vector<ArticleHit> articles;
};

struct FacetValue {
  std::string value;
  int64_t articles = 0;  // matching articles with this value
  int64_t stories = 0;   // matching stories with at least one such article
};

struct SearchResult {
  std::string query;
  struct Totals {
    int64_t articles = 0;  // matching articles
    int64_t stories = 0;   // matching stories
    bool exact = false;  // true only when both counts are exact, not estimates
  } total;
  std::vector<StoryHit> stories;
  // Facet name ("outlet", "entity", "day") to values, most articles first. May
  // be empty.
  std::map<std::string, std::vector<FacetValue>> facets;
};

// An article as stored in the index, with its ids.
struct StoredArticle {
  std::string id;
  std::string story_id;
  Article article;
};

struct DatabaseStats {
  int64_t articles = 0;
  int64_t stories = 0;
  int64_t outlets = 0;
  std::optional<DateTime> first_published;
  std::optional<DateTime> last_published;
  int64_t size_bytes = 0;  // bytes on disk of the database directory
};

// Which stories `Searcher::Stories` lists.
struct StoriesRequest {
  // Only articles published in [since, until] count; an unset end is open.
  // Default: all.
  std::optional<DateTime> since;
  std::optional<DateTime> until;
  // Stories to return at most. Default: 20.
  int limit = 20;
};

class Searcher {
 public:
  // Opens the database at `db_path` for reading.
  // Errors: kNotFound when there is no database there; kFailedPrecondition when
  // it is not a newsq database or has an index format this version does not
  // read; kDataLoss when it is corrupt; kInternal otherwise; each names the
  // path and the cause.
  static absl::StatusOr<std::unique_ptr<Searcher>> Open(
      const std::string& db_path);

  // Runs one search. Errors: kInvalidArgument for a query that cannot be parsed
  // (the message says why) or a negative offset/limit; kInternal for a database
  // failure.
  absl::StatusOr<SearchResult> Search(const SearchRequest& request);

  // Calls `visit` for every stored article, in article id order. Stops at the
  // first error.
  absl::Status ForEachArticle(
      const std::function<void(const StoredArticle&)>& visit);

  absl::StatusOr<DatabaseStats> Stats();

  // One whole story: every article in publication order, after the lead (the
  // earliest full report, not a brief), which comes first; snippets hold each
  // article's description. Errors: kNotFound for an unknown story id.
  absl::StatusOr<StoryHit> Story(const std::string& story_id);

  // The stories with the most articles published in the period, biggest first,
  // like a front page. Each is filled as Story() fills it.
  absl::StatusOr<std::vector<StoryHit>> Stories(const StoriesRequest& request);

  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

 private:
  struct Impl;
  explicit Searcher(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsq

#endif  // NEWSQ_SEARCH_H_
