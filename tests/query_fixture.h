// The fixture of the query tests (query_test.cc, facets_test.cc): the bundled
// corpus indexed once per test binary, one Searcher on it, every stored
// article, and helpers to search and to count by brute force.
#ifndef NEWSQ_TESTS_QUERY_FIXTURE_H_
#define NEWSQ_TESTS_QUERY_FIXTURE_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "newsq/newsq.h"
#include "tests/scratch_dir.h"

namespace newsq::testing {

namespace fs = std::filesystem;

// The corpus runs from 2025-02-07 to 2025-02-13; "now" is the day after, so
// that relative dates and recency do not depend on the clock.
inline const DateTime kNow =
    *DateTime::FromIso8601("2025-02-14T12:00:00+01:00");

class QueryTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new ScratchDir("query");
    db_path_ = new std::string((scratch_->path() / "db").string());
    auto writer = IndexWriter::Open(*db_path_);
    ASSERT_TRUE(writer.ok()) << writer.status();
    ASSERT_TRUE((*writer)->AddPages({NEWSQ_CORPORA_DIR}).ok());
    writer->reset();
    auto searcher = Searcher::Open(*db_path_);
    ASSERT_TRUE(searcher.ok()) << searcher.status();
    searcher_ = searcher->release();
    stored_ = new std::vector<StoredArticle>();
    ASSERT_TRUE(searcher_
                    ->ForEachArticle(
                        [](const StoredArticle& a) { stored_->push_back(a); })
                    .ok());
  }
  static void TearDownTestSuite() {
    delete searcher_;
    delete stored_;
    delete db_path_;
    delete scratch_;
  }

  static SearchRequest Request(const std::string& query) {
    SearchRequest request;
    request.query = query;
    request.now = kNow;
    request.limit = 100;
    return request;
  }

  static SearchResult Search(const SearchRequest& request) {
    absl::StatusOr<SearchResult> result = searcher_->Search(request);
    EXPECT_TRUE(result.ok()) << request.query << ": " << result.status();
    return result.ok() ? *result : SearchResult{};
  }

  // Ids of every article the request matches (not collapsed, all pages).
  static std::set<std::string> MatchingIds(SearchRequest request) {
    request.collapse = false;
    request.limit = 1000;
    std::set<std::string> ids;
    for (const ArticleHit& hit : Search(request).articles) ids.insert(hit.id);
    return ids;
  }

  static const StoredArticle& Stored(const std::string& id) {
    return *std::find_if(stored_->begin(), stored_->end(),
                         [&](const StoredArticle& a) { return a.id == id; });
  }

  // The stored articles for which `keep` is true, as ids.
  template <typename Keep>
  static std::set<std::string> StoredIds(Keep keep) {
    std::set<std::string> ids;
    for (const StoredArticle& a : *stored_) {
      if (keep(a)) ids.insert(a.id);
    }
    return ids;
  }

  inline static ScratchDir* scratch_ = nullptr;
  inline static std::string* db_path_ = nullptr;
  inline static Searcher* searcher_ = nullptr;
  inline static std::vector<StoredArticle>* stored_ = nullptr;
};

}  // namespace newsq::testing

#endif  // NEWSQ_TESTS_QUERY_FIXTURE_H_
