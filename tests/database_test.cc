#include "engine/database.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace newsq::internal {
namespace {

namespace fs = std::filesystem;

class DatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("newsq_db_test_" + std::to_string(getpid()));
    fs::remove_all(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(DatabaseTest, ForeignXapianDatabaseIsRefused) {
  fs::create_directories(dir_);
  {
    Xapian::WritableDatabase foreign((dir_ / "foreign").string(),
                                     Xapian::DB_CREATE);
    Xapian::Document doc;
    doc.add_term("hello");
    foreign.add_document(doc);
    foreign.commit();
  }
  EXPECT_EQ(OpenReadable((dir_ / "foreign").string()).status().code(),
            absl::StatusCode::kFailedPrecondition);
}

TEST_F(DatabaseTest, NewDatabaseIsCreatedWithItsParents) {
  const std::string path = (dir_ / "a" / "b" / "index").string();
  ASSERT_TRUE(OpenWritable(path).ok());
  EXPECT_TRUE(OpenReadable(path).ok());
}

// A run killed while Xapian created a shard leaves its tables without the
// version file Xapian writes last, and no stub yet (it is written after the
// shards); the next run creates the shard afresh instead of failing on it
// every time (found by CrashSafetyTest.KilledShardedIndexingKeepsEveryShard-
// Readable).
TEST_F(DatabaseTest, AShardWhoseCreationWasKilledIsCreatedAgain) {
  const std::string path = (dir_ / "index").string();
  {
    absl::StatusOr<Xapian::WritableDatabase> db = OpenWritable(path, 2);
    ASSERT_TRUE(db.ok()) << db.status();
  }
  ASSERT_TRUE(fs::remove(dir_ / "index" / "XAPIANDB"));
  ASSERT_TRUE(fs::remove(dir_ / "index" / "shard-01" / "iamglass"));
  absl::StatusOr<Xapian::WritableDatabase> again = OpenWritable(path, 2);
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(again->get_doccount(), 0u);
}

TEST_F(DatabaseTest, UnwritableLocationIsPermissionDenied) {
  if (geteuid() == 0) GTEST_SKIP() << "root can write anywhere";
  fs::create_directories(dir_);
  fs::permissions(dir_, fs::perms::owner_read | fs::perms::owner_exec);
  EXPECT_EQ(OpenWritable((dir_ / "index").string()).status().code(),
            absl::StatusCode::kPermissionDenied);
  fs::permissions(dir_, fs::perms::owner_all);
}

TEST_F(DatabaseTest, FileWhereTheDirectoryShouldBeIsAnError) {
  fs::create_directories(dir_);
  { std::ofstream((dir_ / "file").string()) << "x"; }
  EXPECT_FALSE(OpenWritable((dir_ / "file").string()).ok());
}

}  // namespace
}  // namespace newsq::internal
