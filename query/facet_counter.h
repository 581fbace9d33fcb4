// Internal: counting matching articles and stories, overall and per facet
// value, while Xapian runs the match.
#ifndef NEWSQ_QUERY_FACET_COUNTER_H_
#define NEWSQ_QUERY_FACET_COUNTER_H_

#include <xapian.h>

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "newsq/search.h"

namespace newsq::internal {

// A match spy sees every article Xapian checks before collapsing (all of them
// when the match is asked to check every document), so it can count what the
// collapsed list cannot: matching articles, their distinct stories, and per
// facet value both. Facets: "outlet" (the outlet as displayed), "day"
// (YYYY-MM-DD), "entity" (every entity of an article). Not thread-safe; one per
// search.
class FacetCounter : public Xapian::MatchSpy {
 public:
  // Errors: kInvalidArgument for an unknown facet name.
  static absl::StatusOr<std::unique_ptr<FacetCounter>> Create(
      const std::vector<std::string>& facets);

  void operator()(const Xapian::Document& doc, double weight) override;

  int64_t articles_seen() const { return articles_seen_; }
  int64_t stories_seen() const {
    return static_cast<int64_t>(story_numbers_.size());
  }
  // Matching articles seen per story id.
  int64_t ArticlesOfStory(const std::string& story_id) const;

  // Each facet's `limit` values with the most articles (ties by value), counts
  // multiplied by `scale` (1 when every match was seen) and rounded.
  std::map<std::string, std::vector<FacetValue>> Facets(int limit,
                                                        double scale) const;

 private:
  struct Facet {
    std::string name;
    Xapian::valueno slot;
    bool multi_valued;
    struct Count {
      int64_t articles = 0;
      absl::flat_hash_set<uint32_t> stories;
    };
    absl::flat_hash_map<std::string, Count> counts;
  };

  FacetCounter() = default;
  void Count(Facet& facet, std::string value, uint32_t story);

  std::vector<Facet> facets_;
  absl::flat_hash_map<std::string, uint32_t> story_numbers_;
  std::vector<int64_t> story_articles_;
  int64_t articles_seen_ = 0;
};

}  // namespace newsq::internal

#endif  // NEWSQ_QUERY_FACET_COUNTER_H_
