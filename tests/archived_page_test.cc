// What a web archive's record holds for newsq (archived_page.h), and the HTTP
// message under it (http_message.h).
#include "extract/archived_page.h"

#include <brotli/encode.h>
#include <gtest/gtest.h>

#include <string>

#include "extract/http_message.h"
#include "tests/warc_writer.h"

namespace newsq::internal {
namespace {

using ::newsq::testing::Chunked;
using ::newsq::testing::GzipMember;
using ::newsq::testing::HttpResponse;

const char kHtml[] =
    "<html><head><title>Un titre</title></head><body><p>Corps</p></body>"
    "</html>";

ArchiveRecord Record(std::string type, std::string block,
                     std::string content_type = "") {
  ArchiveRecord record;
  record.type = std::move(type);
  record.target_uri = "https://journal.fr/article";
  record.block = std::move(block);
  record.block_length = record.block.size();
  record.content_type = std::move(content_type);
  record.location = "crawl.warc: record at offset 10";
  record.date = DateTime::FromIso8601("2025-02-11T08:00:00Z");
  return record;
}

// The kind of record skipped, or "page".
std::string Sorted(ArchiveRecord record) {
  absl::StatusOr<std::variant<ArchivedPage, SkippedRecord>> sorted =
      SortRecord(std::move(record));
  if (!sorted.ok()) return std::string(sorted.status().message());
  if (std::holds_alternative<ArchivedPage>(*sorted)) return "page";
  switch (std::get<SkippedRecord>(*sorted)) {
    case SkippedRecord::kRequest:
      return "request";
    case SkippedRecord::kRevisit:
      return "revisit";
    case SkippedRecord::kRedirect:
      return "redirect";
    case SkippedRecord::kHttpError:
      return "http error";
    case SkippedRecord::kNotHtml:
      return "not html";
    case SkippedRecord::kOther:
      return "other";
  }
  return "?";
}

TEST(ArchivedPageTest, SortsRecordsByWhatTheyHold) {
  const std::string html_type = "Content-Type: text/html\r\n";
  EXPECT_EQ(Sorted(Record("response", HttpResponse(200, html_type, kHtml))),
            "page");
  EXPECT_EQ(
      Sorted(Record(
          "response",
          HttpResponse(200, "Content-Type: application/xhtml+xml\r\n", kHtml))),
      "page");
  EXPECT_EQ(
      Sorted(Record("response", HttpResponse(301, "Location: /x\r\n", ""))),
      "redirect");
  EXPECT_EQ(Sorted(Record("response", HttpResponse(404, html_type, kHtml))),
            "http error");
  EXPECT_EQ(Sorted(Record("response", HttpResponse(503, html_type, kHtml))),
            "http error");
  EXPECT_EQ(Sorted(Record("response",
                          HttpResponse(200, "Content-Type: image/jpeg\r\n",
                                       "\xFF\xD8\xFF"))),
            "not html");
  // No type, or a vague one: the bytes say.
  EXPECT_EQ(Sorted(Record("response", HttpResponse(200, "", kHtml))), "page");
  EXPECT_EQ(Sorted(Record("response", HttpResponse(200, "", "%PDF-1.4"))),
            "not html");
  EXPECT_EQ(Sorted(Record("request", "GET / HTTP/1.1\r\n\r\n")), "request");
  EXPECT_EQ(Sorted(Record("revisit", HttpResponse(200, html_type, ""))),
            "revisit");
  EXPECT_EQ(Sorted(Record("warcinfo", "software: test\r\n")), "other");
  EXPECT_EQ(Sorted(Record("metadata", "outlinks: x\r\n")), "other");
  // A DNS record of an ARC file: no HTTP head.
  EXPECT_EQ(Sorted(Record("response", "20250211 1.2.3.4")), "other");
  EXPECT_EQ(Sorted(Record("resource", kHtml, "text/html; charset=utf-8")),
            "page");
  EXPECT_EQ(Sorted(Record("resource", "\x89PNG", "image/png")), "not html");
}

TEST(ArchivedPageTest, APageWithoutTargetOrOverTheLimitIsAFailure) {
  ArchiveRecord no_uri = Record(
      "response", HttpResponse(200, "Content-Type: text/html\r\n", kHtml));
  no_uri.target_uri.clear();
  EXPECT_NE(Sorted(std::move(no_uri)).find("crawl.warc: record at offset 10"),
            std::string::npos);
  ArchiveRecord cut = Record(
      "response", HttpResponse(200, "Content-Type: text/html\r\n", kHtml));
  cut.block_cut = true;
  cut.block_length = 40u << 20;
  EXPECT_NE(Sorted(std::move(cut)).find("page too large"), std::string::npos);
}

std::string Brotli(std::string_view bytes) {
  std::string out(BrotliEncoderMaxCompressedSize(bytes.size()), '\0');
  size_t size = out.size();
  EXPECT_TRUE(BrotliEncoderCompress(
      BROTLI_DEFAULT_QUALITY, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT,
      bytes.size(), reinterpret_cast<const uint8_t*>(bytes.data()), &size,
      reinterpret_cast<uint8_t*>(out.data())));
  out.resize(size);
  return out;
}

absl::StatusOr<std::string> BytesOf(std::string fields, std::string body) {
  absl::StatusOr<std::variant<ArchivedPage, SkippedRecord>> sorted = SortRecord(
      Record("response",
             HttpResponse(
                 200,
                 "Content-Type: text/html; charset=\"ISO-8859-1\"\r\n" + fields,
                 body)));
  if (!sorted.ok()) return sorted.status();
  ArchivedPage& page = std::get<ArchivedPage>(*sorted);
  EXPECT_EQ(page.charset, "ISO-8859-1");
  EXPECT_EQ(page.url, "https://journal.fr/article");
  return PageBytes(page);
}

TEST(ArchivedPageTest, BodiesAreDecodedAsABrowserWould) {
  EXPECT_EQ(*BytesOf("", kHtml), kHtml);
  EXPECT_EQ(*BytesOf("Content-Encoding: gzip\r\n", GzipMember(kHtml)), kHtml);
  EXPECT_EQ(*BytesOf("Transfer-Encoding: chunked\r\n", Chunked(kHtml, 7)),
            kHtml);
  EXPECT_EQ(*BytesOf("Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n",
                     Chunked(GzipMember(kHtml), 5)),
            kHtml);
  // Stored decoded under the original headers, as some crawlers do.
  EXPECT_EQ(*BytesOf("Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n",
                     kHtml),
            kHtml);
  // Brotli, as crawlers that fetch like browsers store it.
  EXPECT_EQ(*BytesOf("Content-Encoding: br\r\n", Brotli(kHtml)), kHtml);
  EXPECT_FALSE(BytesOf("Content-Encoding: br\r\n", "\x1b\x2a\x00").ok());
  // Common Crawl (CC-NEWS) stores the body decoded and renames the headers
  // that said otherwise.
  EXPECT_EQ(*BytesOf("X-Crawler-Content-Encoding: gzip\r\n"
                     "X-Crawler-Transfer-Encoding: chunked\r\n",
                     kHtml),
            kHtml);
  const absl::StatusOr<std::string> zstd =
      BytesOf("Content-Encoding: zstd\r\n", "\x28\xb5\x2f\xfd\x00");
  ASSERT_FALSE(zstd.ok());
  EXPECT_NE(zstd.status().message().find("\"zstd\""), std::string::npos);
  EXPECT_NE(zstd.status().message().find("crawl.warc: record at offset 10"),
            std::string::npos);
  EXPECT_FALSE(
      BytesOf("Content-Encoding: gzip\r\n", "\x1f\x8b\x08garbage").ok());
}

TEST(HttpMessageTest, ReadsTheHead) {
  const std::optional<HttpResponseHead> head = ParseHttpResponseHead(
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Folded:  a "
      "\r\n\r\nbody");
  ASSERT_TRUE(head);
  EXPECT_EQ(head->status, 200);
  EXPECT_EQ(head->Field("content-type"), "text/html");
  EXPECT_EQ(head->Field("x-folded"), "a");
  EXPECT_EQ(head->Field("missing"), "");
  EXPECT_EQ(head->body_offset, 59u);
  // HTTP/1.0 with bare line feeds and no reason phrase.
  const std::optional<HttpResponseHead> old =
      ParseHttpResponseHead("HTTP/1.0 404\nServer: x\n\n");
  ASSERT_TRUE(old);
  EXPECT_EQ(old->status, 404);
  EXPECT_FALSE(ParseHttpResponseHead("GET / HTTP/1.1\r\n\r\n"));
  EXPECT_FALSE(ParseHttpResponseHead("HTTP/1.1 2x0 OK\r\n\r\n"));
  EXPECT_FALSE(ParseHttpResponseHead("HTTP/1.1 2000 OK\r\n\r\n"));
  EXPECT_FALSE(ParseHttpResponseHead("HTTP/1.1 200 OK\r\nno end"));
}

TEST(HttpMessageTest, ContentTypeParts) {
  EXPECT_EQ(MediaType(" Text/HTML ; charset=UTF-8"), "text/html");
  EXPECT_EQ(CharsetParameter("text/html; Charset=\"windows-1252\""),
            "windows-1252");
  EXPECT_EQ(CharsetParameter("text/html;charset=utf-8;q=1"), "utf-8");
  EXPECT_EQ(CharsetParameter("text/html"), "");
  EXPECT_EQ(CharsetParameter("text/html; charset=\"utf-8"), "utf-8");
}

TEST(HttpMessageTest, DechunkRefusesBrokenFraming) {
  EXPECT_EQ(*Dechunk("5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n", 100),
            "hello world");
  EXPECT_FALSE(Dechunk("zz\r\nhello\r\n0\r\n\r\n", 100));
  EXPECT_FALSE(Dechunk("ff\r\nshort\r\n0\r\n\r\n", 100));
  EXPECT_FALSE(Dechunk("5\r\nhelloX\r\n0\r\n\r\n", 100));
  EXPECT_FALSE(Dechunk("5\r\nhello\r\n0\r\n\r\n", 3));  // over the limit
  // Cut short after a whole chunk, as truncated crawls are: what came.
  EXPECT_EQ(*Dechunk("5\r\nhello\r\n", 100), "hello");
}

TEST(HttpMessageTest, DecodesGzipAndBothKindsOfDeflate) {
  EXPECT_EQ(*DecodeContent("x-gzip", GzipMember("bonjour"), 100), "bonjour");
  EXPECT_EQ(*DecodeContent("identity", "bonjour", 100), "bonjour");
  // zlib-wrapped deflate, and raw deflate as some servers send.
  const std::string zlib(
      "\x78\x9c\x4b\xca\xcf\xcb\xca\x2f\x2d\x02\x00\x0b\xc6\x03\x00", 15);
  EXPECT_EQ(*DecodeContent("deflate", zlib, 100), "bonjour");
  const std::string raw("\x4b\xca\xcf\xcb\xca\x2f\x2d\x02\x00", 9);
  EXPECT_EQ(*DecodeContent("deflate", raw, 100), "bonjour");
  EXPECT_FALSE(
      DecodeContent("gzip", GzipMember(std::string(1000, 'a')), 100).ok());
}

}  // namespace
}  // namespace newsq::internal
