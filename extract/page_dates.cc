#include "extract/page_dates.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <regex>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_format.h"
#include "engine/ascii.h"
#include "engine/outlet_domains.h"
#include "engine/text_folding.h"

namespace newsq::internal {
namespace {

// Day of the week, 0 = Sunday.
int Weekday(int year, int month, int day) {
  static constexpr int kOffsets[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (month < 3) year -= 1;
  return (year + year / 4 - year / 100 + year / 400 + kOffsets[month - 1] +
          day) %
         7;
}

int LastSunday(int year, int month) {
  const int last = 31;  // March and October both have 31 days
  return last - Weekday(year, month, last);
}

// The day of the month of its `n`th Sunday.
int NthSunday(int year, int month, int n) {
  return 1 + (7 - Weekday(year, month, 1)) % 7 + 7 * (n - 1);
}

// North American summer time, in the local hour: from 2:00 on March's second
// Sunday to 2:00 on November's first.
bool NorthAmericanSummer(int year, int month, int day, int hour) {
  if (month == 3) {
    const int change = NthSunday(year, 3, 2);
    return day > change || (day == change && hour >= 2);
  }
  if (month == 11) {
    const int change = NthSunday(year, 11, 1);
    return day < change || (day == change && hour < 2);
  }
  return month > 3 && month < 11;
}

struct MonthName {
  std::string_view prefix;
  int month;
};
// Matched on folded, lower-case text; "juil" must be tried before "juin".
constexpr std::array<MonthName, 12> kMonths = {{{"janv", 1},
                                                {"fevr", 2},
                                                {"mars", 3},
                                                {"avr", 4},
                                                {"mai", 5},
                                                {"juin", 6},
                                                {"juil", 7},
                                                {"aout", 8},
                                                {"sept", 9},
                                                {"oct", 10},
                                                {"nov", 11},
                                                {"dec", 12}}};

// Lower-cases and strips the accents French month names carry, byte for byte
// where possible.
std::string FoldMonths(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0xC3 && i + 1 < text.size()) {
      const auto d = static_cast<unsigned char>(text[i + 1]);
      if (d == 0xA9 || d == 0x89 || d == 0xA8 || d == 0x88 ||
          d == 0xAA) {  // é É è È ê
        out += 'e';
        ++i;
        continue;
      }
      if (d == 0xA0 || d == 0xA2) {  // à â
        out += 'a';
        ++i;
        continue;
      }
      if (d == 0xBB || d == 0x9B || d == 0xB9) {  // û Û ù
        out += 'u';
        ++i;
        continue;
      }
    }
    if (c == 0xC2 && i + 1 < text.size() &&
        static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      out += ' ';  // no-break space
      ++i;
      continue;
    }
    out += static_cast<char>(absl::ascii_tolower(c));
  }
  return out;
}

int MonthFromName(std::string_view name) {
  for (const MonthName& m : kMonths) {
    if (std::string_view(name).starts_with(m.prefix)) return m.month;
  }
  return 0;
}

int ToInt(const std::string& s) {
  int v = 0;
  return absl::SimpleAtoi(s, &v) ? v : -1;
}

// The years a page's dates are read in: earlier or later ones are
// placeholders or typing errors.
bool IsReadYear(int year) { return year >= 1990 && year <= 2100; }

std::optional<DateTime> Build(int year, int month, int day, int hour,
                              int minute, std::string_view host,
                              int second = 0) {
  if (!IsReadYear(year)) return std::nullopt;
  return DateTime::FromCivil(year, month, day, hour, minute, second,
                             OffsetForHost(host, year, month, day, hour));
}

// A day the page gives without its time (DateTime::day_only), in the years
// Build reads.
std::optional<DateTime> Day(int year, int month, int day) {
  if (!IsReadYear(year)) return std::nullopt;
  return DateTime::FromDay(year, month, day);
}

}  // namespace

int ParisOffsetMinutes(int year, int month, int day, int hour) {
  if (month < 3 || month > 10) return 60;
  if (month > 3 && month < 10) return 120;
  if (month == 3) {
    const int change = LastSunday(year, 3);
    return day > change || (day == change && hour >= 2) ? 120 : 60;
  }
  const int change = LastSunday(year, 10);
  return day < change || (day == change && hour < 3) ? 120 : 60;
}

