// The parallel pipeline (issue 10): however many threads read and analyse
// pages, the database comes out the same, down to document numbers, terms,
// positions, values and stored data.
#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "newsq/newsq.h"
#include "tests/scratch_dir.h"
#include "tests/synthetic_pages.h"

namespace newsq {
namespace {

namespace fs = std::filesystem;

// Everything a document holds, one line per item, in document order.
std::string DumpDatabase(const std::string& path) {
  Xapian::Database db(path);
  std::ostringstream out;
  out << "documents " << db.get_doccount() << " last " << db.get_lastdocid()
      << "\n";
  for (Xapian::docid id = 1; id <= db.get_lastdocid(); ++id) {
    Xapian::Document doc;
    try {
      doc = db.get_document(id);
    } catch (const Xapian::DocNotFoundError&) {
      continue;
    }
    out << "#" << id << " " << doc.get_data() << "\n";
    for (auto v = doc.values_begin(); v != doc.values_end(); ++v)
      out << " value " << v.get_valueno() << " " << *v << "\n";
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      out << " term " << *t << " wdf " << t.get_wdf() << " at";
      for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p)
        out << " " << *p;
      out << "\n";
    }
  }
  return out.str();
}

// "<document number> <article id term>" for every document, in order.
std::vector<std::string> NumberedArticles(const std::string& path) {
  Xapian::Database db(path);
  std::vector<std::string> numbered;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    const Xapian::Document doc = db.get_document(*it);
    auto term = doc.termlist_begin();
    term.skip_to("Q");
    numbered.push_back(std::to_string(*it) + " " + *term);
  }
  return numbered;
}

class ParallelIndexingTest : public ::testing::Test {
 protected:
  // Indexes `paths` into a new database of `shards` shards (one: a plain
  // database) with `jobs` threads, in batches of `batch` articles or
  // `batch_bytes` of text, and returns its dump.
  std::string IndexWith(int jobs, const std::vector<std::string>& paths,
                        int64_t batch = 1000,
                        int64_t batch_bytes = IndexOptions::kDefaultBatchBytes,
                        int shards = 1) {
    const std::string db =
        (work_ / ("db-" + std::to_string(reports_.size()))).string();
    last_db_ = db;
    IndexOptions options;
    options.jobs = jobs;
    options.batch_size = batch;
    options.batch_bytes = batch_bytes;
    options.shards = shards;
    absl::StatusOr<std::unique_ptr<IndexWriter>> writer =
        IndexWriter::Open(db, options);
    EXPECT_TRUE(writer.ok()) << writer.status();
    if (!writer.ok()) return "";
    absl::StatusOr<PagesReport> report = (*writer)->AddPages(paths);
    EXPECT_TRUE(report.ok()) << report.status();
    if (!report.ok()) return "";
    reports_.push_back(*report);
    writer->reset();
    return DumpDatabase(db);
  }

  const testing::ScratchDir scratch_{"parallel"};
  const fs::path work_ = scratch_.path();
  std::vector<PagesReport> reports_;
  std::string last_db_;  // the database IndexWith wrote last
};

TEST_F(ParallelIndexingTest, PagesGiveTheSameIndexWhateverTheThreads) {
  // Generated pages that form stories, the project's own corpus, and a page
  // that fails, so that failures are interleaved with articles.
  const fs::path pages = work_ / "pages";
  testing::WriteSyntheticPages((pages / "synthetic").string(), 400);
  fs::copy(NEWSQ_CORPORA_DIR, pages / "corpora", fs::copy_options::recursive);
  std::ofstream(pages / "empty.html") << "";

  const std::string one = IndexWith(1, {pages.string()}, 150);
  ASSERT_FALSE(one.empty());
  EXPECT_EQ(IndexWith(2, {pages.string()}, 150), one);
  EXPECT_EQ(IndexWith(5, {pages.string()}, 150), one);
  ASSERT_EQ(reports_.size(), 3u);
  EXPECT_GT(reports_[0].added, 400);
  EXPECT_EQ(reports_[0].failed, 1);
  for (const PagesReport& report : reports_) {
    EXPECT_EQ(report.added, reports_[0].added);
    EXPECT_EQ(report.failures, reports_[0].failures);
  }
}

