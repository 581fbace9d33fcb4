#include "query/ranking.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "engine/schema.h"

namespace newsq::internal {
namespace {

// Weights each article by a function of one numeric value slot. Not
// serialisable (name() is empty): used with local and sharded databases, not
// through a remote server.
class BoostSource : public Xapian::ValuePostingSource {
 public:
  BoostSource(Xapian::valueno slot, Boosts boosts, bool recency)
      : Xapian::ValuePostingSource(slot), boosts_(boosts), recency_(recency) {}

  double get_weight() const override {
    const double value = Xapian::sortable_unserialise(get_value());
    return recency_ ? boosts_.Recency(value)
                    : boosts_.Coverage(static_cast<int>(value));
  }

  BoostSource* clone() const override {
    return new BoostSource(get_slot(), boosts_, recency_);
  }

  void init(const Xapian::Database& db) override {
    Xapian::ValuePostingSource::init(db);
    set_maxweight(recency_ ? boosts_.recency_weight
                           : boosts_.Coverage(Boosts::kMaxCountedOutlets));
  }

  std::string get_description() const override {
    return recency_ ? "recency boost" : "coverage boost";
  }

 private:
  Boosts boosts_;
  bool recency_;
};

// Both boosts of each document, read from columns loaded in memory. Lists
// every document (each has an outlet count); weight: recency plus coverage,
// the sum Xapian makes of the two BoostSources above. Not serialisable.
class ColumnBoostSource : public Xapian::PostingSource {
 public:
  ColumnBoostSource(std::shared_ptr<const FacetColumns> columns, Boosts boosts)
      : columns_(std::move(columns)), boosts_(boosts) {}

  void init(const Xapian::Database& db) override {
    doccount_ = db.get_doccount();
    current_ = 0;
    // Xapian hands each shard of a sharded database over in turn, with its
    // own ids: the columns are the whole's, in which document d of shard i of
    // n is (d - 1) * n + i + 1.
    shards_ = std::max<size_t>(columns_->shard_uuids.size(), 1);
    shard_ = 0;
    if (shards_ > 1) {
      const std::string uuid = db.get_uuid();
      const auto& uuids = columns_->shard_uuids;
      shard_ = static_cast<size_t>(std::find(uuids.begin(), uuids.end(), uuid) -
                                   uuids.begin());
      if (shard_ == uuids.size()) shard_ = 0, shards_ = 1;  // not a shard
    }
    // The most each boost gives: an article published now, in a story of at
    // least kMaxCountedOutlets outlets.
    set_maxweight(boosts_.Recency(static_cast<double>(boosts_.now_seconds)) +
                  boosts_.Coverage(Boosts::kMaxCountedOutlets));
  }
  Xapian::doccount get_termfreq_min() const override { return doccount_; }
  Xapian::doccount get_termfreq_est() const override { return doccount_; }
  Xapian::doccount get_termfreq_max() const override { return doccount_; }

  void next(double min_wt) override { skip_to(current_ + 1, min_wt); }
  void skip_to(Xapian::docid did, double /*min_wt*/) override {
    if (did <= current_) return;
    const auto& outlets = columns_->story_outlets;
    current_ = did;
    while (Global() < outlets.size() && outlets[Global()] < 0) ++current_;
  }
  bool at_end() const override {
    return Global() >= columns_->story_outlets.size();
  }
  Xapian::docid get_docid() const override { return current_; }
  double get_weight() const override {
    const Xapian::docid doc = Global();
    const double published = columns_->published[doc];
    return boosts_.Recency(std::isnan(published) ? std::nullopt
                                                 : std::optional(published)) +
           boosts_.Coverage(columns_->story_outlets[doc]);
  }

  ColumnBoostSource* clone() const override {
    return new ColumnBoostSource(columns_, boosts_);
  }
  std::string get_description() const override {
    return "recency and coverage boosts from columns";
  }

 private:
  // The whole database's id of the current document (of its shard).
  Xapian::docid Global() const {
    return FacetColumns::GlobalDocid(current_, shard_, shards_);
  }

  std::shared_ptr<const FacetColumns> columns_;
  Boosts boosts_;
  Xapian::doccount doccount_ = 0;
  Xapian::docid current_ = 0;  // in the shard Xapian handed over
  size_t shard_ = 0;
  size_t shards_ = 1;
};

}  // namespace

double Boosts::Recency(std::optional<double> published_seconds) const {
  if (!recency_on() || !published_seconds) return 0;
  const double age_days =
      std::max(0.0, static_cast<double>(now_seconds) - *published_seconds) /
      86400.0;
  return recency_weight * std::exp2(-age_days / recency_half_life_days);
}

double Boosts::Coverage(int story_outlets) const {
  if (!coverage_on() || story_outlets < 2) return 0;
  return coverage_weight * std::log2(static_cast<double>(
                               std::min(story_outlets, kMaxCountedOutlets)));
}

Xapian::Query WithBoosts(const Xapian::Query& text_query, const Boosts& boosts,
                         std::shared_ptr<const FacetColumns> columns) {
  if (!boosts.recency_on() && !boosts.coverage_on()) return text_query;
  if (columns) {
    return Xapian::Query(
        Xapian::Query::OP_AND_MAYBE, text_query,
        Xapian::Query(
            (new ColumnBoostSource(std::move(columns), boosts))->release()));
  }
  std::vector<Xapian::Query> sources;
  if (boosts.recency_on()) {
    sources.emplace_back(
        (new BoostSource(schema::kPublishedSlot, boosts, true))->release());
  }
  if (boosts.coverage_on()) {
    sources.emplace_back(
        (new BoostSource(schema::kStoryOutletsSlot, boosts, false))->release());
  }
  if (sources.empty()) return text_query;
  return Xapian::Query(
      Xapian::Query::OP_AND_MAYBE, text_query,
      Xapian::Query(Xapian::Query::OP_OR, sources.begin(), sources.end()));
}

}  // namespace newsq::internal