int OffsetForHost(std::string_view host, int year, int month, int day,
                  int hour) {
  // Countries without summer time: on UTC (Senegal, Mali, Côte d'Ivoire,
  // Burkina Faso, Guinea, Togo, Gambia, Mauritania, Ghana), on UTC+1 (the
  // Maghreb, Niger, Chad, Cameroon, Gabon, Congo; Morocco keeps UTC+1
  // outside Ramadan), overseas France and the Indian Ocean, Vanuatu, Vietnam
  // and Cambodia (UTC+7). Laos's ".la" is sold to anyone.
  // The Democratic Republic of the Congo is on Kinshasa's time, where most
  // of its press is (Lubumbashi is an hour ahead).
  static constexpr std::array<std::pair<std::string_view, int>, 42> kFixed = {{
      {".sn", 0},    {".ml", 0},    {".ci", 0},    {".bf", 0},    {".gn", 0},
      {".tg", 0},    {".gm", 0},    {".mr", 0},    {".gh", 0},    {".ma", 60},
      {".dz", 60},   {".tn", 60},   {".ne", 60},   {".td", 60},   {".cm", 60},
      {".ga", 60},   {".cg", 60},   {".cd", 60},   {".bj", 60},   {".cf", 60},
      {".gq", 60},   {".bi", 120},  {".rw", 120},  {".cv", -60},  {".re", 240},
      {".mu", 240},  {".sc", 240},  {".yt", 180},  {".mg", 180},  {".km", 180},
      {".dj", 180},  {".nc", 660},  {".wf", 720},  {".pf", -600}, {".mq", -240},
      {".gp", -240}, {".gf", -180}, {".mf", -240}, {".bl", -240}, {".vu", 660},
      {".vn", 420},  {".kh", 420},
  }};
  for (const auto& [tld, minutes] : kFixed) {
    if (std::string_view(host).ends_with(tld)) return minutes;
  }
  // Lebanon: UTC+2, and +3 from midnight on March's last Sunday to
  // midnight on October's.
  if (std::string_view(host).ends_with(".lb")) {
    const bool summer = (month > 3 && month < 10) ||
                        (month == 3 && day >= LastSunday(year, 3)) ||
                        (month == 10 && day < LastSunday(year, 10));
    return summer ? 180 : 120;
  }
  // Eastern time in Canada (Québec, Ontario) and Haiti, an hour later in
  // Saint-Pierre-et-Miquelon.
  const bool north_american_summer =
      NorthAmericanSummer(year, month, day, hour);
  if (std::string_view(host).ends_with(".pm"))
    return north_american_summer ? -120 : -180;
  if (std::string_view(host).ends_with(".ca") ||
      std::string_view(host).ends_with(".ht"))
    return north_american_summer ? -240 : -300;
  return ParisOffsetMinutes(year, month, day, hour);
}

int OffsetForHostAtUtc(std::string_view host, int year, int month, int day,
                       int utc_hour) {
  // Every zone here that changes clocks is northern: January is standard
  // time. The rules compare the hour the clocks show: standard time before
  // the spring change, summer time before the autumn one. An hour past 23 or
  // below 0 (the local day is the UTC day's neighbour) compares right, since
  // the rules read the hour only on the day of a change.
  const int standard = OffsetForHost(host, year, 1, 15, 12);
  const int shown = month <= 6 ? standard : standard + 60;
  return OffsetForHost(host, year, month, day, utc_hour + shown / 60);
}

namespace {

// `moment`, which carries UTC's offset, shown as the same moment in the
// host's offset then (OffsetForHostAtUtc).
void ShowInHostsOffset(std::string_view host, DateTime& moment) {
  const std::string utc = moment.ToIso8601DateTime();
  moment.utc_offset_minutes =
      OffsetForHostAtUtc(host, ToInt(utc.substr(0, 4)), ToInt(utc.substr(5, 2)),
                         ToInt(utc.substr(8, 2)), ToInt(utc.substr(11, 2)));
}

}  // namespace

