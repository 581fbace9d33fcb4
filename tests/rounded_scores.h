// Test helper: search results as JSON with their scores rounded, to compare
// two ways of answering the same search.
#ifndef NEWSQ_TESTS_ROUNDED_SCORES_H_
#define NEWSQ_TESTS_ROUNDED_SCORES_H_

#include <cstdio>
#include <regex>
#include <string>

namespace newsq::testing {

// `json` with every score to 9 significant digits. A score sums per-term
// weights and boosts whose order of addition varies (statistics gathered
// shard by shard, boosts read from the index or from loaded columns), so it
// may differ in its last bits; what must be identical (stories, order,
// totals, facets, snippets) is compared whole.
inline std::string WithRoundedScores(const std::string& json) {
  static const std::regex kScore(
      "\"(score|relevance|recency|coverage)\":([-0-9.eE+]+)");
  std::string out;
  auto begin = std::sregex_iterator(json.begin(), json.end(), kScore);
  size_t copied = 0;
  for (auto it = begin; it != std::sregex_iterator(); ++it) {
    out += json.substr(copied, it->position() - copied);
    char rounded[64];
    std::snprintf(rounded, sizeof(rounded), "\"%s\":%.9g",
                  (*it)[1].str().c_str(), std::stod((*it)[2].str()));
    out += rounded;
    copied = it->position() + it->length();
  }
  return out + json.substr(copied);
}

}  // namespace newsq::testing

#endif  // NEWSQ_TESTS_ROUNDED_SCORES_H_
