#include "entities/entity_type_model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

#include "entities/entities.h"

namespace newsq::internal {
namespace {

const NameEvidence* Find(const std::vector<NameEvidence>& names,
                         const std::string& name) {
  for (const NameEvidence& n : names) {
    if (n.name == name) return &n;
  }
  return nullptr;
}

bool Has(const std::vector<std::string>& features, const std::string& f) {
  return std::find(features.begin(), features.end(), f) != features.end();
}

TEST(EntityTypeModelTest, ReadsTheNameItsShapeAndTheWordsAroundIt) {
  const auto names = FindNamesWithEvidence(
      "",
      "Le cargo arrive de Matadi depuis lundi. Il quitte Matadi, puis "
      "remonte le fleuve.");
  const NameEvidence* matadi = Find(names, "Matadi");
  ASSERT_NE(matadi, nullptr);
  for (const char* feature :
       {"", "w=matadi", "s2=di", "s3=adi", "s4=tadi", "n=1", "again", "b1=de",
        "b2=arrive de", "a1=depuis", "b1=quitte", "q1=,"}) {
    EXPECT_TRUE(Has(matadi->features, feature)) << feature;
  }
  EXPECT_FALSE(Has(matadi->features, "caps"));
  EXPECT_FALSE(Has(matadi->features, "starts"));
}

TEST(EntityTypeModelTest, ProbabilitiesSumToOneAndUnseenFeaturesWeighNothing) {
  const auto bias = EntityTypeProbabilities({""});
  const auto unseen = EntityTypeProbabilities({"", "w=never seen anywhere"});
  EXPECT_NEAR(std::accumulate(bias.begin(), bias.end(), 0.0), 1.0, 1e-9);
  EXPECT_EQ(bias, unseen);
}

// "Kerbastou" has no cue the rules know (no "à", no kind of place before it,
// in no list of places, one word): they leave it MISC, and the model reads
// "le maire de" as a place's.
TEST(EntityTypeModelTest, TypesNamesTheRulesLeaveUntyped) {
  const std::string text =
      "Le maire de Kerbastou est réélu, et Kerbastou compte 2000 âmes.";
  const NameEvidence* evidence =
      Find(FindNamesWithEvidence("", text), "Kerbastou");
  ASSERT_NE(evidence, nullptr);
  EXPECT_EQ(evidence->rule_type, Entity::kOtherName);
  const std::vector<Entity> entities = FindEntities("", text);
  ASSERT_EQ(entities.size(), 1u);
  EXPECT_EQ(entities[0].name, "Kerbastou");
  EXPECT_EQ(entities[0].type, Entity::kPlace);
  EXPECT_TRUE(LearntEntityType("Kerbastou", EntityCandidate{}).empty())
      << "without its context, the name alone is not enough";
}

}  // namespace
}  // namespace newsq::internal