std::string ZoneHost(std::string_view host, std::string_view locale,
                     std::string_view outlet) {
  // Two-letter domains sold to anyone (".tv", ".io", ".eu") name no country.
  static constexpr std::array<std::string_view, 12> kOpenDomains = {
      ".eu", ".io", ".tv", ".fm", ".me", ".co",
      ".ai", ".cc", ".ly", ".to", ".ws", ".gg"};
  const size_t dot = host.rfind('.');
  const bool country_domain =
      dot != std::string_view::npos && host.size() - dot == 3 &&
      std::find(kOpenDomains.begin(), kOpenDomains.end(), host.substr(dot)) ==
          kOpenDomains.end();
  // A known outlet's newsroom abroad ("lefaso.net" is Ouagadougou's), even
  // on a country's domain ("franceantilles.fr" is Martinique's).
  if (const KnownOutlet* known = FindKnownOutlet(host);
      known != nullptr && !known->country.empty())
    return "." + std::string(known->country);
  if (country_domain) return std::string(host);
  if (const size_t separator = locale.find_first_of("-_");
      separator != std::string_view::npos) {
    const std::string_view region = locale.substr(separator + 1);
    if (region.size() == 2 && absl::ascii_isalpha(region[0]) &&
        absl::ascii_isalpha(region[1]))
      return "." + absl::AsciiStrToLower(std::string(region));
  }
  // A page saved without its address that names a known outlet.
  if (const KnownOutlet* known = FindKnownOutletNamed(outlet);
      known != nullptr && !known->country.empty())
    return "." + std::string(known->country);
  return std::string(host);
}

bool OpensOnPostedBy(std::string_view line) {
  return line.starts_with("Posté par") || line.starts_with("Publié par") ||
         line.starts_with("Posted by");
}

std::optional<DateTime> DayAtTime(const DateTime& day, int hour, int minute,
                                  std::string_view host) {
  return ParseMachineDate(
      absl::StrFormat("%sT%02d:%02d", day.LocalDay(), hour, minute), host);
}

std::optional<std::pair<int, int>> FindClockTime(const std::string& text) {
  static const std::regex kTime(
      R"((?:^|[^\d])([01]?\d|2[0-3])\s*[h:]\s*([0-5]\d)(?:[^\d]|$))");
  std::smatch m;
  if (!std::regex_search(text, m, kTime)) return std::nullopt;
  return std::make_pair(std::stoi(m[1].str()), std::stoi(m[2].str()));
}

std::string_view HostOf(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view rest = url.substr(scheme + 3);
  const size_t end = rest.find_first_of("/?#:");
  return end == std::string_view::npos ? rest : rest.substr(0, end);
}

