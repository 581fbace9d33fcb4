// A person an article names by surname alone is named in full from the
// articles already indexed, when the index agrees on who that is.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "newsq/newsq.h"
#include "tests/scratch_dir.h"

namespace newsq::testing {
namespace {

class SurnamesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto writer = IndexWriter::Open(path_);
    ASSERT_TRUE(writer.ok()) << writer.status();
    writer_ = std::move(*writer);
  }
  void TearDown() override { writer_.reset(); }

  // Indexes an article naming `entities` (name and type pairs).
  void Add(const std::string& url,
           const std::vector<std::pair<std::string, std::string>>& entities) {
    Article article;
    article.url = url;
    article.title = "Article " + url;
    article.text = "Un texte sur " + url + " et autre chose.";
    for (const auto& [name, type] : entities)
      article.entities.push_back(Entity{name, type, 1, {}});
    ASSERT_TRUE(writer_->Add(article).ok());
    ASSERT_TRUE(writer_->Commit().ok());
  }

  // The entities stored for the article read from `url`.
  std::vector<Entity> StoredEntities(const std::string& url) {
    std::vector<Entity> entities;
    auto searcher = Searcher::Open(path_);
    EXPECT_TRUE(searcher.ok());
    EXPECT_TRUE((*searcher)
                    ->ForEachArticle([&](const StoredArticle& a) {
                      if (a.article.url == url) entities = a.article.entities;
                    })
                    .ok());
    return entities;
  }

  const ScratchDir scratch_{"surnames"};
  const std::string path_ = (scratch_.path() / "db").string();
  std::unique_ptr<IndexWriter> writer_;
};

TEST_F(SurnamesTest, ASurnameAloneIsNamedInFullFromTheIndex) {
  Add("a", {{"Elon Musk", "PER"}, {"OpenAI", "ORG"}});
  Add("b", {{"Elon Musk", "PER"}});
  Add("c", {{"Musk", "PER"}, {"Tesla", "MISC"}});
  const std::vector<Entity> c = StoredEntities("c");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].name, "Elon Musk");
  EXPECT_EQ(c[0].type, "PER");
  EXPECT_EQ(c[0].aliases, std::vector<std::string>{"Musk"});
  EXPECT_EQ(c[1].name, "Tesla");

  auto searcher = Searcher::Open(path_);
  ASSERT_TRUE(searcher.ok());
  SearchRequest request;
  request.query = "entity:\"Elon Musk\"";
  request.collapse = false;
  request.facets = {"entity"};
  absl::StatusOr<SearchResult> result = (*searcher)->Search(request);
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(result->total.articles, 3);
  ASSERT_FALSE(result->facets.at("entity").empty());
  EXPECT_EQ(result->facets.at("entity").front().value, "Elon Musk");
  EXPECT_EQ(result->facets.at("entity").front().articles, 3);
}

TEST_F(SurnamesTest, ASurnameTwoPeopleShareStaysAsItIs) {
  Add("a", {{"Emmanuel Macron", "PER"}});
  Add("b", {{"Brigitte Macron", "PER"}});
  Add("c", {{"Macron", "PER"}});
  const std::vector<Entity> c = StoredEntities("c");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].name, "Macron");
  EXPECT_TRUE(c[0].aliases.empty());
}

TEST_F(SurnamesTest, PlacesAndOrganisationsAreNotSurnames) {
  Add("a", {{"Nikola Tesla", "PER"}});
  Add("b", {{"Tesla", "ORG"}});
  EXPECT_EQ(StoredEntities("b")[0].name, "Tesla");
}

TEST_F(SurnamesTest, ReadingTheSamePageAgainChangesNothing) {
  Add("a", {{"Sam Altman", "PER"}});
  Article article;
  article.url = "b";
  article.title = "Altman répond";
  article.text = "Altman a répondu.";
  article.entities = {Entity{"Altman", "PER", 1, {}}};
  ASSERT_EQ(writer_->Add(article)->outcome, AddOutcome::kAdded);
  ASSERT_EQ(writer_->Add(article)->outcome, AddOutcome::kUnchanged);
  ASSERT_TRUE(writer_->Commit().ok());
  EXPECT_EQ(StoredEntities("b")[0].name, "Sam Altman");
}

// One article taking a widely used one-word name for a person's surname
// ("via @BentleyComms Twitter") must not rename that name in every other
// article: the archive uses "Twitter" as a name of its own far more often
// than it names anyone "... Twitter" in full.
TEST_F(SurnamesTest, AWordUsedAsANameOfItsOwnIsNotAnotherPersonsSurname) {
  for (int i = 0; i < 12; ++i)
    Add("lone" + std::to_string(i), {{"Twitter", "MISC"}});
  Add("credit", {{"BentleyComms Twitter", "PER"}});
  Add("later", {{"Twitter", "MISC"}, {"Elon Musk", "PER"}});
  const std::vector<Entity> later = StoredEntities("later");
  ASSERT_EQ(later.size(), 2u);
  EXPECT_EQ(later[0].name, "Twitter");
  EXPECT_TRUE(later[0].aliases.empty());
}

}  // namespace
}  // namespace newsq::testing
