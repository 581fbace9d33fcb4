// The index's life through the public API (issue 9): one writer at a time,
// incremental runs, pruning, and reindexing beside the live database.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "indexer/article_chunks.h"
#include "newsq/newsq.h"
#include "tests/scratch_dir.h"

namespace newsq {
namespace {

namespace fs = std::filesystem;

class LifecycleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    pages_ = work_ / "pages";
    fs::copy(NEWSQ_CORPORA_DIR, pages_, fs::copy_options::recursive);
    db_ = (work_ / "db").string();
  }

  // The first page of the corpus, by name.
  fs::path SomePage() const {
    std::set<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(pages_))
      if (entry.path().extension() == ".html") files.insert(entry.path());
    return *files.begin();
  }

  std::map<std::string, std::string> StoryOfEachArticle() {
    std::map<std::string, std::string> story_of;
    absl::StatusOr<std::unique_ptr<Searcher>> searcher = Searcher::Open(db_);
    EXPECT_TRUE(searcher.ok()) << searcher.status();
    if (!searcher.ok()) return story_of;
    EXPECT_TRUE((*searcher)
                    ->ForEachArticle([&](const StoredArticle& a) {
                      story_of[a.id] = a.story_id;
                    })
                    .ok());
    return story_of;
  }

  const testing::ScratchDir scratch_{"lifecycle"};
  const fs::path work_ = scratch_.path();
  fs::path pages_;
  std::string db_;
};

TEST_F(LifecycleTest, ASecondWriterIsToldWhoHoldsTheDatabase) {
  absl::StatusOr<std::unique_ptr<IndexWriter>> first = IndexWriter::Open(db_);
  ASSERT_TRUE(first.ok()) << first.status();
  absl::StatusOr<std::unique_ptr<IndexWriter>> second = IndexWriter::Open(db_);
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), absl::StatusCode::kUnavailable);
  EXPECT_NE(second.status().message().find("pid " + std::to_string(getpid())),
            std::string::npos)
      << second.status();
  // Reindex and upgrade wait their turn too.
  EXPECT_EQ(IndexWriter::Reindex(db_, {pages_.string()}).status().code(),
            absl::StatusCode::kUnavailable);
  EXPECT_EQ(IndexWriter::Upgrade(db_).status().code(),
            absl::StatusCode::kUnavailable);
  first->reset();
  EXPECT_TRUE(IndexWriter::Open(db_).ok());
}

TEST_F(LifecycleTest, AnOpenSearcherSeesNewCommitsOnlyOnceReopened) {
  {
    auto writer = IndexWriter::Open(db_);
    ASSERT_TRUE(writer.ok()) << writer.status();
    ASSERT_TRUE((*writer)->AddPages({SomePage().string()}).ok());
  }
  absl::StatusOr<std::unique_ptr<Searcher>> searcher = Searcher::Open(db_);
  ASSERT_TRUE(searcher.ok()) << searcher.status();
  auto writer = IndexWriter::Open(db_);
  ASSERT_TRUE(writer.ok()) << writer.status();
  ASSERT_TRUE((*writer)->AddPages({pages_.string()}).ok());
  const int64_t committed = (*writer)->article_count();
  ASSERT_GT(committed, 1);

  absl::StatusOr<DatabaseStats> before = (*searcher)->Stats();
  ASSERT_TRUE(before.ok()) << before.status();
  EXPECT_EQ(before->articles, 1) << "reads the revision it opened";
  ASSERT_TRUE((*searcher)->Reopen().ok());
  absl::StatusOr<DatabaseStats> after = (*searcher)->Stats();
  ASSERT_TRUE(after.ok()) << after.status();
  EXPECT_EQ(after->articles, committed);
}

// A database reached through a symbolic link is one database with its target
// (issue 21): one lock for both, and reindex swaps the target, keeping the
// link.
TEST_F(LifecycleTest, ALinkAndItsTargetAreOneDatabase) {
  const fs::path link = work_ / "link";
  {
    auto writer = IndexWriter::Open(db_);
    ASSERT_TRUE(writer.ok()) << writer.status();
    ASSERT_TRUE((*writer)->AddPages({SomePage().string()}).ok());
  }
  fs::create_directory_symlink(db_, link);
  {
    auto through_link = IndexWriter::Open(link.string());
    ASSERT_TRUE(through_link.ok()) << through_link.status();
    EXPECT_EQ(IndexWriter::Open(db_).status().code(),
              absl::StatusCode::kUnavailable);
  }
  auto reindexed = IndexWriter::Reindex(link.string(), {pages_.string()});
  ASSERT_TRUE(reindexed.ok()) << reindexed.status();
  EXPECT_TRUE(fs::is_symlink(link));
  auto searcher = Searcher::Open(db_);
  ASSERT_TRUE(searcher.ok()) << searcher.status();
  absl::StatusOr<DatabaseStats> stats = (*searcher)->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->articles, reindexed->articles);
  EXPECT_GT(stats->articles, 1);
}

