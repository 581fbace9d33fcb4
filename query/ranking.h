// Internal: the parts of a search's score besides BM25, as posting sources
// added to the text query: a recency boost and a boost for stories
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

// The boosts are Xapian's own ValueMapPostingSource over value slots, which a
// remote shard (stock xapian-tcpsrv) can run: recency by publication day, from
// a table of days, and coverage by outlet count, from a table of counts. With
// loaded columns, one posting source of newsq's reads the same tables by array
// lookups instead; both give every document the same weight, bit for bit.
struct Boosts {
  // Recency: `recency_weight * 2^(-age / half_life)`, with age the whole days
  // from the article's publication day (its local day, schema::kDaySlot) to
  // today (the UTC day of `now_seconds`), 0 for a day after today; no boost
  // past kMaxRecencyHalfLives half-lives or kMaxRecencyDays, nor for a day
  // more than kFutureDays ahead. Off when half_life_days <= 0 or
  // recency_weight <= 0.
  double recency_weight = 0;
  double recency_half_life_days = 0;
  int64_t now_seconds = 0;
  // Coverage: `coverage_weight * log2(min(outlets, kMaxCountedOutlets))`.
  double coverage_weight = 0;

  static constexpr int kMaxCountedOutlets = FacetColumns::kMaxOutletClass;
  // Past 30 half-lives a boost is under a billionth of its weight; the day
  // table stays at most ten years long (tens of KB sent to each remote shard).
  static constexpr double kMaxRecencyHalfLives = 30;
  static constexpr int64_t kMaxRecencyDays = 3660;
  // A page's local day runs up to a day ahead of UTC's.
  static constexpr int64_t kFutureDays = 1;

  bool recency_on() const {
    return recency_weight > 0 && recency_half_life_days > 0;
  }
  bool coverage_on() const { return coverage_weight > 0; }

  // Today's day number (days since 1970-01-01, UTC).
  int64_t Today() const;
  // The boosts of an article published on day number `day` (nullopt: undated,
  // no recency) in a story of `story_outlets` outlets.
  double RecencyOfDay(std::optional<int64_t> day) const;
  double Coverage(int story_outlets) const;
};

// `text_query` with the boosts added to each matching article's weight (AND
// MAYBE: the boosts never make an article match). Returns `text_query` itself
// when both boosts are off. With `columns` (those of the database searched,
// which must be local), the boosts read days and outlet counts from them
// rather than from the value streams: the same weights, without a B-tree
// lookup per candidate, which at a few hundred thousand articles is most of a
// query's matching time.
Xapian::Query WithBoosts(const Xapian::Query& text_query, const Boosts& boosts,
                         std::shared_ptr<const FacetColumns> columns = nullptr);

}  // namespace newsq::internal

#endif  // NEWSQ_QUERY_RANKING_H_