namespace {

// A date written in a text: where it starts, and its fields.
struct WrittenDate {
  size_t position = 0;
  size_t length = 0;
  int year = 0, month = 0, day = 0, hour = 0, minute = 0;
  // Whether a time of day follows the date; without one the date is
  // DateTime::day_only.
  bool has_time = false;
  // The UTC offset written after the time, in minutes ("(UTC+1)", "GMT").
  std::optional<int> stated_offset;
};

// The UTC offset that `after`, the folded text right after a time of day,
// states: "10:05 (utc+1)", "14:10 gmt", "9 h 30 hne" (Québec's "heure
// normale de l'Est", -5:00; "hae", summer's, -4:00; Canada's other zones as
// French writes them: the Atlantic's "hna" and "haa" in Acadia, Newfoundland's
// "hnt" and "hat", the Centre's, the Mountains' and the Pacific's), past an
// "a.m." or "p.m.". Nullopt when it states none.
std::optional<int> StatedOffset(std::string_view after) {
  after = after.substr(0, 24);
  // A zone's abbreviation, and its offset in minutes (UTC and GMT: 0, or the
  // offset written after them).
  struct WrittenZone {
    std::string_view name;
    int minutes;
  };
  static constexpr WrittenZone kZones[] = {
      {"utc", 0},    {"gmt", 0},    {"hne", -300}, {"hae", -240}, {"hna", -240},
      {"haa", -180}, {"hnt", -210}, {"hat", -150}, {"hnc", -360}, {"hac", -300},
      {"hnr", -420}, {"har", -360}, {"hnp", -480}, {"hap", -420}};
  for (const auto& [zone, minutes] : kZones) {
    const size_t at = after.find(zone);
    if (at == std::string_view::npos || after.substr(0, at).find_first_not_of(
                                            " (apm.") != std::string_view::npos)
      continue;
    std::string_view rest = after.substr(at + zone.size());
    if (!rest.empty() &&
        absl::ascii_isalpha(static_cast<unsigned char>(rest[0])))
      continue;
    if (minutes != 0) return minutes;
    // "utc+1", "gmt +01:00", "utc-5"
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (rest.empty() || (rest[0] != '+' && rest[0] != '-')) return 0;
    const int sign = rest[0] == '-' ? -1 : 1;
    rest.remove_prefix(1);
    int hours = 0, digits = 0;
    while (digits < 2 && !rest.empty() && absl::ascii_isdigit(rest[0])) {
      hours = hours * 10 + (rest[0] - '0');
      rest.remove_prefix(1);
      ++digits;
    }
    if (digits == 0 || hours > 14) return std::nullopt;
    int extra = 0;
    if (rest.size() >= 3 && (rest[0] == ':' || rest[0] == 'h') &&
        absl::ascii_isdigit(rest[1]) && absl::ascii_isdigit(rest[2]))
      extra = (rest[1] - '0') * 10 + (rest[2] - '0');
    return sign * (hours * 60 + extra);
  }
  return std::nullopt;
}

// The hour of a twelve-hour clock's time whose hour is `hour`, read from what
// follows it in `folded` ("2 h 05 p.m.", "2:05 pm", "12 h 10 a.m."), as
// Québec's pages and English-language templates write it; `hour` unchanged
// when no "a.m." or "p.m." follows.
int ClockHour(std::string_view after, int hour) {
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  if (after.size() < 2 || (after[0] != 'a' && after[0] != 'p')) return hour;
  // "pm", "p.m.", "p. m.": a space only after a dot, so that "à 12 h 30 à
  // M'Sila" ("a m'sila" once folded) is no a.m.
  size_t m = 1;
  if (after[m] == '.') {
    ++m;
    if (m < after.size() && after[m] == ' ') ++m;
  }
  if (m >= after.size() || after[m] != 'm') return hour;
  // "pm" ends there: "2 h 05 pmu", "10 h 30 amis" or "à M'Bour" say nothing
  // of the clock.
  const size_t end = m + 1;
  if (end < after.size() &&
      (absl::ascii_isalnum(static_cast<unsigned char>(after[end])) ||
       after[end] == '\'' || static_cast<unsigned char>(after[end]) >= 0x80))
    return hour;
  if (hour < 1 || hour > 12) return hour;
  if (after[0] == 'p') return hour == 12 ? 12 : hour + 12;
  return hour == 12 ? 0 : hour;
}

// The first date of `folded` (FoldMonths' output) in one of the forms French
// pages write; `starts_piece` when `folded` opens a text or an element (where
// a bare ISO date or two-digit year is a date).
std::optional<WrittenDate> FirstWrittenDate(const std::string& folded,
                                            bool starts_piece) {
  // "11 fevrier 2025 a 17h30", "1er mars 2024, 09:05", "11 fevr. 2025 - 17:30",
  // "3 decembre 2026 | 14:05", "4 nov. 2024 – 08:52" (a dash, short or long)
  static const std::regex kLongDate(
      R"((\d{1,2})(?:er)?\s+(janv|fevr|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec)[a-z]*\.?\s+(\d{4})(?:\s*,?\s*(?:a|-|–|—|\||·)?\s*(\d{1,2})\s*[h:]\s*(\d{2})?)?)",
      std::regex::optimize);
  // "11/02/2025 - 17:30", "11.02.2025 17h30", "11-02-2025 | 17:30",
  // "04.11.2024 – 08:52"
  static const std::regex kNumericDate(
      R"((\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?:\s*,?\s*(?:a|-|–|—|\||·)?\s*(\d{1,2})\s*[h:]\s*(\d{2}))?)",
      std::regex::optimize);
  // "03/12/26 a 14h05": a two-digit year, read where a label announces it.
  static const std::regex kShortNumericDate(
      R"((\d{1,2})[/.](\d{1,2})[/.](\d{2})(?!\d)(?:\s*,?\s*(?:a|-|–|—|\||·)?\s*(\d{1,2})\s*[h:]\s*(\d{2}))?)",
      std::regex::optimize);
  // "Mar 3, 2025", "March 3, 2025 at 2:05 pm": the English form templates
  // made for English print on French pages too.
  static const std::regex kEnglishDate(
      R"((?:^|[^a-z])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,\s+(\d{4})(?:\s*,?\s*(?:at|a|-|–|—|\||·)?\s*(\d{1,2})\s*[h:]\s*(\d{2}))?)",
      std::regex::optimize);
  // "2025-01-22", "2025-01-22 14:05": the ISO form some sites print.
  static const std::regex kIsoDate(
      R"((?:^|[^\d])(\d{4})-(\d{2})-(\d{2})(?:[tT ]+(\d{2}):(\d{2}))?)",
      std::regex::optimize);
  std::optional<WrittenDate> first;
  std::smatch m;
  auto consider = [&](const std::smatch& match, size_t position, int year,
                      int month, int day) {
    if (first && first->position <= position) return;
    const size_t end = static_cast<size_t>(match.position(0) + match.length(0));
    const int hour = match[4].matched ? ToInt(match[4].str()) : 0;
    first = WrittenDate{
        position,
        end - position,
        year,
        month,
        day,
        match[4].matched ? ClockHour(std::string_view(folded).substr(end), hour)
                         : hour,
        match[5].matched ? ToInt(match[5].str()) : 0,
        match[4].matched,
        match[4].matched ? StatedOffset(std::string_view(folded).substr(end))
                         : std::nullopt};
  };
  if (std::regex_search(folded, m, kLongDate)) {
    consider(m, m.position(0), ToInt(m[3].str()), MonthFromName(m[2].str()),
             ToInt(m[1].str()));
  }
  if (std::regex_search(folded, m, kEnglishDate)) {
    constexpr std::string_view kEnglishMonths =
        "janfebmaraprmayjunjulaugsepoctnovdec";
    consider(m, m.position(1), ToInt(m[3].str()),
             static_cast<int>(kEnglishMonths.find(m[1].str()) / 3) + 1,
             ToInt(m[2].str()));
  }
  if (std::regex_search(folded, m, kNumericDate)) {
    consider(m, m.position(0), ToInt(m[3].str()), ToInt(m[2].str()),
             ToInt(m[1].str()));
  }
  // An ISO date, or a two-digit year, is read only where a label announces
  // it ("Publié : 2025-01-22", "Date 2025-03-03", "le 03/12/26") or where an
  // element of its own starts with it (byline texts join elements with " | "):
  // elsewhere it may be anything.
  const auto announced = [&](size_t at) {
    if (at == 0) return starts_piece;
    std::string_view before = std::string_view(folded).substr(0, at);
    if (before.ends_with("| ")) return true;
    // The word before it, past blanks and a colon: a label as a whole word
    // ("le", "publié", "date"), not the end of "ville" or "république".
    while (!before.empty() && (before.back() == ' ' || before.back() == ':'))
      before.remove_suffix(1);
    const size_t space = before.find_last_of(" |\n");
    const std::string_view word =
        space == std::string_view::npos ? before : before.substr(space + 1);
    return word == "le" || word == "du" || word == "date" || word == "publie" ||
           word == "publié";
  };
  for (auto it = std::sregex_iterator(folded.begin(), folded.end(), kIsoDate);
       it != std::sregex_iterator(); ++it) {
    const size_t at = static_cast<size_t>(it->position(1));
    if (announced(at)) {
      consider(*it, at, ToInt((*it)[1].str()), ToInt((*it)[2].str()),
               ToInt((*it)[3].str()));
      break;
    }
  }
  for (auto it = std::sregex_iterator(folded.begin(), folded.end(),
                                      kShortNumericDate);
       it != std::sregex_iterator(); ++it) {
    const size_t at = static_cast<size_t>(it->position(0));
    // "12/03/2026" is the four-digit form's; the digit before says so.
    if (at > 0 && absl::ascii_isdigit(folded[at - 1])) continue;
    if (announced(at)) {
      // POSIX's pivot: 69 and later are the 1900s.
      const int year = ToInt((*it)[3].str());
      consider(*it, at, year < 69 ? 2000 + year : 1900 + year,
               ToInt((*it)[2].str()), ToInt((*it)[1].str()));
      break;
    }
  }
  return first;
}

// A written time in the offset it states; one stated in UTC ("14:10 GMT")
// as the same moment in the host's offset, as a machine date in UTC is.
std::optional<DateTime> StatedTime(const WrittenDate& date,
                                   std::string_view host) {
  if (!IsReadYear(date.year)) return std::nullopt;
  std::optional<DateTime> time =
      DateTime::FromCivil(date.year, date.month, date.day, date.hour,
                          date.minute, 0, *date.stated_offset);
  if (time && *date.stated_offset == 0) ShowInHostsOffset(host, *time);
  return time;
}

}  // namespace

