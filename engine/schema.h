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
// that a later query layer can weight or filter titles.
inline constexpr std::string_view kTitle = "S";
// Boolean terms: exactly one per article unless noted.
inline constexpr std::string_view kArticleId = "Q";  // Q<16 hex digits>
inline constexpr std::string_view kStory = "XS";     // XS<story id>
inline constexpr std::string_view kOutlet = "XO";    // XO<folded outlet name>
inline constexpr std::string_view kDay =
    "XD";  // XD<YYYYMMDD>, the publication day (UTC)
inline constexpr std::string_view kEntity =
    "XE";  // XE<folded entity name>, several

// Values.
inline constexpr Xapian::valueno kStorySlot = 0;  // story id, for collapsing
inline constexpr Xapian::valueno kPublishedSlot =
    1;  // sortable_serialise(unix seconds)
inline constexpr Xapian::valueno kOutletSlot = 2;  // outlet name as displayed
inline constexpr Xapian::valueno kContentHashSlot =
    3;  // hash of the stored article, hex

// Document data: the stored article as JSON (see article_codec.h).

// Metadata keys of the database.
inline constexpr std::string_view kSchemaVersionKey = "newsq.schema";
inline constexpr std::string_view kSchemaVersion = "1";

}  // namespace newsq::internal::schema

#endif  // NEWSQ_ENGINE_SCHEMA_H_
