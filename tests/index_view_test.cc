// The writer's view of an index: the last commit plus the articles written
// since (indexer/index_view, indexer/pending_articles).
#include "indexer/index_view.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>

#include <string>
#include <vector>

#include "engine/schema.h"
#include "indexer/pending_articles.h"
#include "tests/scratch_dir.h"

namespace newsq::internal {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

Xapian::Document Article(const std::string& id, const std::string& story,
                         const std::vector<std::string>& stems) {
  Xapian::Document doc;
  doc.add_boolean_term(std::string(schema::kArticleId) + id);
  doc.add_boolean_term(std::string(schema::kStory) + story);
  doc.add_boolean_term("XOlemonde");  // not kept: no one asks
  for (const std::string& stem : stems) doc.add_term("Z" + stem, 2);
  doc.add_value(schema::kStorySlot, story);
  doc.set_data("article " + id);
  return doc;
}

class IndexViewTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Xapian::WritableDatabase db(path_, Xapian::DB_CREATE);
    db.add_document(Article("1", "s1", {"greve", "rail"}));   // docid 1
    db.add_document(Article("2", "s2", {"greve", "ecole"}));  // docid 2
    db.commit();
    committed_ = Xapian::Database(path_);
  }

  const testing::ScratchDir scratch_{"index_view"};
  const std::string path_ = (scratch_.path() / "db").string();
  Xapian::Database committed_;
  PendingArticles pending_;
};

TEST_F(IndexViewTest, WithoutPendingArticlesItIsTheCommit) {
  const IndexView view(committed_);
  EXPECT_EQ(view.doccount(), 2u);
  EXPECT_EQ(view.termfreq("Zgreve"), 2u);
  EXPECT_THAT(view.Holders("Zgreve"), ElementsAre(1u, 2u));
  EXPECT_THAT(view.Holders("Zgreve", 1), ElementsAre(1u));
  EXPECT_EQ(view.Read(2).Value(schema::kStorySlot), "s2");
  EXPECT_EQ(view.Read(1).Data(), "article 1");
}

TEST_F(IndexViewTest, PendingArticlesCountAsIfCommitted) {
  pending_.Put(3, Article("3", "s1", {"greve", "rail"}));
  pending_.Put(4, Article("4", "s4", {"meteo"}));
  const IndexView view(committed_, &pending_);
  EXPECT_EQ(view.doccount(), 4u);
  EXPECT_EQ(view.termfreq("Zgreve"), 3u);
  EXPECT_EQ(view.termfreq("Zmeteo"), 1u);
  EXPECT_TRUE(view.term_exists("Q4"));
  EXPECT_FALSE(view.term_exists("Q5"));
  EXPECT_THAT(view.Holders("XSs1"), ElementsAre(1u, 3u));
  EXPECT_THAT(view.Holders("Zgreve", 2), ElementsAre(1u, 2u));
  EXPECT_EQ(view.Read(4).Value(schema::kStorySlot), "s4");
  EXPECT_EQ(view.Read(3).Data(), "article 3");
  EXPECT_THAT(
      view.GroupingTerms(4),
      ElementsAre(std::pair<std::string, Xapian::termcount>("Zmeteo", 2)));
  EXPECT_THAT(view.KeptTerms(4), ElementsAre("Q4", "XSs4", "Zmeteo"));
}

TEST_F(IndexViewTest, AReplacedArticleIsReadInItsNewVersion) {
  const IndexView view(committed_, &pending_);
  // Committed article 1 rewritten without "greve", in another story.
  pending_.Shadow(1, view.KeptTerms(1));
  pending_.Put(1, Article("1", "s9", {"rail", "meteo"}));
  EXPECT_EQ(view.doccount(), 2u);  // replaced, not added
  EXPECT_EQ(view.termfreq("Zgreve"), 1u);
  EXPECT_THAT(view.Holders("Zgreve"), ElementsAre(2u));
  EXPECT_THAT(view.Holders("XSs1"), IsEmpty());
  EXPECT_THAT(view.Holders("XSs9"), ElementsAre(1u));
  EXPECT_EQ(view.Read(1).Value(schema::kStorySlot), "s9");
  // A pending article replaced again leaves no trace of its first version.
  pending_.Put(5, Article("5", "s5", {"ecole"}));
  pending_.Put(5, Article("5", "s5", {"rail"}));
  EXPECT_EQ(view.doccount(), 3u);
  EXPECT_EQ(view.termfreq("Zecole"), 1u);
  EXPECT_THAT(view.Holders("Zrail"), ElementsAre(1u, 5u));
}

TEST_F(IndexViewTest, ClearingForgetsTheBatch) {
  pending_.Put(3, Article("3", "s3", {"greve"}));
  pending_.Clear();
  const IndexView view(committed_, &pending_);
  EXPECT_EQ(view.doccount(), 2u);
  EXPECT_EQ(view.termfreq("Zgreve"), 2u);
  EXPECT_FALSE(view.term_exists("Q3"));
}

}  // namespace
}  // namespace newsq::internal
