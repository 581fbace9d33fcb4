// Internal: what a web archive's record holds for newsq: an HTML page to
// extract, or something to skip and count (a request, a redirect, an image).
#ifndef NEWSQ_EXTRACT_ARCHIVED_PAGE_H_
#define NEWSQ_EXTRACT_ARCHIVED_PAGE_H_

#include <optional>
#include <string>
#include <variant>

#include "absl/status/statusor.h"
#include "extract/web_archive.h"
#include "newsq/article.h"

namespace newsq::internal {

// An HTML page as the server sent it, waiting to be decoded (PageBytes) and
// extracted: the archive's reader thread finds it, a worker decodes it.
struct ArchivedPage {
  std::string url;                      // the record's target URI
  std::optional<DateTime> record_date;  // when it was archived
  std::string location;                 // ArchiveRecord::location
  std::string charset;           // the HTTP Content-Type's charset, or ""
  std::string content_encoding;  // HTTP Content-Encoding, or ""
  bool chunked = false;          // HTTP Transfer-Encoding: chunked
  std::string body;              // as stored
};

// Why a record holds no page to index.
enum class SkippedRecord {
  kRequest,    // what the crawler sent
  kRevisit,    // "same as before": no payload of its own
  kRedirect,   // an HTTP 3xx response
  kHttpError,  // any other status but 2xx: 4xx, 5xx, 1xx
  kNotHtml,    // an image, a style sheet, a script, a PDF, a feed...
  kOther,      // warcinfo, metadata, conversion, DNS and other records
};

// Sorts a record out. Errors (kInvalidArgument, with the record's location):
// a response or resource record without a target URI, an HTML page over
// kMaxPageBytes.
absl::StatusOr<std::variant<ArchivedPage, SkippedRecord>> SortRecord(
    ArchiveRecord&& record);

// The page's bytes as a browser would have them: chunked transfer framing
// removed (a body whose framing is broken is taken as stored, as archives
// hold bodies decoded by the crawler under their original headers), content
// encoding undone. Errors: those of DecodeContent.
absl::StatusOr<std::string> PageBytes(ArchivedPage& page);

}  // namespace newsq::internal

#endif  // NEWSQ_EXTRACT_ARCHIVED_PAGE_H_