// A sharded archive (issue 23), read as one database, holds the same
// documents under the same numbers as one database: the same articles,
// stories and story ids, terms, positions and values, whatever the shards
// and threads.
TEST_F(ParallelIndexingTest, ShardsHoldTheSameIndexAsOneDatabase) {
  const fs::path pages = work_ / "pages";
  testing::WriteSyntheticPages((pages / "synthetic").string(), 300);
  fs::copy(NEWSQ_CORPORA_DIR, pages / "corpora", fs::copy_options::recursive);

  const std::string one = IndexWith(1, {pages.string()}, 120);
  ASSERT_FALSE(one.empty());
  for (int shards : {2, 4}) {
    for (int jobs : {1, 2}) {
      SCOPED_TRACE(::testing::Message()
                   << shards << " shards, " << jobs << " jobs");
      EXPECT_EQ(IndexWith(jobs, {pages.string()}, 120,
                          IndexOptions::kDefaultBatchBytes, shards),
                one);
      // Each shard holds its share: document g is in shard (g - 1) % shards.
      const int64_t total = Xapian::Database(last_db_).get_doccount();
      for (int i = 0; i < shards; ++i) {
        char name[16];
        std::snprintf(name, sizeof(name), "shard-%02d", i);
        const Xapian::doccount held =
            Xapian::Database((fs::path(last_db_) / name).string())
                .get_doccount();
        EXPECT_NEAR(static_cast<double>(held),
                    static_cast<double>(total) / shards, 1.0)
            << name;
      }
    }
  }
}

// Updates land the same in shards as in one database: two versions of one
// article in one run (one is kept, whichever step sees both), then edited
// pages in a second run, each replacing a committed article at its number in
// its shard, and read back by the writer's view in its new version.
TEST_F(ParallelIndexingTest, UpdatesLandTheSameInShards) {
  // Both databases read the same paths (an article's id comes from them).
  const fs::path pristine = work_ / "pristine";
  const fs::path pages = work_ / "pages";
  testing::WriteSyntheticPages((pristine / "synthetic").string(), 60);
  std::vector<fs::path> files;  // relative to the pages folder
  for (const auto& entry : fs::recursive_directory_iterator(pristine)) {
    if (entry.is_regular_file())
      files.push_back(fs::relative(entry.path(), pristine));
  }
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 20u);
  // Writes page `from` to `to` with `text` inserted just before the first
  // `marker`, or just after it.
  auto insert = [](const fs::path& from, const fs::path& to,
                   const std::string& marker, bool after,
                   const std::string& text) {
    std::ifstream in(from);
    std::stringstream html;
    html << in.rdbuf();
    std::string page = html.str();
    const size_t at = page.find(marker);
    ASSERT_NE(at, std::string::npos) << from << ": no " << marker;
    page.insert(after ? at + marker.size() : at, text);
    std::ofstream(to) << page;
  };
  // Adds a sentence to a page's first paragraph: a new version of its article.
  auto edit = [&](const fs::path& from, const fs::path& to) {
    insert(from, to, "</p>", false, " Le conseil municipal a voté le budget.");
  };
  // Three articles come twice in the first run, as two pages with one
  // canonical URL, the second version edited.
  for (int i = 0; i < 3; ++i) {
    const fs::path page = pristine / files[i];
    insert(page, page, "<head>", true,
           "<link rel=\"canonical\" href=\"https://exemple.fr/" +
               std::to_string(i) + "\">");
    edit(page, fs::path(page).replace_extension(".copy.html"));
  }

  std::string dumps[2];
  for (int run = 0; run < 2; ++run) {
    const int shards = run == 0 ? 1 : 3;
    fs::remove_all(pages);
    fs::copy(pristine, pages, fs::copy_options::recursive);
    const std::string db =
        (work_ / ("updates-" + std::to_string(shards))).string();
    IndexOptions options;
    options.shards = shards;
    options.batch_size = 7;
    for (int pass = 0; pass < 2; ++pass) {
      // The second run finds five pages edited.
      if (pass == 1) {
        for (int i = 5; i < 10; ++i) edit(pages / files[i], pages / files[i]);
      }
      absl::StatusOr<std::unique_ptr<IndexWriter>> writer =
          IndexWriter::Open(db, options);
      ASSERT_TRUE(writer.ok()) << writer.status();
      absl::StatusOr<PagesReport> report =
          (*writer)->AddPages({pages.string()});
      ASSERT_TRUE(report.ok()) << report.status();
      // Each article's second page is an update or an older copy.
      if (pass == 0) {
        EXPECT_EQ(report->updated + report->duplicates, 3)
            << shards << " shards";
      }
      if (pass == 1) EXPECT_EQ(report->updated, 5) << shards << " shards";
    }
    dumps[run] = DumpDatabase(db);
  }
  EXPECT_EQ(dumps[1], dumps[0]);
}

