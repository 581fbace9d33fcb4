#include "query/ranking.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "engine/schema.h"
#include "newsq/article.h"

namespace newsq::internal {
namespace {

constexpr int64_t kSecondsPerDay = 86400;

// The kDaySlot value of day number `day`.
std::string DayKey(int64_t day) {
  std::string key = DateTime{day * kSecondsPerDay, 0}.LocalDay();
  key.erase(std::remove(key.begin(), key.end(), '-'), key.end());
  return key;
}

// The oldest age, in days, that still gets a recency boost.
int64_t MaxRecencyAge(const Boosts& boosts) {
  return static_cast<int64_t>(std::min(
      static_cast<double>(Boosts::kMaxRecencyDays),
      std::ceil(boosts.recency_half_life_days * Boosts::kMaxRecencyHalfLives)));
}

// The recency boost as Xapian's own posting source: a weight for each day
// that has one, keyed by its kDaySlot value. Serialisable, so a remote shard
// runs it.
Xapian::Query RecencySource(const Boosts& boosts) {
  auto* source = new Xapian::ValueMapPostingSource(schema::kDaySlot);
  const int64_t today = boosts.Today();
  for (int64_t age = -Boosts::kFutureDays; age <= MaxRecencyAge(boosts);
       ++age) {
    source->add_mapping(DayKey(today - age), boosts.RecencyOfDay(today - age));
  }
  source->set_default_weight(0);
  return Xapian::Query(source->release());
}

// The coverage boost as Xapian's own posting source: a weight for each outlet
// count below kMaxCountedOutlets, keyed by its kStoryOutletsSlot value, and
// the capped weight for every larger count.
Xapian::Query CoverageSource(const Boosts& boosts) {
  auto* source = new Xapian::ValueMapPostingSource(schema::kStoryOutletsSlot);
  for (int outlets = 0; outlets < Boosts::kMaxCountedOutlets; ++outlets) {
    source->add_mapping(
        Xapian::sortable_serialise(static_cast<double>(outlets)),
        boosts.Coverage(outlets));
  }
  source->set_default_weight(boosts.Coverage(Boosts::kMaxCountedOutlets));
  return Xapian::Query(source->release());
}

// Both boosts of each document, from columns loaded in memory: the same two
// tables as the sources above, looked up by the columns' day id and outlet
// count. Lists every document with a day or an outlet count; weight: recency
// plus coverage, the sum Xapian makes of the two sources above (a boost that
// is off, or a document without the value, adds 0). Not serialisable: local
// databases only.
class ColumnBoostSource : public Xapian::PostingSource {
 public:
  ColumnBoostSource(std::shared_ptr<const FacetColumns> columns, Boosts boosts)
      : columns_(std::move(columns)) {
    auto tables = std::make_shared<Tables>();
    tables->recency_of_day.assign(columns_->day.names.size() + 1, 0.0);
    for (size_t id = 1; id < tables->recency_of_day.size(); ++id) {
      tables->recency_of_day[id] =
          boosts.RecencyOfDay(columns_->day_numbers[id]);
    }
    for (int outlets = 0; outlets <= Boosts::kMaxCountedOutlets; ++outlets)
      tables->coverage_of_outlets.push_back(boosts.Coverage(outlets));
    tables_ = std::move(tables);
  }

  void init(const Xapian::Database& db) override {
    doccount_ = db.get_doccount();
    current_ = 0;
    // Xapian hands each shard of a sharded database over in turn, with its
    // own ids: the columns are the whole's, in which document d of shard i of
    // n is (d - 1) * n + i + 1.
    const std::optional<size_t> shard = columns_->ShardOf(db);
    shards_ = shard ? columns_->shard_uuids.size() : 1;
    shard_ = shard.value_or(0);
    const Tables& t = *tables_;
    set_maxweight(
        *std::max_element(t.recency_of_day.begin(), t.recency_of_day.end()) +
        *std::max_element(t.coverage_of_outlets.begin(),
                          t.coverage_of_outlets.end()));
  }
  Xapian::doccount get_termfreq_min() const override { return 0; }
  Xapian::doccount get_termfreq_est() const override { return doccount_; }
  Xapian::doccount get_termfreq_max() const override { return doccount_; }

  void next(double min_wt) override { skip_to(current_ + 1, min_wt); }
  void skip_to(Xapian::docid did, double /*min_wt*/) override {
    if (did <= current_) return;
    current_ = did;
    while (!at_end() && !Listed(Global())) ++current_;
  }
  bool at_end() const override {
    return Global() >= columns_->boost_key.size();
  }
  Xapian::docid get_docid() const override { return current_; }
  double get_weight() const override {
    const uint32_t key = columns_->boost_key[Global()];
    const uint32_t outlet_class = key % FacetColumns::kOutletClasses;
    return tables_->recency_of_day[key / FacetColumns::kOutletClasses] +
           (outlet_class == 0 ? 0.0
                              : tables_->coverage_of_outlets[outlet_class - 1]);
  }

  ColumnBoostSource* clone() const override {
    return new ColumnBoostSource(columns_, tables_);
  }
  std::string get_description() const override {
    return "recency and coverage boosts from columns";
  }

 private:
  // The whole database's id of the current document (of its shard).
  Xapian::docid Global() const {
    return FacetColumns::GlobalDocid(current_, shard_, shards_);
  }
  // A document with a day or an outlet count.
  bool Listed(Xapian::docid doc) const { return columns_->boost_key[doc] != 0; }

  // The weights by day id and by outlet count, made once per query and
  // shared by the clones Xapian makes.
  struct Tables {
    std::vector<double> recency_of_day;       // by day id; [0]: no day
    std::vector<double> coverage_of_outlets;  // 0 .. kMaxCountedOutlets
  };
  ColumnBoostSource(std::shared_ptr<const FacetColumns> columns,
                    std::shared_ptr<const Tables> tables)
      : columns_(std::move(columns)), tables_(std::move(tables)) {}

  std::shared_ptr<const FacetColumns> columns_;
  std::shared_ptr<const Tables> tables_;
  Xapian::doccount doccount_ = 0;
  Xapian::docid current_ = 0;  // in the shard Xapian handed over
  size_t shard_ = 0;
  size_t shards_ = 1;
};

}  // namespace

int64_t Boosts::Today() const {
  // Rounded down, also before 1970.
  return now_seconds / kSecondsPerDay -
         (now_seconds % kSecondsPerDay < 0 ? 1 : 0);
}

double Boosts::RecencyOfDay(std::optional<int64_t> day) const {
  if (!recency_on() || !day) return 0;
  const int64_t age = Today() - *day;
  if (age < -kFutureDays || age > MaxRecencyAge(*this)) return 0;
  return recency_weight *
         std::exp2(-static_cast<double>(std::max<int64_t>(age, 0)) /
                   recency_half_life_days);
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
  if (boosts.recency_on()) sources.push_back(RecencySource(boosts));
  if (boosts.coverage_on()) sources.push_back(CoverageSource(boosts));
  return Xapian::Query(
      Xapian::Query::OP_AND_MAYBE, text_query,
      Xapian::Query(Xapian::Query::OP_OR, sources.begin(), sources.end()));
}

}  // namespace newsq::internal