TEST_F(LifecycleTest, ASecondRunChangesNothingAndAnEditKeepsItsStory) {
  absl::StatusOr<std::unique_ptr<IndexWriter>> writer = IndexWriter::Open(db_);
  ASSERT_TRUE(writer.ok());
  absl::StatusOr<PagesReport> first = (*writer)->AddPages({pages_.string()});
  ASSERT_TRUE(first.ok());
  ASSERT_GT(first->added, 50);
  const auto stories_before = StoryOfEachArticle();

  absl::StatusOr<PagesReport> second = (*writer)->AddPages({pages_.string()});
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->added, 0);
  EXPECT_EQ(second->updated, 0);
  EXPECT_EQ(second->unchanged, first->added);

  // An edited page replaces its article, which stays in its story.
  const fs::path page = SomePage();
  std::stringstream html;
  html << std::ifstream(page).rdbuf();
  std::string text = html.str();
  // In a plain paragraph of the article, not in the site's chrome or a
  // kicker.
  const size_t paragraph =
      text.find("</p>", text.find("<p>", text.find("<article")));
  ASSERT_NE(paragraph, std::string::npos);
  text.insert(paragraph, " Mise à jour : la rédaction a corrigé un chiffre.");
  std::ofstream(page) << text;
  absl::StatusOr<PagesReport> third = (*writer)->AddPages({pages_.string()});
  ASSERT_TRUE(third.ok());
  EXPECT_EQ(third->added, 0);
  EXPECT_EQ(third->updated, 1);
  EXPECT_EQ(StoryOfEachArticle(), stories_before);
}

// Two pages of one article (one canonical URL) that a run reads in different
// chunks, or in different runs: the later version stays, and rereading both
// writes nothing.
TEST_F(LifecycleTest, AnOlderCopyFromAnotherPageNeverReplacesALaterOne) {
  absl::StatusOr<std::unique_ptr<IndexWriter>> writer = IndexWriter::Open(db_);
  ASSERT_TRUE(writer.ok());
  // Both pages are there: a page whose file is gone no longer counts.
  for (const char* name : {"a.html", "b.html"})
    std::ofstream(work_ / name) << "<html></html>";
  auto copy = [&](const std::string& file, const std::string& modified,
                  const std::string& text) {
    Article a;
    a.url = (work_ / file).string();
    a.canonical_url = "https://exemple.fr/article";
    a.title = "Le conseil municipal vote le budget";
    a.modified = DateTime::FromIso8601(modified);
    a.text = text;
    return a;
  };
  const Article older = copy("a.html", "2025-03-01T10:00:00+01:00", "Avant.");
  const Article later = copy("b.html", "2025-03-02T10:00:00+01:00", "Après.");
  ASSERT_EQ((*writer)->Add(later)->outcome, AddOutcome::kAdded);
  EXPECT_EQ((*writer)->Add(older)->outcome, AddOutcome::kOlderCopy);
  EXPECT_EQ((*writer)->Add(later)->outcome, AddOutcome::kUnchanged);
  // A newer version from the other page replaces it, and an edit of the
  // indexed page itself always applies, whatever its date.
  const Article newest =
      copy("a.html", "2025-03-03T10:00:00+01:00", "Encore après.");
  EXPECT_EQ((*writer)->Add(newest)->outcome, AddOutcome::kUpdated);
  EXPECT_EQ((*writer)->Add(older)->outcome, AddOutcome::kUpdated);
  EXPECT_EQ((*writer)->Add(later)->outcome, AddOutcome::kUpdated);
  EXPECT_EQ((*writer)->Add(older)->outcome, AddOutcome::kOlderCopy);
  // Urls that are no files (JSON lines may give "www.x.fr/a", the API an
  // absolute path of a site) keep the rule of dates, whoever reads them.
  for (const char* prefix : {"www.exemple.fr/autre", "/archive/autre"}) {
    Article web_later = copy("unused", "2025-03-02T10:00:00+01:00", "Après.");
    web_later.url = std::string(prefix) + "?v=2";
    web_later.canonical_url = std::string("https://exemple.fr/") + prefix;
    Article web_older = web_later;
    web_older.url = std::string(prefix) + "?v=1";
    web_older.modified = DateTime::FromIso8601("2025-03-01T10:00:00+01:00");
    web_older.text = "Avant.";
    ASSERT_EQ((*writer)->Add(web_later)->outcome, AddOutcome::kAdded);
    EXPECT_EQ((*writer)->Add(web_older)->outcome, AddOutcome::kOlderCopy)
        << prefix;
    // On a tie too, the name decides, as before.
    web_older.modified = web_later.modified;
    EXPECT_EQ((*writer)->Add(web_older)->outcome, AddOutcome::kOlderCopy)
        << prefix;
  }
}

