#include "indexer/near_duplicates.h"

#include <array>
#include <bit>
#include <vector>

#include "engine/ids.h"

namespace newsq::internal {

std::optional<uint64_t> TextSimHash(const FrenchAnalyzer& analyzer,
                                    std::string_view text) {
  constexpr size_t kShingle = 3;
  constexpr size_t kMinWords = 20;
  // The text is folded once and split at every byte that is not a letter or a
  // digit: the same words as the analyser's, at a fraction of the cost of
  // analysing word by word.
  const std::string folded = analyzer.Fold(text);
  std::vector<std::string_view> words;
  size_t start = 0;
  for (size_t i = 0; i <= folded.size(); ++i) {
    const unsigned char c =
        i < folded.size() ? static_cast<unsigned char>(folded[i]) : ' ';
    const bool word_byte =
        (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
    if (word_byte) continue;
    if (i > start) words.emplace_back(folded.data() + start, i - start);
    start = i + 1;
  }
  if (words.size() < kMinWords) return std::nullopt;
  std::array<int, 64> votes{};
  for (size_t i = 0; i + kShingle <= words.size(); ++i) {
    std::string shingle(words[i]);
    for (size_t k = 1; k < kShingle; ++k) {
      shingle += ' ';
      shingle += words[i + k];
    }
    const uint64_t hash = StableHash(shingle);
    for (int bit = 0; bit < 64; ++bit) votes[bit] += (hash >> bit) & 1 ? 1 : -1;
  }
  uint64_t fingerprint = 0;
  for (int bit = 0; bit < 64; ++bit) {
    if (votes[bit] > 0) fingerprint |= uint64_t{1} << bit;
  }
  return fingerprint;
}

int HammingDistance(uint64_t a, uint64_t b) { return std::popcount(a ^ b); }

std::optional<std::string> HeadlineKey(const FrenchAnalyzer& analyzer,
                                       std::string_view title) {
  constexpr size_t kMinWords = 5;
  std::string key;
  size_t words = 0;
  for (const FrenchAnalyzer::Word& word : analyzer.Words(title)) {
    if (!key.empty()) key += ' ';
    key += word.folded;
    ++words;
  }
  if (words < kMinWords) return std::nullopt;
  return Hex64(StableHash(key));
}

}  // namespace newsq::internal
