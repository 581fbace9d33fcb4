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

// How results are ordered.
enum class SortOrder {
  kRelevance,  // BM25, plus the recency and coverage boosts below
  kDate,       // newest first; no boosts
};

// Which article of a story leads it in the results.
enum class LeadChoice {
  kBestMatch,  // the story's best match for the query
  kEarliest,   // the story's earliest matching article
};

// How facet values are counted.
enum class FacetMode {
  kExact,    // every matching article is counted (cost grows with the matches)
  kSampled,  // about `facet_sample` matches are counted and the counts scaled;
             // SearchResult::facets_exact is then false
};

// The facets a search can count: the names SearchRequest::facets takes and
// SearchResult::facets' keys.
inline constexpr char kOutletFacet[] = "outlet";  // the outlet as displayed
inline constexpr char kEntityFacet[] = "entity";  // every entity of an article
inline constexpr char kDayFacet[] = "day";  // the publication day, YYYY-MM-DD

// The longest query read, in bytes, and the most wildcards ("grév*") in one:
// past them a query's cost grows faster than its length (a 100 KB query took
// 8 s, 5,000 wildcards 12 s), and no one types that much.
inline constexpr size_t kMaxQueryBytes = 4096;
inline constexpr int kMaxQueryWildcards = 64;

struct SearchRequest {
  // What the user typed: French words, "phrases", -exclusions, OR, parentheses,
  // and filters such as outlet:"Le Monde" or since:7d (docs/query.md). At most
  // kMaxQueryBytes and kMaxQueryWildcards (kInvalidArgument past them).
  std::string query;

  // Filters, ANDed with the query and with each other. Values are compared
  // without case and accents. Several outlets or languages: any of them;
  // several entities or authors: all of them.
  std::vector<std::string> outlets;
  std::vector<std::string> entities;
  std::vector<std::string> authors;
  std::vector<std::string> languages;
  std::vector<std::string> sections;
  std::string story_id;  // "" for any story
  // Publication period, inclusive, by the article's own calendar day: "since"
  // and "until" accept what the query's since: and until: accept
  // ("2025-02-11", "2025-02", "7d", "depuis" forms; see docs/query.md).
  std::string since;
  std::string until;

  SortOrder sort = SortOrder::kRelevance;
  // Recency boost: adds up to `recency_weight` to an article's score, halving
  // every `recency_half_life_days` of age, counted in whole days from its
  // publication day to today (docs/query.md). Off (0) with kDate, when a date
  // filter is given (an archive search), or when the half-life is <= 0.
  double recency_half_life_days = 30;
  double recency_weight = 2.0;
  // Coverage boost: adds `coverage_weight * log2(outlets)` (outlets capped at
  // 16) for a story covered by several outlets. 0 turns it off.
  double coverage_weight = 0.5;
  // "Now" for relative dates and recency. Default: the system clock.
  std::optional<DateTime> now;

  // Collapse articles into stories (default). When false, `articles` of the
  // result holds matching articles instead of `stories`.
  bool collapse = true;
  LeadChoice lead = LeadChoice::kBestMatch;
  // More matching articles of each story after its lead, best first.
  int per_story = 0;

  // Facets to count: any of kOutletFacet, kEntityFacet, kDayFacet
  // (kInvalidArgument for another name).
  std::vector<std::string> facets;
  FacetMode facet_mode = FacetMode::kExact;
  int facet_limit = 10;  // values per facet, most articles first
  int facet_sample = 20000;

  // Fill StoryHit::explanation / ArticleHit::explanation.
  bool explain = false;

  // Typo tolerance: a word no article holds is searched as the closest
  // indexed words (one typo from five letters, two from nine; accents and
  // case are never typos), and a word in a couple of articles also as a far
  // more common close spelling. SearchResult::corrections says what was
  // searched. False searches the words exactly as typed.
  bool typo_tolerance = true;

