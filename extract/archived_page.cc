#include "extract/archived_page.h"

#include "absl/strings/str_cat.h"
#include "engine/ascii.h"
#include "extract/http_message.h"
#include "newsq/extract.h"

namespace newsq::internal {
namespace {

bool IsHtmlMediaType(std::string_view media_type) {
  return media_type == "text/html" || media_type == "application/xhtml+xml";
}

// Servers that name no type, or a vague one, still send pages: the first
// bytes say.
bool LooksLikeHtml(std::string_view body) {
  const std::string start = AsciiLower(body.substr(0, 1024));
  return start.find("<!doctype html") != std::string::npos ||
         start.find("<html") != std::string::npos;
}

bool IsVagueMediaType(std::string_view media_type) {
  return media_type.empty() || media_type == "text/plain" ||
         media_type == "application/octet-stream" || media_type == "unk" ||
         media_type == "no-type" || media_type == "-";
}

absl::Status TooLarge(const ArchiveRecord& record) {
  return absl::InvalidArgumentError(absl::StrCat(
      record.location, ": page too large (", record.block_length,
      " bytes; newsq reads pages up to ", kMaxPageBytes >> 20, " MB)"));
}

// The page whose bytes are the record's block, typed `content_type`.
ArchivedPage TakePage(ArchiveRecord& record, std::string_view content_type) {
  ArchivedPage page;
  page.charset = CharsetParameter(content_type);
  page.url = std::move(record.target_uri);
  page.record_date = record.date;
  page.location = std::move(record.location);
  page.body = std::move(record.block);
  return page;
}

// The page of an HTTP response, or why there is none.
absl::StatusOr<std::variant<ArchivedPage, SkippedRecord>> PageOfResponse(
    ArchiveRecord&& record) {
  const std::optional<HttpResponseHead> head =
      ParseHttpResponseHead(record.block);
  // A DNS record, an FTP file, a body with no head: nothing to extract.
  if (!head) return SkippedRecord::kOther;
  if (head->status >= 300 && head->status < 400)
    return SkippedRecord::kRedirect;
  if (head->status < 200 || head->status >= 300)
    return SkippedRecord::kHttpError;
  const std::string content_type = head->Field("content-type");
  const std::string media_type = MediaType(content_type);
  const std::string_view body =
      std::string_view(record.block).substr(head->body_offset);
  const std::string encoding = head->Field("content-encoding");
  // A compressed body cannot be sniffed; its declared type decides.
  if (!IsHtmlMediaType(media_type) &&
      !(IsVagueMediaType(media_type) && encoding.empty() &&
        LooksLikeHtml(body)))
    return SkippedRecord::kNotHtml;
  if (record.block_cut) return TooLarge(record);
  record.block.erase(0, head->body_offset);
  ArchivedPage page = TakePage(record, content_type);
  page.content_encoding = encoding;
  page.chunked = AsciiLower(head->Field("transfer-encoding")).find("chunked") !=
                 std::string::npos;
  return page;
}

// A resource record holds the page itself, its type in the record's header.
absl::StatusOr<std::variant<ArchivedPage, SkippedRecord>> PageOfResource(
    ArchiveRecord&& record) {
  const std::string media_type = MediaType(record.content_type);
  if (!IsHtmlMediaType(media_type) &&
      !(IsVagueMediaType(media_type) && LooksLikeHtml(record.block)))
    return SkippedRecord::kNotHtml;
  if (record.block_cut) return TooLarge(record);
  return TakePage(record, record.content_type);
}

}  // namespace

absl::StatusOr<std::variant<ArchivedPage, SkippedRecord>> SortRecord(
    ArchiveRecord&& record) {
  const bool holds_page =
      record.type == "response" || record.type == "resource";
  if (holds_page && record.target_uri.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        record.location, ": a ", record.type, " record without a target URI"));
  }
  if (record.type == "response") return PageOfResponse(std::move(record));
  if (record.type == "resource") return PageOfResource(std::move(record));
  if (record.type == "request") return SkippedRecord::kRequest;
  if (record.type == "revisit") return SkippedRecord::kRevisit;
  return SkippedRecord::kOther;
}

absl::StatusOr<std::string> PageBytes(ArchivedPage& page) {
  std::string body = std::move(page.body);
  if (page.chunked) {
    if (std::optional<std::string> joined = Dechunk(body, kMaxPageBytes))
      body = *std::move(joined);
  }
  absl::StatusOr<std::string> decoded =
      DecodeContent(page.content_encoding, std::move(body), kMaxPageBytes);
  if (!decoded.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(page.location, ": ", decoded.status().message()));
  }
  return decoded;
}

}  // namespace newsq::internal