// A page indexed from one path and read again from another (renamed, moved,
// or named by its full path after a relative one) is the same article: its
// edit applies, though the old path's name sorts last.
TEST_F(LifecycleTest, AnEditAppliesAfterThePageIsRenamedOrNamedAnotherWay) {
  const fs::path page =
      pages_ / "tech-sphere" / "cnil-recommandations-ia-rgpd.html";
  const fs::path renamed = page.parent_path() / "0-renamed.html";
  ASSERT_LT(renamed.string(), page.string());
  {
    absl::StatusOr<std::unique_ptr<IndexWriter>> writer =
        IndexWriter::Open(db_);
    ASSERT_TRUE(writer.ok());
    absl::StatusOr<PagesReport> first = (*writer)->AddPages({pages_.string()});
    ASSERT_TRUE(first.ok());
  }
  std::string html;
  {
    std::ifstream in(page, std::ios::binary);
    html.assign(std::istreambuf_iterator<char>(in), {});
  }
  const size_t body = html.find("soigneusement choisi");
  ASSERT_NE(body, std::string::npos);
  html.insert(body, "Zorglub ");
  fs::remove(page);
  std::ofstream(renamed, std::ios::binary) << html;
  absl::StatusOr<std::unique_ptr<IndexWriter>> writer = IndexWriter::Open(db_);
  ASSERT_TRUE(writer.ok());
  absl::StatusOr<PagesReport> second = (*writer)->AddPages({pages_.string()});
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->updated, 1);
  EXPECT_EQ(second->duplicates, 0);
  writer->reset();
  absl::StatusOr<std::unique_ptr<Searcher>> searcher = Searcher::Open(db_);
  ASSERT_TRUE(searcher.ok());
  SearchRequest request;
  request.query = "Zorglub";
  absl::StatusOr<SearchResult> found = (*searcher)->Search(request);
  ASSERT_TRUE(found.ok()) << found.status();
  EXPECT_EQ(found->total.articles, 1);
}

TEST_F(LifecycleTest, PruneDeletesTheArticlesOfGoneFilesOnly) {
  absl::StatusOr<std::unique_ptr<IndexWriter>> writer = IndexWriter::Open(db_);
  ASSERT_TRUE(writer.ok());
  ASSERT_TRUE((*writer)->AddPages({pages_.string()}).ok());
  const int64_t before = (*writer)->article_count();
  fs::remove(SomePage());

  // Without --prune, nothing is deleted.
  absl::StatusOr<PagesReport> kept = (*writer)->AddPages({pages_.string()});
  ASSERT_TRUE(kept.ok());
  EXPECT_EQ(kept->pruned, 0);
  EXPECT_EQ((*writer)->article_count(), before);
  // A folder that is not there prunes nothing.
  PagesOptions prune;
  prune.prune = true;
  ASSERT_TRUE((*writer)
                  ->AddPages({(work_ / "elsewhere").string()}, nullptr, prune)
                  .ok());
  EXPECT_EQ((*writer)->article_count(), before);
  // With it, the gone page's article goes, and only it.
  absl::StatusOr<PagesReport> pruned =
      (*writer)->AddPages({pages_.string()}, nullptr, prune);
  ASSERT_TRUE(pruned.ok());
  EXPECT_EQ(pruned->pruned, 1);
  EXPECT_EQ((*writer)->article_count(), before - 1);
}

