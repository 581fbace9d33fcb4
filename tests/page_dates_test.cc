#include "extract/page_dates.h"

#include <gtest/gtest.h>

namespace newsq::internal {
namespace {

struct FrenchDateCase {
  const char* text;
  const char* host;
  const char* expected;  // nullptr: no date must be found
};

TEST(PageDatesTest, FindsFrenchDatesInBylines) {
  const FrenchDateCase cases[] = {
      {"Publié le 11 février 2025 à 17h30, mis à jour le 11 février 2025 à "
       "19h02",
       "", "2025-02-11T17:30:00+01:00"},
      {"Publié le mardi 11 février 2025 à 9h05", "www.gazette.fr",
       "2025-02-11T09:05:00+01:00"},
      {"11/02/2025 - 17:30", "www.sahelquotidien.sn",
       "2025-02-11T17:30:00+00:00"},
      {"le 1er mars 2024", "", "2024-03-01"},
      // A print version's date of printing, then the publication's.
      {"Imprimé le 07/12/2026 à 08:14 | Article publié le jeudi 3 décembre "
       "2026",
       "", "2026-12-03"},
      {"Mis en ligne le 12 févr. 2025, 08:20", "www.x.ch",
       "2025-02-12T08:20:00+01:00"},
      {"Publié le 10 juillet 2024 à 12h00", "", "2024-07-10T12:00:00+02:00"},
      {"11 FÉVRIER 2025", "", "2025-02-11"},
      // A dash, short or long, between the day and the time.
      {"04.11.2024 – 08:52", "www.ajiedelemont.ch",
       "2024-11-04T08:52:00+01:00"},
      {"Mardi 14 octobre 2025 — 19h02", "www.x.fr",
       "2025-10-14T19:02:00+02:00"},
      // A bar or a middle dot between the day and the time.
      {"Publié le jeudi 3 décembre 2026 | 14:05", "www.x.ci",
       "2026-12-03T14:05:00+00:00"},
      {"03/12/2026 · 14h05", "", "2026-12-03T14:05:00+01:00"},
      // A two-digit year or an ISO date, where a label or its own element
      // announces it; not in the middle of a sentence.
      {"Publié le 03/12/26 à 14h05", "", "2026-12-03T14:05:00+01:00"},
      {"Par Florent Meunier | 2026-12-03 14:05", "",
       "2026-12-03T14:05:00+01:00"},
      {"le 24/12/98", "", "1998-12-24"},
      {"un score de 3/12/26 points", "", nullptr},
      // A label as a whole word: not "ville", "république", "firmware".
      {"Dans toute la ville 03/12/26", "", nullptr},
      {"La république 2025-01-22", "", nullptr},
      {"Installez le firmware 1.10.23", "", nullptr},
      // A twelve-hour clock, as Québec's pages write it.
      {"Publié le 3 décembre 2026, 2 h 05 p.m. HNE", "www.x.ca",
       "2026-12-03T14:05:00-05:00"},
      {"3 décembre 2026 à 12 h 10 a.m.", "www.x.ca",
       "2026-12-03T00:10:00-05:00"},
      {"3 décembre 2026 à 12:30 PM", "www.x.ca", "2026-12-03T12:30:00-05:00"},
      {"3 décembre 2026 à 2 h 30 pmu", "www.x.ca", "2026-12-03T02:30:00-05:00"},
      {"Publié le 3 décembre 2026 à 12 h 30 à M'Sila", "www.x.dz",
       "2026-12-03T12:30:00+01:00"},
      {"Publié le 3 décembre 2026 à 12h à M’Bour", "www.x.sn",
       "2026-12-03T12:00:00+00:00"},
      // An update's label further than a few words before its date.
      {"Mise à jour : le dimanche 16 mars 2025 à 18 h 05 - Publié le samedi "
       "15 mars 2025 à 08 h 30",
       "", "2025-03-15T08:30:00+01:00"},
      // A header's date of the day, then the publication's with its time.
      {"Lundi 3 février 2025 Publié le 03-02-2025 à 09:45", "www.x.tn",
       "2025-02-03T09:45:00+01:00"},
      {"Lundi 3 février 2025 Publié le 02-02-2025 à 09:45", "www.x.tn",
       "2025-02-03"},
      // Dashes between the day's numbers.
      {"Publié le : 09-10-2025 | 08:30", "www.x.dz",
       "2025-10-09T08:30:00+01:00"},
      // A comma, then "à", before the time.
      {"Casablanca, le mardi 4 février 2025, à 7 h 05", "www.x.ma",
       "2025-02-04T07:05:00+01:00"},
      {"04/02/2025, à 7h05", "www.x.ma", "2025-02-04T07:05:00+01:00"},
      {"February 4, 2025, at 7:05", "www.x.ma", "2025-02-04T07:05:00+01:00"},
      // A zone written after the time is the time's: a UTC time in the
      // host's offset, the same moment.
      {"Publié le : 22 septembre 2025 à 10:05 (UTC+1)", "",
       "2025-09-22T10:05:00+01:00"},
      {"Mis en ligne le 3 décembre 2025 à 14:10 GMT", "www.x.lb",
       "2025-12-03T16:10:00+02:00"},
      {"Mis en ligne le 3 décembre 2025 à 14:10 GMT", "",
       "2025-12-03T15:10:00+01:00"},
      {"3 décembre 2025 à 9 h 30 HAE", "", "2025-12-03T09:30:00-04:00"},
      // Acadia's Atlantic time, Newfoundland's half hour, the Pacific's.
      {"Publié le 4 février 2025 à 16 h 10 HNA", "www.x.com",
       "2025-02-04T16:10:00-04:00"},
      {"le 4 juillet 2025 à 16 h 10 HAA", "", "2025-07-04T16:10:00-03:00"},
      {"le 4 février 2025 à 9 h 15 HNT", "", "2025-02-04T09:15:00-03:30"},
      {"le 4 février 2025 à 9 h 15 HNP", "", "2025-02-04T09:15:00-08:00"},
      {"3 décembre 2025 à 9 h 30 (GMT -05:00)", "",
       "2025-12-03T09:30:00-05:00"},
      {"3 décembre 2025 à 9 h 30, heure de Paris", "www.x.ca",
       "2025-12-03T09:30:00-05:00"},
      {"3 décembre 2025 à 9 h 30 utcx", "", "2025-12-03T09:30:00+01:00"},
      // The English form of an English-made template.
      {"Mar 3, 2025", "", "2025-03-03"},
      {"Published March 3, 2025 at 2:05 pm", "www.x.ca",
       "2025-03-03T14:05:00-05:00"},
      {"Il y a 2 heures", "", nullptr},
      {"hier à 17h30", "", nullptr},
      {"31 février 2025", "", nullptr},
  };
  for (const FrenchDateCase& c : cases) {
    SCOPED_TRACE(c.text);
    const std::optional<DateTime> date = FindFrenchDate(c.text, c.host);
    if (c.expected == nullptr) {
      EXPECT_FALSE(date.has_value()) << date->ToIso8601();
    } else {
      ASSERT_TRUE(date.has_value());
      EXPECT_EQ(date->ToIso8601(), c.expected);
    }
  }
}

TEST(PageDatesTest, ReadsDatesInUrlPaths) {
  EXPECT_EQ(DateFromUrl("https://www.x.com/monde/2025/02/11/gambie-gaza-204518")
                ->ToIso8601(),
            "2025-02-11");
  EXPECT_EQ(DateFromUrl("https://www.x.sn/20250211/article.html")->ToIso8601(),
            "2025-02-11");
  EXPECT_FALSE(
      DateFromUrl("https://www.x.com/article.php?id=20251399").has_value());
  EXPECT_FALSE(
      DateFromUrl("https://www.x.com/monde/gambie-gaza-204518").has_value());
}

TEST(PageDatesTest, ParisOffsetFollowsSummerTime) {
  EXPECT_EQ(ParisOffsetMinutes(2025, 2, 11, 12), 60);
  EXPECT_EQ(ParisOffsetMinutes(2025, 3, 30, 1),
            60);  // change at 02:00 on 30 March 2025
  EXPECT_EQ(ParisOffsetMinutes(2025, 3, 30, 3), 120);
  EXPECT_EQ(ParisOffsetMinutes(2025, 10, 26, 2),
            120);  // back at 03:00 on 26 October 2025
  EXPECT_EQ(ParisOffsetMinutes(2025, 10, 27, 12), 60);
}

// The compact form of some sites' "pubdate": a day, or a local time; not a
// number that holds no year newsq reads.
TEST(PageDatesTest, CompactMachineDates) {
  EXPECT_EQ(ParseMachineDate("20250304", "www.x.sn")->ToIso8601(),
            "2025-03-04");
  EXPECT_EQ(ParseMachineDate("202503041015", "www.x.fr")->ToIso8601(),
            "2025-03-04T10:15:00+01:00");
  EXPECT_EQ(ParseMachineDate("20250304101542", "www.x.fr")->ToIso8601(),
            "2025-03-04T10:15:42+01:00");
  EXPECT_FALSE(ParseMachineDate("12345678", "www.x.fr").has_value());
  EXPECT_FALSE(ParseMachineDate("20251304", "www.x.fr").has_value());
  EXPECT_FALSE(ParseMachineDate("202503042575", "www.x.fr").has_value());
}

TEST(PageDatesTest, MachineDatesWithoutOffsetAreLocalTime) {
  EXPECT_EQ(ParseMachineDate("2025-02-11T17:30:00", "www.x.fr")->ToIso8601(),
            "2025-02-11T17:30:00+01:00");
  // To the second, as written.
  EXPECT_EQ(ParseMachineDate("2025-07-11T17:30:42", "www.x.fr")->ToIso8601(),
            "2025-07-11T17:30:42+02:00");
  // A moment written in UTC is the same moment in the site's offset: its
  // readers' day.
  EXPECT_EQ(
      ParseMachineDate("2025-02-11T17:30:00+00:00", "www.x.fr")->ToIso8601(),
      "2025-02-11T18:30:00+01:00");
  EXPECT_EQ(ParseMachineDate("2025-02-11T23:30:00Z", "www.x.fr")->LocalDay(),
            "2025-02-12");
  EXPECT_EQ(ParseMachineDate("2025-07-11T17:30:00Z", "www.x.sn")->ToIso8601(),
            "2025-07-11T17:30:00+00:00");
  EXPECT_EQ(
      ParseMachineDate("2025-07-11T17:30:00Z", "lapresse.ca")->ToIso8601(),
      "2025-07-11T13:30:00-04:00");
  // Another offset stays as written.
  EXPECT_EQ(
      ParseMachineDate("2025-02-11T17:30:00-05:00", "www.x.fr")->ToIso8601(),
      "2025-02-11T17:30:00-05:00");
  EXPECT_FALSE(ParseMachineDate("1970-01-01T00:00:00Z", "").has_value());
  // The form of e-mail and RSS.
  EXPECT_EQ(ParseMachineDate("Thu, 03 Dec 2026 13:05:00 GMT", "www.x.fr")
                ->ToIso8601(),
            "2026-12-03T14:05:00+01:00");
  EXPECT_EQ(ParseMachineDate("3 Dec 2026 14:05 +0100", "www.x.sn")->ToIso8601(),
            "2026-12-03T14:05:00+01:00");
  EXPECT_EQ(
      ParseMachineDate("Thu, 03 Dec 2026 14:05:00", "www.x.ca")->ToIso8601(),
      "2026-12-03T14:05:00-05:00");
  EXPECT_FALSE(ParseMachineDate("Thu, 03 Foo 2026 14:05:00", "").has_value());
  EXPECT_FALSE(ParseMachineDate("3 Dec 2026 14:05 +0160", "").has_value());
  EXPECT_EQ(ParseMachineDate("3 Dec 2026 14:05 CET", "")->ToIso8601(),
            "2026-12-03T14:05:00+01:00");
  // A hostile attribute: refused, not parsed (std::regex recurses per blank).
  EXPECT_FALSE(
      ParseMachineDate("12" + std::string(50000, ' ') + "Dec 2026 13:05", "")
          .has_value());
}

TEST(PageDatesTest, TheLocalesRegionStandsInForAHostWithoutCountry) {
  EXPECT_EQ(ZoneHost("www.x.com", "fr-CA"), ".ca");
  EXPECT_EQ(ZoneHost("", "fr_CI"), ".ci");
  EXPECT_EQ(ZoneHost("www.x.sn", "fr-CA"), "www.x.sn");
  EXPECT_EQ(ZoneHost("www.x.com", "fr"), "www.x.com");
  EXPECT_EQ(ZoneHost("www.x.com", "fr-419"), "www.x.com");
  EXPECT_EQ(ZoneHost("radio.x.fm", "fr-CA"), ".ca");  // .fm is no country's
  // A known outlet whose domain does not say its newsroom's country: by its
  // address, else (a page saved without one) by the name it goes by, when
  // only one outlet goes by it.
  EXPECT_EQ(ZoneHost("lefaso.net", ""), ".bf");
  EXPECT_EQ(ZoneHost("www.rci.fm", "fr-FR"), ".mq");
  EXPECT_EQ(ZoneHost("www.franceantilles.fr", ""), ".mq");
  EXPECT_EQ(ZoneHost("", "", "Lefaso.net"), ".bf");
  EXPECT_EQ(ZoneHost("", "fr-CA", "Lefaso.net"), ".ca");
  EXPECT_EQ(ZoneHost("", "", "El Watan"), ".dz");  // at two addresses
  EXPECT_EQ(ZoneHost("", "", "Le Soleil"), "");    // of Dakar and of Québec
  EXPECT_EQ(ZoneHost("", "", "Le Monde"), "");
  EXPECT_EQ(OffsetForHost(ZoneHost("", "", "Tahiti Infos"), 2024, 6, 22, 9),
            -600);
  // Overseas France and the Indian Ocean.
  EXPECT_EQ(OffsetForHost("www.x.re", 2026, 12, 3, 14), 240);
  EXPECT_EQ(OffsetForHost("www.x.nc", 2026, 12, 3, 14), 660);
  EXPECT_EQ(OffsetForHost("www.x.pf", 2026, 12, 3, 14), -600);
  EXPECT_EQ(OffsetForHost("www.x.mg", 2026, 12, 3, 14), 180);
  EXPECT_EQ(OffsetForHost("www.x.cd", 2026, 7, 3, 14), 60);
  EXPECT_EQ(OffsetForHost("www.x.bi", 2026, 7, 3, 14), 120);
  EXPECT_EQ(OffsetForHost("www.x.vn", 2026, 7, 3, 14), 420);
  EXPECT_EQ(OffsetForHost("www.x.vu", 2026, 7, 3, 14), 660);
  // Lebanon's summer time starts and ends at midnight on the last Sundays.
  EXPECT_EQ(OffsetForHost("www.x.com.lb", 2025, 12, 3, 14), 120);
  EXPECT_EQ(OffsetForHost("www.x.com.lb", 2025, 3, 29, 23), 120);
  EXPECT_EQ(OffsetForHost("www.x.com.lb", 2025, 3, 30, 1), 180);
  EXPECT_EQ(OffsetForHost("www.x.com.lb", 2025, 10, 25, 23), 180);
  EXPECT_EQ(OffsetForHost("www.x.com.lb", 2025, 10, 26, 1), 120);
  EXPECT_EQ(OffsetForHost(ZoneHost("www.x.com", "fr-MQ"), 2026, 12, 3, 14),
            -240);
  EXPECT_EQ(OffsetForHost(ZoneHost("www.x.com", "fr-CA"), 2026, 12, 1, 7),
            -300);
}

// North America changes its clocks on March's second Sunday and November's
// first, weeks before and after Europe.
TEST(PageDatesTest, NorthAmericanSummerTimeStartsAndEndsOnItsOwnSundays) {
  // 2025: 9 March and 2 November.
  EXPECT_EQ(OffsetForHost("www.x.ca", 2025, 3, 9, 1), -300);
  EXPECT_EQ(OffsetForHost("www.x.ca", 2025, 3, 9, 3), -240);
  EXPECT_EQ(OffsetForHost("www.x.ca", 2025, 3, 12, 10), -240);
  EXPECT_EQ(OffsetForHost("www.x.ht", 2025, 11, 1, 12), -240);
  EXPECT_EQ(OffsetForHost("www.x.ht", 2025, 11, 2, 1), -240);
  EXPECT_EQ(OffsetForHost("www.x.ht", 2025, 11, 2, 3), -300);
  // 2026: 8 March and 1 November.
  EXPECT_EQ(OffsetForHost("www.x.pm", 2026, 3, 7, 12), -180);
  EXPECT_EQ(OffsetForHost("www.x.pm", 2026, 3, 8, 12), -120);
  EXPECT_EQ(OffsetForHost("www.x.ca", 2026, 11, 1, 12), -300);
}

// A moment written in UTC changes offset when the clocks do: 1:00 UTC on the
// last Sundays of March and October in Paris; 7:00 and 6:00 UTC on the
// second Sunday of March and the first of November in Montréal.
TEST(PageDatesTest, UtcMomentsChangeOffsetWhenTheClocksDo) {
  const auto offset = [](const char* utc, const char* host) {
    return ParseMachineDate(utc, host)->utc_offset_minutes;
  };
  EXPECT_EQ(offset("2025-03-30T00:59:00Z", "www.x.fr"), 60);
  EXPECT_EQ(offset("2025-03-30T01:00:00Z", "www.x.fr"), 120);
  EXPECT_EQ(offset("2025-10-26T00:59:00Z", "www.x.fr"), 120);
  EXPECT_EQ(offset("2025-10-26T01:00:00Z", "www.x.fr"), 60);
  EXPECT_EQ(offset("2025-10-25T23:30:00Z", "www.x.fr"), 120);
  EXPECT_EQ(offset("2025-03-09T06:59:00Z", "www.x.ca"), -300);
  EXPECT_EQ(offset("2025-03-09T07:00:00Z", "www.x.ca"), -240);
  EXPECT_EQ(offset("2025-03-09T03:00:00Z", "www.x.ca"), -300);
  EXPECT_EQ(offset("2025-11-02T05:59:00Z", "www.x.ca"), -240);
  EXPECT_EQ(offset("2025-11-02T06:00:00Z", "www.x.ca"), -300);
  EXPECT_EQ(offset("2025-11-03T02:00:00Z", "www.x.ca"), -300);
  EXPECT_EQ(offset("2025-11-02T05:00:00Z", "www.x.pm"), -180);
  EXPECT_EQ(offset("2025-03-30T01:00:00Z", "www.x.sn"), 0);
}

// Midnight to the second in UTC is a day a site generator wrote as a moment:
// the day, not 01:00 in Paris. A second past it is a moment.
TEST(PageDatesTest, MidnightUtcIsADay) {
  for (const char* day : {"2024-11-03T00:00:00Z", "2024-11-03T00:00:00+00:00",
                          "Sun, 03 Nov 2024 00:00:00 GMT"}) {
    const std::optional<DateTime> date = ParseMachineDate(day, "www.x.fr");
    ASSERT_TRUE(date.has_value()) << day;
    EXPECT_EQ(date->ToIso8601(), "2024-11-03") << day;
  }
  EXPECT_EQ(ParseMachineDate("2024-11-03T00:00:01Z", "www.x.fr")->ToIso8601(),
            "2024-11-03T01:00:01+01:00");
  EXPECT_EQ(
      ParseMachineDate("2024-11-03T00:00:00+01:00", "www.x.fr")->ToIso8601(),
      "2024-11-03T00:00:00+01:00");
}

// One reading of "this label gives the update" for every caller: whole words,
// so that a word holding "maj" or "jour" is no label.
TEST(PageDatesTest, UpdateAndPublicationLabelsAreWholeWords) {
  for (const char* label :
       {"Mis à jour le", "Dernière mise à jour :", "MàJ 14h02", "MAJ le",
        "Modifié le", "modifiée", "Actualisé le", "Updated"}) {
    EXPECT_TRUE(SaysUpdated(label)) << label;
  }
  for (const char* label :
       {"La majorité a voté le", "Aujourd'hui à 10h", "Le Journal du jour",
        "Publié le", "Mise en ligne le", "Bonjour"}) {
    EXPECT_FALSE(SaysUpdated(label)) << label;
  }
  for (const char* label : {"Publié le", "PUBLIÉE", "Publication :"}) {
    EXPECT_TRUE(SaysPublished(label)) << label;
  }
  for (const char* label : {"Publicité", "publier un commentaire", "Modifié"}) {
    EXPECT_FALSE(SaysPublished(label)) << label;
  }
}

}  // namespace
}  // namespace newsq::internal
