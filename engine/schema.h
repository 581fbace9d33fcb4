// Internal: how an article is laid out in a Xapian document. Every term prefix
// and value slot is spelled here and nowhere else; docs/index_format.md
// explains each one.
#ifndef NEWSQ_ENGINE_SCHEMA_H_
#define NEWSQ_ENGINE_SCHEMA_H_

#include <xapian.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace newsq::internal::schema {

// Terms. Free-text terms come from FrenchAnalyzer::IndexText: every word's
// stem, with the word's positions, and each word that is not a stop word as
// written (folded), without positions. Title words are also indexed with
// kTitle so that queries can weight or filter headlines.
inline constexpr std::string_view kTitle = "S";
// A word's stem is indexed as kStem then the stem ("Zgrev"), as Xapian's
// TermGenerator and QueryParser write it; a title word's stem as kStem,
// kTitle, then the stem ("ZSgrev"). Names are stemmed like any word (case
// never hides a match); the word as written ("greves", "Sgreves") is what
// ranks an exact form first.
inline constexpr char kStem = 'Z';

// Whether `term` is the stem of a free-text word: kStem then the folded stem,
// which never starts with an upper-case letter (that would be a field prefix,
// as in a title's "ZS" stems).
inline bool IsTextStem(std::string_view term) {
  return term.size() > 1 && term[0] == kStem &&
         !(term[1] >= 'A' && term[1] <= 'Z');
}

// Boolean terms: exactly one per article unless noted.
// Q<16 hex digits>: the article id.
inline constexpr std::string_view kArticleId = "Q";
// XS<story id>.
inline constexpr std::string_view kStory = "XS";
// XO<folded outlet name>.
inline constexpr std::string_view kOutlet = "XO";
// XW<registrable domain of the article's URL>, such as "XWliberation.fr": 0
// or 1 per article, so that outlet:liberation.fr finds a site's articles
// whatever name its pages give (engine/outlet_domains.h).
inline constexpr std::string_view kOutletDomain = "XW";
// XD<YYYYMMDD>: the publication day, in the article's own UTC offset (the day
// its readers saw on the page).
inline constexpr std::string_view kDay = "XD";
// XE<filter key of an entity name>: several per article.
inline constexpr std::string_view kEntity = "XE";
// XN<filter key of a surname>: one per person named in full ("Elon Musk"
// gives XNmusk), so that a later article naming only "M. Musk" finds who that
// is (indexer/surnames).
inline constexpr std::string_view kPersonSurname = "XN";
// XA<filter key of an author>: one per author.
inline constexpr std::string_view kAuthor = "XA";
// XL<language subtag>, such as "XLfr".
inline constexpr std::string_view kLanguage = "XL";
// XC<filter key of the section>.
inline constexpr std::string_view kSection = "XC";
// XH<16 hex digits>: hash of the folded headline, for headlines of five words
// or more. The same headline in the window is the same story (wire copy
// republished, a running story's updates under one title).
inline constexpr std::string_view kHeadline = "XH";
// XK<stem>: a capitalised word of the headline (a name, an acronym, the
// headline's first word), stop words left out, as its stem: several per
// article. The names two headlines share are the best sign that they report
// one story, and articles added through the API carry no entities (XE) to
// show them. Articles indexed by an earlier newsq lack them: grouping then
// counts no names shared with those articles. Written with FilterTerm, so
// that a name over Xapian's term limit stays one term.
inline constexpr std::string_view kHeadlineName = "XK";

// Whether story grouping reads `term` (indexer/story_grouper.h): a free-text
// stem or a headline's name.
inline bool IsGroupingTerm(std::string_view term) {
  return IsTextStem(term) || term.starts_with(kHeadlineName);
}

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

// The publication day as "YYYYMMDD", like the XD term: day facets and date
// filters read it.
inline constexpr Xapian::valueno kDaySlot = 5;
// The article's entity names as displayed, joined by kListSeparator: entity
// facets read it.
inline constexpr Xapian::valueno kEntitiesSlot = 6;
inline constexpr char kListSeparator = '\x1f';

// Calls `visit` with each non-empty item of a list value (kEntitiesSlot).
template <typename Visit>
void ForEachListed(std::string_view list, Visit visit) {
  size_t start = 0;
  while (start < list.size()) {
    size_t end = list.find(kListSeparator, start);
    if (end == std::string_view::npos) end = list.size();
    if (end > start) visit(list.substr(start, end - start));
    start = end + 1;
  }
}
// sortable_serialise(number of distinct outlets of the article's story): the
// coverage boost reads it. The writer keeps it equal on all of a story's
// articles as the story grows.
inline constexpr Xapian::valueno kStoryOutletsSlot = 7;
// The publication time as the page gave it, ISO 8601 with its UTC offset
// ("2025-02-11T15:14:00+01:00"): a story's first and last dates are shown
// from it without parsing whole stored articles. Databases written before it
// existed lack it; readers then fall back to the stored article.
inline constexpr Xapian::valueno kPublishedIsoSlot = 8;
// What totals and facets count, in one value that Xapian's own
// ValueCountMatchSpy can count on a remote shard (stock xapian-tcpsrv runs no
// newsq code): the story slot, the outlet, day and entities slots, joined by
// kFieldSeparator (FacetKey). The writer derives it from those slots each time
// it sets them (DocumentBuilder::SetFacetKey).
inline constexpr Xapian::valueno kFacetKeySlot = 9;
inline constexpr char kFieldSeparator = '\x1e';

// The four fields of a kFacetKeySlot value.
struct FacetKeyFields {
  std::string_view story, outlet, day, entities;
};

// A separator inside a field (a control character a page slipped into an
// outlet's name) is kept out as a space, so that the fields stay in place.
inline std::string FacetKey(std::string_view story, std::string_view outlet,
                            std::string_view day, std::string_view entities) {
  std::string key;
  const std::string_view fields[] = {story, outlet, day, entities};
  for (size_t i = 0; i < 4; ++i) {
    if (i > 0) key += kFieldSeparator;
    for (const char c : fields[i]) key += c == kFieldSeparator ? ' ' : c;
  }
  return key;
}

// The fields of `key`; missing trailing fields are empty.
inline FacetKeyFields ParseFacetKey(std::string_view key) {
  std::string_view fields[4];
  for (std::string_view& field : fields) {
    const size_t end = std::min(key.find(kFieldSeparator), key.size());
    field = key.substr(0, end);
    key.remove_prefix(std::min(end + 1, key.size()));
  }
  return {fields[0], fields[1], fields[2], fields[3]};
}

// Document data: the stored article as JSON (see article_codec.h), compressed
// (article_data.h).

// Metadata keys of the database.
inline constexpr std::string_view kSchemaVersionKey = "newsq.schema";
// 6: stems of words ending in "-ière(s)" and "-ité(s)" are Snowball's, as
// those of "-ée(s)" were (5: the document data is compressed with zstd; 4:
// every document has kFacetKeySlot, which remote searches count; 3: stems of
// every word carry the positions; 2: words as written did, and capitalised
// words had no stem). Readers and writers open this format only: a query's
// stems must be the index's.
inline constexpr std::string_view kSchemaVersion = "6";

}  // namespace newsq::internal::schema

#endif  // NEWSQ_ENGINE_SCHEMA_H_
