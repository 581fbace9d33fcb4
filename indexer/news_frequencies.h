// Internal: how common each stem is in French news at large, so that story
// grouping can tell a word that is rare in the news ("Cdiscount") from one
// that is only rare in a small index ("match" in an archive of a few hundred
// tech headlines).
#ifndef NEWSQ_INDEXER_NEWS_FREQUENCIES_H_
#define NEWSQ_INDEXER_NEWS_FREQUENCIES_H_

#include <string_view>

namespace newsq::internal {

// The number of articles the shipped table counted stems over (OrangeSum's
// 36,152 articles; indexer/news_frequencies.inc, written by
// scripts/make-news-frequencies).
double NewsArticles();

// How many of those articles hold `stem_term` (a schema::kStem term of the
// text, "Zmatch"): 0 for a stem the table does not list (held by fewer than
// kMinNewsFrequency articles, or a stop word). Thread-safe: the table is
// parsed once, on the first call, and never changes.
double NewsDocumentFrequency(std::string_view stem_term);

// Stems held by fewer articles are left out of the table: two articles in
// 36,152 say about as little as none, and the table stays a quarter smaller.
inline constexpr int kMinNewsFrequency = 3;

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_NEWS_FREQUENCIES_H_