TEST_F(LifecycleTest, ReindexSwitchesAtomicallyAndKeepsStoryIds) {
  {
    absl::StatusOr<std::unique_ptr<IndexWriter>> writer =
        IndexWriter::Open(db_);
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE((*writer)->AddPages({pages_.string()}).ok());
  }
  const auto stories_before = StoryOfEachArticle();
  absl::StatusOr<std::unique_ptr<Searcher>> open_before = Searcher::Open(db_);
  ASSERT_TRUE(open_before.ok());

  // A rebuild from pages that are not there leaves the live database as it
  // was, and nothing beside it.
  absl::StatusOr<IndexWriter::ReindexReport> failed =
      IndexWriter::Reindex(db_, {(work_ / "missing").string()});
  EXPECT_EQ(failed.status().code(), absl::StatusCode::kFailedPrecondition);
  // The error says which path failed, and why.
  EXPECT_THAT(failed.status().message(),
              ::testing::HasSubstr((work_ / "missing").string() +
                                   ": no such file or directory"));
  EXPECT_EQ(StoryOfEachArticle(), stories_before);
  EXPECT_FALSE(fs::exists(db_ + ".reindexing"));

  // A rebuild from one page fewer.
  fs::remove(SomePage());
  absl::StatusOr<IndexWriter::ReindexReport> rebuilt =
      IndexWriter::Reindex(db_, {pages_.string()});
  ASSERT_TRUE(rebuilt.ok()) << rebuilt.status();
  EXPECT_EQ(rebuilt->articles_before,
            static_cast<int64_t>(stories_before.size()));
  EXPECT_EQ(rebuilt->articles, rebuilt->articles_before - 1);
  EXPECT_FALSE(fs::exists(db_ + ".reindexing"));
  // The same pages group the same way, so every story keeps its id.
  const auto stories_after = StoryOfEachArticle();
  EXPECT_EQ(rebuilt->stories_kept, rebuilt->stories);
  for (const auto& [article, story] : stories_after)
    EXPECT_EQ(story, stories_before.at(article)) << article;

  // The Searcher opened before the switch still answers.
  SearchRequest request;
  request.query = "Musk";
  absl::StatusOr<SearchResult> old_answer = (*open_before)->Search(request);
  ASSERT_TRUE(old_answer.ok()) << old_answer.status();
  EXPECT_FALSE(old_answer->stories.empty());
}

TEST_F(LifecycleTest, ReindexCanCompactAndKeepThePreviousDatabase) {
  {
    absl::StatusOr<std::unique_ptr<IndexWriter>> writer =
        IndexWriter::Open(db_);
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE((*writer)->AddPages({pages_.string()}).ok());
  }
  const auto stories_before = StoryOfEachArticle();
  ReindexOptions options;
  options.compact = true;
  options.keep_previous = (work_ / "previous").string();
  absl::StatusOr<IndexWriter::ReindexReport> rebuilt =
      IndexWriter::Reindex(db_, {pages_.string()}, options);
  ASSERT_TRUE(rebuilt.ok()) << rebuilt.status();
  EXPECT_EQ(StoryOfEachArticle(), stories_before);
  // The previous database is whole where it was asked to go.
  absl::StatusOr<std::unique_ptr<Searcher>> previous =
      Searcher::Open(options.keep_previous);
  ASSERT_TRUE(previous.ok()) << previous.status();
  EXPECT_EQ((*previous)->Stats()->articles,
            static_cast<int64_t>(stories_before.size()));
  // It is never overwritten: a second run with the same path fails, and the
  // live database stays as it is.
  absl::StatusOr<IndexWriter::ReindexReport> again =
      IndexWriter::Reindex(db_, {pages_.string()}, options);
  EXPECT_EQ(again.status().code(), absl::StatusCode::kAlreadyExists);
  EXPECT_EQ(StoryOfEachArticle(), stories_before);
  EXPECT_FALSE(fs::exists(db_ + ".reindexing"));
}

