// Internal: articles a crawler already extracted, one JSON object per line
// (`newsq index articles.jsonl`, `.jsonl.gz`, or `-` for standard input).
//
// Fields (all but a title or a text optional):
//   url            where the article is; else "id:<id>" from `id`
//   id             the crawler's id, used when there is no url
//   canonical_url, title, outlet (or source), author, language, section,
//   description (or summary), tags (an array of strings)
//   text or body   the article's text, paragraphs separated by blank lines
//   published or date   ISO 8601 ("2025-02-11T15:14:00+01:00", "2025-02-11")
//                  or a compact day ("20250211")
//   modified       ISO 8601
//   story          a story label (string or number): articles with the same
//                  label form one story as given; without it, newsq groups
// This is also the shape of ../shared/peers/make_docs.py's docs.jsonl.
#ifndef NEWSQ_EXTRACT_JSON_LINES_H_
#define NEWSQ_EXTRACT_JSON_LINES_H_

#include <functional>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "newsq/article.h"

namespace newsq::internal {

struct ArticleLine {
  Article article;        // with its entities found in the title and text
  std::string story_key;  // empty: newsq groups it
};

// True for the paths read as JSON lines: "-", and names ending in .jsonl,
// .jsonl.gz, .ndjson or .ndjson.gz (any case).
bool IsJsonLinesPath(std::string_view path);

// One line. Errors: kInvalidArgument naming what is wrong (not JSON, not an
// object, a field of the wrong type, no title or text, no url or id, a date
// that cannot be read).
absl::StatusOr<ArticleLine> ArticleFromJsonLine(std::string_view line);

// Reads `path` ("-" for standard input; gzip-compressed or not, whatever its
// name) line by line. Each good line goes to `on_article`; each bad one to
// `on_failure` as "<path>:<line number>: <reason>", and reading goes on.
// Blank lines are skipped. Errors: the file cannot be opened or read (naming
// it and why).
// Reads `path` as ReadJsonLines does, but hands each non-blank line to
// `on_line` unparsed, with its location ("<path>:<line number>") for messages:
// the parallel pipeline parses lines on its worker threads. A line over
// kMaxPageBytes is never held: `on_failure` gets "<location>: line over 16 MB".
absl::Status ReadJsonLineTexts(
    const std::string& path,
    const std::function<void(std::string line, std::string location)>& on_line,
    const std::function<void(std::string failure)>& on_failure);

absl::Status ReadJsonLines(
    const std::string& path,
    const std::function<void(ArticleLine&&)>& on_article,
    const std::function<void(std::string failure)>& on_failure);

}  // namespace newsq::internal

#endif  // NEWSQ_EXTRACT_JSON_LINES_H_
