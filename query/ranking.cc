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

Xapian::Query WithBoosts(const Xapian::Query& text_query,
                         const Boosts& boosts) {
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
