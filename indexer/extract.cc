// ExtractArticle (newsq/extract.h): decode -> parse -> metadata -> main text -> entities.
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "indexer/charset.h"
#include "indexer/entities.h"
#include "indexer/html_dom.h"
#include "indexer/main_text.h"
#include "indexer/metadata.h"
#include "newsq/extract.h"
#include "engine/ascii.h"

namespace newsq {
namespace {

// Binary formats people drop in archive folders by mistake, by their magic bytes.
std::string_view BinaryKind(std::string_view bytes) {
  struct Magic {
    std::string_view prefix, kind;
  };
  static constexpr Magic kMagics[] = {
      {"\x89PNG", "a PNG image"}, {"\xFF\xD8\xFF", "a JPEG image"}, {"GIF8", "a GIF image"},
      {"%PDF", "a PDF document"}, {"\x1F\x8B", "gzip data"},        {"PK\x03\x04", "a ZIP archive"},
      {"\x28\xB5\x2F\xFD", "zstd data"}, {"RIFF", "a RIFF file"}, {"\x7F" "ELF", "a program"}};
  for (const Magic& m : kMagics) {
    if (std::string_view(bytes).starts_with(m.prefix)) return m.kind;
  }
  if (bytes.substr(0, 4096).find('\0') != std::string_view::npos &&
      !std::string_view(bytes).starts_with("\xFF\xFE") && !std::string_view(bytes).starts_with("\xFE\xFF")) {
    return "binary data";
  }
  return {};
}

}  // namespace

absl::StatusOr<Article> ExtractArticle(std::string_view page_bytes,
                                       const ExtractOptions& options) {
  if (page_bytes.empty()) return absl::InvalidArgumentError("empty file");
  if (std::string_view kind = BinaryKind(page_bytes); !kind.empty()) {
    return absl::InvalidArgumentError(absl::StrCat("not an HTML page (", std::string(kind), ")"));
  }
  const internal::DecodedPage decoded = internal::DecodePage(page_bytes);
  internal::HtmlDocument document(decoded.utf8);
  const internal::PageMetadata md = internal::ReadMetadata(document.root(), options.source);

  std::vector<std::string> paragraphs = internal::ExtractMainText(document.root());
  std::string text = absl::StrJoin(paragraphs, "\n\n");
  // A JSON-LD articleBody is trusted only when the page's own markup yields (almost) nothing:
  // many sites truncate it, or fill it with another article's text.
  if (text.size() < 200 && md.article_body.size() > text.size() * 2) {
    text = md.article_body;
  }
  if (text.empty() && md.title.empty()) {
    return absl::NotFoundError("no article found in the page");
  }

  Article article;
  article.url = options.source;
  article.canonical_url = md.canonical_url;
  article.title = md.title;
  article.published = md.published;
  article.modified = md.modified;
  article.outlet = md.outlet;
  article.author = md.author;
  article.language = md.language;
  article.section = md.section;
  article.tags = md.tags;
  article.text = std::move(text);
  article.entities = internal::FindEntities(article.title, article.text);
  return article;
}

absl::StatusOr<Article> ExtractArticleFromFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int error = errno;
    const std::string message = absl::StrCat(path, ": ", std::strerror(error));
    if (error == ENOENT) return absl::NotFoundError(message);
    if (error == EACCES) return absl::PermissionDeniedError(message);
    return absl::UnavailableError(message);
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return absl::UnavailableError(absl::StrCat(path, ": read error"));
  ExtractOptions options;
  options.source = path;
  absl::StatusOr<Article> article = ExtractArticle(bytes.str(), options);
  if (!article.ok()) {
    return absl::Status(article.status().code(),
                        absl::StrCat(path, ": ", article.status().message()));
  }
  return article;
}

}  // namespace newsq
