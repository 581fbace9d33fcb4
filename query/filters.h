// Internal: the filters of a search (outlet, entity, author, language,
// section, story, dates) as Xapian queries. The query syntax (outlet:"Le
// Monde", since:7d) and SearchRequest's fields both come here, so that they
// always mean the same.
#ifndef NEWSQ_QUERY_FILTERS_H_
#define NEWSQ_QUERY_FILTERS_H_

#include <xapian.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace newsq::internal {

enum class FilterField {
  kOutlet,
  kEntity,
  kAuthor,
  kLanguage,
  kSection,
  kStory,
  kDate,   // that day, month or year
  kSince,  // on or after
  kUntil,  // on or before
};

// The filter names the query syntax knows, French aliases included
// ("depuis", "entite"), each with its field; "title"/"titre" are not filters
// but word prefixes and are not listed.
struct FilterName {
  std::string_view name;
  FilterField field;
};
const std::vector<FilterName>& FilterNames();

// A filter on `field` with the value the user wrote. Text values are compared
// as filter keys (case, accents and punctuation folded). Dates are calendar
// days of the articles' own offset: "2025-02-11", "2025-02" or "2025"; since:
// and until: also take an age before `now_seconds` ("7d", "7j", "12h", "2w",
// "3mo", "1y"; see docs/query.md). An entity given by one word ("Macron",
// "altman") also matches every entity of `names` with that word in its name
// ("Emmanuel Macron", "Brigitte Macron"), when `names` is given. Errors:
// kInvalidArgument naming the filter and what it accepts.
absl::StatusOr<Xapian::Query> FilterQuery(
    FilterField field, std::string_view name, std::string_view value,
    int64_t now_seconds, const Xapian::Database* names = nullptr);

// The terms an outlet: filter with `value` matches, any of them: the outlet
// of that name (case, accents and punctuation folded); for a domain or a URL
// ("liberation.fr", "https://www.liberation.fr/"), the articles whose URL is
// on that registrable domain and the known outlet at it ("Libération",
// engine/outlet_domains.h); and a known outlet's name written another way
// ("lefigaro" for "Le Figaro"). Never empty for a value with a letter or a
// digit.
std::vector<std::string> OutletFilterTerms(std::string_view value);

// True when an outlet: filter with `value` matches an article of `db`.
bool OutletFilterFinds(const Xapian::Database& db, std::string_view value);

// The filter key to find the outlet a user meant by an outlet: `value` that
// matches none: for a domain, its registered label ("liberaton" of
// "www.liberaton.fr"); else the value's filter key.
std::string OutletSuggestionKey(std::string_view value);

// The system clock's "now", in Unix seconds: what ages such as since:7d count
// back from when a request gives no `now`.
int64_t NowUnixSeconds();

// True for the date fields, which turn the recency boost off.
bool IsDateField(FilterField field);

}  // namespace newsq::internal

#endif  // NEWSQ_QUERY_FILTERS_H_
