// A sharded archive gives the same answers as one database holding the same
// articles (issue 23): the bundled corpus indexed once, then its documents
// dealt into N glass shards by article id, behind a stub file that Xapian
// opens itself (a folder with XAPIANDB listing `auto` shards), or served each
// by stock xapian-tcpsrv on loopback and listed by `remote` lines. Every read
// of the public API is compared as the JSON the CLI prints.
#include <gtest/gtest.h>
#include <unistd.h>
#include <xapian.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "newsq/json.h"
#include "newsq/newsq.h"
#include "tests/rounded_scores.h"
#include "tests/xapian_tcp_server.h"

namespace newsq::testing {
namespace {

namespace fs = std::filesystem;

// Where two JSON texts part, with some context: the failures' whole texts
// are too long to read.
std::string FirstDifference(const std::string& got,
                            const std::string& expected) {
  size_t at = 0;
  while (at < got.size() && at < expected.size() && got[at] == expected[at])
    ++at;
  const size_t from = at > 120 ? at - 120 : 0;
  return "sharded: ..." + got.substr(from, 240) + "\none db:  ..." +
         expected.substr(from, 240);
}

const DateTime kNow = *DateTime::FromIso8601("2025-02-14T12:00:00+01:00");

// Deals the documents of the database at `from` into `shards` new glass
// databases under `archive`, with the database's metadata, and writes the stub
// that lists them. Document g goes to shard (g - 1) % shards as its document
// (g - 1) / shards + 1: the shards searched together then number every
// document as the one database does (Xapian interleaves the shards' ids so),
// which is how a sharded archive is written.
void DealIntoShards(const std::string& from, const fs::path& archive,
                    int shards) {
  fs::remove_all(archive);
  fs::create_directories(archive);
  Xapian::Database source(from);
  std::vector<Xapian::WritableDatabase> out;
  std::ofstream stub(archive / "XAPIANDB");
  for (int i = 0; i < shards; ++i) {
    const std::string name = "shard-" + std::to_string(i);
    out.emplace_back((archive / name).string(), Xapian::DB_CREATE);
    for (auto key = source.metadata_keys_begin();
         key != source.metadata_keys_end(); ++key)
      out.back().set_metadata(*key, source.get_metadata(*key));
    stub << "auto " << name << "\n";
  }
  for (auto it = source.postlist_begin(""); it != source.postlist_end("");
       ++it) {
    const Xapian::docid global = *it;
    out[(global - 1) % shards].replace_document((global - 1) / shards + 1,
                                                source.get_document(global));
  }
  for (Xapian::WritableDatabase& shard : out) shard.commit();
}

struct Layout {
  int shards = 1;
  bool remote = false;  // each shard behind its own xapian-tcpsrv
};

void PrintTo(const Layout& layout, std::ostream* out) {
  *out << layout.shards << (layout.remote ? " remote" : " local") << " shards";
}

std::string LayoutName(const ::testing::TestParamInfo<Layout>& info) {
  return absl::StrCat(info.param.shards,
                      info.param.remote ? "Remote" : "Local");
}

class ShardedSearchTest : public ::testing::TestWithParam<Layout> {
 protected:
  static void SetUpTestSuite() {
    root_ = new fs::path(fs::temp_directory_path() /
                         ("newsq_sharded_" + std::to_string(::getpid())));
    fs::remove_all(*root_);
    auto writer = IndexWriter::Open((*root_ / "one").string());
    ASSERT_TRUE(writer.ok()) << writer.status();
    ASSERT_TRUE((*writer)->AddPages({NEWSQ_CORPORA_DIR}).ok());
  }
  static void TearDownTestSuite() {
    fs::remove_all(*root_);
    delete root_;
  }

  static std::unique_ptr<Searcher> Open(const fs::path& path) {
    auto searcher = Searcher::Open(path.string());
    EXPECT_TRUE(searcher.ok()) << searcher.status();
    return searcher.ok() ? *std::move(searcher) : nullptr;
  }

