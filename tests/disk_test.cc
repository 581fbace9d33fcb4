// Disk and permissions (issue 9): a full disk or a database location the
// user may not write gives a clear error, and the previous index stays whole.
//
// A full disk is simulated with a file size limit (ulimit -f, with SIGXFSZ
// ignored so that writes fail with EFBIG as they would with ENOSPC), which
// newsq counts, with free space, in the room it keeps to write; an
// unwritable location by running newsq as the unprivileged user "nobody"
// when the tests run as root, whom permissions do not stop.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>

#include "tests/newsq_process.h"
#include "tests/scratch_dir.h"
#include "tests/synthetic_pages.h"

namespace newsq::testing {
namespace {

namespace fs = std::filesystem;

// How many lines of `before` are missing from `after`.
int MissingLines(const std::string& before, const std::string& after) {
  int missing = 0;
  std::istringstream lines(before);
  for (std::string line; std::getline(lines, line);)
    missing += after.find(line) == std::string::npos;
  return missing;
}

class DiskTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = (work_ / "db").string();
    ASSERT_EQ(RunNewsq(NEWSQ_BINARY, {"index", "--db", db_, NEWSQ_CORPORA_DIR})
                  .exit_code,
              0);
    before_ = Dump();
    ASSERT_FALSE(before_.empty());
  }

  std::string Dump() {
    const Finished dump = RunNewsq(NEWSQ_BINARY, {"dump", "--db", db_});
    EXPECT_EQ(dump.exit_code, 0);
    return dump.output;
  }

  // Runs `newsq ARGS` through the shell, after `prefix`: shell commands that
  // end with "exec", or with a program that runs its arguments.
  Finished Shell(const std::string& prefix, const std::string& args) {
    return RunNewsq(
        "/bin/sh",
        {"-c", prefix + " '" + std::string(NEWSQ_BINARY) + "' " + args});
  }

  // The size of the database's largest file, in KiB.
  int64_t LargestFileKib() const {
    uintmax_t largest = 0;
    for (const auto& entry : fs::directory_iterator(db_))
      if (entry.is_regular_file())
        largest = std::max(largest, entry.file_size());
    return static_cast<int64_t>(largest >> 10);
  }

  const testing::ScratchDir scratch_{"disk"};
  const fs::path work_ = scratch_.path();
  std::string db_;
  std::string before_;
};

TEST_F(DiskTest, AFullDiskFailsClearlyAndKeepsThePreviousIndex) {
  const std::string pages = (work_ / "pages").string();
  WriteSyntheticPages(pages, 400, /*seed=*/5);
  // Room for the largest table to grow by at most 128 KiB (ulimit -f counts
  // blocks of 512 bytes or 1 KiB, by shell): newsq, which keeps 64 MB of
  // room, must refuse to start rather than fail half-way.
  const std::string full = "trap '' XFSZ; ulimit -f " +
                           std::to_string(LargestFileKib() + 128) + "; exec";
  const Finished index =
      Shell(full, "index --db '" + db_ + "' --batch 50 '" + pages + "'");
  EXPECT_EQ(index.exit_code, 1) << index.output.substr(0, 2000);
  EXPECT_NE(index.output.find("room under the file size limit"),
            std::string::npos)
      << index.output.substr(0, 2000);
  EXPECT_NE(index.output.find(db_), std::string::npos)
      << index.output.substr(0, 2000);
  // The articles there before are intact.
  EXPECT_EQ(MissingLines(before_, Dump()), 0);

  // A reindex that runs out of space leaves the live database as it was.
  const std::string before_reindex = Dump();
  const Finished reindex = Shell(full, "reindex --db '" + db_ + "' '" + pages +
                                           "' '" + NEWSQ_CORPORA_DIR + "'");
  EXPECT_EQ(reindex.exit_code, 1) << reindex.output.substr(0, 2000);
  EXPECT_TRUE(Dump() == before_reindex) << "the live database changed";
  EXPECT_FALSE(fs::exists(db_ + ".reindexing"));
}

TEST_F(DiskTest, AnUnwritableLocationFailsClearlyAndKeepsTheIndex) {
  std::string as_user = "exec";
  if (geteuid() == 0) {
    if (access("/usr/bin/setpriv", X_OK) != 0)
      GTEST_SKIP() << "running as root without setpriv to drop privileges";
    // The database stays root's; nobody may read it, not write it.
    fs::permissions(work_, fs::perms::owner_all | fs::perms::group_read |
                               fs::perms::group_exec | fs::perms::others_read |
                               fs::perms::others_exec);
    as_user = "exec setpriv --reuid=65534 --regid=65534 --clear-groups";
  } else {
    fs::permissions(db_, fs::perms::owner_read | fs::perms::owner_exec);
    fs::permissions(work_, fs::perms::owner_read | fs::perms::owner_exec);
  }
  for (const char* command : {"index", "reindex"}) {
    const Finished run = Shell(as_user, std::string(command) + " --db '" + db_ +
                                            "' '" + NEWSQ_CORPORA_DIR + "'");
    EXPECT_EQ(run.exit_code, 1) << command << ": " << run.output;
    EXPECT_NE(run.output.find("Permission denied"), std::string::npos)
        << command << ": " << run.output;
    EXPECT_NE(run.output.find(db_), std::string::npos)
        << command << ": " << run.output;
  }
  fs::permissions(work_, fs::perms::owner_all);
  fs::permissions(db_, fs::perms::owner_all);
  EXPECT_TRUE(Dump() == before_) << "the database changed";
}

}  // namespace
}  // namespace newsq::testing
