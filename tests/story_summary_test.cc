// A page's story summaries read from the index (no facet columns: remote
// shards, one-shot searches) against the same stories' articles summarized
// whole (SummarizeStory): sizes, outlets, and first and last dates, with
// undated members, ties and several stories in one page.
#include <gtest/gtest.h>
#include <xapian.h>

#include <string>
#include <vector>

#include "indexer/document_builder.h"
#include "newsq/article.h"
#include "query/story_view.h"
#include "tests/scratch_dir.h"

namespace newsq::internal {
namespace {

Article Member(std::string outlet, const char* published) {
  Article article;
  article.outlet = std::move(outlet);
  article.title = "Titre";
  article.text = "Texte.";
  if (published != nullptr)
    article.published = DateTime::FromIso8601(published);
  return article;
}

TEST(StorySummaryTest, APageSummarizedFromTheIndexEqualsItsArticlesWhole) {
  newsq::testing::ScratchDir dir("story_summary");
  Xapian::WritableDatabase db((dir.path() / "db").string(), Xapian::DB_CREATE);
  // Undated members come first in document order, so that a date match that
  // let them in would take one for the earliest.
  const std::vector<std::pair<std::string, std::vector<Article>>> stories = {
      {"aaaa000000000001",
       {Member("Le Soir", nullptr),
        Member("Le Temps", "2025-02-12T08:00:00+00:00"),
        Member("Le Soir", "2025-02-10T10:00:00+01:00"),
        Member("La Presse", "2025-02-12T09:00:00+01:00")}},  // ties the second
      {"aaaa000000000002", {Member("Le Temps", nullptr)}},
      {"aaaa000000000003",
       {Member("", "2025-02-11T23:30:00-05:00"), Member("Le Soir", nullptr)}},
  };
  std::vector<Xapian::docid> first_member;
  int number = 0;
  for (const auto& [story_id, members] : stories) {
    for (const Article& article : members) {
      Xapian::Document doc;
      DocumentBuilder::Complete(doc, article, "b" + std::to_string(++number),
                                story_id, "hash");
      const Xapian::docid added = db.add_document(doc);
      if (&article == &members.front()) first_member.push_back(added);
    }
  }
  db.commit();

  std::vector<StoryHit> page(stories.size());
  for (size_t i = 0; i < stories.size(); ++i)
    page[i].story_id = stories[i].first;
  ASSERT_TRUE(SummarizeStoriesFromIndex(db, page, first_member).ok());
  for (size_t i = 0; i < stories.size(); ++i) {
    SCOPED_TRACE(stories[i].first);
    StoryHit whole;
    SummarizeStory(stories[i].second, &whole);
    EXPECT_EQ(page[i].size, whole.size);
    EXPECT_EQ(page[i].outlets, whole.outlets);
    ASSERT_EQ(page[i].first_published.has_value(),
              whole.first_published.has_value());
    ASSERT_EQ(page[i].last_published.has_value(),
              whole.last_published.has_value());
    if (whole.first_published) {
      EXPECT_EQ(page[i].first_published->ToIso8601(),
                whole.first_published->ToIso8601());
      EXPECT_EQ(page[i].last_published->ToIso8601(),
                whole.last_published->ToIso8601());
    }
  }
  // The first story's earliest member is dated: its undated one is skipped.
  ASSERT_TRUE(page[0].first_published.has_value());
  EXPECT_EQ(page[0].first_published->ToIso8601(), "2025-02-10T10:00:00+01:00");
  EXPECT_FALSE(page[1].first_published.has_value());
}

}  // namespace
}  // namespace newsq::internal
