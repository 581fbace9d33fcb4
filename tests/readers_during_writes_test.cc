// Readers during writes (issue 9): searches run in a loop, from other
// processes and from a Searcher held open in this one, while `newsq index`
// writes and while `newsq reindex` builds and switches. None may fail, and
// every answer must be well-formed.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
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

TEST(ReadersDuringWritesTest, SearchesNeverFailWhileIndexingOrReindexing) {
  const fs::path work =
      fs::temp_directory_path() / ("newsq_readers_" + std::to_string(getpid()));
  fs::remove_all(work);
  const std::string pages = (work / "pages").string();
  WriteSyntheticPages(pages, 1500, /*seed=*/7);
  const std::string db = (work / "db").string();
  // A database for the readers to open first.
  ASSERT_EQ(RunNewsq(NEWSQ_BINARY, {"index", "--db", db, NEWSQ_CORPORA_DIR})
                .exit_code,
            0);
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
  fs::remove_all(work);
}

}  // namespace
}  // namespace newsq::testing
