// Internal: what a page's markup says about its article, gathered in one walk
// of the DOM (<head> tags, JSON-LD, microdata, <time>, bylines, the headline),
// before ReadMetadata chooses each field from it.
#ifndef NEWSQ_EXTRACT_METADATA_TAGS_H_
#define NEWSQ_EXTRACT_METADATA_TAGS_H_

#include <gumbo.h>

#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsq::internal {

struct AuthorText {
  std::string text;
  const GumboNode* node = nullptr;
  bool near_headline = false;  // inside the article block that holds the <h1>
};

// The separators sites put between a headline and their name, or their
// name and a section, in <title>.
inline constexpr std::array<std::string_view, 6> kTitleSeparators = {
    " | ", " - ", " – ", " — ", " :: ", " · "};

// Whether `h1` is the <title>'s first or last part, set apart by a separator,
// and shorter than the part at the other end ("Headline - Le Site", "Le Site
// | Headline" and the <h1> "Le Site"): the site's name, which the <title>
// holds beside the headline, not a headline it confirms. "Headline | par X |
// Blog | Medium" and the <h1> "Headline": the headline.
bool IsShorterTitlePart(const std::string& h1, const std::string& title_tag);

// What the page's <head> and microdata say, gathered in one walk.
struct RawTags {
  std::map<std::string, std::string>
      meta;  // lower-cased name/property -> first content
  std::vector<std::string> meta_tags;  // every article:tag
  std::string canonical;
  std::string html_lang;
  // The <body>'s class names a "page not found" (WordPress's "error404",
  // "page-404"): the site answered with its error page.
  bool body_says_not_found = false;
  std::string title_tag;
  std::string h1;
  std::string logo_alt;
  // The text of the first element whose class or id says "logo" and that
  // holds text rather than an image (<a class="logo">Le Réveil</a>).
  std::string logo_text;
  // The texts of the first elements that write "©" or "Copyright"
  // themselves (a footer's "© 2025 L'Éléphant Info. Tous droits
  // réservés.", a photo's "© Reuters"), up to 8, 200 bytes each.
  std::vector<std::string> copyright_lines;
  // The first short texts of the page's elements, in document order (its
  // header's banner, menus): where a page that names itself nowhere else
  // may write its name ("Le Fjord Express · Actualités · Saguenay").
  std::vector<std::string> opening_texts;
  // <time datetime>, in document order, with their elements.
  std::vector<std::pair<std::string, const GumboNode*>> time_datetimes;
  std::string itemprop_published, itemprop_modified;
  // The first itemprop=author, and those beside it in the same element
  // (a byline's co-authors), joined by ", "; that element.
  std::string itemprop_author;
  const GumboNode* itemprop_author_parent = nullptr;
  // The title of the first element of class "published" (the hAtom
  // microformat, SPIP's templates: <abbr class="published"
  // title="2026-12-03T13:05:00Z">jeudi 3 décembre 2026</abbr>).
  std::string hatom_published;
  // The texts of elements whose class/id says date/byline/author, joined by
  // " | ": those inside the headline's article block first (a site's header
  // shows today's date, a sidebar other pieces' bylines), then the others in
  // document order.
  std::string byline_text;
  // The same, of the elements inside the headline's parent or grandparent
  // only.
  std::string near_byline_text;
  // The same texts, and their elements, in document order, while the walk
  // does not yet know where the headline is.
  std::vector<std::pair<std::string, const GumboNode*>> byline_pieces;
  // Texts of elements whose class/id says author, and of rel=author or /auteur/
  // links, in document order; near_headline is set once the walk knows where
  // the headline's article is.
  std::vector<AuthorText> author_texts;
  const GumboNode* h1_node = nullptr;
  // Whether the <h1>'s text is one link to the site's home page ("<h1><a
  // href="https://blog.example.com/">Échos du Sahel</a></h1>"): a blog's or
  // a site's name in its header, not the article's headline.
  bool h1_links_home = false;
  // A first <h1> that names the site (a part of the <title> after or before
  // its separator, or one link home) and that a later <h1> replaced (Jimdo's
  // and older themes' logo in an <h1>, then the article's): its text, and
  // whether it links home. Empty when the page has one <h1>.
  std::string site_h1;
  bool site_h1_links_home = false;
  // Whether h1 and h1_node are a stand-in: on a page without <h1>, the
  // element shaped most as a headline (a large <font>, else an <h2>, else a
  // class saying "title" or "headline") that is no segment of the <title>.
  bool headline_stand_in = false;
  // Whether that stand-in is declared the headline by the page's microdata
  // (itemprop="headline"), which names the headline readers see as surely as
  // an <h1> does.
  bool headline_declared = false;
  // Whether the headline element's class names it the headline, as a whole
  // word ("ArticlePage-headline", "c-headline"): the template's article
  // headline, not a section's label or a site's slogan.
  bool h1_class_says_headline = false;
  // Whether the <h1> stands in the page's chrome (a header's tagline, a
  // sidebar), by its ancestors' tags and class words.
  bool h1_in_chrome = false;
  // The article block around the headline: its nearest <article> or <main>,
  // else its great-grandparent; null without a headline.
  const GumboNode* headline_block = nullptr;
  std::string
      headline_area;  // text around the first <h1>, where bylines usually stand
  std::vector<nlohmann::json> json_ld;
  // The text of the Wayback Machine's print banner in a saved capture ("The
  // Wayback Machine - https://web.archive.org/web/2007.../http://..."); its
  // toolbar is not read (its logo is the archive's).
  std::string wayback_banner;
  // The page an archive.today capture holds (archive_today.h), from its
  // banner or its long address; empty for any other page. The archive's own
  // tags (its name, short link, capture times) are left out of `meta` and
  // `canonical`.
  std::string archive_today_original;
  // The address of the page a Firefox Reader View save shows (its
  // <a class="reader-domain">, the only place it keeps it); empty otherwise.
  std::string reader_view_original;
  // The query a search box of the page holds ("<input type="search" name="q"
  // value="grève">"): a search's results echo it, an article's box is empty.
  std::string search_query;
};

// Walks the page under `root` once and gathers its RawTags.
RawTags CollectTags(const GumboNode* root);

}  // namespace newsq::internal

#endif  // NEWSQ_EXTRACT_METADATA_TAGS_H_
