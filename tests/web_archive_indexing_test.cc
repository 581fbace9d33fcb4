// The bundled corpus read from a web archive that this test writes, as a
// crawler would (requests, responses gzip-encoded or chunked, redirects,
// errors, images, revisits), gives the articles and stories that the page
// files give.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "newsq/newsq.h"
#include "tests/scratch_dir.h"
#include "tests/warc_writer.h"

namespace newsq::testing {
namespace {

namespace fs = std::filesystem;

constexpr char kSite[] = "https://corpus.newsq.test/";

std::vector<fs::path> CorpusPages() {
  std::vector<fs::path> pages;
  for (const auto& entry : fs::recursive_directory_iterator(NEWSQ_CORPORA_DIR))
    if (entry.path().extension() == ".html") pages.push_back(entry.path());
  std::sort(pages.begin(), pages.end());
  return pages;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Every page of the corpus as a crawl of it: each fetch a request and a
// response, each record its own gzip member. The pages are sent in three
// ways in turn (plain, gzip-encoded, chunked and gzip-encoded), and among
// them come the records a crawl also holds and that hold no page.
std::string CorpusArchive(const std::vector<fs::path>& pages) {
  std::string archive = GzipMember(WarcRecord(
      "warcinfo", "", "software: newsq tests\r\n", "application/warc-fields"));
  for (size_t i = 0; i < pages.size(); ++i) {
    const std::string uri =
        kSite + fs::relative(pages[i], NEWSQ_CORPORA_DIR).string();
    const std::string page = ReadFile(pages[i]);
    std::string response;
    switch (i % 3) {
      case 0:
        response = HttpResponse(200,
                                "Content-Type: text/html\r\nContent-Length: " +
                                    std::to_string(page.size()) + "\r\n",
                                page);
        break;
      case 1:
        response = HttpResponse(
            200, "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
            GzipMember(page));
        break;
      case 2:
        response = HttpResponse(200,
                                "Content-Type: text/html\r\nContent-Encoding: "
                                "gzip\r\nTransfer-Encoding: chunked\r\n",
                                Chunked(GzipMember(page), 1000));
        break;
    }
    archive += GzipMember(WarcRecord("request", uri,
                                     "GET / HTTP/1.1\r\nHost: x\r\n\r\n",
                                     "application/http; msgtype=request"));
    archive += GzipMember(WarcRecord("response", uri, response));
  }
  archive += GzipMember(WarcRecord(
      "response", std::string(kSite) + "old",
      HttpResponse(301, "Location: /new\r\nContent-Type: text/html\r\n", "")));
  archive += GzipMember(WarcRecord(
      "response", std::string(kSite) + "gone",
      HttpResponse(404, "Content-Type: text/html\r\n", "<html>404</html>")));
  archive += GzipMember(WarcRecord(
      "response", std::string(kSite) + "logo.png",
      HttpResponse(200, "Content-Type: image/png\r\n", "\x89PNG\r\n")));
  archive += GzipMember(WarcRecord(
      "revisit", kSite + fs::relative(pages[0], NEWSQ_CORPORA_DIR).string(),
      HttpResponse(200, "Content-Type: text/html\r\n", "")));
  return archive;
}

struct Indexed {
  PagesReport report;
  // By title: the article and its story's titles.
  std::map<std::string, Article> articles;
  std::set<std::set<std::string>> stories;
};

Indexed IndexInto(const std::string& db, const std::string& path) {
  Indexed indexed;
  {
    auto writer = IndexWriter::Open(db);
    EXPECT_TRUE(writer.ok()) << writer.status();
    if (!writer.ok()) return indexed;
    auto report = (*writer)->AddPages({path});
    EXPECT_TRUE(report.ok()) << report.status();
    if (report.ok()) indexed.report = *report;
  }
  auto searcher = Searcher::Open(db);
  EXPECT_TRUE(searcher.ok()) << searcher.status();
  if (!searcher.ok()) return indexed;
  std::map<std::string, std::set<std::string>> story_titles;
  EXPECT_TRUE((*searcher)
                  ->ForEachArticle([&](const StoredArticle& stored) {
                    indexed.articles[stored.article.title] = stored.article;
                    story_titles[stored.story_id].insert(stored.article.title);
                  })
                  .ok());
  for (auto& [story, titles] : story_titles) indexed.stories.insert(titles);
  return indexed;
}

TEST(WebArchiveIndexingTest, CorpusFromAnArchiveGivesTheSameArticles) {
  ScratchDir dir("warc_corpus");
  const std::vector<fs::path> pages = CorpusPages();
  ASSERT_GT(pages.size(), 50u);
  const std::string archive = (dir.path() / "corpus.warc.gz").string();
  ASSERT_TRUE(WriteBytes(archive, CorpusArchive(pages)));

  const Indexed from_files =
      IndexInto((dir.path() / "files.db").string(), NEWSQ_CORPORA_DIR);
  const Indexed from_archive =
      IndexInto((dir.path() / "archive.db").string(), archive);

  EXPECT_EQ(from_archive.report.failed, from_files.report.failed)
      << (from_archive.report.failures.empty()
              ? ""
              : from_archive.report.failures[0]);
  EXPECT_EQ(from_archive.report.added, from_files.report.added);
  const PagesReport::SkippedRecords& skipped =
      from_archive.report.skipped_records;
  EXPECT_EQ(skipped.requests, static_cast<int64_t>(pages.size()));
  EXPECT_EQ(skipped.redirects, 1);
  EXPECT_EQ(skipped.http_errors, 1);
  EXPECT_EQ(skipped.not_html, 1);
  EXPECT_EQ(skipped.revisits, 1);
  EXPECT_EQ(skipped.other, 1);  // the warcinfo record

  ASSERT_EQ(from_archive.articles.size(), from_files.articles.size());
  for (const auto& [title, file_article] : from_files.articles) {
    const auto found = from_archive.articles.find(title);
    ASSERT_NE(found, from_archive.articles.end()) << title;
    const Article& archived = found->second;
    EXPECT_EQ(archived.text, file_article.text) << title;
    EXPECT_EQ(archived.published, file_article.published) << title;
    EXPECT_EQ(archived.outlet, file_article.outlet) << title;
    EXPECT_EQ(archived.author, file_article.author) << title;
    EXPECT_EQ(archived.canonical_url, file_article.canonical_url) << title;
    EXPECT_EQ(archived.description, file_article.description) << title;
    EXPECT_EQ(archived.entities.size(), file_article.entities.size()) << title;
    // The page's address is the one it was fetched from.
    EXPECT_TRUE(archived.url.starts_with(kSite)) << archived.url;
    const std::string relative =
        fs::relative(file_article.url, NEWSQ_CORPORA_DIR).string();
    EXPECT_EQ(archived.url, kSite + relative);
  }
  EXPECT_EQ(from_archive.stories, from_files.stories);
}

TEST(WebArchiveIndexingTest, TheRecordDateDatesAPageThatGivesNone) {
  ScratchDir dir("warc_date");
  const std::string page =
      "<html><head><title>Le conseil municipal vote le budget</title></head>"
      "<body><article><p>Le conseil municipal de Namur a voté mardi soir le "
      "budget de la ville pour l'année prochaine, après trois heures de "
      "débat entre la majorité et l'opposition.</p></article></body></html>";
  const std::string archive = (dir.path() / "one.warc").string();
  ASSERT_TRUE(WriteBytes(
      archive,
      WarcRecord("response", "https://ville.test/budget",
                 HttpResponse(200, "Content-Type: text/html\r\n", page),
                 "application/http; msgtype=response",
                 "2024-11-05T21:30:00Z")));
  const Indexed indexed = IndexInto((dir.path() / "db").string(), archive);
  ASSERT_EQ(indexed.articles.size(), 1u);
  const Article& article = indexed.articles.begin()->second;
  EXPECT_EQ(article.url, "https://ville.test/budget");
  EXPECT_EQ(article.published, DateTime::FromIso8601("2024-11-05T21:30:00Z"));
}

TEST(WebArchiveIndexingTest, TheServersCharsetDecodesThePage) {
  ScratchDir dir("warc_charset");
  // "€" is 0xA4 in ISO-8859-15 and "¤" in windows-1252, the guess for an
  // undeclared single-byte page.
  const std::string page =
      "<html><head><title>Le prix passe \xE0 3 \xA4</title></head><body>"
      "<article><p>Le prix du ticket de bus passe \xE0 3 \xA4 d\xE8s lundi, "
      "a annonc\xE9 la soci\xE9t\xE9 de transport de la ville dans un "
      "communiqu\xE9 publi\xE9 mardi.</p></article></body></html>";
  const std::string archive = (dir.path() / "one.warc").string();
  ASSERT_TRUE(WriteBytes(
      archive,
      WarcRecord(
          "response", "https://ville.test/bus",
          HttpResponse(200, "Content-Type: text/html; charset=ISO-8859-15\r\n",
                       page))));
  const Indexed indexed = IndexInto((dir.path() / "db").string(), archive);
  ASSERT_EQ(indexed.articles.size(), 1u);
  EXPECT_EQ(indexed.articles.begin()->first,
            "Le prix passe \xC3\xA0 3 \xE2\x82\xAC");
}

}  // namespace
}  // namespace newsq::testing