std::optional<DateTime> FindFrenchDate(std::string_view text,
                                       std::string_view host) {
  const std::string folded = FoldMonths(text.substr(0, 20000));
  // Dates in text order; one that is no date ("2025-13-01") gives way to the
  // next.
  constexpr int kDatesTried = 5;
  size_t offset = 0;
  for (int tried = 0; tried < kDatesTried && offset < folded.size(); ++tried) {
    std::optional<WrittenDate> date =
        FirstWrittenDate(folded.substr(offset), offset == 0);
    if (!date) return std::nullopt;
    date->position += offset;
    // "Mis à jour le 8 mars 2025 à 11 h 30 · Publié le 7 mars 2025": an
    // update line first, and the date "publié" announces right after it.
    constexpr size_t kLabelBefore = 40, kNearPublished = 100, kNearDate = 40;
    const size_t label_from =
        date->position > kLabelBefore ? date->position - kLabelBefore : 0;
    const std::string label =
        folded.substr(label_from, date->position - label_from);
    // So is a print version's date of printing ("Imprimé le 07/12/2026 à
    // 08:14 | Article publié le jeudi 3 décembre 2026").
    const std::vector<std::string> label_words = FoldedWords(label);
    const bool printed = std::any_of(
        label_words.begin(), label_words.end(), [](const std::string& word) {
          return word == "imprime" || word == "imprimee" || word == "printed";
        });
    if (SaysUpdated(label) || printed) {
      const size_t published = folded.find("publie", date->position);
      if (published != std::string::npos &&
          published - date->position <= kNearPublished) {
        if (std::optional<WrittenDate> first_published =
                FirstWrittenDate(folded.substr(published), false);
            first_published && first_published->position <= kNearDate) {
          date = first_published;
          date->position += published;
        }
      }
    }
    // "Lundi 3 février 2025" (a site header's date of the day), then
    // "Publié le 03-02-2025 à 09:45": the time the publication's label gives
    // that day. Another day after "Publié" may be another article's.
    constexpr int kPublishedLabelsTried = 3;
    size_t published = date->position + date->length;
    for (int label = 0; label < kPublishedLabelsTried && !date->has_time;
         ++label) {
      published = folded.find("publie", published);
      if (published == std::string::npos) break;
      if (std::optional<WrittenDate> timed =
              FirstWrittenDate(folded.substr(published), false);
          timed && timed->position <= kNearDate && timed->has_time &&
          timed->year == date->year && timed->month == date->month &&
          timed->day == date->day) {
        date = timed;
        date->position += published;
      }
      ++published;
    }
    if (date->has_time && date->stated_offset) {
      std::optional<DateTime> stated = StatedTime(*date, host);
      if (stated) return stated;
    } else if (std::optional<DateTime> built =
                   date->has_time ? Build(date->year, date->month, date->day,
                                          date->hour, date->minute, host)
                                  : Day(date->year, date->month, date->day)) {
      return built;
    }
    offset = date->position + std::max<size_t>(date->length, 1);
  }
  return std::nullopt;
}

