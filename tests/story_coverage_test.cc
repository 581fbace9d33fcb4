// The outlet count every article of a story carries (indexer/story_coverage).
#include "indexer/story_coverage.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <map>
#include <string>

#include "engine/schema.h"
#include "tests/scratch_dir.h"

namespace newsq::internal {
namespace {

namespace fs = std::filesystem;

class StoryCoverageTest : public ::testing::Test {
 protected:
  void TearDown() override { db_.close(); }

  // Adds an article of `story` from `outlet` as the writer does.
  void AddArticle(const std::string& story, const std::string& outlet) {
    const std::string term = std::string(schema::kStory) + story;
    const bool new_story = !db_.term_exists(term);
    Xapian::Document doc;
    doc.add_boolean_term(term);
    doc.add_value(schema::kOutletSlot, outlet);
    doc.add_value(schema::kStoryOutletsSlot,
                  Xapian::sortable_serialise(
                      counts_.Join(IndexView(db_), story, new_story, outlet)));
    db_.add_document(doc);
  }

  // The count each article carries, by story; -1 where articles disagree.
  std::map<std::string, double> CountsByStory() {
    std::map<std::string, double> counts;
    for (auto it = db_.postlist_begin(""); it != db_.postlist_end(""); ++it) {
      const Xapian::Document doc = db_.get_document(*it);
      std::string story;
      for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
        story = (*t).substr(schema::kStory.size());
      const double count = Xapian::sortable_unserialise(
          doc.get_value(schema::kStoryOutletsSlot));
      auto [entry, first] = counts.try_emplace(story, count);
      if (!first && entry->second != count) entry->second = -1;
    }
    return counts;
  }

  const testing::ScratchDir scratch_{"coverage"};
  Xapian::WritableDatabase db_{(scratch_.path() / "db").string(),
                               Xapian::DB_CREATE};
  StoryOutletCounts counts_;
};

TEST_F(StoryCoverageTest, EveryArticleOfAStoryCarriesItsOutletCount) {
  AddArticle("a", "lemonde");
  AddArticle("a", "lemonde");
  AddArticle("b", "lesoir");
  AddArticle("a", "letemps");
  counts_.Flush(db_);
  db_.commit();
  EXPECT_EQ(CountsByStory(),
            (std::map<std::string, double>{{"a", 2}, {"b", 1}}));

  // The next batch, with a writer that knows nothing yet: story a is read
  // back from the database.
  StoryOutletCounts fresh;
  counts_ = fresh;
  AddArticle("a", "lapresse");
  AddArticle("b", "");
  AddArticle("c", "lesoir");
  counts_.Flush(db_);
  db_.commit();
  EXPECT_EQ(CountsByStory(),
            (std::map<std::string, double>{{"a", 3}, {"b", 1}, {"c", 1}}));
}

TEST_F(StoryCoverageTest, AnInvalidatedStoryIsCountedAgain) {
  AddArticle("a", "lemonde");
  AddArticle("a", "letemps");
  counts_.Flush(db_);
  // An article leaves the story behind the counter's back.
  db_.delete_document(2);
  counts_.Invalidate("a");
  counts_.Flush(db_);
  db_.commit();
  EXPECT_EQ(CountsByStory(), (std::map<std::string, double>{{"a", 1}}));
}

}  // namespace
}  // namespace newsq::internal
