#include "query/story_collapse.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace newsq::internal {
namespace {

// Lists every document of its shard with no weight. As the optional side of
// AND_MAYBE, it is moved to each match of the other side before Xapian hands
// that match to the spies (it lists every id, so AND_MAYBE never drops it),
// and writes its shard's index (in the columns' shard order) to `current`.
// Under AND_MAYBE it adds 0 to the weight and leaves the query's own terms
// as they were (AND would let Xapian merge it with the query's ANDs and sum
// their weights in another order).
class ShardMarkerSource : public Xapian::PostingSource {
 public:
  // `columns` outlive the match (StoryCollapser's contract).
  ShardMarkerSource(const FacetColumns* columns,
                    std::shared_ptr<size_t> current)
      : columns_(columns), current_shard_(std::move(current)) {}

  void init(const Xapian::Database& db) override {
    last_docid_ = db.get_lastdocid();
    doccount_ = db.get_doccount();
    docid_ = 0;
    shard_ = columns_->ShardOf(db).value_or(0);
    set_maxweight(0);
  }
  // Claims every id: the query it is AND-ed with decides what matches.
  Xapian::doccount get_termfreq_min() const override { return doccount_; }
  Xapian::doccount get_termfreq_est() const override { return doccount_; }
  Xapian::doccount get_termfreq_max() const override { return doccount_; }
  void next(double /*min_wt*/) override {
    ++docid_;
    *current_shard_ = shard_;
  }
  void skip_to(Xapian::docid did, double /*min_wt*/) override {
    if (did > docid_) docid_ = did;
    *current_shard_ = shard_;
  }
  bool at_end() const override { return docid_ > last_docid_; }
  Xapian::docid get_docid() const override { return docid_; }
  double get_weight() const override { return 0; }
  ShardMarkerSource* clone() const override {
    return new ShardMarkerSource(columns_, current_shard_);
  }
  std::string get_description() const override { return "shard marker"; }

 private:
  const FacetColumns* columns_;
  std::shared_ptr<size_t> current_shard_;
  Xapian::docid last_docid_ = 0;
  Xapian::doccount doccount_ = 0;
  Xapian::docid docid_ = 0;
  size_t shard_ = 0;
};

}  // namespace

StoryCollapser::StoryCollapser(const FacetColumns& columns,
                               FacetCounter& counter, bool by_date)
    : columns_(columns),
      counter_(counter),
      by_date_(by_date),
      shards_(std::max<size_t>(columns.shard_uuids.size(), 1)),
      lead_of_story_(columns.story.names.size() + 1, 0) {}

Xapian::Query StoryCollapser::WithShardMarker(const Xapian::Query& query) {
  if (shards_ == 1) return query;
  return Xapian::Query(
      Xapian::Query::OP_AND_MAYBE, query,
      Xapian::Query((new ShardMarkerSource(&columns_, shard_))->release()));
}

void StoryCollapser::operator()(const Xapian::Document& doc, double weight) {
  const Xapian::docid docid =
      FacetColumns::GlobalDocid(doc.get_docid(), *shard_, shards_);
  counter_.CountArticle(docid);
  const Lead lead{docid, weight};
  const uint32_t story = columns_.story.of_doc[docid];
  if (story == 0) {
    leads_.push_back(lead);
    return;
  }
  uint32_t& slot = lead_of_story_[story];
  if (slot == 0) {
    leads_.push_back(lead);
    slot = static_cast<uint32_t>(leads_.size());
  } else if (Before(lead, leads_[slot - 1])) {
    leads_[slot - 1] = lead;
  }
}

bool StoryCollapser::Before(const Lead& a, const Lead& b) const {
  if (by_date_) {
    // NaN (no date) sorts last, as Xapian's empty value does.
    const double pa = columns_.published[a.docid];
    const double pb = columns_.published[b.docid];
    const bool dated_a = !std::isnan(pa);
    const bool dated_b = !std::isnan(pb);
    if (dated_a != dated_b) return dated_a;
    if (dated_a && pa != pb) return pa > pb;
  }
  if (a.weight != b.weight) return a.weight > b.weight;
  return a.docid < b.docid;
}

std::vector<StoryCollapser::Lead> StoryCollapser::Page(size_t offset,
                                                       size_t limit) {
  const size_t end = std::min(leads_.size(), offset + limit);
  if (offset >= end) return {};
  const auto before = [this](const Lead& a, const Lead& b) {
    return Before(a, b);
  };
  std::partial_sort(leads_.begin(), leads_.begin() + static_cast<long>(end),
                    leads_.end(), before);
  return std::vector<Lead>(leads_.begin() + static_cast<long>(offset),
                           leads_.begin() + static_cast<long>(end));
}

}  // namespace newsq::internal
