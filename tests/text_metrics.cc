#include "tests/text_metrics.h"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "engine/french_analyzer.h"
#include "extract/charset.h"
#include "extract/html_dom.h"

namespace newsq::testing {

double WordF1(std::string_view extracted, std::string_view reference) {
  static const internal::FrenchAnalyzer* analyzer =
      new internal::FrenchAnalyzer();
  absl::flat_hash_map<std::string, int> counts;
  size_t extracted_words = 0, reference_words = 0, common = 0;
  for (const auto& word : analyzer->Words(reference)) {
    ++counts[word.folded];
    ++reference_words;
  }
  for (const auto& word : analyzer->Words(extracted)) {
    ++extracted_words;
    auto it = counts.find(word.folded);
    if (it != counts.end() && it->second > 0) {
      --it->second;
      ++common;
    }
  }
  if (common == 0) return 0;
  const double precision = double(common) / extracted_words;
  const double recall = double(common) / reference_words;
  return 2 * precision * recall / (precision + recall);
}

std::string HtmlToText(const std::string& html) {
  const internal::DecodedPage page = internal::DecodePage(html);
  internal::HtmlDocument doc(page.utf8);
  return internal::VisibleText(doc.root());
}

}  // namespace newsq::testing
