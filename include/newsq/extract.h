// newsq/extract.h: the article inside a web page, without indexing it.
//
// The extractor decodes the page (BOM, declared charset, or a guess between
// UTF-8 and windows-1252), parses it with gumbo, reads the metadata the page
// carries (JSON-LD, OpenGraph, <meta>, <time>, French bylines such as "Publié
// le 11 février 2025 à 17h30", the URL path) and keeps the main text without
// the site's chrome.
//
// Example:
//   absl::StatusOr<newsq::Article> article =
//   newsq::ExtractArticleFromFile("page.html"); if (!article.ok()) std::cerr <<
//   article.status() << "\n";
//
// Thread safety: both functions may be called from any number of threads at
// once.
#ifndef NEWSQ_EXTRACT_H_
#define NEWSQ_EXTRACT_H_

#include <cstddef>
#include <istream>
#include <map>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "newsq/article.h"

namespace newsq {

struct ExtractOptions {
  // Where the page came from (file path or URL). Becomes Article::url, and the
  // page's identity when it names no canonical URL. Default: empty.
  std::string source;
  // The charset the server sent the page in (HTTP's Content-Type charset), as
  // web archives keep it: it outranks the page's own declaration, as in
  // browsers, but not a byte-order mark or bytes that are clean UTF-8.
  // Default: empty (none).
  std::string charset;
  // The time extraction may take, in seconds: past it the page is refused
  // (kDeadlineExceeded). Pages take milliseconds, the largest and oddest
  // allowed a few seconds; this bounds what no limit of size or depth
  // foresaw. Default: 30.
  double time_limit_seconds = 30;
};

// The largest page read, in bytes (16 MB). News pages weigh a few hundred
// kilobytes and rarely 5 MB.
inline constexpr size_t kMaxPageBytes = size_t{16} << 20;

// Extracts the article from the raw bytes of one HTML page.
// Errors: kInvalidArgument when the bytes are not an HTML text page (binary
// data such as an image or an archive), when the page is over kMaxPageBytes,
// or when its elements nest over 1,000 levels deep; kNotFound when the page
// holds no article text; kDeadlineExceeded past
// ExtractOptions::time_limit_seconds.
absl::StatusOr<Article> ExtractArticle(std::string_view page_bytes,
                                       const ExtractOptions& options = {});

// Reads `path` and extracts its article; ExtractOptions::source is `path`.
// Errors: those of ExtractArticle, plus kNotFound / kPermissionDenied /
// kUnavailable when the file cannot be read, and kInvalidArgument for what is
// not a regular file (a named pipe or a device would block the read or never
// end), each with the path in the message. At most kMaxPageBytes are read.
absl::StatusOr<Article> ExtractArticleFromFile(const std::string& path);

// An extraction with its reasons, for `newsq extract --explain` and for
// debugging extraction.
struct ExtractionReport {
  Article article;
  // The charset the page was decoded from ("UTF-8", "WINDOWS-1252", ...).
  std::string charset;
  // Field name ("title", "published", "outlet", "author", "canonical_url",
  // "language", "text") -> where its value came from ("json-ld", "og:title", "byline text",
  // "url", ...). Fields left empty are absent.
  std::map<std::string, std::string> sources;
};

// Reads one page from `in`, at most kMaxPageBytes (an endless stream is
// refused once past it), and extracts it with the source of every field.
// `name` says what `in` is in error messages ("standard input", a path);
// `options.source` becomes Article::url. `expected_bytes`, when known,
// sizes the buffer. Errors: those of ExtractArticle (kInvalidArgument for a
// page over kMaxPageBytes too), kUnavailable for a read error; each message
// starts with `name`.
absl::StatusOr<ExtractionReport> ExplainExtractionFromStream(
    std::istream& in, std::string_view name, const ExtractOptions& options = {},
    size_t expected_bytes = 0);

// ExtractArticleFromFile, with the source of every field. Same errors.
absl::StatusOr<ExtractionReport> ExplainExtractionFromFile(
    const std::string& path);

}  // namespace newsq

#endif  // NEWSQ_EXTRACT_H_
