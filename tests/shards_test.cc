// Stub files and archive folders (engine/shards): what newsq reads of them,
// and how a new archive comes to be.
#include "engine/shards.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "engine/database.h"

namespace newsq::internal {
namespace {

namespace fs = std::filesystem;

class ShardsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("newsq_shards_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& text) {
    fs::create_directories((dir_ / name).parent_path());
    std::ofstream(dir_ / name) << text;
    return (dir_ / name).string();
  }

  fs::path dir_;
};

TEST_F(ShardsTest, ReadsLocalAndRemoteLinesAndNestedStubs) {
  Write("inner/XAPIANDB", "auto a\nauto b\n");
  const std::string stub =
      Write("all.stub",
            "# archive of 2025\n\nauto inner\nglass /abs/c\nremote "
            "host1:33333\nremote :10.0.0.2:33334\n");
  absl::StatusOr<std::vector<ShardLine>> lines = ReadStub(stub);
  ASSERT_TRUE(lines.ok()) << lines.status();
  ASSERT_EQ(lines->size(), 5u);
  EXPECT_EQ((*lines)[0].where, (dir_ / "inner" / "a").string());
  EXPECT_EQ((*lines)[1].where, (dir_ / "inner" / "b").string());
  EXPECT_EQ((*lines)[2].where, "/abs/c");
  EXPECT_FALSE((*lines)[2].remote);
  EXPECT_TRUE((*lines)[3].remote);
  EXPECT_EQ((*lines)[3].where, "host1:33333");
  EXPECT_EQ((*lines)[4].where, "10.0.0.2:33334");
  EXPECT_EQ((*lines)[4].host, "10.0.0.2");
  EXPECT_EQ((*lines)[4].port, 33334u);
  EXPECT_TRUE(IsArchive((dir_ / "inner").string()));
  EXPECT_FALSE(IsArchive(dir_.string()));
  EXPECT_TRUE(IsStub(stub));
  EXPECT_TRUE(IsStub((dir_ / "inner").string()));
  EXPECT_FALSE(IsStub(dir_.string()));
  // A single-file Xapian database is no stub: Xapian reads it itself.
  EXPECT_FALSE(
      IsStub(Write("single.glass", std::string("\x0f\rXapian Glass\x04n"))));
}

TEST_F(ShardsTest, LinesXapianWouldNotReadAreErrorsNamingTheLine) {
  for (const char* text :
       {"auto\n", "remote host\n", "remote :host:\n", "remote host:http\n",
        "remote host:70000\n", "inmemory x\n",
        "remote ssh host xapian-progsrv\n"}) {
    absl::StatusOr<std::vector<ShardLine>> lines =
        ReadStub(Write("bad.stub", text));
    EXPECT_EQ(lines.status().code(), absl::StatusCode::kInvalidArgument)
        << text;
    EXPECT_NE(lines.status().message().find("line 1"), std::string::npos)
        << lines.status();
  }
  EXPECT_EQ(ReadStub((dir_ / "missing").string()).status().code(),
            absl::StatusCode::kNotFound);
  // A stub that names itself would never end.
  const std::string loop = Write("loop/XAPIANDB", "auto .\n");
  EXPECT_EQ(ReadStub(loop).status().code(),
            absl::StatusCode::kFailedPrecondition);
}

TEST_F(ShardsTest, WriteArchiveStubNamesTheShardFolders) {
  fs::create_directories(dir_ / "archive");
  ASSERT_TRUE(WriteArchiveStub((dir_ / "archive").string(), 3).ok());
  absl::StatusOr<std::vector<ShardLine>> lines =
      ReadStub((dir_ / "archive").string());
  ASSERT_TRUE(lines.ok()) << lines.status();
  ASSERT_EQ(lines->size(), 3u);
  EXPECT_EQ((*lines)[2].where,
            ArchiveShardPath((dir_ / "archive").string(), 2));
  EXPECT_EQ((*lines)[2].where, (dir_ / "archive" / "shard-02").string());
  EXPECT_FALSE(fs::exists(dir_ / "archive" / ".XAPIANDB.tmp"));
}

TEST_F(ShardsTest, AFolderHoldsADatabaseOnceItsStubOrGlassFilesAreThere) {
  EXPECT_FALSE(HoldsDatabase((dir_ / "nothing").string()));
  fs::create_directories(dir_ / "empty");
  EXPECT_FALSE(HoldsDatabase((dir_ / "empty").string()));
  Write("half/shard-00/iamglass", "");
  EXPECT_FALSE(HoldsDatabase((dir_ / "half").string()));
  EXPECT_TRUE(HoldsDatabase((dir_ / "half" / "shard-00").string()));
  ASSERT_TRUE(WriteArchiveStub((dir_ / "half").string(), 1).ok());
  EXPECT_TRUE(HoldsDatabase((dir_ / "half").string()));
  EXPECT_TRUE(HoldsDatabase(Write("remote.stub", "remote :host:1\n")));
}

// A run killed after creating some shards of a new archive, before its stub,
// leaves a folder that reads as no database (not as an archive missing a
// shard), and that the next run turns into the whole archive.
TEST_F(ShardsTest, AnArchiveKilledBeforeItsStubIsNoDatabaseUntilRecreated) {
  const std::string half = (dir_ / "half").string();
  ASSERT_TRUE(OpenWritableShards(ArchiveShardPath(half, 0), 1).ok());
  absl::StatusOr<ReadableDatabase> read = OpenReadableShards(half);
  EXPECT_EQ(read.status().code(), absl::StatusCode::kNotFound) << read.status();

  ASSERT_TRUE(OpenWritableShards(half, 3).ok());
  read = OpenReadableShards(half);
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(read->shards.size(), 3u);
}

}  // namespace
}  // namespace newsq::internal
