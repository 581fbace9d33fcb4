#include "indexer/entities.h"

#include <gtest/gtest.h>

namespace newsq::internal {
namespace {

const Entity* Find(const std::vector<Entity>& entities,
                   const std::string& name) {
  for (const Entity& e : entities) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

TEST(EntitiesTest, FindsNamesAndMergesSurnames) {
  const auto entities = FindEntities(
      "Elon Musk veut racheter OpenAI",
      "Selon le Wall Street Journal, Elon Musk a proposé 97,4 milliards de "
      "dollars. "
      "Sam Altman a refusé. M. Musk a répliqué, et Altman a ironisé sur X. "
      "La Société d'énergie et d'eau du Gabon (SEEG) coupe le courant à "
      "Libreville.");
  const Entity* musk = Find(entities, "Elon Musk");
  ASSERT_NE(musk, nullptr);
  EXPECT_EQ(musk->mentions, 3);
  EXPECT_EQ(musk->type, "PER");
  EXPECT_EQ(Find(entities, "Musk"), nullptr);
  ASSERT_NE(Find(entities, "Sam Altman"), nullptr);
  EXPECT_EQ(Find(entities, "Sam Altman")->mentions, 2);
  ASSERT_NE(Find(entities, "OpenAI"), nullptr);
  ASSERT_NE(Find(entities, "SEEG"), nullptr);
  EXPECT_EQ(Find(entities, "SEEG")->type, "ORG");
  ASSERT_NE(Find(entities, "Libreville"), nullptr);
  EXPECT_EQ(Find(entities, "Libreville")->type, "LOC");
  ASSERT_NE(Find(entities, "Wall Street Journal"), nullptr);
  EXPECT_EQ(Find(entities, "Wall Street Journal")->type, "ORG");
}

TEST(EntitiesTest, SentenceStartsAreNotNames) {
  const auto entities =
      FindEntities("",
                   "Selon lui, rien ne change. Cette offre est folle. "
                   "Le patron refuse.");
  EXPECT_EQ(Find(entities, "Selon"), nullptr);
  EXPECT_EQ(Find(entities, "Cette"), nullptr);
  EXPECT_EQ(Find(entities, "Le"), nullptr);
  EXPECT_TRUE(entities.empty());
}

TEST(EntitiesTest, ElidedNamesAreFound) {
  const auto entities =
      FindEntities("", "Le rachat d’OpenAI et l'avenir d'Athletic Bilbao.");
  EXPECT_NE(Find(entities, "OpenAI"), nullptr);
  EXPECT_NE(Find(entities, "Athletic Bilbao"), nullptr);
}

}  // namespace
}  // namespace newsq::internal
