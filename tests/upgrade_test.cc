// An index written by an older newsq: readers refuse it with the way out, and
// IndexWriter::Upgrade rebuilds it keeping every article and story id.
#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <map>
#include <string>

#include "engine/article_data.h"
#include "newsq/json.h"
#include "newsq/newsq.h"
#include "tests/scratch_dir.h"

namespace newsq::testing {
namespace {

namespace fs = std::filesystem;

std::map<std::string, std::string> StoryOfEachArticle(const std::string& db) {
  std::map<std::string, std::string> stories;
  auto searcher = Searcher::Open(db);
  EXPECT_TRUE(searcher.ok()) << searcher.status();
  if (!searcher.ok()) return stories;
  EXPECT_TRUE((*searcher)
                  ->ForEachArticle([&](const StoredArticle& a) {
                    stories[a.id] = a.story_id;
                  })
                  .ok());
  return stories;
}

// The shard count of the database upgraded: one (a plain database) or three.
class UpgradeTest : public ::testing::TestWithParam<int> {};

int ShardsOf(const std::string& db) {
  return fs::exists(fs::path(db) / "XAPIANDB")
             ? static_cast<int>(std::distance(fs::directory_iterator(db),
                                              fs::directory_iterator())) -
                   1
             : 1;
}

// The bundled corpora indexed into `db` as `shards` shards, by this newsq.
void IndexTheCorpora(const std::string& db, int shards) {
  IndexOptions options;
  options.shards = shards;
  auto writer = IndexWriter::Open(db, options);
  ASSERT_TRUE(writer.ok()) << writer.status();
  ASSERT_TRUE((*writer)->AddPages({NEWSQ_CORPORA_DIR}).ok());
}

TEST_P(UpgradeTest, AnOlderFormatIsRebuiltKeepingIdsAndTheOldOneIsKept) {
  const ScratchDir scratch("upgrade");
  const std::string db = (scratch.path() / "db").string();
  ASSERT_NO_FATAL_FAILURE(IndexTheCorpora(db, GetParam()));
  const std::map<std::string, std::string> before = StoryOfEachArticle(db);
  ASSERT_EQ(before.size(), 62u);
  ASSERT_EQ(ShardsOf(db), GetParam());
  // What an older newsq leaves: its format number in the metadata.
  {
    Xapian::WritableDatabase raw(db, Xapian::DB_OPEN);
    raw.set_metadata("newsq.schema", "1");
    raw.commit();
  }
  absl::StatusOr<std::unique_ptr<Searcher>> refused = Searcher::Open(db);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(refused.status().message().find("newsq upgrade --db " + db + ")"),
            std::string::npos)
      << refused.status();
  // A writer names the database to upgrade too: the archive, not the shard
  // it read first.
  absl::StatusOr<std::unique_ptr<IndexWriter>> writer = IndexWriter::Open(db);
  ASSERT_FALSE(writer.ok());
  EXPECT_NE(writer.status().message().find("newsq upgrade --db " + db + ")"),
            std::string::npos)
      << writer.status();

  absl::StatusOr<std::string> backup = IndexWriter::Upgrade(db);
  ASSERT_TRUE(backup.ok()) << backup.status();
  EXPECT_EQ(*backup, db + ".format1");
  EXPECT_TRUE(fs::exists(*backup));
  EXPECT_EQ(StoryOfEachArticle(db), before);
  EXPECT_EQ(ShardsOf(db), GetParam());
  // Current now: a second upgrade has nothing to do.
  absl::StatusOr<std::string> again = IndexWriter::Upgrade(db);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, "");
}

// Format 4 stored each article's JSON as it is, where later formats compress
// it, and both stemmed "-ière" and "-ité" words apart from Snowball's stems:
// readers and writers ask for the upgrade, which compresses every article and
// indexes it with today's stems.
TEST_P(UpgradeTest, FormatFourIsUpgradedToCompressedDataAndTodaysStems) {
  const ScratchDir scratch("upgrade");
  const std::string db = (scratch.path() / "db").string();
  ASSERT_NO_FATAL_FAILURE(IndexTheCorpora(db, GetParam()));
  const std::map<std::string, std::string> before = StoryOfEachArticle(db);
  ASSERT_EQ(before.size(), 62u);
  SearchRequest request;
  request.query = "gr\u00e8ve";
  request.now = DateTime::FromIso8601("2025-03-01T00:00:00Z");
  auto searcher = Searcher::Open(db);
  ASSERT_TRUE(searcher.ok());
  absl::StatusOr<SearchResult> current = (*searcher)->Search(request);
  ASSERT_TRUE(current.ok()) << current.status();
  ASSERT_FALSE(current->stories.empty());
  searcher->reset();
  // What format 4 left: every article's JSON as it is, and a stem an older
  // analyser wrote.
  const std::string old_stem = "Zpremier";
  {
    Xapian::WritableDatabase raw(db, Xapian::DB_OPEN);
    for (auto it = raw.postlist_begin(""); it != raw.postlist_end(""); ++it) {
      Xapian::Document doc = raw.get_document(*it);
      const std::string data = doc.get_data();
      ASSERT_FALSE(data.starts_with("{"));
      absl::StatusOr<std::string> json = internal::DecodeArticleData(data);
      ASSERT_TRUE(json.ok()) << json.status();
      doc.set_data(*json);
      doc.add_term(old_stem);
      raw.replace_document(*it, doc);
    }
    raw.set_metadata("newsq.schema", "4");
    raw.commit();
  }
  for (const absl::Status& refused :
       {Searcher::Open(db).status(), IndexWriter::Open(db).status()}) {
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.message().find("newsq upgrade --db " + db + ")"),
              std::string::npos)
        << refused;
  }

