// libFuzzer target: arbitrary bytes as a news page, through extraction and
// into a Xapian document, as `newsq index` takes them.
//
// A crash, a sanitizer report, a leak or an input that runs over libFuzzer's
// -timeout is a finding. An error status is not: most bytes are no article.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine/french_analyzer.h"
#include "indexer/document_builder.h"
#include "newsq/extract.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // One analyser for the whole run, as one indexing thread keeps one.
  static const newsq::internal::FrenchAnalyzer* analyzer =
      new newsq::internal::FrenchAnalyzer();
  const std::string_view page(reinterpret_cast<const char*>(data), size);
  // A URL with a date and a section in its path, which extraction reads when
  // the page gives neither.
  absl::StatusOr<newsq::Article> article = newsq::ExtractArticle(
      page, {.source = "https://www.example.fr/economie/2025/02/11/fuzz.html"});
  if (!article.ok()) return 0;
  // What the indexer does next: analyse the text, build terms, values and
  // the stored JSON.
  newsq::internal::DocumentBuilder builder(*analyzer);
  builder.Build(*article, "0123456789abcdef", "fedcba9876543210");
  return 0;
}