  static fs::path* root_;
};

fs::path* ShardedSearchTest::root_ = nullptr;

std::vector<SearchRequest> Requests() {
  std::vector<SearchRequest> requests;
  auto add = [&](std::string query, auto&& tweak) {
    SearchRequest request;
    request.query = std::move(query);
    request.now = kNow;
    request.facets = {kOutletFacet, kEntityFacet, kDayFacet};
    tweak(request);
    requests.push_back(request);
  };
  const auto as_is = [](SearchRequest&) {};
  for (const char* query :
       {"OpenAI Musk", "grève écoles", "\"l'offre de Musk\"", "Musk -Trump",
        "Musk OU Altman", "outlet:\"Tech Sphère\"", "entity:musk",
        "since:2025-02-10", "Altmann", "le", "intelligence artificielle"}) {
    add(query, as_is);
  }
  add("Musk", [](SearchRequest& r) { r.sort = SortOrder::kDate; });
  add("Musk", [](SearchRequest& r) { r.per_story = 3; });
  add("Musk", [](SearchRequest& r) { r.collapse = false; });
  add("Musk", [](SearchRequest& r) {
    r.offset = 2;
    r.limit = 3;
  });
  add("Musk", [](SearchRequest& r) { r.lead = LeadChoice::kEarliest; });
  add("Musk", [](SearchRequest& r) { r.explain = true; });
  add("", [](SearchRequest& r) { r.since = "2025-02-11"; });
  return requests;
}

TEST_P(ShardedSearchTest, EveryReadAnswersAsOneDatabaseDoes) {
  const int shards = GetParam().shards;
  const bool remote = GetParam().remote;
  const fs::path archive = *root_ / LayoutName({GetParam(), 0});
  DealIntoShards((*root_ / "one").string(), archive, shards);
  std::vector<std::unique_ptr<XapianTcpServer>> servers;
  fs::path opened = archive;
  if (remote) {
    opened = archive.string() + ".stub";
    std::ofstream stub(opened);
    for (int i = 0; i < shards; ++i) {
      absl::StatusOr<std::unique_ptr<XapianTcpServer>> server =
          XapianTcpServer::Start(
              {(archive / ("shard-" + std::to_string(i))).string()});
      ASSERT_TRUE(server.ok()) << server.status();
      stub << (*server)->StubLine() << "\n";
      servers.push_back(*std::move(server));
    }
  }
  std::unique_ptr<Searcher> one = Open(*root_ / "one");
  std::unique_ptr<Searcher> sharded = Open(opened);
  ASSERT_TRUE(one && sharded);

  for (const SearchRequest& request : Requests()) {
    SCOPED_TRACE(request.query);
    absl::StatusOr<SearchResult> expected = one->Search(request);
    absl::StatusOr<SearchResult> got = sharded->Search(request);
    ASSERT_TRUE(expected.ok()) << expected.status();
    ASSERT_TRUE(got.ok()) << got.status();
    const std::string got_json = WithRoundedScores(ToJson(*got));
    const std::string expected_json = WithRoundedScores(ToJson(*expected));
    EXPECT_TRUE(got_json == expected_json)
        << FirstDifference(got_json, expected_json);
  }

  StoriesRequest stories;
  stories.now = kNow;
  stories.limit = 100;
  absl::StatusOr<std::vector<StoryHit>> expected_stories =
      one->Stories(stories);
  absl::StatusOr<std::vector<StoryHit>> got_stories = sharded->Stories(stories);
  ASSERT_TRUE(expected_stories.ok() && got_stories.ok());
  EXPECT_EQ(WithRoundedScores(ToJson(*got_stories)),
            WithRoundedScores(ToJson(*expected_stories)));
  ASSERT_FALSE(expected_stories->empty());
  for (const StoryHit& story : *expected_stories) {
    absl::StatusOr<StoryHit> expected = one->Story(story.story_id);
    absl::StatusOr<StoryHit> got = sharded->Story(story.story_id);
    ASSERT_TRUE(expected.ok() && got.ok()) << story.story_id;
    EXPECT_EQ(WithRoundedScores(ToJson(*got)),
              WithRoundedScores(ToJson(*expected)));
    SearchRequest related;
    related.now = kNow;
    absl::StatusOr<SearchResult> expected_related =
        one->Related(story.story_id, related);
    absl::StatusOr<SearchResult> got_related =
        sharded->Related(story.story_id, related);
    ASSERT_TRUE(expected_related.ok() && got_related.ok());
    const std::string got_json = WithRoundedScores(ToJson(*got_related));
    const std::string expected_json =
        WithRoundedScores(ToJson(*expected_related));
    EXPECT_TRUE(got_json == expected_json)
        << story.story_id << "\n"
        << FirstDifference(got_json, expected_json);
  }

  SearchRequest all;
  all.now = kNow;
  absl::StatusOr<std::vector<FacetValue>> expected_entities =
      one->Entities(all);
  absl::StatusOr<std::vector<FacetValue>> got_entities = sharded->Entities(all);
  ASSERT_TRUE(expected_entities.ok() && got_entities.ok());
  EXPECT_EQ(ToJson(*got_entities), ToJson(*expected_entities));

  absl::StatusOr<DatabaseStats> expected_stats = one->Stats();
  absl::StatusOr<DatabaseStats> got_stats = sharded->Stats();
  ASSERT_TRUE(expected_stats.ok() && got_stats.ok());
  EXPECT_EQ(got_stats->articles, expected_stats->articles);
  EXPECT_EQ(got_stats->stories, expected_stats->stories);
  EXPECT_EQ(got_stats->outlets, expected_stats->outlets);
  // Each shard listed, with the articles it holds: document g in shard
  // (g - 1) % shards.
  ASSERT_EQ(got_stats->shards.size(), static_cast<size_t>(shards));
  for (int i = 0; i < shards; ++i) {
    const int64_t expected_articles =
        (expected_stats->articles - i + shards - 1) / shards;
    EXPECT_EQ(got_stats->shards[i].articles, expected_articles) << i;
    EXPECT_EQ(got_stats->shards[i].remote, remote);
  }

  std::vector<std::string> expected_dump, got_dump;
  ASSERT_TRUE(one->ForEachArticle([&](const StoredArticle& a) {
                   expected_dump.push_back(ToJson(a));
                 })
                  .ok());
  ASSERT_TRUE(sharded
                  ->ForEachArticle([&](const StoredArticle& a) {
                    got_dump.push_back(ToJson(a));
                  })
                  .ok());
  EXPECT_EQ(got_dump, expected_dump);
}

// A remote shard that is down: named in the error, or, with allow_partial,
// left out of an answer that says so; also when it stops answering after the
// searcher opened it.
TEST(RemoteShardFailureTest, ADownShardIsNamedOrLeftOutWhenAllowed) {
  const fs::path root = fs::temp_directory_path() /
                        ("newsq_remote_down_" + std::to_string(::getpid()));
  fs::remove_all(root);
  {
    auto writer = IndexWriter::Open((root / "one").string());
    ASSERT_TRUE(writer.ok()) << writer.status();
    ASSERT_TRUE((*writer)->AddPages({NEWSQ_CORPORA_DIR}).ok());
  }
  DealIntoShards((root / "one").string(), root / "archive", 2);
  absl::StatusOr<std::unique_ptr<XapianTcpServer>> up =
      XapianTcpServer::Start({(root / "archive" / "shard-0").string()});
  absl::StatusOr<std::unique_ptr<XapianTcpServer>> down =
      XapianTcpServer::Start({(root / "archive" / "shard-1").string()});
  ASSERT_TRUE(up.ok() && down.ok());
  const std::string down_address =
      "127.0.0.1:" + std::to_string((*down)->port());
  const fs::path both = root / "both.stub";
  const fs::path live_only = root / "live.stub";
  std::ofstream(both) << (*up)->StubLine() << "\n"
                      << (*down)->StubLine() << "\n";
  std::ofstream(live_only) << (*up)->StubLine() << "\n";

  SearchRequest request;
  request.query = "Musk";
  request.now = kNow;
  request.facets = {kOutletFacet};
  auto partial = Searcher::Open(both.string(), {.allow_partial = true});
  ASSERT_TRUE(partial.ok()) << partial.status();
  auto strict_open = Searcher::Open(both.string());
  ASSERT_TRUE(strict_open.ok()) << strict_open.status();
  absl::StatusOr<SearchResult> whole = (*partial)->Search(request);
  ASSERT_TRUE(whole.ok()) << whole.status();
  EXPECT_TRUE(whole->missing_shards.empty());

  // Stopped after the searchers opened it: the next read fails naming it, or
  // leaves it out when allowed.
  down->reset();
  absl::StatusOr<SearchResult> failed = (*strict_open)->Search(request);
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.status().code(), absl::StatusCode::kUnavailable);
  EXPECT_NE(failed.status().message().find(down_address), std::string::npos)
      << failed.status();
  absl::StatusOr<SearchResult> without = (*partial)->Search(request);
  ASSERT_TRUE(without.ok()) << without.status();
  ASSERT_EQ(without->missing_shards.size(), 1u);
  EXPECT_EQ(without->missing_shards[0].where, down_address);
  EXPECT_LT(without->total.articles, whole->total.articles);
  EXPECT_NE(ToJson(*without).find("\"partial\":true"), std::string::npos);
  // What is left is what the live shard alone answers.
  auto live = Searcher::Open(live_only.string());
  ASSERT_TRUE(live.ok()) << live.status();
  absl::StatusOr<SearchResult> alone = (*live)->Search(request);
  ASSERT_TRUE(alone.ok()) << alone.status();
  alone->missing_shards = without->missing_shards;
  EXPECT_EQ(WithRoundedScores(ToJson(*without)),
            WithRoundedScores(ToJson(*alone)));
  absl::StatusOr<DatabaseStats> stats = (*partial)->Stats();
  ASSERT_TRUE(stats.ok()) << stats.status();
  EXPECT_EQ(stats->shards.size(), 1u);
  ASSERT_EQ(stats->missing_shards.size(), 1u);

  // Down when opening: an error naming it, unless a partial answer is allowed.
  absl::StatusOr<std::unique_ptr<Searcher>> strict =
      Searcher::Open(both.string());
  ASSERT_FALSE(strict.ok());
  EXPECT_EQ(strict.status().code(), absl::StatusCode::kUnavailable);
  EXPECT_NE(strict.status().message().find(down_address), std::string::npos)
      << strict.status();
  auto reopened = Searcher::Open(both.string(), {.allow_partial = true});
  ASSERT_TRUE(reopened.ok()) << reopened.status();
  ASSERT_EQ((*reopened)->missing_shards().size(), 1u);
  EXPECT_EQ((*reopened)->missing_shards()[0].where, down_address);

  // No shard at all is an error even so.
  up->reset();
  EXPECT_FALSE(Searcher::Open(both.string(), {.allow_partial = true}).ok());
  fs::remove_all(root);
}

INSTANTIATE_TEST_SUITE_P(Shards, ShardedSearchTest,
                         ::testing::Values(Layout{1, false}, Layout{2, false},
                                           Layout{4, false}, Layout{1, true},
                                           Layout{3, true}),
                         LayoutName);

}  // namespace
}  // namespace newsq::testing
