// newsq/article.h: what newsq knows about one news article.
//
// An Article is what the extractor takes out of a page and what the index
// stores. It is a plain value type: copy it, move it, fill it by hand (for
// pre-extracted input) and hand it to IndexWriter::Add().
//
// Example:
//   newsq::Article a;
//   a.url = "/archive/musk.html";
//   a.title = "Elon Musk propose 97,4 milliards de dollars pour OpenAI";
//   a.published = newsq::DateTime::FromIso8601("2025-02-11T15:14:00+01:00");
#ifndef NEWSQ_ARTICLE_H_
#define NEWSQ_ARTICLE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsq {

// A moment as a page stated it: an instant (seconds since the Unix epoch, UTC)
// and the UTC offset the page wrote it with, so that "17h30 à Paris" prints
// back as 17:30+01:00.
struct DateTime {
  int64_t unix_seconds = 0;
  int utc_offset_minutes = 0;
  // The page gave the day and not the time ("le 3 mars 2025", a bare
  // "2025-03-03" in its markup): `unix_seconds` is that day's midnight UTC
  // and `utc_offset_minutes` 0, so that the day is the same wherever it is
  // read back, and ToIso8601 prints the day alone rather than a midnight
  // nobody wrote.
  bool day_only = false;

  // "2025-02-11T15:14:00+01:00" ("Z" is never produced: UTC prints as
  // "+00:00"), or "2025-02-11" when `day_only`.
  std::string ToIso8601() const;
  // "2025-02-11T15:14:00+01:00" even when `day_only` (then at midnight).
  std::string ToIso8601DateTime() const;
  // The calendar day in the page's own offset, as "2025-02-11".
  std::string LocalDay() const;
  // Parses ISO 8601 / RFC 3339 date-times: "2025-02-11", "2025-02-11T15:14",
  // "2025-02-11T15:14:00.000+0100", "...Z". Without an offset the time is taken
  // as UTC; a day alone is `day_only`, at midnight UTC. Returns nullopt on
  // anything else, or on an impossible date.
  static std::optional<DateTime> FromIso8601(std::string_view text);
  // A day alone (`day_only`, at midnight UTC); nullopt if impossible.
  static std::optional<DateTime> FromDay(int year, int month, int day);
  // Builds a DateTime from a civil date-time in the given offset; nullopt if
  // impossible.
  static std::optional<DateTime> FromCivil(int year, int month, int day,
                                           int hour, int minute, int second,
                                           int utc_offset_minutes);

  friend bool operator==(const DateTime&, const DateTime&) = default;
};

// A named entity of the article: a person (PER), organisation (ORG), place
// (LOC) or other proper name (MISC), with how many times the text mentions it.
// `name` is the fullest form the article uses ("Elon Musk" for "M. Musk");
// `aliases` are other names the article gives it that stand on their own,
// such as an acronym it spells out ("SEEG" for "Société d'énergie et d'eau du
// Gabon"). The `entity:` filter matches the name and every alias.
struct Entity {
  // The values of `type`.
  static constexpr char kPerson[] = "PER";
  static constexpr char kOrganisation[] = "ORG";
  static constexpr char kPlace[] = "LOC";
  static constexpr char kOtherName[] = "MISC";

  std::string name;
  std::string type;  // one of the four above
  int mentions = 0;
  std::vector<std::string> aliases;

  friend bool operator==(const Entity&, const Entity&) = default;
};

struct Article {
  // Where the article was read from: a file path or a URL. Never empty for
  // indexed articles.
  std::string url;
  // The page's canonical URL (<link rel=canonical>, else og:url); empty when it
  // names none.
  std::string canonical_url;
  std::string title;
  std::optional<DateTime> published;
  std::optional<DateTime> modified;
  std::string outlet;
  std::string author;    // several authors are joined with ", "
  std::string language;  // BCP 47 primary tag, such as "fr"; empty when unknown
  std::string section;
  // The standfirst or summary the page gives (og:description, <meta
  // name=description>).
  std::string description;
  std::vector<std::string> tags;
  std::vector<Entity> entities;
  // The article's main text: paragraphs separated by "\n\n", without the site's
  // chrome.
  std::string text;

  // The article's identity in an index: the canonical URL, else `url`. Indexing
  // an article with the same identity again replaces the stored one.
  const std::string& Identity() const {
    return canonical_url.empty() ? url : canonical_url;
  }

  friend bool operator==(const Article&, const Article&) = default;
};

}  // namespace newsq

#endif  // NEWSQ_ARTICLE_H_
