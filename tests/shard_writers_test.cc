// The threads that write a database's shards (indexer/shard_writers).
#include "indexer/shard_writers.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>
#include <vector>

#include "tests/scratch_dir.h"

namespace newsq::internal {
namespace {

Xapian::Document Numbered(int n) {
  Xapian::Document doc;
  doc.set_data("doc " + std::to_string(n));
  doc.add_term("Zmot");
  return doc;
}

class ShardWritersTest : public ::testing::Test {
 protected:
  // `count` new shards inside a transaction, with their paths.
  void OpenShards(int count) {
    for (int i = 0; i < count; ++i) {
      paths_.push_back(
          (scratch_.path() / ("shard-" + std::to_string(i))).string());
      shards_.emplace_back(paths_.back(), Xapian::DB_CREATE);
      shards_.back().begin_transaction();
    }
  }

  Xapian::Database Committed() const {
    Xapian::Database all;
    for (const std::string& path : paths_)
      all.add_database(Xapian::Database(path));
    return all;
  }

  const testing::ScratchDir scratch_{"shard_writers"};
  std::vector<std::string> paths_;
  std::vector<Xapian::WritableDatabase> shards_;
};

TEST_F(ShardWritersTest, DocidsInterleaveAsXapianNumbersShards) {
  OpenShards(3);
  {
    ShardWriters writers(shards_, paths_);
    for (int n = 1; n <= 7; ++n) ASSERT_TRUE(writers.Put(n, Numbered(n)).ok());
    ASSERT_TRUE(writers.Commit().ok());
  }
  EXPECT_EQ(Xapian::Database(paths_[0]).get_doccount(), 3u);  // 1, 4, 7
  EXPECT_EQ(Xapian::Database(paths_[1]).get_doccount(), 2u);  // 2, 5
  EXPECT_EQ(Xapian::Database(paths_[2]).get_doccount(), 2u);  // 3, 6
  const Xapian::Database all = Committed();
  for (int n = 1; n <= 7; ++n)
    EXPECT_EQ(all.get_document(n).get_data(), "doc " + std::to_string(n));
}

TEST_F(ShardWritersTest, ALaterPutOfADocidReplacesIt) {
  OpenShards(2);
  ShardWriters writers(shards_, paths_);
  ASSERT_TRUE(writers.Put(2, Numbered(2)).ok());
  ASSERT_TRUE(writers.Put(2, Numbered(20)).ok());
  ASSERT_TRUE(writers.Commit().ok());
  const Xapian::Database all = Committed();
  EXPECT_EQ(all.get_doccount(), 1u);
  EXPECT_EQ(all.get_document(2).get_data(), "doc 20");
}

TEST_F(ShardWritersTest, NothingIsVisibleBeforeTheCommit) {
  OpenShards(2);
  ShardWriters writers(shards_, paths_);
  for (int n = 1; n <= 4; ++n) ASSERT_TRUE(writers.Put(n, Numbered(n)).ok());
  ASSERT_TRUE(writers.Finish().ok());
  EXPECT_EQ(Committed().get_doccount(), 0u);
  ASSERT_TRUE(writers.Commit().ok());
  EXPECT_EQ(Committed().get_doccount(), 4u);
}

TEST_F(ShardWritersTest, AFailingShardIsNamedAndStopsEveryLaterCall) {
  OpenShards(2);
  shards_[1].close();  // every write to it now fails
  ShardWriters writers(shards_, paths_);
  ASSERT_TRUE(writers.Put(1, Numbered(1)).ok());
  (void)writers.Put(2, Numbered(2));  // queued; fails on the shard's thread
  const absl::Status finished = writers.Finish();
  ASSERT_FALSE(finished.ok());
  EXPECT_NE(finished.message().find(paths_[1]), std::string::npos)
      << finished.message();
  EXPECT_FALSE(writers.Put(3, Numbered(3)).ok());
  EXPECT_FALSE(writers.Commit().ok());
}

}  // namespace
}  // namespace newsq::internal