  // Stories (or articles when not collapsing) to skip, for paging. Default: 0.
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

// The parts of a score, for --explain: score = relevance + recency +
// coverage.
struct ScoreExplanation {
  double relevance = 0;  // BM25 over title (weighted) and body
  double recency = 0;    // recency boost of the article
  double coverage = 0;   // boost of the story for its number of outlets
  int story_outlets = 0;
  // The article's age in whole days as recency counts it, when dated.
  std::optional<double> age_days;
};

struct ArticleHit {
  std::string id;
  std::string url;  // the article's identity: canonical URL, else where it was
                    // read from
  std::string title;
  std::string outlet;
  std::optional<DateTime> published;
  Snippet snippet;
  std::string story_id;
  double score = 0;  // relevance score; 0 when the article was not ranked
  std::optional<ScoreExplanation> explanation;  // with SearchRequest::explain
};

struct StoryHit {
  std::string story_id;
  double score = 0;  // the lead article's relevance score
  int64_t size =
      0;  // articles in the story (all of them, not only the matching ones)
  std::vector<std::string> outlets;  // distinct outlets, most articles first
  std::optional<DateTime> first_published;
  std::optional<DateTime> last_published;
  // The lead article first (see SearchRequest::lead), then up to `per_story`
  // more matching articles.
  std::vector<ArticleHit> articles;
  // Matching articles of the story (not only those shown).
  int64_t matching_articles = 0;
};

struct FacetValue {
  std::string value;
  int64_t articles = 0;  // matching articles with this value
  int64_t stories = 0;   // matching stories with at least one such article
};

// A query word that typo tolerance searched under other spellings
// (SearchRequest::typo_tolerance).
struct Correction {
  std::string typed;  // the word as typed ("Macorn")
  // The indexed words searched for it, closest first, with the typed accents
  // and capitals where they share letters ("Macron").
  std::vector<std::string> searched;
  // The typed word was searched too: a few articles hold it, and a close
  // spelling is far more common ("Macon" beside "Macron").
  bool typed_searched = false;
};

// A shard of a sharded database that a partial answer left out.
struct MissingShard {
  std::string where;  // its path, or "HOST:PORT" for a remote one
  std::string error;  // why: Xapian's description of the failure
};

struct SearchResult {
  std::string query;
  struct Totals {
    int64_t articles = 0;  // matching articles
    int64_t stories = 0;   // matching stories; estimated from the articles
                           // when neither collapsing nor counting facets in
                           // sampled mode
    bool exact = false;  // true only when both counts are exact, not estimates
  } total;
  // One page of stories, best first (empty when not collapsing).
  std::vector<StoryHit> stories;
  // One page of articles when SearchRequest::collapse is false.
  std::vector<ArticleHit> articles;
  // Facet name (kOutletFacet, kEntityFacet, kDayFacet) to values, most
  // articles first. Has exactly the requested facets.
  std::map<std::string, std::vector<FacetValue>> facets;
  bool facets_exact = true;
  // "Did you mean": the query with each word that no indexed article holds
  // replaced by the closest word that some do; "" when every word is known.
  std::string suggestion;
  // What typo tolerance searched instead of words as typed, in query order;
  // empty when it changed nothing or was off.
  std::vector<Correction> corrections;
  // The shards this answer left out (SearcherOptions::allow_partial); empty
  // when every shard answered.
  std::vector<MissingShard> missing_shards;
};

// An article as stored in the index, with its ids.
struct StoredArticle {
  std::string id;
  std::string story_id;
  Article article;
};

// One of the Xapian databases a newsq database is made of.
struct ShardStats {
  // The shard's path, or "HOST:PORT" for a remote one.
  std::string where;
  bool remote = false;
  int64_t articles = 0;
};

struct DatabaseStats {
  int64_t articles = 0;
  int64_t stories = 0;
  int64_t outlets = 0;
  std::optional<DateTime> first_published;
  std::optional<DateTime> last_published;
  // Bytes on disk of the database directory, or of a sharded archive's local
  // shards.
  int64_t size_bytes = 0;
  // The shards in the order Xapian searches them: the database itself when it
  // is one; the lines of its stub (or archive folder) when sharded.
  std::vector<ShardStats> shards;
  // Those left out (SearcherOptions::allow_partial), not in `shards`.
  std::vector<MissingShard> missing_shards;
};

// Which stories `Searcher::Stories` lists.
struct StoriesRequest {
  // Only articles published in the period count, by the article's own
  // calendar day, exactly as SearchRequest's `since` and `until` (the same
  // forms: "2025-02-11", "2025-02", "7d"...); "" leaves that end open.
  // Default: all.
  std::string since;
  std::string until;
  // "Now" for ages such as "7d". Default: the system clock.
  std::optional<DateTime> now;
  // Stories to return at most. Default: 20.
  int limit = 20;
};

struct SearcherOptions {
  // When a shard of a sharded database cannot be opened, or stops answering
  // (a remote shard that is down, or slower than its 10 s timeout), answer
  // from the other shards instead of failing, and list it in missing_shards()
  // and in each SearchResult. Every later Reopen() tries the missing shards
  // again. Default: fail, naming the shard (kUnavailable).
  bool allow_partial = false;
};

class Searcher {
 public:
  // Opens the database at `db_path` for reading: a database, a sharded
  // archive, or a Xapian stub file whose `auto` and `remote` lines name the
  // shards (docs/scaling.md). Errors: kNotFound when there is no database
  // there; kFailedPrecondition when it is not a newsq database or has an index
  // format this version does not read; kUnavailable when a shard cannot be
  // opened (unless options.allow_partial and another can); kDataLoss when it
  // is corrupt; kInternal otherwise; each names the path and the cause.
  static absl::StatusOr<std::unique_ptr<Searcher>> Open(
      const std::string& db_path, const SearcherOptions& options = {});

