// The web-archive reader: records of WARC and ARC files, plain and gzip, and
// how it reports damage and goes on.
#include "extract/web_archive.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "tests/scratch_dir.h"
#include "tests/warc_writer.h"

namespace newsq::internal {
namespace {

using ::newsq::testing::GzipMember;
using ::newsq::testing::HttpResponse;
using ::newsq::testing::ScratchDir;
using ::newsq::testing::WarcRecord;
using ::newsq::testing::WriteBytes;

struct ReadArchive {
  absl::Status status;
  std::vector<ArchiveRecord> records;
  std::vector<std::string> damage;
};

ReadArchive Read(const std::string& path, size_t max_block_bytes = 1 << 20) {
  ReadArchive read;
  read.status = ReadWebArchive(
      path, max_block_bytes,
      [&](ArchiveRecord&& record) {
        read.records.push_back(std::move(record));
        return true;
      },
      [&](std::string damage) { read.damage.push_back(std::move(damage)); });
  return read;
}

class WebArchiveTest : public ::testing::Test {
 protected:
  // Writes `bytes` as `name` in the scratch folder; returns its path.
  std::string Archive(const std::string& name, std::string_view bytes) {
    const std::string path = (dir_.path() / name).string();
    EXPECT_TRUE(WriteBytes(path, bytes));
    return path;
  }

