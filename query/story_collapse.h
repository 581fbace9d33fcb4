// Internal: a collapsed search's page found by the match that counts it.
#ifndef NEWSQ_QUERY_STORY_COLLAPSE_H_
#define NEWSQ_QUERY_STORY_COLLAPSE_H_

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "query/facet_columns.h"
#include "query/facet_counter.h"

namespace newsq::internal {

// A collapsed search with exact totals visits every match anyway; Xapian's
// own collapse would be a second match over the same articles. The collapser
// is a match spy that keeps, per story (a dense id of the loaded columns), its
// best article while `counter` counts the same matches, so that one weighted
// match gives the page, the totals and the facets.
//
// Xapian 1.4 hands a match spy each shard's own document ids, one shard after
// the other; `WithShardMarker` adds to the query a posting source that tells
// the collapser which shard the match is in. Local databases only: neither
// class can run on a remote shard.
class StoryCollapser : public Xapian::MatchSpy {
 public:
  // A story's lead: its best article, by its id in the whole database.
  struct Lead {
    Xapian::docid docid = 0;
    double weight = 0;
  };

  // `columns` and `counter` must outlive the collapser; `counter` is handed
  // every match. With `by_date`, leads and stories are ordered newest first
  // (an undated article last), then by weight, as Xapian sorts by value then
  // relevance; otherwise by weight. Ties go to the lower document id.
  StoryCollapser(const FacetColumns& columns, FacetCounter& counter,
                 bool by_date);

  // `query` made to tell this collapser the shard of each match; its weights
  // are unchanged. Use the returned query for the match this spy watches.
  Xapian::Query WithShardMarker(const Xapian::Query& query);

  void operator()(const Xapian::Document& doc, double weight) override;

  // The leads of the stories ranked offset .. offset + limit - 1, in order.
  // An article without a story stands alone, as Xapian never collapses an
  // empty key.
  std::vector<Lead> Page(size_t offset, size_t limit);

 private:
  // Before `b` in the page's order: the order RankPage (story_search.cc) has
  // Xapian sort by.
  bool Before(const Lead& a, const Lead& b) const;

  const FacetColumns& columns_;
  FacetCounter& counter_;
  const bool by_date_;
  const size_t shards_;
  // The shard the match is in, written by the marker's posting sources.
  std::shared_ptr<size_t> shard_ = std::make_shared<size_t>(0);
  // One lead per story met (and per article without a story).
  std::vector<Lead> leads_;
  // By story id: 1 + the index of its lead in leads_, 0 before it is met.
  std::vector<uint32_t> lead_of_story_;
};

}  // namespace newsq::internal

#endif  // NEWSQ_QUERY_STORY_COLLAPSE_H_
