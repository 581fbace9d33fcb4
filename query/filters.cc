#include "query/filters.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <chrono>
#include <functional>
#include <optional>
#include <vector>

#include "absl/strings/str_cat.h"
#include "engine/outlet_domains.h"
#include "engine/schema.h"
#include "engine/terms.h"
#include "engine/text_folding.h"
#include "newsq/article.h"

namespace newsq::internal {
namespace {

// A span of calendar days as "YYYYMMDD" strings, comparable as kDaySlot
// values: the last day may be one that no month has ("20250299"), since only
// the order matters.
struct DaySpan {
  std::string first;
  std::string last;
};

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

int ToInt(std::string_view digits) {
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

// "2025", "2025-02" or "2025-02-11".
std::optional<DaySpan> ParseDaySpan(std::string_view text) {
  if (text.size() == 4 && AllDigits(text))
    return DaySpan{std::string(text) + "0101", std::string(text) + "1299"};
  if (text.size() == 7 && text[4] == '-' && AllDigits(text.substr(0, 4)) &&
      AllDigits(text.substr(5, 2))) {
    const int month = ToInt(text.substr(5, 2));
    if (month < 1 || month > 12) return std::nullopt;
    const std::string yyyymm =
        std::string(text.substr(0, 4)) + std::string(text.substr(5));
    return DaySpan{yyyymm + "01", yyyymm + "99"};
  }
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    const std::optional<DateTime> day = DateTime::FromIso8601(text);
    if (!day) return std::nullopt;
    const std::string yyyymmdd = std::string(text.substr(0, 4)) +
                                 std::string(text.substr(5, 2)) +
                                 std::string(text.substr(8, 2));
    return DaySpan{yyyymmdd, yyyymmdd};
  }
  return std::nullopt;
}

// An age such as "7d": its number of seconds, or nullopt.
std::optional<int64_t> ParseAge(std::string_view text) {
  size_t digits = 0;
  while (digits < text.size() &&
         std::isdigit(static_cast<unsigned char>(text[digits])))
    ++digits;
  if (digits == 0 || digits > 6) return std::nullopt;
  const int64_t count = ToInt(text.substr(0, digits));
  const std::string_view unit = text.substr(digits);
  constexpr int64_t kDay = 86400;
  struct Unit {
    std::string_view name;
    int64_t seconds;
  };
  // English and French: j(ours), sem(aines), mois, a(ns).
  static constexpr Unit kUnits[] = {
      {"h", 3600},         {"d", kDay},        {"j", kDay},
      {"w", 7 * kDay},     {"sem", 7 * kDay},  {"mo", 30 * kDay},
      {"mois", 30 * kDay}, {"y", 365 * kDay},  {"a", 365 * kDay},
      {"an", 365 * kDay},  {"ans", 365 * kDay}};
  for (const Unit& u : kUnits) {
    if (unit == u.name) return count * u.seconds;
  }
  return std::nullopt;
}

absl::Status BadDate(std::string_view name, std::string_view value,
                     bool age_allowed) {
  return absl::InvalidArgumentError(absl::StrCat(
      "bad date in ", std::string(name), ":", std::string(value),
      ": expected a day (2025-02-11), a "
      "month (2025-02) or a year (2025)",
      age_allowed ? ", or an age such as 7d, 12h, 2w, 3mo, 1y" : ""));
}

Xapian::Query TermFilter(std::string_view prefix, const std::string& key) {
  return Xapian::Query(FilterTerm(prefix, key));
}

// Entities named by part of their name: the entity of that name, and every
// entity whose name holds its words, whole and in order, as people name
// someone by surname ("Macron", "Le Pen") or a company by its main word. Each
// entity's term is read once, in one pass over the entity terms; at most
// kMaxEntityParts are kept, the most frequent.
Xapian::Query EntityFilter(const Xapian::Database* names,
                           const std::string& key) {
  const std::string exact = FilterTerm(schema::kEntity, key);
  if (names == nullptr) return Xapian::Query(exact);
  constexpr size_t kMaxEntityParts = 64;
  const std::string prefix(schema::kEntity);
  std::vector<std::pair<Xapian::doccount, std::string>> found;
  for (auto it = names->allterms_begin(prefix);
       it != names->allterms_end(prefix); ++it) {
    const std::string& term = *it;
    if (HoldsWords(std::string_view(term).substr(prefix.size()), key))
      found.emplace_back(it.get_termfreq(), term);
  }
  if (found.empty()) return Xapian::Query(exact);
  if (found.size() > kMaxEntityParts) {
    std::partial_sort(found.begin(), found.begin() + kMaxEntityParts,
                      found.end(), std::greater<>());
    found.resize(kMaxEntityParts);
  }
  std::vector<Xapian::Query> any = {Xapian::Query(exact)};
  for (const auto& [frequency, term] : found) any.emplace_back(term);
  return Xapian::Query(Xapian::Query::OP_OR, any.begin(), any.end());
}

// The host that `value` names when it is written as a URL or a host
// ("liberation.fr", "https://www.Libération.fr/"), in lower case without
// accents; "" for a name.
std::string HostTyped(std::string_view value) {
  return HostOfUrlOrHost(FoldText(value));
}

}  // namespace

std::vector<std::string> OutletFilterTerms(std::string_view value) {
  std::vector<std::string> terms;
  auto add = [&](std::string_view prefix, std::string_view key) {
    std::string term = FilterTerm(prefix, key);
    if (!key.empty() &&
        std::find(terms.begin(), terms.end(), term) == terms.end())
      terms.push_back(std::move(term));
  };
  add(schema::kOutlet, FilterKey(value));
  if (const std::string host = HostTyped(value); !host.empty()) {
    const std::string domain = RegistrableDomain(host);
    const KnownOutlet* known = FindKnownOutlet(host);
    // The name extraction shows for a page naming its site so.
    add(schema::kOutlet, FilterKey(known != nullptr ? known->name : domain));
    // A house's other title ("madame.lefigaro.fr") is not every page of its
    // domain.
    if (known == nullptr || known->domain.size() <= domain.size())
      add(schema::kOutletDomain, domain);
  }
  for (std::string_view name : KnownOutletsNamed(value))
    add(schema::kOutlet, FilterKey(name));
  return terms;
}

bool OutletFilterFinds(const Xapian::Database& db, std::string_view value) {
  for (const std::string& term : OutletFilterTerms(value)) {
    if (db.term_exists(term)) return true;
  }
  return false;
}

std::string OutletSuggestionKey(std::string_view value) {
  const std::string domain = RegistrableDomain(HostTyped(value));
  return FilterKey(domain.empty()
                       ? value
                       : std::string_view(domain).substr(0, domain.find('.')));
}

const std::vector<FilterName>& FilterNames() {
  static const auto* names = new std::vector<FilterName>{
      {"outlet", FilterField::kOutlet},   {"media", FilterField::kOutlet},
      {"entity", FilterField::kEntity},   {"entite", FilterField::kEntity},
      {"author", FilterField::kAuthor},   {"auteur", FilterField::kAuthor},
      {"lang", FilterField::kLanguage},   {"langue", FilterField::kLanguage},
      {"section", FilterField::kSection}, {"rubrique", FilterField::kSection},
      {"story", FilterField::kStory},     {"date", FilterField::kDate},
      {"since", FilterField::kSince},     {"depuis", FilterField::kSince},
      {"until", FilterField::kUntil},     {"jusque", FilterField::kUntil},
  };
  return *names;
}

int64_t NowUnixSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

bool IsDateField(FilterField field) {
  return field == FilterField::kDate || field == FilterField::kSince ||
         field == FilterField::kUntil;
}

absl::StatusOr<Xapian::Query> FilterQuery(FilterField field,
                                          std::string_view name,
                                          std::string_view value,
                                          int64_t now_seconds,
                                          const Xapian::Database* names) {
  if (!IsDateField(field)) {
    std::string key =
        field == FilterField::kStory ? std::string(value) : FilterKey(value);
    if (key.empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat("empty value in ", std::string(name), ": filter"));
    }
    switch (field) {
      case FilterField::kOutlet: {
        const std::vector<std::string> terms = OutletFilterTerms(value);
        return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
      }
      case FilterField::kEntity:
        return EntityFilter(names, key);
      case FilterField::kAuthor:
        return TermFilter(schema::kAuthor, key);
      case FilterField::kLanguage:
        return TermFilter(schema::kLanguage, key);
      case FilterField::kSection:
        return TermFilter(schema::kSection, key);
      default:
        return TermFilter(schema::kStory, key);
    }
  }
  if (std::optional<DaySpan> span = ParseDaySpan(value)) {
    switch (field) {
      case FilterField::kDate:
        return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kDaySlot,
                             span->first, span->last);
      case FilterField::kSince:
        return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kDaySlot,
                             span->first);
      default:
        return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kDaySlot,
                             span->last);
    }
  }
  if (field != FilterField::kDate) {
    if (std::optional<int64_t> age = ParseAge(value)) {
      const std::string limit =
          Xapian::sortable_serialise(static_cast<double>(now_seconds - *age));
      return field == FilterField::kSince
                 ? Xapian::Query(Xapian::Query::OP_VALUE_GE,
                                 schema::kPublishedSlot, limit)
                 : Xapian::Query(Xapian::Query::OP_VALUE_LE,
                                 schema::kPublishedSlot, limit);
    }
  }
  return BadDate(name, value, field != FilterField::kDate);
}

}  // namespace newsq::internal