// newsq compact merges an archive's shards into one database that holds every
// document under the same number, as one database indexed at once does, and
// compacts a database of one shard in place.
TEST_F(ParallelIndexingTest, CompactMergesShardsIntoOneDatabase) {
  const std::string one = IndexWith(2, {NEWSQ_CORPORA_DIR}, 20);
  ASSERT_FALSE(one.empty());
  ASSERT_EQ(IndexWith(2, {NEWSQ_CORPORA_DIR}, 20,
                      IndexOptions::kDefaultBatchBytes, 3),
            one);
  const std::string archive = last_db_;
  absl::StatusOr<int64_t> articles = IndexWriter::Compact(archive);
  ASSERT_TRUE(articles.ok()) << articles.status();
  EXPECT_EQ(*articles, 62);
  EXPECT_EQ(Xapian::Database(archive).size(), 1u);
  EXPECT_FALSE(fs::exists(fs::path(archive) / "XAPIANDB"));
  EXPECT_EQ(DumpDatabase(archive), one);
  // Compacting one database changes nothing it holds.
  ASSERT_TRUE(IndexWriter::Compact(archive).ok());
  EXPECT_EQ(DumpDatabase(archive), one);
  EXPECT_EQ(IndexWriter::Compact((work_ / "absent").string()).status().code(),
            absl::StatusCode::kNotFound);
}

// Compacting keeps every document's number when the first ones were deleted
// (Xapian's compactor would number them from 1 again): a shard's numbers make
// the archive's, and the merged database numbers documents as the archive did.
TEST_F(ParallelIndexingTest, CompactKeepsDocumentNumbersAfterDeletions) {
  for (const int shards : {1, 3}) {
    SCOPED_TRACE(shards);
    ASSERT_FALSE(IndexWith(1, {NEWSQ_CORPORA_DIR}, 20,
                           IndexOptions::kDefaultBatchBytes, shards)
                     .empty());
    const std::string db = last_db_;
    {
      // The archive's document 1 is its first shard's document 1.
      Xapian::WritableDatabase writable(
          shards == 1 ? db : (fs::path(db) / "shard-00").string());
      writable.delete_document(1);
      writable.commit();
    }
    const std::vector<std::string> before = NumberedArticles(db);
    ASSERT_FALSE(before.empty());
    ASSERT_EQ(before.front().rfind("2 ", 0), 0u);  // document 1 is gone
    ASSERT_TRUE(IndexWriter::Compact(db).ok());
    EXPECT_EQ(NumberedArticles(db), before);
  }
}

