#include "indexer/story_join_model.h"

#include <algorithm>
#include <cmath>

namespace newsq::internal {

JoinFeatures JoinFeaturesOf(const JoinEvidence& e) {
  const auto log_count = [](size_t n) {
    return std::log1p(static_cast<double>(n));
  };
  return {1.0, e.centroid_cosine, e.closest_cosine, log_count(e.shared_stems),
          e.own_share, e.closest_share, e.rarest_shared, log_count(e.own_stems),
          log_count(e.story_candidates),
          // One shared stem, and a second: the steps a join needed before.
          e.shared_stems >= 1 ? 1.0 : 0.0, e.shared_stems >= 2 ? 1.0 : 0.0,
          log_count(e.shared_headline_names),
          e.centroid_cosine * log_count(e.own_stems),
          e.closest_cosine * log_count(e.own_stems), std::log1p(e.hours_apart)};
}

double Logistic(double score) {
  // Beyond ±40 the result is 0 or 1 to double precision anyway.
  return 1.0 / (1.0 + std::exp(-std::clamp(score, -40.0, 40.0)));
}

double StoryJoinModel::ProbabilityOf(const JoinFeatures& features) const {
  double score = 0;
  for (size_t i = 0; i < kJoinFeatureCount; ++i)
    score += weights_[i] * features[i];
  return Logistic(score);
}

const StoryJoinModel& StoryJoinModel::Shipped() {
  static const StoryJoinModel model(JoinFeatures{
#include "indexer/story_join_weights.inc"
  });
  return model;
}

}  // namespace newsq::internal