  // The shards left out since the last opening (allow_partial only).
  const std::vector<MissingShard>& missing_shards() const;

  // Moves the searcher to the latest committed state of the database, so
  // that it sees what writers committed since it was opened or last
  // reopened. Every read below also reopens by itself, and reads again (up
  // to eight times), when a writer's commit discards the revision it was
  // reading. Errors: a database failure, naming the path.
  absl::Status Reopen();

  // Runs one search. Errors: kInvalidArgument for a query that cannot be parsed
  // (the message says why) or a negative offset/limit; kInternal for a database
  // failure.
  absl::StatusOr<SearchResult> Search(const SearchRequest& request);

  // Calls `visit` for every stored article, in article id order. Stops at the
  // first error. When a writer commits meanwhile, the articles not yet
  // visited are read from the new state: each article is visited once, as it
  // was stored at some moment of the call.
  absl::Status ForEachArticle(
      const std::function<void(const StoredArticle&)>& visit);

  absl::StatusOr<DatabaseStats> Stats();

  // One whole story: every article in publication order, after the lead (the
  // earliest full report, not a brief), which comes first; snippets hold each
  // article's description. An id that names no story but an article gives
  // the story that article is in, under that story's own id: so the old id of
  // a lone article's story that moved into another (docs/stories.md) still
  // leads to it. Errors: kNotFound for an id of neither.
  absl::StatusOr<StoryHit> Story(const std::string& story_id);

  // The stories with the most articles published in the period, biggest first,
  // like a front page. Each is filled as Story() fills it. Errors:
  // kInvalidArgument for a negative limit or a date it cannot read (the
  // message says which forms it takes).
  absl::StatusOr<std::vector<StoryHit>> Stories(const StoriesRequest& request);

  // The entities named by the most articles among those `request` selects
  // (its query, which may be empty for every article, and its filters, such
  // as since/until for a period), most articles first, at most
  // `request.facet_limit`; each with its article and story counts, counted as
  // the "entity" facet is. Errors as Search().
  absl::StatusOr<std::vector<FacetValue>> Entities(
      const SearchRequest& request);

  // Stories like the story or article `id` (more-like-this): a search for the
  // most distinctive words of the story, the story itself left out. `request`
  // gives paging, filters and facets; its `query` is ignored. Errors:
  // kNotFound for an id that is neither a story nor an article.
  absl::StatusOr<SearchResult> Related(const std::string& id,
                                       const SearchRequest& request);

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