// A reindex killed after its swap but before moving the old database away
// leaves it at <db>.reindexing, marked with where it was to go (issue 21: the
// next run deleted it). The state is made here as that kill leaves it: the
// next run finishes the move, and nothing is lost.
TEST_F(LifecycleTest, AReindexKilledJustAfterItsSwapLosesNothing) {
  const std::string old_db = (work_ / "old").string();
  const fs::path one_page = work_ / "one";
  fs::create_directories(one_page);
  fs::copy(SomePage(), one_page / SomePage().filename());
  for (const auto& [db, pages] :
       {std::pair{old_db, one_page}, std::pair{db_, pages_}}) {
    absl::StatusOr<std::unique_ptr<IndexWriter>> writer = IndexWriter::Open(db);
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE((*writer)->AddPages({pages.string()}).ok());
  }
  // The old database swapped out, the new one live, the move not made.
  const std::string keep = (work_ / "previous").string();
  fs::rename(old_db, db_ + ".reindexing");
  std::ofstream(db_ + ".reindexing/newsq-replaced") << keep;
  const auto stories_before = StoryOfEachArticle();

  ReindexOptions options;
  options.keep_previous = (work_ / "previous-2").string();
  absl::StatusOr<IndexWriter::ReindexReport> rebuilt =
      IndexWriter::Reindex(db_, {pages_.string()}, options);
  ASSERT_TRUE(rebuilt.ok()) << rebuilt.status();
  // The interrupted run's old database went where that run asked, whole.
  absl::StatusOr<std::unique_ptr<Searcher>> kept = Searcher::Open(keep);
  ASSERT_TRUE(kept.ok()) << kept.status();
  EXPECT_EQ((*kept)->Stats()->articles, 1);
  EXPECT_FALSE(fs::exists(keep + "/newsq-replaced"));
  // This run's did too, and the live one is the new build.
  absl::StatusOr<std::unique_ptr<Searcher>> kept_now =
      Searcher::Open(options.keep_previous);
  ASSERT_TRUE(kept_now.ok()) << kept_now.status();
  EXPECT_EQ((*kept_now)->Stats()->articles,
            static_cast<int64_t>(stories_before.size()));
  EXPECT_EQ(StoryOfEachArticle(), stories_before);
  EXPECT_FALSE(fs::exists(db_ + "/newsq-replaced"));
  EXPECT_FALSE(fs::exists(db_ + ".reindexing"));

  // A run interrupted before its swap leaves an unmarked partial build and a
  // mark in the live database: the build goes, the mark too, the live
  // database stays.
  fs::create_directories(db_ + ".reindexing");
  std::ofstream(db_ + "/newsq-replaced") << "";
  ASSERT_TRUE(IndexWriter::Reindex(db_, {pages_.string()}).ok());
  EXPECT_EQ(StoryOfEachArticle(), stories_before);
  EXPECT_FALSE(fs::exists(db_ + "/newsq-replaced"));
}

// Two copies of one article that a run reads in different chunks count as
// one article and a duplicate, as two copies in one chunk do, not as an
// update of what the run itself wrote (which copy is kept is
// AnOlderCopyFromAnotherPageNeverReplacesALaterOne's matter).
TEST_F(LifecycleTest, ACopyReadInALaterChunkIsADuplicate) {
  constexpr int kArticles = internal::ArticleChunks::kChunkArticles + 64;
  const fs::path lines = work_ / "many.jsonl";
  {
    std::ofstream out(lines);
    const auto line = [&](int n, const std::string& modified,
                          const std::string& text) {
      out << "{\"url\": \"https://exemple.fr/a" << n
          << "\", \"title\": \"Le conseil vote le budget " << n
          << "\", \"published\": \"2025-03-01T10:00:00+01:00\", "
             "\"modified\": \""
          << modified << "\", \"text\": \"" << text << "\"}\n";
    };
    line(0, "2025-03-01T10:00:00+01:00", "Avant.");
    // A chunk closes on the first slice of inputs (32 lines) past its size:
    // a margin of two slices puts the copy in the next chunk.
    for (int n = 1; n < kArticles; ++n)
      line(n, "2025-03-01T10:00:00+01:00", "Le texte " + std::to_string(n));
    line(0, "2025-03-02T10:00:00+01:00", "Après.");
  }
  absl::StatusOr<std::unique_ptr<IndexWriter>> writer = IndexWriter::Open(db_);
  ASSERT_TRUE(writer.ok());
  absl::StatusOr<PagesReport> report = (*writer)->AddPages({lines.string()});
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_EQ(report->added, kArticles);
  EXPECT_EQ(report->duplicates, 1);
  EXPECT_EQ(report->updated, 0);
  EXPECT_EQ(report->unchanged, 0);
}

}  // namespace
}  // namespace newsq
