// The story join model: what it reads of the evidence, and that the shipped
// weights say what evidence means.
#include "indexer/story_join_model.h"

#include <gtest/gtest.h>

#include <cmath>

namespace newsq::internal {
namespace {

JoinEvidence TwoHeadlinesSharing(size_t stems, size_t names, double cosine) {
  JoinEvidence e;
  e.centroid_cosine = cosine;
  e.closest_cosine = cosine;
  e.shared_stems = stems;
  e.own_share = cosine;
  e.closest_share = cosine;
  e.rarest_shared = stems > 0 ? 0.8 : 0;
  e.own_stems = 8;
  e.story_candidates = 1;
  e.shared_headline_names = names;
  return e;
}

TEST(StoryJoinModelTest, FeaturesAreTheEvidenceInTheWeightsOrder) {
  const JoinFeatures f = JoinFeaturesOf(TwoHeadlinesSharing(3, 1, 0.5));
  EXPECT_EQ(f[0], 1.0);
  EXPECT_EQ(f[1], 0.5);
  EXPECT_DOUBLE_EQ(f[3], std::log(4.0));
  EXPECT_EQ(f[9], 1.0);
  EXPECT_EQ(f[10], 1.0);
  EXPECT_DOUBLE_EQ(f[11], std::log(2.0));
  EXPECT_DOUBLE_EQ(f[12], 0.5 * std::log(9.0));
  JoinEvidence later = TwoHeadlinesSharing(3, 1, 0.5);
  later.hours_apart = 23;
  EXPECT_DOUBLE_EQ(JoinFeaturesOf(later)[14], std::log(24.0));
}

TEST(StoryJoinModelTest, ProbabilityIsTheLogisticOfTheWeightedSum) {
  JoinFeatures weights{};
  weights[0] = -1;  // the constant
  weights[1] = 4;   // the centroid's cosine
  const StoryJoinModel model(weights);
  EXPECT_DOUBLE_EQ(model.Probability(TwoHeadlinesSharing(2, 0, 0.25)), 0.5);
  EXPECT_NEAR(model.Probability(TwoHeadlinesSharing(2, 0, 1.0)),
              1 / (1 + std::exp(-3.0)), 1e-12);
  EXPECT_GT(Logistic(1000), 0.999);
  EXPECT_LT(Logistic(-1000), 0.001);
}

// Whatever the training data, more of the same evidence must not make a join
// less likely: the learnt weights keep the signs that make them explainable.
TEST(StoryJoinModelTest, ShippedModelTrustsMoreSharedWordsAndNames) {
  const StoryJoinModel& model = StoryJoinModel::Shipped();
  EXPECT_LT(model.Probability(TwoHeadlinesSharing(1, 0, 0.2)),
            model.Probability(TwoHeadlinesSharing(2, 0, 0.4)));
  EXPECT_LT(model.Probability(TwoHeadlinesSharing(2, 0, 0.4)),
            model.Probability(TwoHeadlinesSharing(2, 2, 0.4)));
  EXPECT_LT(model.Probability(TwoHeadlinesSharing(2, 2, 0.4)),
            model.Probability(TwoHeadlinesSharing(4, 2, 0.8)));
  EXPECT_LT(model.Probability(TwoHeadlinesSharing(0, 0, 0.0)), 0.05);
  // The same words a day apart are less likely one story than an hour apart.
  JoinEvidence next_day = TwoHeadlinesSharing(2, 1, 0.4);
  next_day.hours_apart = 24;
  JoinEvidence next_hour = next_day;
  next_hour.hours_apart = 1;
  EXPECT_LT(model.Probability(next_day), model.Probability(next_hour));
}

}  // namespace
}  // namespace newsq::internal
