// Test support: comparing an extracted text with a reference text.
#ifndef NEWSQ_TESTS_TEXT_METRICS_H_
#define NEWSQ_TESTS_TEXT_METRICS_H_

#include <string>
#include <string_view>

namespace newsq::testing {

// Word-level F1 (bag of words, lower-cased and accent-folded) of `extracted`
// against `reference`: 1 when both hold the same words the same number of
// times.
double WordF1(std::string_view extracted, std::string_view reference);

// The visible text of an HTML fragment or page, whitespace collapsed.
std::string HtmlToText(const std::string& html);

}  // namespace newsq::testing

#endif  // NEWSQ_TESTS_TEXT_METRICS_H_
