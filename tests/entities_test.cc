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

TEST(EntitiesTest, ElisionsInsideCommonWordsAreNotNames) {
  const auto entities =
      FindEntities("",
                   "C'était prévu. Jusqu'ici, rien. Aujourd’hui aussi. "
                   "Le joueur Shaquille O'Neal a signé.");
  EXPECT_EQ(Find(entities, "C'était"), nullptr);
  EXPECT_EQ(Find(entities, "Jusqu'ici"), nullptr);
  EXPECT_EQ(Find(entities, "Aujourd’hui"), nullptr);
  EXPECT_NE(Find(entities, "Shaquille O'Neal"), nullptr);
}

TEST(EntitiesTest, NamesKeepTheirElisionsParticlesAndComplements) {
  const auto entities = FindEntities(
      "",
      "Les exportations de la Côte d'Ivoire vers l'Afrique de l'Ouest. "
      "La présidente Ursula von der Leyen a saisi la Commission "
      "européenne et la Cour des comptes.");
  EXPECT_NE(Find(entities, "Côte d'Ivoire"), nullptr);
  EXPECT_NE(Find(entities, "Afrique de l'Ouest"), nullptr);
  EXPECT_NE(Find(entities, "Ursula von der Leyen"), nullptr);
  EXPECT_NE(Find(entities, "Commission européenne"), nullptr);
  EXPECT_NE(Find(entities, "Cour des comptes"), nullptr);
}

TEST(EntitiesTest, PlaceWordsMakePlaces) {
  const auto entities =
      FindEntities("", "Ils ont navigué jusqu'à Craig Harbour puis San Diego.");
  const Entity* harbour = Find(entities, "Craig Harbour");
  ASSERT_NE(harbour, nullptr);
  EXPECT_EQ(harbour->type, "LOC");
  const Entity* diego = Find(entities, "San Diego");
  ASSERT_NE(diego, nullptr);
  EXPECT_EQ(diego->type, "LOC");
}

TEST(EntitiesTest, TeamsClubsAndBandsAreOrganisations) {
  const auto entities = FindEntities(
      "",
      "Il a joué pour les Canadiens de Montréal puis au Bayern Munich, "
      "avant un concert de Faith No More.");
  for (const char* name :
       {"Canadiens de Montréal", "Bayern Munich", "Faith No More"}) {
    const Entity* entity = Find(entities, name);
    ASSERT_NE(entity, nullptr) << name;
    EXPECT_EQ(entity->type, "ORG") << name;
  }
}

}  // namespace
}  // namespace newsq::internal
