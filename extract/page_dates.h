// Internal: dates as news pages write them, in machine form or in French prose.
#ifndef NEWSQ_EXTRACT_PAGE_DATES_H_
#define NEWSQ_EXTRACT_PAGE_DATES_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newsq/article.h"

namespace newsq::internal {

// The UTC offset of civil time in Paris (and Brussels, Geneva, Luxembourg) on
// that date: +60, or +120 between the last Sundays of March and October (EU
// rules since 1996).
int ParisOffsetMinutes(int year, int month, int day, int hour);

// The UTC offset to assume for a local time written without one, from the host
// name of the page's URL: West African, Maghreb, Indian Ocean, overseas
// French and North American country domains have their own; everything else
// (.fr, .be, .ch, .com, ...) follows Paris. `host` may be empty.
int OffsetForHost(std::string_view host, int year, int month, int day,
                  int hour);

// The same for a moment written in UTC (the UTC date and hour): the clocks
// change at a local hour, 1:00 UTC in Europe, 7:00 and 6:00 UTC in Montréal,
// so the hours around each change are read in the local time they fall in.
int OffsetForHostAtUtc(std::string_view host, int year, int month, int day,
                       int utc_hour);

// The first French date in `text`, such as "Publié le mardi 11 février 2025 à
// 17h30", "11 févr. 2025, 17:30", "11/02/2025 - 17:30", "le 1er mars 2024" or
// "2025-03-01"; the date right after "Publié" first, when the text names an
// update before it ("Mis à jour le 8 mars. Publié le 7 mars"). A missing time
// gives a `day_only` date. Relative dates ("il y a 2 heures", "hier") are
// never read: they depend on when the page was saved. Returns nullopt when
// there is none.
std::optional<DateTime> FindFrenchDate(std::string_view text,
                                       std::string_view host);

// A date in a URL path: /2025/02/11/, /2025-02-11-, /20250211/. A `day_only`
// date; nullopt when the path holds none.
std::optional<DateTime> DateFromUrl(std::string_view url);

// Whether a machine date-time says its UTC offset ("...+01:00", "...Z"); a
// bare day or a time without one does not. Surrounding blanks are ignored.
bool HasUtcOffset(std::string_view text);

// Any date-time a page puts in machine form: ISO 8601 (via
// DateTime::FromIso8601) or the form of e-mail and RSS ("Thu, 03 Dec 2026
// 13:05:00 GMT"), with a local time in the host's offset when the text
// has none, and a time written in UTC ("Z", "+00:00") given as the same moment
// in the host's offset (OffsetForHost). A day alone ("2025-03-03") is
// `day_only`.
std::optional<DateTime> ParseMachineDate(std::string_view text,
                                         std::string_view host);

// The host whose country sets the UTC offset of dates a page writes without
// one (OffsetForHost): `host` itself when its domain is a country's ("x.ca",
// "x.sn"), else a stand-in for the country of a known outlet's newsroom
// (KnownOutlet::country: "lefaso.net" -> ".bf"), else for the region of the
// page's locale ("fr-CA" or "fr_CA" -> ".ca"), which a Québec or Ivorian site
// on .com declares, else for the country of the known outlet that `outlet`
// (the page's name for its outlet) alone spells; else `host`.
std::string ZoneHost(std::string_view host, std::string_view locale,
                     std::string_view outlet = {});

// Whether `text` labels a date as an update's: "Mis à jour", "Mise à jour",
// "MàJ", "Modifié le", "Actualisé", "Updated". Whole words, case and accents
// folded: "majorité", "aujourd'hui" and "journal" label nothing.
bool SaysUpdated(std::string_view text);

// Whether `text` labels a date as the publication's: "Publié le",
// "Publication", "Published". Whole words: "publicité" labels nothing.
bool SaysPublished(std::string_view text);

// The runs of ASCII letters of FoldText(text), in order: "Publié hier à 18h"
// -> publie, hier, a, h.
std::vector<std::string> FoldedWords(std::string_view text);

// Whether `line` opens on "Posté par", "Publié par" or "Posted by", as a
// blog's post footer does ("Posté par X à 19:47 - Société").
bool OpensOnPostedBy(std::string_view line);

// `day`'s local day at `hour`:`minute`, in the host's offset then
// (ParseMachineDate); nullopt for an impossible time.
std::optional<DateTime> DayAtTime(const DateTime& day, int hour, int minute,
                                  std::string_view host);

// The first clock time of a byline ("17h00", "9 h 05", "17:00"), as hours and
// minutes; nullopt when it writes none.
std::optional<std::pair<int, int>> FindClockTime(const std::string& text);

// The host of a URL ("https://www.x.fr/a" -> "www.x.fr"), or "" when it has
// none.
std::string_view HostOf(std::string_view url);

}  // namespace newsq::internal

#endif  // NEWSQ_EXTRACT_PAGE_DATES_H_
