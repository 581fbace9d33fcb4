// Internal: the parts of a search's score besides BM25, as Xapian posting
// sources added to the text query: a recency boost and a boost for stories
// covered by several outlets. Both are additive, as Xapian 1.4 combines
// weights, and bounded, so that they reorder close matches without letting an
// article that barely matches outrank one that matches well.
#ifndef NEWSQ_QUERY_RANKING_H_
#define NEWSQ_QUERY_RANKING_H_

#include <xapian.h>

#include <cstdint>
#include <memory>
#include <optional>

#include "query/facet_columns.h"

namespace newsq::internal {

struct Boosts {
  // Recency: `recency_weight * 2^(-age / half_life)`, age counted from
  // `now_seconds`; off when half_life_days <= 0 or recency_weight <= 0.
  double recency_weight = 0;
  double recency_half_life_days = 0;
  int64_t now_seconds = 0;
  // Coverage: `coverage_weight * log2(min(outlets, kMaxCountedOutlets))`.
  double coverage_weight = 0;

  static constexpr int kMaxCountedOutlets = 16;

  bool recency_on() const {
    return recency_weight > 0 && recency_half_life_days > 0;
  }
  bool coverage_on() const { return coverage_weight > 0; }

  // The boosts of an article published at `published_seconds` (nullopt:
  // undated, no recency) in a story of `story_outlets` outlets.
  double Recency(std::optional<double> published_seconds) const;
  double Coverage(int story_outlets) const;
};

// `text_query` with the boosts added to each matching article's weight (AND
// MAYBE: the boosts never make an article match). Returns `text_query` itself
// when both boosts are off. With `columns` (those of the database searched),
// the boosts read publication times and outlet counts from them rather than
// from the value streams: the same weights, without a B-tree lookup per
// candidate, which at a few hundred thousand articles is most of a query's
// matching time.
Xapian::Query WithBoosts(const Xapian::Query& text_query, const Boosts& boosts,
                         std::shared_ptr<const FacetColumns> columns = nullptr);

}  // namespace newsq::internal

#endif  // NEWSQ_QUERY_RANKING_H_
