// The stored-article codec: what the writer stores, the reader gives back
// whole; older or hand-made data with missing or mistyped fields reads as
// empty; data that is no JSON object is reported as lost.
#include "engine/article_codec.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "newsq/json.h"

namespace newsq::internal {
namespace {

StoredArticle EveryFieldFilled() {
  StoredArticle stored;
  stored.id = "0123456789abcdef";
  stored.story_id = "fedcba9876543210";
  Article& a = stored.article;
  a.url = "https://exemple.fr/politique/2025/02/11/greve";
  a.canonical_url = "https://exemple.fr/greve";
  a.title = "Grève à la SNCF : « trains supprimés »";
  a.published = DateTime::FromIso8601("2025-02-11T15:14:00+01:00");
  a.modified = DateTime::FromIso8601("2025-02-12T08:00:00-05:00");
  a.outlet = "Le Quotidien";
  a.author = "Jeanne Roux, Éloïse N'Diaye";
  a.language = "fr";
  a.section = "Société";
  a.description = "Les cheminots\tcessent le travail \"mardi\".";
  a.tags = {"social", "transports", "grève"};
  a.entities = {{"SNCF", "ORG", 3, {}},
                {"Élisabeth Borne", "PER", 2, {"Borne", "E. Borne"}}};
  a.text =
      "Les cheminots de la SNCF sont en grève.\n\nÀ Paris, l’offre est "
      "réduite de moitié \\ selon la direction. 🚆 Ligne 13 : 100 %.";
  return stored;
}

TEST(ArticleCodecTest, ReadsBackEveryFieldTheWriterStored) {
  const StoredArticle written = EveryFieldFilled();
  const std::string data = ToJson(written);
  absl::StatusOr<StoredArticle> read = StoredArticleFromJson(data);
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(read->id, written.id);
  EXPECT_EQ(read->story_id, written.story_id);
  EXPECT_EQ(read->article.text, written.article.text);
  EXPECT_EQ(read->article.published->ToIso8601(), "2025-02-11T15:14:00+01:00");
  EXPECT_EQ(read->article.modified->ToIso8601(), "2025-02-12T08:00:00-05:00");
  ASSERT_EQ(read->article.entities.size(), 2u);
  EXPECT_EQ(read->article.entities[1].mentions, 2);
  EXPECT_EQ(read->article.entities[1].aliases,
            (std::vector<std::string>{"Borne", "E. Borne"}));
  // Whatever field a future change forgets to read shows up here.
  EXPECT_EQ(ToJson(*read), data);
}

TEST(ArticleCodecTest, MissingOrMistypedFieldsReadAsEmpty) {
  absl::StatusOr<StoredArticle> read = StoredArticleFromJson(
      R"({"id": "ab", "title": 7, "published": "not a date", "tags": )"
      R"(["a", 3, null], "entities": [{"name": "SNCF", "mentions": "3"}, )"
      R"(4], "text": "Texte", "unknown": {"x": [1]}})");
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(read->id, "ab");
  EXPECT_EQ(read->story_id, "");
  EXPECT_EQ(read->article.title, "");
  EXPECT_FALSE(read->article.published.has_value());
  EXPECT_FALSE(read->article.modified.has_value());
  EXPECT_EQ(read->article.tags, std::vector<std::string>{"a"});
  ASSERT_EQ(read->article.entities.size(), 1u);
  EXPECT_EQ(read->article.entities[0].name, "SNCF");
  EXPECT_EQ(read->article.entities[0].mentions, 0);
  EXPECT_EQ(read->article.text, "Texte");
}

TEST(ArticleCodecTest, DataThatIsNoJsonObjectIsDataLoss) {
  for (const std::string data :
       {std::string(""), std::string("[1, 2]"), std::string("\"texte\""),
        std::string("{\"id\": \"ab\""), std::string("{\"id\": \"a\xff\"}")}) {
    absl::StatusOr<StoredArticle> read = StoredArticleFromJson(data);
    EXPECT_EQ(read.status().code(), absl::StatusCode::kDataLoss) << data;
  }
}

TEST(ArticleCodecTest, ThreadsReadAtOnce) {
  const std::string data = ToJson(EveryFieldFilled());
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 500; ++i) {
        absl::StatusOr<StoredArticle> read = StoredArticleFromJson(data);
        if (!read.ok() || ToJson(*read) != data) ++wrong[t];
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(wrong, std::vector<int>(4, 0));
}

}  // namespace
}  // namespace newsq::internal
