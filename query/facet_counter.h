// Internal: counting matching articles and stories, overall and per facet
// value, while Xapian runs the match.
#ifndef NEWSQ_QUERY_FACET_COUNTER_H_
#define NEWSQ_QUERY_FACET_COUNTER_H_

#include <xapian.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "newsq/search.h"
#include "query/canonical_names.h"
#include "query/facet_columns.h"

namespace newsq::internal {

// Counts what the collapsed list cannot: matching articles, their distinct
// stories, and per facet value both. Facets: "outlet" (the outlet as
// displayed), "day" (YYYY-MM-DD), "entity" (every entity of an article). Two
// ways in, for the same counts:
// - with `columns` (a local database), as a match spy: Xapian hands it every
//   article it checks before collapsing (all of them when the match is asked
//   to check every document), and it looks their values up in the columns;
// - without, from Xapian's own ValueCountMatchSpy over schema::kFacetKeySlot
//   (CountFacetKeys), which remote shards can run: each distinct (story,
//   outlet, day, entities) value with its number of matching articles.
// Not thread-safe; one per search.
class FacetCounter : public Xapian::MatchSpy {
 public:
  // True when `facets` asks for entity counts, which need the columns'
  // entities (FacetColumnsCache::For's `with_entities`).
  static bool CountsEntities(const std::vector<std::string>& facets) {
    return std::find(facets.begin(), facets.end(), kEntityFacet) !=
           facets.end();
  }

  // Errors: kInvalidArgument for an unknown facet name.
  static absl::StatusOr<std::unique_ptr<FacetCounter>> Create(
      const std::vector<std::string>& facets,
      std::shared_ptr<const FacetColumns> columns);

  // Counts one match; only for a counter created with columns.
  void operator()(const Xapian::Document& doc, double weight) override;

  // Counts the matching article whose id in the whole database (an MSet's) is
  // `docid`, from outside a match; only for a counter created with columns.
  void CountArticle(Xapian::docid docid) {
    ++articles_seen_;
    matches_.push_back(uint64_t{columns_->story.of_doc[docid]} << 32 | docid);
  }

  // Counts the matches `keys` saw (a ValueCountMatchSpy over
  // schema::kFacetKeySlot, or over schema::kStorySlot when no facet is
  // counted); for a counter created without columns.
  void CountFacetKeys(const Xapian::ValueCountMatchSpy& keys);

  // The documents the next matches hand over are those of shard `shard` of
  // `shards` (a database of several shards is counted one shard at a time:
  // Xapian gives a match spy each shard's own ids). Default: one database.
  void SetShard(size_t shard, size_t shards) {
    shard_ = shard;
    shards_ = shards;
  }

  // True when it counts from columns (as a match spy), false when from a
  // ValueCountMatchSpy (CountFacetKeys). Create() leaves columns without
  // their entities out when the entity facet is asked for.
  bool uses_columns() const { return columns_ != nullptr; }

  // Completes the counts once the match is over; call before the accessors.
  void Finish();

  int64_t articles_seen() const { return articles_seen_; }
  int64_t stories_seen() const { return stories_seen_; }
  // Matching articles seen in the story of `member`, a matching article whose
  // id in the whole database (an MSet's, not Document::get_docid(), which is
  // its shard's) is `docid`.
  int64_t ArticlesOfStoryOf(Xapian::docid docid,
                            const Xapian::Document& member) const;

  // Each facet's `limit` values with the most articles (ties by value), counts
  // multiplied by `scale` (1 when every match was seen) and rounded.
  std::map<std::string, std::vector<FacetValue>> Facets(int limit,
                                                        double scale) const;

 private:
  enum class Field { kOutlet, kDay, kEntity };

  // Value names and their dense ids (from 1), for values read from documents.
  struct Dictionary {
    absl::flat_hash_map<std::string, uint32_t> ids;
    std::vector<std::string> names;
    uint32_t Intern(std::string name);
  };

  struct Facet {
    std::string name;
    Field field;
    // Value names by id without columns; for entities, with or without,
    // filled by Finish(): the most frequent spelling among the matches
    // counted.
    Dictionary own;
    CanonicalNames own_entities;
    // By value id. One record per value, so that counting a value touches one
    // cache line.
    struct Count {
      uint32_t articles = 0;
      uint32_t stories = 0;              // filled by Finish() without columns
      uint32_t last_story = UINT32_MAX;  // with columns, while finishing
    };
    std::vector<Count> counts;
    // Without columns: value id << 32 | story id, for each distinct pair.
    absl::flat_hash_set<uint64_t> value_stories;
    // With columns, entities only: matches writing each spelling (by the
    // columns' spelling id), which name the entities (own.names).
    std::vector<int64_t> spelling_matches;
  };

  explicit FacetCounter(std::shared_ptr<const FacetColumns> columns)
      : columns_(std::move(columns)) {}
  void CountStory(uint32_t story, uint32_t articles);
  void CountValue(Facet& facet, uint32_t value, uint32_t story,
                  uint32_t articles);
  void FinishFromColumns();
  const std::string& NameOf(const Facet& facet, uint32_t value) const;

  std::shared_ptr<const FacetColumns> columns_;
  size_t shard_ = 0;
  size_t shards_ = 1;
  Dictionary own_stories_;  // without columns
  std::vector<Facet> facets_;
  std::vector<uint32_t> story_articles_;  // by story id
  // With columns: story id << 32 | document id of every match. Finish() sorts
  // them so that each story's matches come together, and then counts distinct
  // stories per value with arrays instead of a hash set of pairs.
  std::vector<uint64_t> matches_;
  int64_t articles_seen_ = 0;
  int64_t stories_seen_ = 0;
};

}  // namespace newsq::internal

#endif  // NEWSQ_QUERY_FACET_COUNTER_H_
