// Readers during writes (issue 9): searches run in a loop, from other
// processes and from a Searcher held open in this one, while `newsq index`
// writes and while `newsq reindex` builds and switches. None may fail, and
// every answer must be well-formed.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "newsq/newsq.h"
#include "tests/newsq_process.h"
#include "tests/synthetic_pages.h"

namespace newsq::testing {
namespace {

namespace fs = std::filesystem;

struct ReaderTally {
  int searches = 0;
  int failures = 0;
};

// One search through the program, as a script would run it: it must succeed
// and print a whole JSON answer.
void SearchWithTheProgram(const std::string& db, const std::string& query,
                          ReaderTally& tally) {
  ++tally.searches;
  const Finished run =
      RunNewsq(NEWSQ_BINARY, {"search", "--db", db, "--json", query});
  const nlohmann::json answer =
      nlohmann::json::parse(run.output, nullptr, false);
  const bool well_formed =
      !answer.is_discarded() && answer.contains("stories") &&
      answer["stories"].is_array() && answer.contains("total");
  if (run.exit_code != 0 || !well_formed) {
    ++tally.failures;
    ADD_FAILURE() << "search '" << query << "' failed: " << run.output;
  }
}

// One search through a Searcher opened before the writes began.
void SearchWithTheLibrary(Searcher& searcher, const std::string& query,
                          ReaderTally& tally) {
  ++tally.searches;
  SearchRequest request;
  request.query = query;
  absl::StatusOr<SearchResult> result = searcher.Search(request);
  if (!result.ok()) {
    ++tally.failures;
    ADD_FAILURE() << "library search '" << query
                  << "' failed: " << result.status();
    return;
  }
  for (const StoryHit& story : result->stories) {
    if (story.story_id.empty() || story.articles.empty()) {
      ++tally.failures;
      ADD_FAILURE() << "a story without id or articles";
    }
  }
}

// Searches until `writer` ends, then checks that it succeeded.
ReaderTally SearchWhile(NewsqProcess& writer, const std::string& db,
                        Searcher& searcher) {
  ReaderTally tally;
  const std::vector<std::string> queries = {"Musk", "OpenAI Altman", "journal",
                                            "Gabon électricité"};
  for (size_t i = 0; writer.Running(); ++i) {
    SearchWithTheProgram(db, queries[i % queries.size()], tally);
    SearchWithTheLibrary(searcher, queries[(i + 1) % queries.size()], tally);
  }
  const Finished finished = writer.Wait();
  EXPECT_EQ(finished.exit_code, 0) << finished.output;
  return tally;
}

// A scratch folder with `page_count` synthetic pages still to index, and a
// database of the bundled corpus for the readers to open first (a sharded
// archive of `shards` shards when above 1).
struct Scratch {
  Scratch(const std::string& name, int page_count, unsigned seed,
          int shards = 0)
      : work(fs::temp_directory_path() /
             (name + "_" + std::to_string(getpid()))),
        pages((work / "pages").string()),
        db((work / "db").string()) {
    fs::remove_all(work);
    WriteSyntheticPages(pages, page_count, seed);
    indexed =
        RunNewsq(NEWSQ_BINARY, {"index", "--db", db, "--shards",
                                std::to_string(shards), NEWSQ_CORPORA_DIR})
            .exit_code == 0;
  }
  ~Scratch() { fs::remove_all(work); }