// A rebuild keeps an archive's shard count unless told another (a nightly
// reindex passes no --shards), and changes it when told.
TEST_F(ParallelIndexingTest, ReindexKeepsOrChangesTheShardCount) {
  const std::string db = (work_ / "archive").string();
  auto shard_count = [&] { return Xapian::Database(db).size(); };
  IndexOptions three;
  three.shards = 3;
  {
    auto writer = IndexWriter::Open(db, three);
    ASSERT_TRUE(writer.ok()) << writer.status();
    ASSERT_TRUE((*writer)->AddPages({NEWSQ_CORPORA_DIR}).ok());
  }
  ASSERT_EQ(shard_count(), 3u);
  ASSERT_TRUE(IndexWriter::Reindex(db, {NEWSQ_CORPORA_DIR}).ok());
  EXPECT_EQ(shard_count(), 3u);
  ReindexOptions two;
  two.index.shards = 2;
  absl::StatusOr<IndexWriter::ReindexReport> report =
      IndexWriter::Reindex(db, {NEWSQ_CORPORA_DIR}, two);
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_EQ(shard_count(), 2u);
  EXPECT_EQ(report->stories_kept, report->stories);
  // Writing another count into it is refused, with the way out.
  absl::StatusOr<std::unique_ptr<IndexWriter>> four = IndexWriter::Open(db, [] {
    IndexOptions options;
    options.shards = 4;
    return options;
  }());
  EXPECT_EQ(four.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_NE(four.status().message().find("reindex --shards 4"),
            std::string::npos);
}

TEST_F(ParallelIndexingTest, JsonLinesGiveTheSameIndexWhateverTheThreads) {
  // Labelled and unlabelled articles, and a bad line among them.
  const fs::path lines = work_ / "articles.jsonl";
  {
    std::ofstream out(lines);
    for (int i = 0; i < 300; ++i) {
      out << "{\"id\": \"a" << i << "\", \"title\": \"Réunion numéro " << i % 40
          << " du conseil municipal de Lyon\", \"body\": \"Le "
          << "conseil a voté le budget " << i % 40 << " de la ville. "
          << "Grégory Doucet a présenté le projet.\", \"date\": \"202503"
          << 10 + i % 15 << "\", \"outlet\": \"Outlet " << i % 7 << "\"";
      if (i % 3 == 0) out << ", \"story\": \"s" << i % 11 << "\"";
      out << "}\n";
      if (i == 150) out << "{not json\n";
    }
  }
  const std::string one = IndexWith(1, {lines.string()}, 70);
  ASSERT_FALSE(one.empty());
  EXPECT_EQ(IndexWith(3, {lines.string()}, 70), one);
  ASSERT_EQ(reports_.size(), 2u);
  EXPECT_EQ(reports_[0].added, 300);
  EXPECT_EQ(reports_[0].failed, 1);
  EXPECT_EQ(reports_[1].failures, reports_[0].failures);
}

// Batches are sized by their articles' text: with the default sizes a
// hundred short articles are one commit; with 10,000 bytes of text per batch,
// articles of about 1,000 bytes make one commit per ten articles (each commit
// is a new revision).
TEST_F(ParallelIndexingTest, BatchesEndAtTheirTextSize) {
  const fs::path lines = work_ / "long.jsonl";
  {
    std::ofstream out(lines);
    for (int i = 0; i < 100; ++i) {
      std::string body;
      for (int k = 0; k < 250; ++k) body += "mot ";
      out << "{\"id\": \"b" << i << "\", \"title\": \"Titre\", \"body\": \""
          << body << "\", \"date\": \"20250310\", \"story\": \"s" << i
          << "\"}\n";
    }
  }
  auto revision = [&] { return Xapian::Database(last_db_).get_revision(); };
  ASSERT_FALSE(
      IndexWith(1, {lines.string()}, IndexOptions::kDefaultBatchSize).empty());
  const Xapian::rev whole = revision();
  ASSERT_FALSE(
      IndexWith(1, {lines.string()}, IndexOptions::kDefaultBatchSize, 10000)
          .empty());
  const Xapian::rev by_text = revision();
  EXPECT_LE(whole, 3u);
  EXPECT_GE(by_text, whole + 9);
  EXPECT_LE(by_text, whole + 10);
}

}  // namespace
}  // namespace newsq