  const std::string page_ = HttpResponse(
      200, "Content-Type: text/html; charset=utf-8\r\n",
      "<html><head><title>Un titre</title></head><body>Corps</body></html>");
  const std::string one_ = WarcRecord("response", "https://a.fr/1", page_);
  const std::string two_ =
      WarcRecord("request", "https://a.fr/2", "GET /2 HTTP/1.1\r\n\r\n",
                 "application/http; msgtype=request");
  const std::string three_ = WarcRecord("response", "https://a.fr/3", page_);
  ScratchDir dir_{"web_archive"};
};

TEST_F(WebArchiveTest, ReadsEveryRecordOfAPlainWarc) {
  const ReadArchive read = Read(Archive("a.warc", one_ + two_ + three_));
  ASSERT_TRUE(read.status.ok()) << read.status;
  EXPECT_TRUE(read.damage.empty());
  ASSERT_EQ(read.records.size(), 3u);
  EXPECT_EQ(read.records[0].type, "response");
  EXPECT_EQ(read.records[0].target_uri, "https://a.fr/1");
  EXPECT_EQ(read.records[0].block, page_);
  EXPECT_FALSE(read.records[0].block_cut);
  EXPECT_EQ(read.records[0].date, DateTime::FromIso8601("2025-02-11T08:00Z"));
  EXPECT_EQ(read.records[1].type, "request");
  EXPECT_EQ(read.records[2].target_uri, "https://a.fr/3");
  // Offsets are the file's: where each record starts.
  EXPECT_NE(read.records[1].location.find("record at offset " +
                                          std::to_string(one_.size())),
            std::string::npos)
      << read.records[1].location;
}

TEST_F(WebArchiveTest, ReadsGzipPerRecordAndGzipWhole) {
  const std::string per_record =
      GzipMember(one_) + GzipMember(two_) + GzipMember(three_);
  for (const std::string& bytes :
       {per_record, GzipMember(one_ + two_ + three_)}) {
    const ReadArchive read = Read(Archive("a.warc.gz", bytes));
    ASSERT_TRUE(read.status.ok()) << read.status;
    EXPECT_TRUE(read.damage.empty());
    ASSERT_EQ(read.records.size(), 3u);
    EXPECT_EQ(read.records[2].block, page_);
  }
  // Per record, the offset is the member's, as CDX indexes give it.
  const ReadArchive read = Read(Archive("b.warc.gz", per_record));
  const std::string second_member =
      "record at offset " + std::to_string(GzipMember(one_).size());
  EXPECT_EQ(read.records[1].location.find(second_member) != std::string::npos,
            true)
      << read.records[1].location;
}

TEST_F(WebArchiveTest, CorruptGzipMemberIsReportedAndTheNextOnesRead) {
  std::string bad = GzipMember(two_);
  // Deflate data garbled in the middle, the gzip header left whole.
  for (size_t i = 12; i < bad.size() - 8; ++i) bad[i] = '\xA5';
  const std::string first = GzipMember(one_);
  const ReadArchive read =
      Read(Archive("a.warc.gz", first + bad + GzipMember(three_)));
  ASSERT_TRUE(read.status.ok()) << read.status;
  ASSERT_EQ(read.records.size(), 2u);
  EXPECT_EQ(read.records[0].target_uri, "https://a.fr/1");
  EXPECT_EQ(read.records[1].target_uri, "https://a.fr/3");
  ASSERT_FALSE(read.damage.empty());
  EXPECT_NE(read.damage[0].find(std::to_string(first.size())),
            std::string::npos)
      << read.damage[0];
  EXPECT_NE(read.damage[0].find("a.warc.gz"), std::string::npos);
}

TEST_F(WebArchiveTest, WrongLengthIsReportedAndReadingGoesOn) {
  std::string wrong = one_;
  const std::string length = "Content-Length: " + std::to_string(page_.size());
  wrong.replace(wrong.find(length), length.size(),
                "Content-Length: " + std::to_string(page_.size() - 10));
  const ReadArchive read = Read(Archive("a.warc", wrong + two_ + three_));
  ASSERT_TRUE(read.status.ok());
  ASSERT_EQ(read.damage.size(), 1u);
  EXPECT_NE(read.damage[0].find("a.warc: record at offset 0: its "
                                "Content-Length"),
            std::string::npos)
      << read.damage[0];
  ASSERT_EQ(read.records.size(), 2u);
  EXPECT_EQ(read.records[0].type, "request");
}

// Found by review: damage late in a big member, a member cut in half, or a
// length that overshoots must cost the damaged record only.
TEST_F(WebArchiveTest, DamageCostsTheDamagedRecordOnly) {
  // A record of 1 MB (four fills of the reader) whose gzip trailer is wrong.
  std::string big =
      GzipMember(WarcRecord("response", "https://a.fr/big",
                            HttpResponse(200, "Content-Type: text/html\r\n",
                                         std::string(1 << 20, 'x'))));
  big[big.size() - 6] ^= 0x55;  // the CRC
  const std::string first = GzipMember(one_);
  ReadArchive read =
      Read(Archive("crc.warc.gz",
                   first + big + GzipMember(two_) + GzipMember(three_)),
           2 << 20);
  ASSERT_EQ(read.records.size(), 3u);
  EXPECT_EQ(read.records[1].type, "request");
  EXPECT_EQ(read.records[2].target_uri, "https://a.fr/3");
  ASSERT_EQ(read.damage.size(), 1u);
  EXPECT_NE(read.damage[0].find("offset " + std::to_string(first.size())),
            std::string::npos)
      << read.damage[0];
  // A member cut in half: inflate has taken the start of the next one.
  const std::string cut = GzipMember(two_).substr(0, 60);
  read = Read(Archive("cut.warc.gz",
                      first + cut + GzipMember(three_) + GzipMember(one_)));
  ASSERT_EQ(read.records.size(), 3u);
  EXPECT_EQ(read.records[1].target_uri, "https://a.fr/3");
  EXPECT_FALSE(read.damage.empty());
  // A length 50 bytes too long, in a plain file and in a member of its own.
  std::string overshoot = one_;
  const std::string length = "Content-Length: " + std::to_string(page_.size());
  overshoot.replace(overshoot.find(length), length.size(),
                    "Content-Length: " + std::to_string(page_.size() + 50));
  read = Read(Archive("long.warc", overshoot + two_ + three_));
  ASSERT_EQ(read.records.size(), 2u);
  EXPECT_EQ(read.records[0].type, "request");
  EXPECT_EQ(read.damage.size(), 1u);
  read = Read(Archive("long.warc.gz", GzipMember(overshoot) + GzipMember(two_) +
                                          GzipMember(three_)));
  ASSERT_EQ(read.records.size(), 2u);
  EXPECT_EQ(read.records[0].type, "request");
  // A record cut short in a line, the next one's first line glued to it.
  const std::string glued = one_ + three_.substr(0, 200) + two_ + three_;
  read = Read(Archive("glued.warc", glued));
  ASSERT_EQ(read.records.size(), 3u);
  EXPECT_EQ(read.records[1].type, "request");
  EXPECT_NE(read.records[1].location.find("offset " +
                                          std::to_string(one_.size() + 200)),
            std::string::npos)
      << read.records[1].location;
}

// Folded header lines count as header lines: a header never grows past
// kMaxHeaderFields lines of 64 KB.
TEST_F(WebArchiveTest, FoldedHeaderLinesAreBounded) {
  std::string folded = "WARC/1.0\r\nX-Long: a\r\n";
  for (int i = 0; i < 600; ++i) folded += " " + std::string(1000, 'a') + "\r\n";
  const ReadArchive read = Read(Archive("fold.warc", folded + "\r\n" + one_));
  ASSERT_EQ(read.damage.size(), 1u);
  EXPECT_NE(read.damage[0].find("over 512 header lines"), std::string::npos);
  ASSERT_EQ(read.records.size(), 1u);
  EXPECT_EQ(read.records[0].target_uri, "https://a.fr/1");
}

TEST_F(WebArchiveTest, GarbageBetweenRecordsIsSkipped) {
  const ReadArchive read = Read(
      Archive("a.warc", one_ + "not a record\r\nstill not\r\n\r\n" + three_));
  ASSERT_TRUE(read.status.ok());
  ASSERT_EQ(read.records.size(), 2u);
  ASSERT_EQ(read.damage.size(), 1u);
  EXPECT_NE(read.damage[0].find("not a WARC record header: \"not a record\""),
            std::string::npos)
      << read.damage[0];
}

TEST_F(WebArchiveTest, RecordCutShortAtTheEndIsReported) {
  const std::string cut = three_.substr(0, three_.size() - 30);
  const ReadArchive read = Read(Archive("a.warc", one_ + cut));
  ASSERT_TRUE(read.status.ok());
  ASSERT_EQ(read.records.size(), 1u);
  ASSERT_EQ(read.damage.size(), 1u);
  EXPECT_NE(read.damage[0].find("record cut short"), std::string::npos);
  // A gzip file cut inside a member says so as well.
  const std::string gzip = GzipMember(one_) + GzipMember(three_);
  const ReadArchive gz =
      Read(Archive("a.warc.gz", gzip.substr(0, gzip.size() - 40)));
  EXPECT_EQ(gz.records.size(), 1u);
  EXPECT_FALSE(gz.damage.empty());
}

TEST_F(WebArchiveTest, BlocksOverTheLimitAreCutNotHeld) {
  const std::string big =
      WarcRecord("response", "https://a.fr/big",
                 HttpResponse(200, "", std::string(5000, 'x')));
  const ReadArchive read = Read(Archive("a.warc", big + one_), 1000);
  ASSERT_EQ(read.records.size(), 2u);
  EXPECT_TRUE(read.records[0].block_cut);
  EXPECT_EQ(read.records[0].block.size(), 1000u);
  EXPECT_GT(read.records[0].block_length, 5000u);
  EXPECT_FALSE(read.records[1].block_cut);
}

TEST_F(WebArchiveTest, HugeDeclaredLengthDoesNotAllocateIt) {
  std::string huge = one_;
  const std::string length = "Content-Length: " + std::to_string(page_.size());
  huge.replace(huge.find(length), length.size(),
               "Content-Length: 999999999999999");
  const ReadArchive read = Read(Archive("a.warc", huge));
  EXPECT_TRUE(read.records.empty());
  ASSERT_EQ(read.damage.size(), 1u);
  EXPECT_NE(read.damage[0].find("cut short"), std::string::npos);
}

TEST_F(WebArchiveTest, WgetBracketsAroundTheTargetUriAreDropped) {
  const ReadArchive read = Read(
      Archive("a.warc", WarcRecord("response", "<https://a.fr/1>", page_)));
  ASSERT_EQ(read.records.size(), 1u);
  EXPECT_EQ(read.records[0].target_uri, "https://a.fr/1");
}

TEST_F(WebArchiveTest, ReadsArcVersionOneWithSpacesInUrls) {
  const std::string info =
      "1 0 Test\nURL IP-address Archive-date "
      "Content-type Archive-length\n";
  const std::string arc =
      "filedesc://test.arc 0.0.0.0 20250211080000 text/plain " +
      std::to_string(info.size()) + "\n" + info + "\n" +
      "https://a.fr/une page 1.2.3.4 20250211093000 text/html " +
      std::to_string(page_.size()) + "\n" + page_ + "\n";
  for (const std::string& bytes : {arc, GzipMember(arc)}) {
    const ReadArchive read = Read(Archive("a.arc", bytes));
    ASSERT_TRUE(read.status.ok()) << read.status;
    EXPECT_TRUE(read.damage.empty());
    ASSERT_EQ(read.records.size(), 2u);
    EXPECT_EQ(read.records[0].type, "warcinfo");
    EXPECT_EQ(read.records[1].type, "response");
    EXPECT_EQ(read.records[1].target_uri, "https://a.fr/une page");
    EXPECT_EQ(read.records[1].block, page_);
    EXPECT_EQ(read.records[1].date,
              DateTime::FromIso8601("2025-02-11T09:30:00Z"));
  }
}

// An ARC record's length must end at its line ending: too long or too
// short, the record is damaged and the next one is read.
TEST_F(WebArchiveTest, ArcLengthsThatMissTheRecordsEndAreDamage) {
  const std::string info =
      "1 0 Test\nURL IP-address Archive-date "
      "Content-type Archive-length\n";
  auto arc = [&](int delta) {
    return "filedesc://t.arc 0.0.0.0 20250211080000 text/plain " +
           std::to_string(info.size()) + "\n" + info + "\n" +
           "https://a.fr/1 1.2.3.4 20250211093000 text/html " +
           std::to_string(static_cast<int>(page_.size()) + delta) + "\n" +
           page_ + "\n" + "https://a.fr/2 1.2.3.4 20250211093000 text/html " +
           std::to_string(page_.size()) + "\n" + page_ + "\n";
  };
  for (int delta : {40, -30}) {
    const ReadArchive read = Read(Archive("a.arc", arc(delta)));
    ASSERT_EQ(read.damage.size(), 1u) << delta;
    EXPECT_NE(read.damage[0].find("does not end where the record ends"),
              std::string::npos);
    ASSERT_EQ(read.records.size(), 2u) << delta;
    EXPECT_EQ(read.records[1].target_uri, "https://a.fr/2");
  }
}

TEST_F(WebArchiveTest, ReadsArcVersionTwo) {
  const std::string info =
      "2 0 Test\nURL IP-address Archive-date "
      "Content-type Result-code Checksum Location "
      "Offset Filename Archive-length\n";
  const std::string arc =
      "filedesc://test.arc 0.0.0.0 20250211080000 text/plain 200 - - 0 "
      "test.arc " +
      std::to_string(info.size()) + "\n" + info + "\n" +
      "https://a.fr/1 1.2.3.4 20250211093000 text/html 200 ABC - 0 test.arc " +
      std::to_string(page_.size()) + "\n" + page_ + "\n";
  const ReadArchive read = Read(Archive("a.arc", arc));
  ASSERT_TRUE(read.status.ok()) << read.status;
  EXPECT_TRUE(read.damage.empty()) << read.damage[0];
  ASSERT_EQ(read.records.size(), 2u);
  EXPECT_EQ(read.records[1].target_uri, "https://a.fr/1");
  EXPECT_EQ(read.records[1].block, page_);
}

TEST_F(WebArchiveTest, WhatIsNoArchiveIsRefusedByName) {
  const std::string path = Archive("page.html", "<html>Bonjour</html>");
  const ReadArchive read = Read(path);
  EXPECT_EQ(read.status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(read.status.message().find(path), std::string::npos);
  EXPECT_FALSE(LooksLikeWebArchive(path));
  EXPECT_EQ(Read(Archive("empty.warc", "")).status.code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(Read((dir_.path() / "missing.warc").string()).status.code(),
            absl::StatusCode::kNotFound);
}

TEST_F(WebArchiveTest, ArchivesAreKnownByNameOrByContent) {
  EXPECT_TRUE(IsWebArchivePath("crawl.warc.gz"));
  EXPECT_TRUE(IsWebArchivePath("CRAWL.ARC"));
  EXPECT_FALSE(IsWebArchivePath("page.html"));
  EXPECT_FALSE(IsWebArchivePath("warc.txt"));
  EXPECT_TRUE(LooksLikeWebArchive(Archive("crawl.bin", GzipMember(one_))));
  EXPECT_TRUE(LooksLikeWebArchive(Archive("crawl.dat", one_)));
}

TEST_F(WebArchiveTest, StoppingEndsTheRead) {
  int seen = 0;
  const absl::Status status = ReadWebArchive(
      Archive("a.warc", one_ + two_ + three_), 1 << 20,
      [&](ArchiveRecord&&) { return ++seen < 2; }, [](std::string) {});
  EXPECT_TRUE(status.ok());
  EXPECT_EQ(seen, 2);
}

// The files of ../shared/corpora/warc/, written by other tools: each is read
// or its damage reported, and the pages in it are found.
TEST(SharedWebArchivesTest, EveryFileIsReadOrReported) {
  const std::filesystem::path dir =
      std::filesystem::path(NEWSQ_SHARED_CORPORA_DIR) / "warc";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << dir << " is absent";
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name == "SOURCE.md") continue;
    ++files;
    const ReadArchive read = Read(entry.path().string());
    ASSERT_TRUE(read.status.ok()) << name << ": " << read.status;
    EXPECT_FALSE(read.records.empty() && read.damage.empty()) << name;
    for (const std::string& damage : read.damage)
      EXPECT_EQ(damage.rfind(entry.path().string() + ": ", 0), 0u) << damage;
    int responses = 0;
    for (const ArchiveRecord& record : read.records) {
      responses += record.type == "response" ? 1 : 0;
      EXPECT_FALSE(record.block_cut) << name;
    }
    // The damaged files, as SOURCE.md describes them.
    const bool damaged = name == "bad.arc" || name == "example-trunc.warc" ||
                         name == "example-space-in-url.arc";
    EXPECT_EQ(!read.damage.empty(), damaged) << name;
    if (name == "example.warc.gz" || name == "example.arc.gz" ||
        name == "example-iana.org-chunked.warc")
      EXPECT_GE(responses, 1) << name;
  }
  EXPECT_EQ(files, 16);
}

}  // namespace
}  // namespace newsq::internal
