// Internal: how an article is laid out in a Xapian document. Every term prefix
// and value slot is spelled here and nowhere else; docs/index_format.md
// explains each one.
#ifndef NEWSQ_ENGINE_SCHEMA_H_
#define NEWSQ_ENGINE_SCHEMA_H_

#include <xapian.h>

#include <string_view>

namespace newsq::internal::schema {

// Terms. Free-text terms (body and title words, folded and stemmed by
// FrenchAnalyzer) have no prefix; title words are also indexed with kTitle so
// that queries can weight or filter headlines.
inline constexpr std::string_view kTitle = "S";

// Boolean terms: exactly one per article unless noted.
// Q<16 hex digits>: the article id.
inline constexpr std::string_view kArticleId = "Q";
// XS<story id>.
inline constexpr std::string_view kStory = "XS";
// XO<folded outlet name>.
inline constexpr std::string_view kOutlet = "XO";
// XD<YYYYMMDD>: the publication day (UTC).
inline constexpr std::string_view kDay = "XD";
// XE<folded entity name>: several per article.
inline constexpr std::string_view kEntity = "XE";
// XH<16 hex digits>: hash of the folded headline, for headlines of five words
// or more. The same headline in the window is the same story (wire copy
// republished, a running story's updates under one title).
inline constexpr std::string_view kHeadline = "XH";

// Values.
// The story id, for collapsing.
inline constexpr Xapian::valueno kStorySlot = 0;
// sortable_serialise(unix seconds of publication).
inline constexpr Xapian::valueno kPublishedSlot = 1;
// The outlet name as displayed.
inline constexpr Xapian::valueno kOutletSlot = 2;
// Hash of the stored article, 16 hex digits: tells an unchanged page from an
// update.
inline constexpr Xapian::valueno kContentHashSlot = 3;
// 64-bit SimHash of the text's word 3-shingles, 16 hex digits: near-duplicate
// texts (a dispatch republished with small edits) differ in a few bits.
inline constexpr Xapian::valueno kSimHashSlot = 4;

// Document data: the stored article as JSON (see article_codec.h).

// Metadata keys of the database.
inline constexpr std::string_view kSchemaVersionKey = "newsq.schema";
inline constexpr std::string_view kSchemaVersion = "1";

}  // namespace newsq::internal::schema

#endif  // NEWSQ_ENGINE_SCHEMA_H_
