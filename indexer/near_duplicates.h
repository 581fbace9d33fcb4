// Internal: fingerprints that tell near-duplicate articles apart from merely
// similar ones.
#ifndef NEWSQ_INDEXER_NEAR_DUPLICATES_H_
#define NEWSQ_INDEXER_NEAR_DUPLICATES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "engine/french_analyzer.h"

namespace newsq::internal {

// The 64-bit SimHash (Charikar) of the text's word 3-shingles, over folded
// words: texts that share most of their shingles have fingerprints a few bits
// apart. nullopt for texts too short to fingerprint (fewer than 20 words),
// whose shingles would say little.
std::optional<uint64_t> TextSimHash(const FrenchAnalyzer& analyzer,
                                    std::string_view text);

// Bits that differ between two fingerprints.
int HammingDistance(uint64_t a, uint64_t b);

// At most this many differing bits make two texts near-duplicates. Measured on
// 64-bit SimHashes of 3-shingles: a republished dispatch with a dropped
// paragraph and an edited sentence stays within it, two reports of the same
// event in different words do not.
inline constexpr int kNearDuplicateBits = 6;

// The key of a headline: StableHash of its folded words, as 16 hex digits;
// nullopt for headlines under five words ("Météo", "Revue de presse"), too
// generic to name one story.
std::optional<std::string> HeadlineKey(const FrenchAnalyzer& analyzer,
                                       std::string_view title);

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_NEAR_DUPLICATES_H_
