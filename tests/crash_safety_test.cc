// Crash safety (issue 9): `newsq index` killed with SIGKILL at random moments
// of a run over a few thousand pages. After each kill the database opens and
// holds whole batches of the articles an uninterrupted run indexes, each
// exactly as that run stores it; a rerun then ends with exactly that set.
//
// The moments are random; the seed is printed, and NEWSQ_CRASH_SEED replays
// a run.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <thread>

#include "tests/newsq_process.h"
#include "tests/synthetic_pages.h"

namespace newsq::testing {
namespace {

namespace fs = std::filesystem;

constexpr int kPages = 2500;
constexpr int kBatch = 100;
constexpr int kKills = 20;

// Every article of the database at `db`: id -> the stored article as JSON,
// its story left out (story ids are labels that grouping may pick
// differently; the articles themselves must be the same).
std::map<std::string, std::string> ArticlesIn(const std::string& db) {
  const Finished dump = RunNewsq(NEWSQ_BINARY, {"dump", "--db", db});
  EXPECT_EQ(dump.exit_code, 0) << dump.output;
  std::map<std::string, std::string> articles;
  std::istringstream lines(dump.output);
  for (std::string line; std::getline(lines, line);) {
    nlohmann::json article = nlohmann::json::parse(line, nullptr, false);
    if (article.is_discarded() || !article.contains("id")) {
      ADD_FAILURE() << "not an article: " << line.substr(0, 200);
      continue;
    }
    article.erase("story_id");
    articles[article["id"].get<std::string>()] = article.dump();
  }
  return articles;
}

int64_t ArticleCount(const std::string& db) {
  const Finished stats =
      RunNewsq(NEWSQ_BINARY, {"stats", "--db", db, "--json"});
  EXPECT_EQ(stats.exit_code, 0)
      << "the database does not open after a kill: " << stats.output;
  const nlohmann::json json =
      nlohmann::json::parse(stats.output, nullptr, false);
  return json.is_object() ? json.value("articles", int64_t{-1}) : -1;
}

// Kills `newsq index` (into `shards` shards; 1: one database) kKills times
// at random moments and checks what each kill leaves, then that a rerun
// finishes the job. A sharded archive commits its shards one after the
// other, so a kill between two shards' commits leaves a batch in some shards
// only: there, `whole_batches` is false, and each shard must still open and
// hold only articles as the uninterrupted run stored them.
void KillIndexingAtRandom(int shards, bool whole_batches) {
  const fs::path work =
      fs::temp_directory_path() / ("newsq_crash_" + std::to_string(getpid()) +
                                   "_" + std::to_string(shards));
  fs::remove_all(work);
  const std::string pages = (work / "pages").string();
  WriteSyntheticPages(pages, kPages);
  auto index_into = [&](const std::string& db) {
    std::vector<std::string> args = {"index",
                                     "--db",
                                     db,
                                     "--batch",
                                     std::to_string(kBatch),
                                     "--shards",
                                     std::to_string(shards),
                                     pages};
    return args;
  };

  // What an uninterrupted run stores, and how long it takes.
  const std::string reference_db = (work / "reference").string();
  const auto start = std::chrono::steady_clock::now();
  const Finished reference_run =
      RunNewsq(NEWSQ_BINARY, index_into(reference_db));
  const auto run_time = std::chrono::steady_clock::now() - start;
  ASSERT_EQ(reference_run.exit_code, 0) << reference_run.output;
  const std::map<std::string, std::string> reference = ArticlesIn(reference_db);
  ASSERT_GT(reference.size(), static_cast<size_t>(kPages * 9 / 10));

  unsigned seed = std::random_device()();
  if (const char* replay = std::getenv("NEWSQ_CRASH_SEED"))
    seed = std::atoi(replay);
  std::printf("crash test seed %u (NEWSQ_CRASH_SEED replays it)\n", seed);
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int64_t> moment(
      0,
      std::chrono::duration_cast<std::chrono::milliseconds>(run_time).count());

  const std::string db = (work / "db").string();
  int killed_while_writing = 0, completed = 0;
  for (int kill = 0; kill < kKills; ++kill) {
    NewsqProcess run(NEWSQ_BINARY, index_into(db));
    std::this_thread::sleep_for(std::chrono::milliseconds(moment(rng)));
    if (run.Running()) {
      run.Kill();
    } else {
      const Finished finished = run.Wait();
      ASSERT_EQ(finished.exit_code, 0) << finished.output;
    }
    // Killed before it created the database (or an archive's stub, which it
    // writes after the shards): there is none yet, and readers say just that.
    if (!fs::exists(fs::path(db) / "XAPIANDB") &&
        !fs::exists(fs::path(db) / "iamglass")) {
      const Finished stats = RunNewsq(NEWSQ_BINARY, {"stats", "--db", db});
      EXPECT_NE(stats.output.find("no database at"), std::string::npos)
          << "kill " << kill << ": " << stats.output;
      continue;
    }
    // The database opens, and holds whole batches of the reference articles,
    // each as the uninterrupted run stored it.
    const int64_t count = ArticleCount(db);
    ASSERT_GE(count, 0) << "kill " << kill;
    if (whole_batches) {
      EXPECT_TRUE(count % kBatch == 0 ||
                  count == static_cast<int64_t>(reference.size()))
          << "kill " << kill << ": " << count << " articles, not whole batches";
    }
    const std::map<std::string, std::string> stored = ArticlesIn(db);
    EXPECT_EQ(static_cast<int64_t>(stored.size()), count);
    for (const auto& [id, article] : stored) {
      const auto expected = reference.find(id);
      ASSERT_NE(expected, reference.end())
          << "kill " << kill << ": unknown " << id;
      EXPECT_EQ(article, expected->second) << "kill " << kill << ": " << id;
    }
    if (count > 0 && count < static_cast<int64_t>(reference.size()))
      ++killed_while_writing;
    // A finished database starts over, so that later kills land while
    // writing too.
    if (stored == reference) {
      ++completed;
      fs::remove_all(db);
    }
  }
  // Most kills must have hit a run while it wrote, or the test proved little.
  EXPECT_GE(killed_while_writing, kKills / 4);
  std::printf("%d kills: %d while writing, %d runs found complete\n", kKills,
              killed_while_writing, completed);

  // A rerun finishes the job: exactly the reference set.
  const Finished rerun = RunNewsq(NEWSQ_BINARY, index_into(db));
  ASSERT_EQ(rerun.exit_code, 0) << rerun.output;
  EXPECT_EQ(ArticlesIn(db), reference);
  // And a second rerun changes nothing.
  const Finished again = RunNewsq(NEWSQ_BINARY, index_into(db));
  EXPECT_NE(again.output.find(" 0 added, 0 updated"), std::string::npos)
      << again.output;
  fs::remove_all(work);
}

TEST(CrashSafetyTest, KilledIndexingKeepsWholeBatchesAndARerunFinishesIt) {
  // One database, said so: a new database gets one shard per core by default.
  KillIndexingAtRandom(/*shards=*/1, /*whole_batches=*/true);
}

// Issue 23: the same kills on a run writing a sharded archive.
TEST(CrashSafetyTest, KilledShardedIndexingKeepsEveryShardReadable) {
  KillIndexingAtRandom(/*shards=*/3, /*whole_batches=*/false);
}

}  // namespace
}  // namespace newsq::testing