  absl::StatusOr<std::string> backup = IndexWriter::Upgrade(db);
  ASSERT_TRUE(backup.ok()) << backup.status();
  EXPECT_EQ(*backup, db + ".format4");
  EXPECT_EQ(StoryOfEachArticle(db), before);
  Xapian::Database upgraded(db);
  for (auto it = upgraded.postlist_begin(""); it != upgraded.postlist_end("");
       ++it) {
    EXPECT_FALSE(upgraded.get_document(*it).get_data().starts_with("{"));
  }
  // Every term is indexed again from the stored article.
  EXPECT_FALSE(upgraded.term_exists(old_stem));
  searcher = Searcher::Open(db);
  ASSERT_TRUE(searcher.ok()) << searcher.status();
  absl::StatusOr<SearchResult> again = (*searcher)->Search(request);
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(ToJson(*again), ToJson(*current));
  EXPECT_TRUE(IndexWriter::Open(db).ok());
}

// A nightly rebuild from the pages (Reindex) moves a database of an older
// format to this one, keeping its story ids: the script that keeps an index
// fresh keeps working across a format change.
TEST_P(UpgradeTest, ReindexRebuildsAnOlderFormatFromThePages) {
  const ScratchDir scratch("upgrade");
  const std::string db = (scratch.path() / "db").string();
  ASSERT_NO_FATAL_FAILURE(IndexTheCorpora(db, GetParam()));
  const std::map<std::string, std::string> before = StoryOfEachArticle(db);
  ASSERT_EQ(before.size(), 62u);
  {
    Xapian::WritableDatabase raw(db, Xapian::DB_OPEN);
    raw.set_metadata("newsq.schema", "5");
    raw.commit();
  }
  ASSERT_FALSE(Searcher::Open(db).ok());
  absl::StatusOr<IndexWriter::ReindexReport> rebuilt =
      IndexWriter::Reindex(db, {NEWSQ_CORPORA_DIR});
  ASSERT_TRUE(rebuilt.ok()) << rebuilt.status();
  EXPECT_EQ(rebuilt->stories_kept, rebuilt->stories);
  EXPECT_EQ(StoryOfEachArticle(db), before);
  EXPECT_EQ(ShardsOf(db), GetParam());
  EXPECT_TRUE(IndexWriter::Open(db).ok());
}

INSTANTIATE_TEST_SUITE_P(Shards, UpgradeTest, ::testing::Values(1, 3));

}  // namespace
}  // namespace newsq::testing