  const fs::path work;
  const std::string pages;
  const std::string db;
  bool indexed = false;
};

class ReadersDuringWritesTest : public ::testing::TestWithParam<int> {};

// Parameter: the shards of the database (0: one database; 3: a sharded
// archive, issue 23).
TEST_P(ReadersDuringWritesTest, SearchesNeverFailWhileIndexingOrReindexing) {
  const Scratch scratch("newsq_readers", 1500, /*seed=*/7, GetParam());
  ASSERT_TRUE(scratch.indexed);
  const std::string& pages = scratch.pages;
  const std::string& db = scratch.db;
  absl::StatusOr<std::unique_ptr<Searcher>> searcher = Searcher::Open(db);
  ASSERT_TRUE(searcher.ok()) << searcher.status();

  // Indexing commits small batches while the readers search.
  NewsqProcess indexing(NEWSQ_BINARY,
                        {"index", "--db", db, "--batch", "50", pages});
  const ReaderTally while_indexing = SearchWhile(indexing, db, **searcher);
  EXPECT_EQ(while_indexing.failures, 0);
  EXPECT_GE(while_indexing.searches, 10) << "the readers barely ran";

  // Reindexing builds beside the live database and swaps it in.
  NewsqProcess reindexing(NEWSQ_BINARY,
                          {"reindex", "--db", db, pages, NEWSQ_CORPORA_DIR});
  const ReaderTally while_reindexing = SearchWhile(reindexing, db, **searcher);
  EXPECT_EQ(while_reindexing.failures, 0);
  EXPECT_GE(while_reindexing.searches, 10) << "the readers barely ran";
  std::printf("searches: %d while indexing, %d while reindexing; 0 failed\n",
              while_indexing.searches, while_reindexing.searches);

  // After the switch, the open Searcher still answers, and a new one sees
  // the new database, with nothing left beside it.
  ReaderTally after;
  SearchWithTheLibrary(**searcher, "Musk", after);
  EXPECT_EQ(after.failures, 0);
  absl::StatusOr<std::unique_ptr<Searcher>> fresh = Searcher::Open(db);
  ASSERT_TRUE(fresh.ok()) << fresh.status();
  absl::StatusOr<DatabaseStats> stats = (*fresh)->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_GT(stats->articles, 1400);
  EXPECT_FALSE(fs::exists(db + ".reindexing"));
}

INSTANTIATE_TEST_SUITE_P(Shards, ReadersDuringWritesTest,
                         ::testing::Values(0, 3));

// Every read of the library, through one Searcher opened before the writes,
// while `newsq index` commits after each article: each read reopens and reads
// again when a commit discards the revision it was reading (issue 20). Before,
// only Search, Entities and Related did; Story, Stories, Stats and
// ForEachArticle failed with "revision discarded".
TEST(ReadersDuringCommitsTest, EveryLibraryReadSucceedsWhileCommitsComeFast) {
  const Scratch scratch("newsq_reads", 400, /*seed=*/11);
  ASSERT_TRUE(scratch.indexed);
  const std::string& db = scratch.db;
  absl::StatusOr<std::unique_ptr<Searcher>> opened = Searcher::Open(db);
  ASSERT_TRUE(opened.ok()) << opened.status();
  Searcher& searcher = **opened;
  absl::StatusOr<std::vector<StoryHit>> biggest = searcher.Stories({});
  ASSERT_TRUE(biggest.ok() && !biggest->empty()) << biggest.status();
  const std::string story_id = biggest->front().story_id;

  std::map<std::string, int> failures, reads;
  auto tally = [&](const std::string& read, const absl::Status& status) {
    ++reads[read];
    if (status.ok()) return;
    ++failures[read];
    ADD_FAILURE() << read << " failed: " << status;
  };
  NewsqProcess indexing(NEWSQ_BINARY,
                        {"index", "--db", db, "--batch", "1", scratch.pages});
  while (indexing.Running()) {
    SearchRequest request;
    request.query = "Musk";
    request.facets = {"outlet", "entity", "day"};
    tally("Search", searcher.Search(request).status());
    tally("Entities", searcher.Entities(request).status());
    tally("Related", searcher.Related(story_id, request).status());
    tally("Story", searcher.Story(story_id).status());
    tally("Stories", searcher.Stories({}).status());
    tally("Stats", searcher.Stats().status());
    std::set<std::string> seen;
    bool twice = false;
    tally("ForEachArticle",
          searcher.ForEachArticle([&](const StoredArticle& stored) {
            twice |= !seen.insert(stored.id).second;
          }));
    EXPECT_FALSE(twice) << "ForEachArticle visited an article twice";
  }
  const Finished finished = indexing.Wait();
  EXPECT_EQ(finished.exit_code, 0) << finished.output;
  EXPECT_TRUE(failures.empty());
  EXPECT_GE(reads["ForEachArticle"], 3) << "the reads barely ran";

  // Reopen() moves the searcher to what the writer committed.
  ASSERT_TRUE(searcher.Reopen().ok());
  absl::StatusOr<DatabaseStats> stats = searcher.Stats();
  ASSERT_TRUE(stats.ok()) << stats.status();
  EXPECT_GT(stats->articles, 400);
}

}  // namespace
}  // namespace newsq::testing
