// A lone article (a story of its own) that a later article finds as likely to
// share its story as the story it joins moves into that story with it, through
// the public API: written in the same batch or committed before, it keeps its
// words and the story counts its outlet.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "newsq/newsq.h"
#include "tests/scratch_dir.h"

namespace newsq {
namespace {

// Other news of the day, so that the headlines' words weigh as they would in
// a real index.
constexpr const char* kOtherNews[] = {
    "Le prix du gazole baisse encore",
    "Un incendie ravage un entrepôt à Lyon",
    "Le Stade rennais s'impose à Nantes",
    "Les urgences de Tours saturées",
    "Un nouveau pont sur la Loire",
    "La neige attendue sur les Vosges",
    "Un festival de jazz à Vannes",
    "Le tramway de Nancy en travaux",
    "Roland-Garros : Nadal qualifié pour les quarts",
    "Tour de France : le parcours dévoilé"};

// Two headlines of one evening that share no word the model trusts, and a
// third that says what both say.
constexpr char kInjury[] = "Colin Dagba sort sur civière à Bologne";
constexpr char kDefeat[] = "Les Bleuets battus par l'Espagne en demi-finale";
constexpr char kBoth[] =
    "Euro Espoirs : Colin Dagba sort sur civière, les Bleuets battus par "
    "l'Espagne";

// With one shard and with three, whatever the machine's cores: a moved
// article is written to the shard that holds it.
class LoneArticlesTest : public ::testing::TestWithParam<int> {
 protected:
  void SetUp() override {
    IndexOptions options;
    options.shards = GetParam();
    absl::StatusOr<std::unique_ptr<IndexWriter>> writer =
        IndexWriter::Open(db_, options);
    ASSERT_TRUE(writer.ok()) << writer.status();
    writer_ = *std::move(writer);
    for (const char* headline : kOtherNews)
      ASSERT_TRUE(writer_->Add(Headline(headline, "Le Quotidien")).ok());
  }

  Article Headline(const std::string& title, const std::string& outlet) {
    Article article;
    article.url = "https://exemple.fr/" + std::to_string(++pages_);
    article.title = title;
    article.outlet = outlet;
    article.published = DateTime::FromIso8601("2019-06-27T21:00:00+02:00");
    return article;
  }

  AddResult Add(const std::string& title, const std::string& outlet) {
    absl::StatusOr<AddResult> added = writer_->Add(Headline(title, outlet));
    EXPECT_TRUE(added.ok()) << added.status();
    return added.ok() ? *added : AddResult{};
  }

  std::unique_ptr<Searcher> OpenSearcher() {
    absl::StatusOr<std::unique_ptr<Searcher>> searcher = Searcher::Open(db_);
    EXPECT_TRUE(searcher.ok()) << searcher.status();
    return searcher.ok() ? *std::move(searcher) : nullptr;
  }

  // Adds the injury and the defeat, committing them when asked, then the
  // headline that says both, and checks that the lone defeat moved.
  void ExpectTheLoneHeadlineMoves(bool commit_first) {
    const AddResult injury = Add(kInjury, "Le Sport");
    const AddResult defeat = Add(kDefeat, "Foot Actu");
    ASSERT_TRUE(defeat.new_story) << "the two first headlines stay apart";
    ASSERT_NE(defeat.story_id, injury.story_id);
    if (commit_first) ASSERT_TRUE(writer_->Commit().ok());

    const AddResult both = Add(kBoth, "La Dépêche des Bleus");
    EXPECT_FALSE(both.new_story);
    // It joins the injury, the likelier, and brings the defeat, alone until
    // now.
    ASSERT_EQ(both.story_id, injury.story_id);
    EXPECT_EQ(both.moved_article_ids,
              std::vector<std::string>{defeat.article_id});
    ASSERT_TRUE(writer_->Commit().ok());

    std::unique_ptr<Searcher> searcher = OpenSearcher();
    ASSERT_NE(searcher, nullptr);
    std::map<std::string, std::string> story_of;
    ASSERT_TRUE(searcher
                    ->ForEachArticle([&](const StoredArticle& article) {
                      story_of[article.id] = article.story_id;
                    })
                    .ok());
    EXPECT_EQ(story_of[defeat.article_id], injury.story_id);
    absl::StatusOr<StoryHit> story = searcher->Story(injury.story_id);
    ASSERT_TRUE(story.ok()) << story.status();
    EXPECT_EQ(story->size, 3);
    EXPECT_EQ(story->outlets.size(), 3u);
    // A link to the defeat's story leads to the story it is in now.
    absl::StatusOr<StoryHit> followed = searcher->Story(defeat.story_id);
    ASSERT_TRUE(followed.ok()) << followed.status();
    EXPECT_EQ(followed->story_id, injury.story_id);

    // The moved article keeps its words, and every article of the story
    // counts its three outlets (the value search ranks stories by).
    SearchRequest request;
    request.query = "demi-finale OR Bologne OR Espoirs";
    request.collapse = false;
    request.explain = true;
    absl::StatusOr<SearchResult> found = searcher->Search(request);
    ASSERT_TRUE(found.ok()) << found.status();
    std::map<std::string, int> outlets_of;
    for (const ArticleHit& article : found->articles) {
      ASSERT_TRUE(article.explanation.has_value());
      outlets_of[article.id] = article.explanation->story_outlets;
    }
    EXPECT_EQ(outlets_of, (std::map<std::string, int>{{injury.article_id, 3},
                                                      {defeat.article_id, 3},
                                                      {both.article_id, 3}}));
  }

  const testing::ScratchDir scratch_{"lone_articles"};
  const std::string db_ = (scratch_.path() / "db").string();
  std::unique_ptr<IndexWriter> writer_;
  int pages_ = 0;
};

TEST_P(LoneArticlesTest, ALoneArticleOfTheSameBatchMovesIntoTheStory) {
  ExpectTheLoneHeadlineMoves(/*commit_first=*/false);
}

TEST_P(LoneArticlesTest, ACommittedLoneArticleMovesIntoTheStory) {
  ExpectTheLoneHeadlineMoves(/*commit_first=*/true);
}

// A story named by an outside label is the labeller's: no article takes its
// article out of it.
TEST_P(LoneArticlesTest, AnArticleInALabelledStoryStaysThere) {
  const AddResult injury = Add(kInjury, "Le Sport");
  absl::StatusOr<AddResult> defeat =
      writer_->AddToStory(Headline(kDefeat, "Foot Actu"), "crawler-42");
  ASSERT_TRUE(defeat.ok()) << defeat.status();
  const AddResult both = Add(kBoth, "La Dépêche des Bleus");
  ASSERT_EQ(both.story_id, injury.story_id);
  EXPECT_TRUE(both.moved_article_ids.empty());
  ASSERT_TRUE(writer_->Commit().ok());
  std::unique_ptr<Searcher> searcher = OpenSearcher();
  ASSERT_NE(searcher, nullptr);
  absl::StatusOr<StoryHit> labelled = searcher->Story(defeat->story_id);
  ASSERT_TRUE(labelled.ok()) << labelled.status();
  EXPECT_EQ(labelled->size, 1);
}

INSTANTIATE_TEST_SUITE_P(Shards, LoneArticlesTest, ::testing::Values(1, 3));

}  // namespace
}  // namespace newsq