std::optional<DateTime> DateFromUrl(std::string_view url) {
  const std::string_view host = HostOf(url);
  std::string path(url);
  if (const size_t h = path.find(host);
      !host.empty() && h != std::string::npos) {
    path = path.substr(h + host.size());
  }
  static const std::regex kPathDate(
      R"([/_-]((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$))");
  std::smatch m;
  if (!std::regex_search(path, m, kPathDate)) return std::nullopt;
  return Day(ToInt(m[1].str()), ToInt(m[2].str()), ToInt(m[3].str()));
}

bool HasUtcOffset(std::string_view text) {
  text = TrimAscii(text);
  return text.size() > 10 &&
         (text.back() == 'Z' || text.back() == 'z' ||
          text.find_first_of("+-", 11) != std::string_view::npos);
}

namespace {

// A date in the form of e-mail and RSS (RFC 822 and 1123): "Thu, 03 Dec 2026
// 13:05:00 GMT", "3 Dec 2026 14:05 +0100"; a time without a zone is the
// host's.
std::optional<DateTime> ParseMailDate(const std::string& text,
                                      std::string_view host) {
  static const std::regex kMailDate(
      R"(^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC|UT|Z|CET|CEST|EST|EDT|CST|PST|[+-]\d{4})?$)",
      std::regex::optimize);
  static constexpr std::array<std::string_view, 12> kEnglishMonths = {
      "jan", "feb", "mar", "apr", "may", "jun",
      "jul", "aug", "sep", "oct", "nov", "dec"};
  std::smatch m;
  if (!std::regex_match(text, m, kMailDate)) return std::nullopt;
  const std::string month_name = absl::AsciiStrToLower(m[2].str());
  int month = 0;
  for (size_t i = 0; i < kEnglishMonths.size(); ++i) {
    if (month_name == kEnglishMonths[i]) month = static_cast<int>(i) + 1;
  }
  const int year = ToInt(m[3].str()), day = ToInt(m[1].str());
  const int hour = ToInt(m[4].str()), minute = ToInt(m[5].str());
  const int second = m[6].matched ? ToInt(m[6].str()) : 0;
  if (month == 0) return std::nullopt;
  if (!m[7].matched) return Build(year, month, day, hour, minute, host, second);
  const std::string zone = m[7].str();
  int offset = 0;
  if (zone[0] == '+' || zone[0] == '-') {
    const int hours = ToInt(zone.substr(1, 2)),
              minutes = ToInt(zone.substr(3, 2));
    if (hours > 14 || minutes >= 60) return std::nullopt;
    offset = hours * 60 + minutes;
    if (zone[0] == '-') offset = -offset;
  } else if (zone != "GMT" && zone != "UTC" && zone != "UT" && zone != "Z") {
    // RFC 822's North American zones, and Europe's as feeds write them.
    static constexpr std::array<std::pair<std::string_view, int>, 6> kZones = {
        {{"CET", 60},
         {"CEST", 120},
         {"EST", -300},
         {"EDT", -240},
         {"CST", -360},
         {"PST", -480}}};
    const auto named =
        std::find_if(kZones.begin(), kZones.end(),
                     [&](const auto& entry) { return zone == entry.first; });
    if (named == kZones.end()) return std::nullopt;
    offset = named->second;
  }
  if (year < 1990 || year > 2100) return std::nullopt;
  return DateTime::FromCivil(year, month, day, hour, minute, second, offset);
}

}  // namespace

