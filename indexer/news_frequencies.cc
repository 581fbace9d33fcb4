#include "indexer/news_frequencies.h"

#include <algorithm>
#include <charconv>
#include <string_view>
#include <system_error>

#include "absl/container/flat_hash_map.h"

namespace newsq::internal {
namespace {

// The generated table: the article count, then one "stem count" row per line.
// The rows are a plain pointer: a string_view of them would be measured at
// compile time, past the compiler's constexpr loop limit.
struct ShippedTable {
  int articles;
  const char* rows;
};

const ShippedTable kShipped = {
#include "indexer/news_frequencies.inc"
};

using Frequencies = absl::flat_hash_map<std::string_view, int>;

// The rows of kShipped by stem; the keys point into the static table.
Frequencies Parse() {
  Frequencies frequencies;
  std::string_view rows = kShipped.rows;
  while (!rows.empty()) {
    const size_t end = std::min(rows.find('\n'), rows.size());
    const std::string_view row = rows.substr(0, end);
    rows.remove_prefix(std::min(end + 1, rows.size()));
    const size_t space = row.find(' ');
    if (space == std::string_view::npos) continue;
    int count = 0;
    // A row the generator cannot have written is left out rather than read
    // as 0; ClusteringQualityTest checks the table against the generator.
    if (std::from_chars(row.data() + space + 1, row.data() + row.size(), count)
            .ec != std::errc())
      continue;
    frequencies.emplace(row.substr(0, space), count);
  }
  return frequencies;
}

}  // namespace

double NewsArticles() { return kShipped.articles; }

double NewsDocumentFrequency(std::string_view stem_term) {
  static const Frequencies* const frequencies = new Frequencies(Parse());
  const auto found = frequencies->find(stem_term);
  return found == frequencies->end() ? 0 : found->second;
}

}  // namespace newsq::internal
