// Articles given as JSON lines (issue 10): the field mapping, the shape
// make_docs.py writes, gzip and plain files, and one failure line per bad
// line with its number.
#include "extract/json_lines.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace newsq::internal {
namespace {

namespace fs = std::filesystem;

TEST(JsonLinesTest, ReadsTheCrawlerShapeAndMakeDocsShape) {
  absl::StatusOr<ArticleLine> crawler = ArticleFromJsonLine(
      R"({"url": "https://exemple.fr/a", "title": "Grève à la SNCF",)"
      R"( "text": "Les cheminots de la SNCF sont en grève.", "published":)"
      R"( "2025-02-11T15:14:00+01:00", "outlet": "Le Quotidien",)"
      R"( "author": "Jeanne Roux", "tags": ["social"]})");
  ASSERT_TRUE(crawler.ok()) << crawler.status();
  EXPECT_EQ(crawler->article.url, "https://exemple.fr/a");
  EXPECT_EQ(crawler->article.outlet, "Le Quotidien");
  EXPECT_EQ(crawler->article.published->ToIso8601(),
            "2025-02-11T15:14:00+01:00");
  EXPECT_EQ(crawler->article.tags, std::vector<std::string>{"social"});
  EXPECT_TRUE(crawler->story_key.empty());
  bool found_sncf = false;
  for (const Entity& e : crawler->article.entities)
    found_sncf |= e.name == "SNCF";
  EXPECT_TRUE(found_sncf) << "entities are found as in pages";

  // make_docs.py: id, body (opening with a blank heading), a compact day, a
  // story label.
  absl::StatusOr<ArticleLine> peer = ArticleFromJsonLine(
      R"({"id": "10-0", "title": "Ours et pastoralisme", "body": "\nL'État)"
      R"( va mobiliser 10 millions.", "date": "20200213", "outlet": "AFP",)"
      R"( "story": "s1"})");
  ASSERT_TRUE(peer.ok()) << peer.status();
  EXPECT_EQ(peer->article.url, "id:10-0");
  EXPECT_EQ(peer->article.text, "L'État va mobiliser 10 millions.");
  EXPECT_EQ(peer->article.published->LocalDay(), "2020-02-13");
  EXPECT_EQ(peer->story_key, "s1");

  // OrangeSum's own lines: the body is "article" (it was silently empty).
  absl::StatusOr<ArticleLine> orangesum = ArticleFromJsonLine(
      R"({"id": "10", "title": "Ours", "article": "L'État va mobiliser."})");
  ASSERT_TRUE(orangesum.ok()) << orangesum.status();
  EXPECT_EQ(orangesum->article.text, "L'État va mobiliser.");
  absl::StatusOr<ArticleLine> crawled = ArticleFromJsonLine(
      R"({"url": "u", "title": "Ours", "content": "Un texte."})");
  ASSERT_TRUE(crawled.ok()) << crawled.status();
  EXPECT_EQ(crawled->article.text, "Un texte.");
}

TEST(JsonLinesTest, BadLinesSayWhatIsWrong) {
  auto reason = [](const char* line) {
    return std::string(ArticleFromJsonLine(line).status().message());
  };
  EXPECT_EQ(reason("{\"title\": "), "not a JSON object (bad JSON)");
  EXPECT_EQ(reason("[1, 2]"), "not a JSON object");
  EXPECT_EQ(reason(R"({"url": "u", "text": ""})"), "no \"title\" or \"text\"");
  EXPECT_EQ(reason(R"({"title": "t"})"), "no \"url\" or \"id\" to name it by");
  EXPECT_EQ(reason(R"({"url": "u", "title": 3.5})"),
            "\"title\" is not a string");
  EXPECT_EQ(reason(R"({"url": "u", "title": "t", "date": "hier"})"),
            "\"published\" is not a date: hier");
}

TEST(JsonLinesTest, PlainAndGzipFilesAreReadLineByLine) {
  const fs::path dir =
      fs::temp_directory_path() / ("newsq_jsonl_" + std::to_string(getpid()));
  fs::create_directories(dir);
  const std::string lines =
      "{\"id\": \"1\", \"title\": \"Un\", \"text\": \"Premier article.\"}\n"
      "\n"
      "pas du JSON\n"
      "{\"id\": \"2\", \"title\": \"Deux\", \"text\": \"" +
      std::string(200000, 'x') + "\"}\r\n";
  std::ofstream(dir / "a.jsonl") << lines;
  gzFile gz = gzopen((dir / "a.jsonl.gz").c_str(), "wb");
  gzwrite(gz, lines.data(), static_cast<unsigned>(lines.size()));
  gzclose(gz);
  for (const char* name : {"a.jsonl", "a.jsonl.gz"}) {
    const std::string path = (dir / name).string();
    EXPECT_TRUE(IsJsonLinesPath(path));
    std::vector<ArticleLine> read;
    std::vector<std::string> failures;
    const absl::Status status = ReadJsonLines(
        path, [&](ArticleLine&& a) { read.push_back(std::move(a)); },
        [&](std::string f) { failures.push_back(std::move(f)); });
    EXPECT_TRUE(status.ok()) << status;
    ASSERT_EQ(read.size(), 2u) << name;
    EXPECT_EQ(read[1].article.text.size(), 200000u) << "a long line is whole";
    ASSERT_EQ(failures.size(), 1u);
    EXPECT_EQ(failures[0], path + ":3: not a JSON object (bad JSON)");
  }
  // A line past kMaxPageBytes is reported by its location and never held;
  // the lines after it are read.
  {
    std::ofstream long_file(dir / "long.jsonl");
    long_file << "{\"url\": \"u1\", \"text\": \"" << std::string(17 << 20, 'a')
              << "\"}\n"
              << R"({"url": "u2", "title": "Court"})"
              << "\n";
  }
  std::vector<ArticleLine> after_long;
  std::vector<std::string> long_failures;
  EXPECT_TRUE(ReadJsonLines(
                  (dir / "long.jsonl").string(),
                  [&](ArticleLine&& a) { after_long.push_back(std::move(a)); },
                  [&](std::string f) { long_failures.push_back(f); })
                  .ok());
  ASSERT_EQ(after_long.size(), 1u);
  EXPECT_EQ(after_long[0].article.title, "Court");
  ASSERT_EQ(long_failures.size(), 1u);
  EXPECT_EQ(long_failures[0],
            (dir / "long.jsonl").string() + ":1: line over 16 MB");
  // A truncated gzip file is read up to the break, then reported.
  std::string gz_bytes;
  {
    std::ifstream in(dir / "a.jsonl.gz", std::ios::binary);
    gz_bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  std::ofstream(dir / "cut.jsonl.gz", std::ios::binary)
      << gz_bytes.substr(0, gz_bytes.size() / 2);
  const absl::Status cut =
      ReadJsonLines((dir / "cut.jsonl.gz").string(), [](ArticleLine&&) {},
                    [](std::string) {});
  EXPECT_FALSE(cut.ok());
  EXPECT_FALSE(IsJsonLinesPath("page.html"));
  EXPECT_TRUE(IsJsonLinesPath("-"));
  EXPECT_EQ(ReadJsonLines((dir / "missing.jsonl").string(),
                          [](ArticleLine&&) {}, [](std::string) {})
                .code(),
            absl::StatusCode::kNotFound);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace newsq::internal