std::optional<DateTime> ParseMachineDate(std::string_view text,
                                         std::string_view host) {
  // A machine date is some 30 characters; std::regex recurses once per
  // character of a run of blanks, so a long attribute is refused unread.
  constexpr size_t kLongestMachineDate = 64;
  const std::string trimmed(TrimAscii(text));
  if (trimmed.size() > kLongestMachineDate) return std::nullopt;
  // The compact form some sites' "pubdate" metas write: "20250304", a day;
  // "202503041015" or "20250304101500", a local time.
  if ((trimmed.size() == 8 || trimmed.size() == 12 || trimmed.size() == 14) &&
      IsAsciiDigits(trimmed)) {
    const int year = ToInt(trimmed.substr(0, 4));
    if (!IsReadYear(year)) return std::nullopt;
    const int month = ToInt(trimmed.substr(4, 2)),
              day = ToInt(trimmed.substr(6, 2));
    if (trimmed.size() == 8) return Day(year, month, day);
    const int hour = ToInt(trimmed.substr(8, 2)),
              minute = ToInt(trimmed.substr(10, 2));
    if (hour > 23 || minute > 59) return std::nullopt;
    return Build(year, month, day, hour, minute, host,
                 trimmed.size() == 14 ? ToInt(trimmed.substr(12, 2)) : 0);
  }
  std::optional<DateTime> date = DateTime::FromIso8601(trimmed);
  if (!date) {
    // Its offset as written, or the host's when it has none.
    date = ParseMailDate(trimmed, host);
    if (!date) return std::nullopt;
  } else if (!HasUtcOffset(trimmed) && trimmed.size() > 10) {
    // Without an explicit offset FromIso8601 reads UTC; a page that omits it
    // means local time (to the second, as written).
    const std::string local = date->ToIso8601DateTime();
    return Build(ToInt(local.substr(0, 4)), ToInt(local.substr(5, 2)),
                 ToInt(local.substr(8, 2)), ToInt(local.substr(11, 2)),
                 ToInt(local.substr(14, 2)), host,
                 local.size() >= 19 ? ToInt(local.substr(17, 2)) : 0);
  } else if (date->day_only) {
    return Day(ToInt(trimmed.substr(0, 4)), ToInt(trimmed.substr(5, 2)),
               ToInt(trimmed.substr(8, 2)));
  }
  if (date->unix_seconds < 631152000)
    return std::nullopt;  // before 1990: a placeholder
  // Midnight to the second in UTC ("2024-11-03T00:00:00Z"): a day that a
  // site generator (Hugo, Jekyll) or a CMS wrote as a moment. Shown in the
  // site's offset it would give a time no one wrote (01:00 in Paris).
  constexpr int64_t kSecondsPerDay = 86400;
  if (date->utc_offset_minutes == 0 &&
      date->unix_seconds % kSecondsPerDay == 0) {
    const std::string day = date->ToIso8601DateTime();  // in UTC
    return Day(ToInt(day.substr(0, 4)), ToInt(day.substr(5, 2)),
               ToInt(day.substr(8, 2)));
  }
  // Written in UTC, as CMSes and JSON-LD often do: the same moment in the
  // site's own offset, so that it prints as its readers saw it and falls on
  // their day ("23:30Z" is past midnight in Paris).
  if (date->utc_offset_minutes == 0) ShowInHostsOffset(host, *date);
  return date;
}

std::vector<std::string> FoldedWords(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : FoldText(text) + " ") {
    if (absl::ascii_isalpha(static_cast<unsigned char>(c))) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  return words;
}

bool SaysUpdated(std::string_view text) {
  const std::vector<std::string> words = FoldedWords(text);
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string_view word = words[i];
    if (word == "maj" || word.starts_with("modifi") ||
        word.starts_with("actualis") || word == "updated" || word == "update") {
      return true;
    }
    // "mis à jour", "mise à jour"
    if (word == "jour" && i >= 2 && words[i - 1] == "a" &&
        (words[i - 2] == "mis" || words[i - 2] == "mise")) {
      return true;
    }
  }
  return false;
}

bool SaysPublished(std::string_view text) {
  for (const std::string& word : FoldedWords(text)) {
    if (word == "publie" || word == "publiee" || word == "publication" ||
        word == "published") {
      return true;
    }
  }
  return false;
}

}  // namespace newsq::internal
