// Internal: an article's metadata from the markup of its page.
#ifndef NEWSQ_EXTRACT_METADATA_H_
#define NEWSQ_EXTRACT_METADATA_H_

#include <gumbo.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "newsq/article.h"

namespace newsq::internal {

struct PageMetadata {
  std::string title;
  std::string canonical_url;  // <link rel=canonical>, else og:url
  // `day_only` when the page gave the day without its time.
  std::optional<DateTime> published;
  // Whether `published` was written in UTC ("…Z", "+00:00") and is shown in
  // an offset guessed from the host: the page's own words may say better.
  bool published_written_in_utc = false;
  // Whether the page has no <h1> and an element shaped as a headline stood in
  // for it (RawTags::headline_stand_in).
  bool headline_stand_in = false;
  std::optional<DateTime> modified;
  std::string outlet;
  std::string author;
  // Whether the page credits every name in `author` for another role than
  // the text ("Mis en ligne par X", "Illustrations : X") and no one else
  // could be found: a signature after the text signs instead.
  bool author_credited_for_another_role = false;
  std::string language;
  std::string section;
  std::vector<std::string> tags;
  std::string description;
  std::string article_body;  // JSON-LD articleBody, unverified
  // Why the page is no article, when its metadata or its address say so
  // without a doubt and nothing says it is one ("it lists articles (its
  // JSON-LD says CollectionPage)", "it is the site's home page (its address
  // is the site's root)"); "" otherwise.
  std::string not_an_article;
  // Whether anything in the metadata says the page is an article: a JSON-LD
  // article, og:type "article", article:published_time, a microdata date.
  bool says_article = false;
  // Whether a JSON-LD article, article:published_time or a microdata date
  // says so: what says_article says but the Open Graph type, which some
  // themes write as "article" on every page, their archives' included.
  bool dated_article = false;
  // Whether the page's JSON-LD holds an object of an article's type (the one
  // whose address is the page's, else the first): the one statement that a
  // theme does not write on every page.
  bool json_ld_article = false;
  // Whether the page's address names its headline (AddressNamesHeadline): a
  // content system's name for an article's page, where a front's, a tag's or
  // a show's address names a section in a word or three.
  bool address_names_headline = false;
  // Whether the page's address is a section's or a topic's
  // (AddressNamesASection: "/regions/", "/sport/football/"), where a theme's
  // JSON-LD article says nothing of the page.
  bool address_names_a_section = false;
  // Whether the title is a section's name alone ("Économie", "Faits
  // divers") on a page that names no author and whose address does not date
  // it: a front's heading, not an editorial's.
  bool title_names_a_section = false;
  // Why the page is no article if it shows a list of articles (five
  // headings linking to other pages, ExtractWithinBudget): its address is an
  // archive's, or its JSON-LD declares a list or a person's profile, but a
  // publication date or the Open Graph type speaks for an article, which
  // themes write on such pages too; "" when nothing says so, or a JSON-LD
  // article describes the page.
  std::string not_an_article_if_it_lists;
  // Whether the page asks search engines not to index it (robots "noindex").
  bool robots_noindex = false;
  // Whose country sets the offset of dates written without one (ZoneHost).
  std::string zone_host;
  // Field name -> where its value came from ("json-ld", "og:title", "byline",
  // ...).
  std::map<std::string, std::string> sources;
};

// Reads the metadata of a parsed page. Each field is taken from the most
// trusted source that has a sane value: JSON-LD of an article type, OpenGraph
// and article:* properties, <meta> names, microdata, <time> elements, French
// bylines, the <title> and <h1>, the URL. `source_url` (file path or URL the
// page came from) is the last resort for the date and the host used to guess a
// UTC offset.
PageMetadata ReadMetadata(const GumboNode* root, std::string_view source_url);

// Whether `folded_word` (lower case, accents folded) is a word of three
// letters or more that names nothing by itself ("les", "pour", "sur"): what a
// headline and a section's name share alike, and no name holds.
bool IsFunctionWord(std::string_view folded_word);

}  // namespace newsq::internal

#endif  // NEWSQ_EXTRACT_METADATA_H_
