// CollectTags: one walk of the DOM that gathers everything ReadMetadata may
// choose from, so that each field's choice (metadata.cc) reads no markup.
#include "extract/metadata_tags.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "engine/ascii.h"
#include "engine/text_folding.h"
#include "extract/archive_today.h"
#include "extract/html_dom.h"
#include "extract/json_ld.h"
#include "extract/page_chrome.h"
#include "extract/page_dates.h"

namespace newsq::internal {
namespace {

// "Auteur", "Auteurs :", "Par :", "Texte", "By": a label whose value follows.
bool IsAuthorLabel(std::string_view text) {
  std::string label = AsciiLower(TrimAscii(text));
  while (!label.empty() && (label.back() == ':' || label.back() == ' '))
    label.pop_back();
  for (std::string_view known :
       {"auteur", "auteurs", "auteure", "auteur(s)", "par", "texte", "author",
        "authors", "by", "signé", "signature"}) {
    if (label == known) return true;
  }
  return false;
}

// "Auteur : Kossivi Tiassou", "Texte : ...": a label and its value in one
// element.
bool StartsWithAuthorLabel(std::string_view text) {
  for (std::string_view label :
       {"Auteur :", "Auteur:", "Auteure :", "Auteure:", "Auteurs :", "Texte :",
        "Texte:", "Par :", "Rédaction :", "Rédaction:", "Journaliste :",
        "Journaliste:", "Journalistes :", "Texte et photos :"}) {
    if (text.starts_with(label) && text.size() > label.size() + 3) return true;
  }
  return false;
}

const GumboNode* NextElementSibling(const GumboNode* node) {
  const GumboNode* parent = node->parent;
  if (parent == nullptr || parent->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboVector& siblings = parent->v.element.children;
  for (unsigned i = node->index_within_parent + 1; i < siblings.length; ++i) {
    const auto* sibling = static_cast<const GumboNode*>(siblings.data[i]);
    if (sibling->type == GUMBO_NODE_ELEMENT) return sibling;
  }
  return nullptr;
}

// True when a word of the class/id starts with one of `prefixes`
// ("published-at" has "publi").
bool HintsAt(const std::vector<std::string_view>& words,
             std::initializer_list<std::string_view> prefixes) {
  for (std::string_view word : words) {
    for (std::string_view prefix : prefixes) {
      if (word.starts_with(prefix)) return true;
    }
  }
  return false;
}

// Whether one of the class words is one of `names`, whole (where HintsAt
// reads their starts).
bool HasClassWord(const std::vector<std::string_view>& hints,
                  std::initializer_list<std::string_view> names) {
  return std::any_of(hints.begin(), hints.end(), [&](std::string_view word) {
    return std::find(names.begin(), names.end(), word) != names.end();
  });
}

// The first text under `node`, lower-cased: enough to tell whether an element
// opens with an author label without reading all its text.
std::string FirstTextLower(const GumboNode* node) {
  while (node != nullptr && node->type == GUMBO_NODE_ELEMENT) {
    const GumboVector& children = node->v.element.children;
    const GumboNode* next = nullptr;
    for (unsigned i = 0; i < children.length && next == nullptr; ++i) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (child->type == GUMBO_NODE_TEXT)
        return AsciiLower(TrimAscii(child->v.text.text));
      if (child->type == GUMBO_NODE_ELEMENT) next = child;
    }
    node = next;
  }
  return {};
}

std::string TitleText(const GumboNode* node) {
  std::string out;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_TEXT) out += child->v.text.text;
  }
  return CollapseWhitespace(out);
}

// Whether the <head> read so far is archive.today's: its name in
// og:site_name, or its short link as the canonical address or og:url.
bool IsArchiveTodayCapture(const RawTags& raw) {
  for (const char* key : {"og:site_name", "og:url"}) {
    const auto it = raw.meta.find(key);
    if (it == raw.meta.end()) continue;
    const std::string_view value = it->second;
    if (IsArchiveTodayHost(value) || IsArchiveTodayHost(HostOf(value)))
      return true;
  }
  return IsArchiveTodayHost(HostOf(raw.canonical));
}

// The value of the first <input> under `node` that holds a web address
// (archive.today's "Saved from" field), or "".
std::string FirstAddressField(const GumboNode* node) {
  std::string address;
  ForEachElement(node, [&](const GumboNode* element) {
    if (!address.empty()) return false;
    if (element->v.element.tag == GUMBO_TAG_INPUT) {
      const std::string_view value = TrimAscii(Attribute(element, "value"));
      if (value.starts_with("http://") || value.starts_with("https://"))
        address = std::string(value);
    }
    return true;
  });
  return address;
}

// Leaves out of `raw` what archive.today wrote in a capture's <head> about
// the capture (archive_today.h), and finds the captured page's address in
// the long one when the banner gave none.
void ForgetArchiveTodaysTags(RawTags& raw) {
  if (!IsArchiveTodayCapture(raw)) return;
  if (raw.archive_today_original.empty()) {
    if (const auto url = raw.meta.find("url"); url != raw.meta.end()) {
      if (std::optional<std::string> original =
              ArchiveTodayOriginal(url->second))
        raw.archive_today_original = *std::move(original);
    }
  }
  // Dates equal to the capture's are the capture's, wherever they stand.
  std::string captured;
  if (const auto it = raw.meta.find("article:published_time");
      it != raw.meta.end())
    captured = it->second;
  std::erase_if(raw.meta, [&](const auto& entry) {
    const auto& [key, value] = entry;
    return key == "og:site_name" || key == "og:url" || key == "url" ||
           key == "article:published_time" || key == "article:modified_time" ||
           key == "datecreated" || (!captured.empty() && value == captured) ||
           value.starts_with("archived ");
  });
  if (raw.itemprop_published == captured) raw.itemprop_published.clear();
  if (raw.itemprop_modified == captured) raw.itemprop_modified.clear();
  raw.canonical.clear();
}

// A search box's query: an <input> of type "search" or "text" whose name is
// a search's ("s", WordPress's; "q", "query", "search", "recherche",
// "keywords") and that holds a value.
void ReadSearchBox(const GumboNode* node, RawTags& raw) {
  if (!raw.search_query.empty()) return;
  const std::string type = AsciiLower(Attribute(node, "type"));
  if (!type.empty() && type != "search" && type != "text") return;
  const std::string name = AsciiLower(Attribute(node, "name"));
  if (name != "s" && name != "q" && name != "query" && name != "search" &&
      name != "recherche" && name != "keywords")
    return;
  raw.search_query = CollapseWhitespace(Attribute(node, "value"));
}

// <meta property|name|itemprop=... content=...>: the first content of each key.
void ReadMeta(const GumboNode* node, RawTags& raw) {
  std::string key(Attribute(node, "property"));
  if (key.empty()) key = std::string(Attribute(node, "name"));
  if (key.empty()) key = std::string(Attribute(node, "itemprop"));
  absl::AsciiStrToLower(&key);
  const std::string content = CollapseWhitespace(Attribute(node, "content"));
  if (!key.empty() && !content.empty()) {
    raw.meta.emplace(key, content);
    if (key == "article:tag") raw.meta_tags.push_back(content);
  }
}

void ReadLink(const GumboNode* node, RawTags& raw) {
  std::string rel(Attribute(node, "rel"));
  absl::AsciiStrToLower(&rel);
  if (rel == "canonical" && raw.canonical.empty()) {
    raw.canonical = std::string(TrimAscii(Attribute(node, "href")));
  }
}

// Whether an element's class words name a box of other articles or of
// readers' comments (IsBoxOfOtherPieces): "related-posts", "newsletter",
// "recommended", "comments", "lire-aussi", "read-more", "read-also".
bool NamesABoxOfOtherPieces(const std::vector<std::string_view>& words) {
  auto has = [&](std::string_view word) {
    return std::find(words.begin(), words.end(), word) != words.end();
  };
  return HintsAt(words, {"related", "newsletter", "recommend", "comment",
                         "reaction"}) ||
         (has("lire") && has("aussi")) ||
         (has("read") && (has("more") || has("also")));
}

// A box of other articles ("À lire aussi", related lists, a newsletter) or of
// readers' comments: a "Par …" there signs another piece, and a date there
// dates it. Read narrowly, since the text around the
// headline also serves the date search, and HTML5 pages put the article's own
// byline and date in a <footer> or an <aside> of its <header>.
bool IsBoxOfOtherPieces(const GumboNode* node) {
  if (node->v.element.tag == GUMBO_TAG_NAV) return true;
  const std::string class_and_id = ClassAndId(node);
  if (NamesABoxOfOtherPieces(ClassWords(class_and_id))) return true;
  // FirstTextLower lowers ASCII only: "À" stays a capital.
  const std::string first = FirstTextLower(node);
  for (std::string_view opening :
       {"lire aussi", "À lire aussi", "à lire aussi", "a lire aussi",
        "voir aussi", "lire également", "À lire également", "à lire également",
        "sur le même sujet", "sur le meme sujet"}) {
    if (first.starts_with(opening)) return true;
  }
  return false;
}

// Whether `href` leads to a site's home page: its root ("/",
// "https://x.fr", "https://x.fr/") or the root's index page, with no query
// or fragment ("https://x.fr?p=4521" is a post).
bool IsHomeAddress(std::string_view href) {
  href = TrimAscii(href);
  if (href.find_first_of("?#") != std::string_view::npos) return false;
  if (const size_t scheme = href.find("://");
      scheme != std::string_view::npos) {
    const size_t path = href.find('/', scheme + 3);
    href = path == std::string_view::npos ? std::string_view("/")
                                          : href.substr(path);
  }
  return href == "/" || href == "./" || href == "/index.html" ||
         href == "/index.php";
}

// Whether the whole text of `heading` is its first link, or a link around
// it (Tumblr's <a href="/"><h1>Le Crieur</h1></a>), and that link leads to
// the home page.
bool LinksHome(const GumboNode* heading, const std::string& text) {
  // The link around: only in a page's header, not around an article's own
  // headline.
  const auto in_article = [](const GumboNode* node) {
    for (const GumboNode* n = node;
         n != nullptr && n->type == GUMBO_NODE_ELEMENT; n = n->parent) {
      if (n->v.element.tag == GUMBO_TAG_ARTICLE ||
          n->v.element.tag == GUMBO_TAG_MAIN)
        return true;
    }
    return false;
  };
  if (const GumboNode* around = heading->parent;
      around != nullptr && around->type == GUMBO_NODE_ELEMENT &&
      around->v.element.tag == GUMBO_TAG_A &&
      IsHomeAddress(Attribute(around, "href")) && VisibleText(around) == text &&
      !in_article(around))
    return true;
  const GumboNode* link = nullptr;
  ForEachElement(heading, [&](const GumboNode* node) {
    if (link != nullptr) return false;
    if (node->v.element.tag != GUMBO_TAG_A) return true;
    link = node;
    return false;
  });
  return link != nullptr && IsHomeAddress(Attribute(link, "href")) &&
         VisibleText(link) == text;
}

void ReadHeadline(const GumboNode* node, RawTags& raw) {
  // A second <h1> after one that names the site: the article's headline.
  const bool after_the_sites_name =
      !raw.h1.empty() && raw.site_h1.empty() && !raw.headline_stand_in &&
      (raw.h1_links_home || IsShorterTitlePart(raw.h1, raw.title_tag));
  if (!raw.h1.empty() && !after_the_sites_name) return;
  std::string text = VisibleText(node);
  const bool links_home = LinksHome(node, text);
  if (after_the_sites_name) {
    if (text.empty() || text == raw.h1 || links_home) return;
    raw.site_h1 = std::move(raw.h1);
    raw.site_h1_links_home = raw.h1_links_home;
  }
  raw.h1 = std::move(text);
  raw.h1_node = node;
  raw.h1_links_home = links_home;
  // Old table layouts write "11/02/2025 - 17:30" beside the headline with no
  // class to tell: keep the text of the headline's block for the date search.
  const GumboNode* area = node->parent;
  if (area != nullptr && area->parent != nullptr &&
      area->parent->type == GUMBO_NODE_ELEMENT) {
    area = area->parent;
  }
  // The document itself, above a headline marked on <html> (a fuzzer's
  // page), has no element's fields to read.
  if (area == nullptr || area->type != GUMBO_NODE_ELEMENT) return;
  raw.headline_area = BlockText(area, IsBoxOfOtherPieces);
  // In a table layout the headline is a row of its own, and the dateline and
  // byline are in the short rows under it ("Sfax, le 12/09/2005 - Par ..."),
  // spacers aside; they are read up to the text's first long row.
  if (area->v.element.tag == GUMBO_TAG_TR) {
    constexpr int kRowsAfter = 4;
    constexpr size_t kLongestBylineRow = 300;
    int read = 0;
    for (const GumboNode* row = NextElementSibling(area);
         row != nullptr && read < kRowsAfter; row = NextElementSibling(row)) {
      if (HoldsText(row, kLongestBylineRow)) break;
      const std::string text = BlockText(row, IsBoxOfOtherPieces);
      if (text.empty()) continue;
      raw.headline_area += "\n" + text;
      ++read;
    }
  }
  // Whole lines only: a line cut short would read as a byline's short line
  // ("… mené par Elon Musk" of a sentence cut after the name).
  constexpr size_t kHeadlineAreaBytes = 1500;
  if (raw.headline_area.size() > kHeadlineAreaBytes) {
    const size_t last_line = raw.headline_area.rfind('\n', kHeadlineAreaBytes);
    raw.headline_area.resize(
        last_line == std::string::npos
            ? Utf8Prefix(raw.headline_area, kHeadlineAreaBytes).size()
            : last_line);
  }
}

void ReadJsonLdScript(const GumboNode* node, RawTags& raw) {
  std::string type(Attribute(node, "type"));
  absl::AsciiStrToLower(&type);
  if (type != "application/ld+json" || node->v.element.children.length == 0)
    return;
  const auto* text =
      static_cast<const GumboNode*>(node->v.element.children.data[0]);
  if (text->type == GUMBO_NODE_TEXT || text->type == GUMBO_NODE_CDATA) {
    nlohmann::json j = ParseJsonLd(text->v.text.text);
    if (!j.is_discarded()) raw.json_ld.push_back(std::move(j));
  }
}

// The alt text of the first image whose class, id or file name says "logo":
// often the outlet's name.
void ReadLogo(const GumboNode* node, RawTags& raw) {
  if (!raw.logo_alt.empty()) return;
  std::string hints =
      ClassAndId(node) + " " + std::string(Attribute(node, "src"));
  absl::AsciiStrToLower(&hints);
  if (Contains(hints, "logo")) {
    raw.logo_alt = CollapseWhitespace(Attribute(node, "alt"));
  }
}

// Whether an element's class or id says it shows the site's name: "logo",
// a "brand" (Bootstrap's "navbar-brand"), a "site-title" or "site-name"
// (WordPress themes).
bool NamesTheSite(const std::string& hints) {
  if (Contains(hints, "logo")) return true;
  const std::vector<std::string_view> words = ClassWords(hints);
  const auto has = [&](std::string_view word) {
    return std::find(words.begin(), words.end(), word) != words.end();
  };
  return has("brand") ||
         (has("site") && (has("title") || has("name") || has("titre")));
}

// Whether one of `node`'s own text children writes "©" or "copyright" (in
// any case).
bool WritesCopyright(const GumboNode* node) {
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type != GUMBO_NODE_TEXT) continue;
    const std::string_view text = child->v.text.text;
    if (Contains(text, "©")) return true;
    // In any case, without a lowered copy: this runs on every element.
    constexpr std::string_view kWord = "copyright";
    for (size_t at = 0; at + kWord.size() <= text.size(); ++at) {
      if (absl::EqualsIgnoreCase(
              absl::string_view(text.data() + at, kWord.size()),
              absl::string_view(kWord.data(), kWord.size())))
        return true;
    }
  }
  return false;
}

// RawTags::copyright_lines, from `node`'s own text, or from its subtree's
// first elements when `subtree` (a footer's or a copyright box's, whose
// elements the other readers skip).
void ReadCopyrightLines(const GumboNode* node, bool subtree, RawTags& raw) {
  constexpr size_t kLinesKept = 8;
  constexpr int kElementsSearched = 200;
  int searched = 0;
  ForEachElement(node, [&](const GumboNode* element) {
    if (raw.copyright_lines.size() >= kLinesKept ||
        ++searched > kElementsSearched)
      return false;
    if (WritesCopyright(element)) {
      raw.copyright_lines.emplace_back(Utf8Prefix(VisibleText(element), 200));
      return false;
    }
    return subtree;
  });
}

// The site's name written as its logo (<a class="logo">Le Réveil du
// Saguenay</a>): short text in an element whose class or id names the site
// (NamesTheSite).
void ReadLogoText(const GumboNode* node, RawTags& raw) {
  if (!raw.logo_text.empty()) return;
  if (!NamesTheSite(ClassAndId(node))) return;
  std::string text = VisibleText(node);
  if (text.size() >= 2 && text.size() <= 60) raw.logo_text = std::move(text);
}

// RawTags::opening_texts: an element's own text (its text children, not its
// elements'), when it is 3 to 80 bytes, for the page's first 40 such texts.
void ReadOpeningText(const GumboNode* node, RawTags& raw) {
  constexpr size_t kTextsKept = 40, kShortest = 3, kLongest = 80;
  if (raw.opening_texts.size() >= kTextsKept ||
      IsInvisibleTag(node->v.element.tag))
    return;
  std::string own;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length && own.size() <= kLongest; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_TEXT) own += child->v.text.text;
  }
  own = CollapseWhitespace(own);
  if (own.size() >= kShortest && own.size() <= kLongest)
    raw.opening_texts.push_back(std::move(own));
}

// Whether `attribute` holds "reader", in any case, without copying it.
bool SaysReader(std::string_view attribute) {
  constexpr std::string_view kReader = "reader";
  return std::search(
             attribute.begin(), attribute.end(), kReader.begin(), kReader.end(),
             [](char a, char b) {
               return absl::ascii_tolower(static_cast<unsigned char>(a)) == b;
             }) != attribute.end();
}

// Reads what an element says by its tag. False for elements whose content
// holds nothing more to gather (<title>, <script>).
bool ReadTag(const GumboNode* node, RawTags& raw) {
  switch (node->v.element.tag) {
    case GUMBO_TAG_HTML:
      raw.html_lang = std::string(Attribute(node, "lang"));
      return true;
    case GUMBO_TAG_BODY: {
      // (ClassAndId leaves the <body>'s classes out: themes name every
      // page's layout there.)
      std::string classes(Attribute(node, "class"));
      absl::AsciiStrToLower(&classes);
      const std::vector<std::string_view> words = ClassWords(classes);
      raw.body_says_not_found =
          HasClassWord(words, {"error404", "notfound", "page404"}) ||
          (HasClassWord(words, {"404"}) &&
           HasClassWord(words, {"error", "page", "not"}));
      return true;
    }
    case GUMBO_TAG_META:
      ReadMeta(node, raw);
      return true;
    case GUMBO_TAG_LINK:
      ReadLink(node, raw);
      return true;
    case GUMBO_TAG_TITLE:
      if (raw.title_tag.empty()) raw.title_tag = TitleText(node);
      return false;
    case GUMBO_TAG_H1:
      ReadHeadline(node, raw);
      return true;
    case GUMBO_TAG_SCRIPT:
      ReadJsonLdScript(node, raw);
      return false;
    case GUMBO_TAG_TIME: {
      const std::string_view datetime = Attribute(node, "datetime");
      if (!datetime.empty()) raw.time_datetimes.emplace_back(datetime, node);
      return true;
    }
    case GUMBO_TAG_IMG:
      ReadLogo(node, raw);
      return true;
    case GUMBO_TAG_INPUT:
      ReadSearchBox(node, raw);
      return false;
    case GUMBO_TAG_A:
      // A page saved from Firefox's Reader View: its header's link to the
      // page it shows. Most links name no reader: their classes are not
      // split into words.
      if (raw.reader_view_original.empty() &&
          (SaysReader(Attribute(node, "class")) ||
           SaysReader(Attribute(node, "id")))) {
        const std::string class_and_id = ClassAndId(node);
        const std::vector<std::string_view> words = ClassWords(class_and_id);
        const std::string_view href = Attribute(node, "href");
        if (HasClassWord(words, {"reader"}) &&
            HasClassWord(words, {"domain"}) &&
            (href.starts_with("http://") || href.starts_with("https://")))
          raw.reader_view_original = std::string(href);
      }
      return true;
    case GUMBO_TAG_DIV: {
      // The Wayback Machine's toolbar and banner in a saved capture.
      const std::string_view id = Attribute(node, "id");
      if (id == "wm-ipp-print") {
        raw.wayback_banner = VisibleText(node);
        return false;
      }
      // archive.today's banner (the <head>, read before, names the archive):
      // its "Saved from" field, not its capture date nor its links.
      if (id == "HEADER" && IsArchiveTodayCapture(raw)) {
        if (raw.archive_today_original.empty())
          raw.archive_today_original = FirstAddressField(node);
        return false;
      }
      return id != "wm-ipp-base" && id != "wm-ipp";
    }
    default:
      return true;
  }
}

// The `name` property of the microdata item `node` (a Person's "<span
// itemprop=author itemscope>Source: <span itemprop=name>ATS</span></span>"):
// what the item is called, without the words around it; "" when it declares
// none.
std::string ItemName(const GumboNode* node) {
  if (gumbo_get_attribute(&node->v.element.attributes, "itemscope") == nullptr)
    return {};
  std::string name;
  ForEachElement(node, [&](const GumboNode* element) {
    if (!name.empty()) return false;
    if (element != node && Attribute(element, "itemprop") == "name") {
      const std::string_view content = Attribute(element, "content");
      name =
          content.empty() ? VisibleText(element) : CollapseWhitespace(content);
      return false;
    }
    return true;
  });
  return name;
}

// Microdata: the first itemprop=datePublished and dateModified, and the
// first itemprop=author with its co-authors (the others in its element: "Par
// <span itemprop=author>A</span>, correspondant à Kolwezi, et <span
// itemprop=author>B</span>").
void ReadItemprop(const GumboNode* node, RawTags& raw) {
  const std::string_view itemprop = Attribute(node, "itemprop");
  if (itemprop.empty()) return;
  auto value = [&] {
    std::string_view v = Attribute(node, "content");
    if (v.empty()) v = Attribute(node, "datetime");
    return v.empty() ? VisibleText(node) : CollapseWhitespace(v);
  };
  // An author item is called by its name property (ItemName), when it has
  // one, not by the words around it.
  auto name_or_value = [&] {
    std::string name = ItemName(node);
    return name.empty() ? value() : name;
  };
  if (itemprop == "datePublished" && raw.itemprop_published.empty()) {
    raw.itemprop_published = value();
  } else if (itemprop == "dateModified" && raw.itemprop_modified.empty()) {
    raw.itemprop_modified = value();
  } else if (itemprop == "author" && raw.itemprop_author.empty()) {
    raw.itemprop_author = name_or_value();
    raw.itemprop_author_parent = node->parent;
  } else if (itemprop == "author" && node->parent != nullptr &&
             node->parent == raw.itemprop_author_parent &&
             !Attribute(node, "itemtype").ends_with("Organization")) {
    // A name written twice (a link and a <meta>) is one co-author.
    const std::string co_author = name_or_value();
    const std::string listed = ", " + raw.itemprop_author + ", ";
    if (!co_author.empty() &&
        listed.find(", " + co_author + ", ") == std::string::npos)
      raw.itemprop_author += ", " + co_author;
  }
}

// hAtom's <abbr class="published" title="...">: the date in machine form.
void ReadHAtomPublished(const GumboNode* node, RawTags& raw) {
  if (!raw.hatom_published.empty()) return;
  const std::string_view title = Attribute(node, "title");
  if (title.size() < 10) return;
  std::string classes(Attribute(node, "class"));
  absl::AsciiStrToLower(&classes);
  for (std::string_view word : ClassWords(classes)) {
    if (word == "published") {
      raw.hatom_published = std::string(title);
      return;
    }
  }
}

// Whether `href` asks for a numbered page of a list ("?page=2",
// "/page/3/"): an archive's "Plus anciens »", whatever the list is of.
bool IsPaginationAddress(std::string_view href) {
  for (std::string_view key : {"?page=", "&page=", "/page/"}) {
    const size_t at = href.find(key);
    if (at != std::string_view::npos && at + key.size() < href.size() &&
        absl::ascii_isdigit(static_cast<unsigned char>(href[at + key.size()])))
      return true;
  }
  return false;
}

// Whether a link's text is a pager's: "Plus anciens »", "Suivant", "2", "›".
bool IsPagerText(std::string_view text) {
  const std::vector<std::string> words = FoldedWords(text);
  // Digits and arrows; a link around a portrait alone has no text.
  if (words.empty()) return !TrimAscii(text).empty();
  const std::string_view first = words.front();
  const std::string_view second = words.size() > 1 ? words[1] : "";
  return first == "suivant" || first == "suivante" || first == "precedent" ||
         first == "precedente" || first == "page" ||
         (first == "plus" &&
          (second.starts_with("ancien") || second.starts_with("recent")));
}

// rel=author, or a link to an author's page; not a pager's link to a
// further page of an author's archive ("Plus anciens »" to
// "/auteurs/x?page=2"), which says where it goes rather than who.
bool IsAuthorLink(const GumboNode* node) {
  if (node->v.element.tag != GUMBO_TAG_A) return false;
  const std::string_view href = Attribute(node, "href");
  // rel=author says so whatever the address ("/spip.php?page=auteur&…").
  const bool author_address =
      Attribute(node, "rel") == "author" ||
      ((Contains(href, "/auteur/") || Contains(href, "/author/") ||
        Contains(href, "/auteurs/") || Contains(href, "/journaliste/") ||
        Contains(href, "/journalistes/") || Contains(href, "/signature/")) &&
       !IsPaginationAddress(href));
  return author_address && !IsPagerText(TextOfParts(node));
}

// Whether `node` holds an element whose class speaks of an author or a
// byline.
bool HoldsByline(const GumboNode* node) {
  bool found = false;
  ForEachElement(node, [&](const GumboNode* element) {
    if (found) return false;
    if (HintsAt(ClassWords(ClassAndId(element)),
                {"author", "auteur", "byline"}))
      found = true;
    return true;
  });
  return found;
}

// True when `node` sits in an item of a list of articles, each with its
// byline ("Le choix des abonnés", "Les plus lus"): that byline signs another
// article. A list whose one item holds the byline is the article's own meta
// line, as blog themes write it (`<ul class="post-info"><li>Par …</li>`).
bool InListOfOtherPieces(const GumboNode* node) {
  const GumboNode* item = node;
  for (int up = 0; up < 6 && item != nullptr; ++up, item = item->parent) {
    if (item->type == GUMBO_NODE_ELEMENT && item->v.element.tag == GUMBO_TAG_LI)
      break;
  }
  if (item == nullptr || item->type != GUMBO_NODE_ELEMENT ||
      item->v.element.tag != GUMBO_TAG_LI || item->parent == nullptr ||
      item->parent->type != GUMBO_NODE_ELEMENT)
    return false;
  // Another item of the list with a byline of its own; a few items looked at
  // at most, whatever the list's length.
  const GumboVector& items = item->parent->v.element.children;
  int looked_at = 0;
  for (unsigned i = 0; i < items.length && looked_at < 8; ++i) {
    const auto* other = static_cast<const GumboNode*>(items.data[i]);
    if (other == item || other->type != GUMBO_NODE_ELEMENT ||
        other->v.element.tag != GUMBO_TAG_LI)
      continue;
    ++looked_at;
    if (HoldsByline(other)) return true;
  }
  return false;
}

// The first of `lines` when more follow and it is two to five capitalised
// words of 60 bytes at most, particles and "et" aside, without a colon (a
// name, names, or "Par" and a name), else "". A lone label ("Par", then the
// name) is no name.
std::string NameOnFirstLine(const std::string& lines) {
  constexpr size_t kLongestName = 60;
  const size_t end = lines.find('\n');
  if (end == std::string::npos || end > kLongestName) return {};
  const std::string_view first = std::string_view(lines).substr(0, end);
  // "Sujet TJ: X<br>Adaptation web: Y": a credit of roles, one per line.
  if (first.find(':') != std::string_view::npos) return {};
  size_t words = 0;
  for (absl::string_view word :
       absl::StrSplit(absl::string_view(first.data(), first.size()), ' ',
                      absl::SkipEmpty())) {
    // A name's particles, and "et" between two names.
    if (word == "de" || word == "du" || word == "des" || word == "la" ||
        word == "le" || word == "van" || word == "von" || word == "den" ||
        word == "der" || word == "ben" || word == "el" || word == "et")
      continue;
    if (!OpensWithCapital(std::string_view(word.data(), word.size())))
      return {};
    ++words;
  }
  return words >= 2 && words <= 5 ? std::string(first) : std::string();
}

// The longest text an author's element holds: a longer one is a paragraph
// that happens to sit in an "author" box, or a name with its description.
constexpr size_t kLongestAuthorText = 120;

// Keeps `text` as a candidate author, once, if it is short enough to be a name
// (a long text is a paragraph that happens to sit in an "author" box) and
// does not sign another article listed on the page.
void AddAuthorText(RawTags& raw, std::string text, const GumboNode* at) {
  if (text.empty() || text.size() >= kLongestAuthorText ||
      raw.author_texts.size() >= 100)
    return;
  if (InListOfOtherPieces(at)) return;
  for (const AuthorText& seen : raw.author_texts) {
    if (seen.text == text) return;
  }
  raw.author_texts.push_back(AuthorText{std::move(text), at, false});
}

// "<dt>Auteur</dt><dd>Name</dd>", "<strong>Par :</strong> Name", "<p>Auteur :
// Name</p>".
void ReadAuthorLabel(const GumboNode* node, RawTags& raw) {
  const GumboTag tag = node->v.element.tag;
  if (tag != GUMBO_TAG_DT && tag != GUMBO_TAG_TH && tag != GUMBO_TAG_STRONG &&
      tag != GUMBO_TAG_B && tag != GUMBO_TAG_SPAN && tag != GUMBO_TAG_P &&
      tag != GUMBO_TAG_LI && tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_LABEL) {
    return;
  }
  const std::string first = FirstTextLower(node);
  const bool may_be_label =
      first.starts_with("auteur") || first.starts_with("author") ||
      first.starts_with("par") || first.starts_with("texte") ||
      first.starts_with("by") || first.starts_with("sign") ||
      first.starts_with("rédaction") || first.starts_with("journaliste");
  const std::string text = may_be_label ? VisibleText(node) : std::string();
  if (text.size() < 120 && IsAuthorLabel(text)) {
    if (const GumboNode* next = NextElementSibling(node))
      AddAuthorText(raw, VisibleText(next), next);
  } else if (text.size() < 120 && StartsWithAuthorLabel(text)) {
    AddAuthorText(raw, text, node);
  }
}

// Date and byline elements read per page (a live page has hundreds), and
// the bytes kept of each: a dateline or a byline is short.
constexpr size_t kBylinePiecesRead = 128, kBylinePieceBytes = 300;

// Whether `node`, of class words `hints`, is a footer: a <footer>, or an
// element whose class says so.
bool IsFooter(const GumboNode* node,
              const std::vector<std::string_view>& hints) {
  return node->v.element.tag == GUMBO_TAG_FOOTER || HintsAt(hints, {"footer"});
}

// Whether a footer (IsFooter) is an article's own rather than the page's: its
// class names the piece
// ("post-footer", "entry-footer", "article__footer"), or it sits in an
// <article> or in an element marked as a schema.org article. HTML5 and
// many themes (Blogger, TYPO3's news) put the byline and the date there,
// where a page's footer holds copyright years and "last updated" decoys.
bool IsArticlesOwnFooter(const GumboNode* node,
                         const std::vector<std::string_view>& hints) {
  if (HintsAt(hints, {"post", "entry", "article", "story"})) return true;
  for (const GumboNode* n = node->parent;
       n != nullptr && n->type == GUMBO_NODE_ELEMENT; n = n->parent) {
    if (n->v.element.tag == GUMBO_TAG_ARTICLE) return true;
    const std::string_view type = Attribute(n, "itemtype");
    if (type.find("schema.org/") != std::string_view::npos &&
        (type.ends_with("Article") || type.ends_with("BlogPosting")))
      return true;
  }
  return false;
}

// Whether `text` gives a date relative to the moment the page was seen:
// "Il y a 3 jours", "hier à 18h", "aujourd'hui", "2 hours ago".
bool IsRelativeDate(std::string_view text) {
  const std::string folded = " " + FoldText(text) + " ";
  for (std::string_view relative :
       {" il y a ", " hier ", " aujourd'hui ", " aujourd’hui ", " ago ",
        " yesterday ", " today "}) {
    if (folded.find(relative) != std::string::npos) return true;
  }
  return false;
}

// Whether an element's class words name an author box's description
// ("td-author-description", "author-bio", "author-bio-description"): a
// sentence about the writer, or the site's about itself, and not the box's
// name ("author-bio-name").
bool DescribesAnAuthor(const std::vector<std::string_view>& hints) {
  return HasClassWord(hints, {"description", "desc", "bio", "biography",
                              "biographie"}) &&
         !HasClassWord(hints, {"name", "nom"});
}

// Whether `element` is an author box's description ("author-bio",
// "td-author-description"), not its name.
bool IsAnAuthorsDescription(const GumboNode* element) {
  const std::string class_and_id = ClassAndId(element);
  const std::vector<std::string_view> hints = ClassWords(class_and_id);
  return DescribesAnAuthor(hints) && HintsAt(hints, {"author", "auteur"});
}

// Whether `node` wraps an author's description (a profile box: "<div
// class="author-profile"><a class="author-name">Le Jaseur</a><div
// class="author-bio">Journal communautaire…</div></div>"): its text runs a
// name into a sentence. Looks at the first few elements under it only:
// nested boxes cost little.
bool HoldsAnAuthorsDescription(const GumboNode* node) {
  constexpr int kElementsLookedAt = 32;
  int looked_at = 0;
  bool found = false;
  ForEachElement(node, [&](const GumboNode* element) {
    if (found || ++looked_at > kElementsLookedAt) return false;
    if (element == node) return true;
    found = IsAnAuthorsDescription(element);
    return !found;
  });
  return found;
}

// Whether `node`'s own text opens on "Posté par" or "Publié par" and gives a
// time without a day, as a blog's post footer does whatever its class
// ("<div class="itemfooter">Posté par <a>X</a> à <a>19:47</a>", under a
// header's day): a byline, read with the others. Not a reader's comment of
// an unclassed table ("Posté par Aïda le 10/02/2025 à 12h05"), which dates
// itself. A short line only: the element's text is built once it holds few
// bytes, so that nested elements cost no more than their size.
bool OpensAPostedLine(const GumboNode* node) {
  constexpr size_t kLongestLine = 160;
  const GumboVector& children = node->v.element.children;
  if (children.length == 0) return false;
  const auto* first = static_cast<const GumboNode*>(children.data[0]);
  if (first->type != GUMBO_NODE_TEXT ||
      !OpensOnPostedBy(TrimAscii(first->v.text.text)) ||
      HoldsText(node, kLongestLine + 1))
    return false;
  const std::string text = VisibleText(node);
  return FindClockTime(text).has_value() &&
         !FindFrenchDate(text, "").has_value();
}

// Whether one of `node`'s classes ends on the word "critic" ("critic",
// "se-verdict__critic") and it stands in no list (a press review's
// "li.critic" items name outlets).
bool NamesACritic(const GumboNode* node) {
  const std::string_view classes = Attribute(node, "class");
  bool named = false;
  for (absl::string_view token :
       absl::StrSplit(absl::string_view(classes.data(), classes.size()), ' ',
                      absl::SkipEmpty())) {
    const std::string lower = absl::AsciiStrToLower(token);
    const std::vector<std::string_view> words = ClassWords(lower);
    named = named || (!words.empty() && words.back() == "critic");
  }
  if (!named) return false;
  for (const GumboNode* n = node; n != nullptr && n->type == GUMBO_NODE_ELEMENT;
       n = n->parent) {
    if (n->v.element.tag == GUMBO_TAG_LI || n->v.element.tag == GUMBO_TAG_UL ||
        n->v.element.tag == GUMBO_TAG_OL)
      return false;
  }
  return true;
}

// An element RDFa marks as the writer: Drupal's "<span typeof="schema:Person"
// property="schema:name">Priya Ramdin</span>" in the node's "submitted"
// line, or a "rel"/"property" of "schema:author", "dc:creator" or
// "sioc:has_creator" (Drupal 7's account names). Comments sit in boxes whose
// bylines are not read.
bool IsRdfaAuthor(const GumboNode* node) {
  if (Contains(Attribute(node, "typeof"), "Person")) return true;
  for (const char* name : {"rel", "property"}) {
    const std::string_view value = Attribute(node, name);
    if (Contains(value, "schema:author") || Contains(value, "dc:creator") ||
        Contains(value, "sioc:has_creator"))
      return true;
  }
  return false;
}

// The name an author box gives through its one link to the writer's page
// (IsAuthorLink): "<div class="post__author"><a rel="author">Claire
// Monteil</a><span>Responsable communication</span></div>" names Claire
// Monteil, the rest being her job. "" when the box holds no such link or
// several, when words stand around the link in the same element ("Par <a>A</a>
// et B", "Avec <a>B</a> (photos)": the line is read whole), or when the box's
// other words may name a second writer.
std::string NameOfOnlyAuthorLink(const GumboNode* box,
                                 const std::string& text) {
  const GumboNode* link = nullptr;
  int links = 0;
  ForEachElement(box, [&](const GumboNode* element) {
    if (links > 1) return false;
    if (element != box && IsAuthorLink(element)) {
      link = element;
      ++links;
      return false;
    }
    return true;
  });
  if (links != 1) return {};
  for (const GumboNode* around = link->parent; around != nullptr;
       around = around->parent) {
    const GumboVector& children = around->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (child->type == GUMBO_NODE_TEXT &&
          !TrimAscii(child->v.text.text).empty())
        return {};
    }
    if (around == box) break;
  }
  std::string name = TextOfParts(link);
  const size_t at = text.find(name);
  if (name.empty() || at == std::string::npos) return {};
  const std::string rest =
      text.substr(0, at) + " " + text.substr(at + name.size());
  for (const std::string_view joiner : {" et ", ",", "&", " and ", ";"}) {
    if (Contains(rest, joiner)) return {};
  }
  return name;
}

// The instant an element gives as a Unix time in one of the attributes
// scripts that write "il y a 3 heures" count from: seconds, or milliseconds
// (13 digits), between 2000 and 2100; nullopt otherwise.
std::optional<DateTime> UnixTimeAttribute(const GumboNode* node) {
  constexpr int64_t kYear2000 = 946684800, kYear2100 = 4102444800;
  for (const char* name :
       {"data-timestamp", "data-time", "data-utime", "data-epoch"}) {
    const std::string_view value = TrimAscii(Attribute(node, name));
    if ((value.size() != 10 && value.size() != 13) || !IsAsciiDigits(value))
      continue;
    int64_t seconds = 0;
    for (const char c : value.substr(0, 10)) seconds = seconds * 10 + (c - '0');
    if (seconds >= kYear2000 && seconds < kYear2100)
      return DateTime{.unix_seconds = seconds};
  }
  return std::nullopt;
}

// The name an author box gives its writer's portrait: the image's title,
// else its alt text, without "Photo de" ("<div class="signature_photo"><img
// alt="Photo de Ousmane Faye" title="Ousmane Faye">" beside "Par notre envoyé
// spécial à Kédougou"). An AMP page's <amp-img> is an image too. "" when the
// box holds no image among its first elements, or when its text is not two
// capitalised words or more (a logo's "logo", an icon's "Photo").
std::string NameOfPortrait(const GumboNode* box) {
  constexpr int kElementsLookedAt = 8;
  const GumboNode* image = nullptr;
  int looked_at = 0;
  ForEachElement(box, [&](const GumboNode* element) {
    if (image != nullptr || ++looked_at > kElementsLookedAt) return false;
    if (element->v.element.tag == GUMBO_TAG_IMG ||
        (element->v.element.tag == GUMBO_TAG_UNKNOWN &&
         TagName(element) == "amp-img"))
      image = element;
    return image == nullptr;
  });
  if (image == nullptr) return {};
  std::string name = CollapseWhitespace(Attribute(image, "title"));
  if (name.empty()) name = CollapseWhitespace(Attribute(image, "alt"));
  for (std::string_view label :
       {"Photo de ", "Photo d'", "Portrait de ", "Portrait d'", "Avatar de ",
        "Avatar d'", "Photo of ", "Avatar of "}) {
    if (std::string_view(name).starts_with(label)) {
      name.erase(0, label.size());
      break;
    }
  }
  size_t capitalised = 0;
  for (absl::string_view word : absl::StrSplit(name, ' ', absl::SkipEmpty()))
    capitalised += OpensWithCapital(std::string_view(word.data(), word.size()));
  return capitalised >= 2 && !HasAsciiDigit(name) ? name : std::string();
}

// Whether `text` may name someone: two capitalised words in a row ("Par
// Sandrine Olivieri", "AFP Services"), which a byline of dates alone ("Publié
// le 09/03/2026 à 17h35 · Mis à jour à 18h02") lacks.
bool NamesSomeone(std::string_view text) {
  bool previous_capitalised = false;
  for (absl::string_view word :
       absl::StrSplit(absl::string_view(text.data(), text.size()),
                      absl::ByAnyChar(" \n\t"), absl::SkipEmpty())) {
    const bool capitalised =
        OpensWithCapital(std::string_view(word.data(), word.size()));
    if (capitalised && previous_capitalised) return true;
    previous_capitalised = capitalised;
  }
  return false;
}

// Bylines: elements whose class or id speaks of dates, authors or publication,
// outside the page's footers (IsArticlesOwnFooter).
// False for the elements whose content is left out (the page's footers,
// tickers, comments, related articles).
bool ReadBylines(const GumboNode* node, RawTags& raw) {
  const std::string class_and_id = ClassAndId(node);
  const std::vector<std::string_view> hints = ClassWords(class_and_id);
  // The elements whose content the traversal skips have their copyright
  // line searched here; the others are read one by one as it visits them.
  const bool skipped_footer =
      IsFooter(node, hints) && !IsArticlesOwnFooter(node, hints);
  const bool copyright_box = HintsAt(hints, {"copyright"});
  ReadCopyrightLines(node, skipped_footer || copyright_box, raw);
  if (skipped_footer || copyright_box || HintsAt(hints, {"ticker"}) ||
      NamesABoxOfOtherPieces(hints)) {
    return false;
  }
  // <article data-author="…">: some CMSs name the writer only there. Read as
  // a byline of the element, so that one in the headline's block counts, and
  // one in a sidebar's card or a pull quote does not come first.
  // A quotation's or a figure's data-author is whom it quotes or shows.
  const GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN ||
      tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_DIV ||
      tag == GUMBO_TAG_HEADER) {
    if (const std::string value =
            CollapseWhitespace(Attribute(node, "data-author"));
        !value.empty() && value.find('/') == std::string::npos) {
      AddAuthorText(raw, value, node);
    }
  }
  // An editor's credit ("edited-by", "editor": "Édité par X" under agency
  // copy) is read with the bylines, which tell who wrote from who put the
  // piece online; whole words only, not an "editorial" wrapper.
  const bool editors_credit =
      HasClassWord(hints, {"edited", "editor", "editeur"});
  if ((HintsAt(hints, {"date", "byline", "publi", "signature", "meta", "time",
                       "posted", "credits"}) ||
       editors_credit || OpensAPostedLine(node)) &&
      raw.byline_pieces.size() < kBylinePiecesRead) {
    std::string text = VisibleText(node);
    // More than a byline holds (Blogger's "date-outer" wraps the whole
    // post): its blocks stay lines, so that "Par X" above a photo's caption
    // does not read on into the caption.
    if (text.size() > kBylinePieceBytes) text = BlockText(node);
    // "Il y a 3 jours" on the page, the date in the element's tooltip
    // (title="vendredi 14 mars 2025 à 09:32"): relative dates are not read.
    // Not a tooltip that gives the update ("Modifié le 17 mars").
    if (const std::string_view title = TrimAscii(Attribute(node, "title"));
        HasAsciiDigit(title) && title.size() <= kBylinePieceBytes &&
        IsRelativeDate(text) && !SaysUpdated(title))
      text = std::string(title) + " " + text;
    // "il y a 3 heures", the instant in a Unix time the page's script counts
    // from (data-timestamp="1748940300"): read as a <time datetime>.
    if (IsRelativeDate(text)) {
      if (std::optional<DateTime> instant = UnixTimeAttribute(node))
        raw.time_datetimes.emplace_back(instant->ToIso8601(), node);
    }
    raw.byline_pieces.emplace_back(Utf8Prefix(text, kBylinePieceBytes), node);
  }
  // Not an author box's description; of a profile box that wraps one, the
  // name outside it.
  const bool description = DescribesAnAuthor(hints);
  // Firefox's Reader View names the writers in "reader-credits".
  const bool reader_credits =
      HasClassWord(hints, {"reader"}) && HasClassWord(hints, {"credits"});
  // A review's verdict box names its critic ("se-verdict__critic"). A class
  // that ends on the whole word, not "alert-critical" nor "critic-name", and
  // not an item of a list (a press review's "li.critic", which names outlets).
  const bool critic = NamesACritic(node);
  // A column's writer is its columnist ("ArticlePage-columnist-name"); the
  // whole word only, not a sidebar of "chroniqueurs", other columns' writers.
  const bool author_hint =
      (HintsAt(hints, {"author", "auteur", "signature", "byline"}) ||
       HasClassWord(hints, {"columnist", "chroniqueur", "chroniqueuse"})) &&
      !description;
  if (author_hint && HoldsAnAuthorsDescription(node)) {
    // A profile box: the name it writes outside its description ("<div
    // class="post-author"><strong>Karim Benali</strong><div
    // class="author-bio">…"), on its first line.
    const std::string box = BlockText(node, &IsAnAuthorsDescription);
    AddAuthorText(raw, std::string(TrimAscii(box.substr(0, box.find('\n')))),
                  node);
  } else if (author_hint || critic || reader_credits || IsAuthorLink(node) ||
             IsRdfaAuthor(node)) {
    std::string text = TextOfParts(node);
    // "<strong>Jean-Robert Désir</strong><br>Économiste, professeur à la
    // Faculté …": a signature's name on its first line, the writer's
    // description after it. Only in a signature, or a text too long for a
    // byline: other bylines put a name on each line ("Par<br>X", a credit
    // of roles, a field's items).
    if (HintsAt(hints, {"signature"}) || text.size() >= kLongestAuthorText) {
      if (std::string first_line = NameOnFirstLine(BlockTextOfParts(node));
          !first_line.empty())
        text = std::move(first_line);
    }
    if (std::string name = NameOfOnlyAuthorLink(node, text); !name.empty())
      text = std::move(name);
    // A byline whose text names nobody (none, or only its dates: "Publié le
    // 09/03/2026 à 17h35") beside its writer's portrait, whose alt text does.
    if (!NamesSomeone(text)) {
      if (std::string portrait = NameOfPortrait(node); !portrait.empty())
        text = std::move(portrait);
    }
    AddAuthorText(raw, std::move(text), node);
  }
  ReadAuthorLabel(node, raw);
  return true;
}

// A headline's length in bytes: a label is shorter, a paragraph longer.
constexpr size_t kShortestHeadline = 15, kLongestHeadline = 300;

// Whether `node` sits in a page's navigation, sidebar or footer, or in a box
// of links (a list of other articles is where titles stand without <h1>);
// classes read with their weak words (IsChromeHint) or without them
// (IsStrongChromeHint).
bool InChromeOrLink(const GumboNode* node, bool weak_hints) {
  for (const GumboNode* n = node; n != nullptr && n->type == GUMBO_NODE_ELEMENT;
       n = n->parent) {
    switch (n->v.element.tag) {
      case GUMBO_TAG_A:
      case GUMBO_TAG_NAV:
      case GUMBO_TAG_ASIDE:
      case GUMBO_TAG_FOOTER:
      case GUMBO_TAG_LI:
        return true;
      default:
        break;
    }
    const std::string hints = ClassAndId(n);
    if (weak_hints ? IsChromeHint(hints) : IsStrongChromeHint(hints))
      return true;
  }
  return false;
}

// `url` without its scheme and a trailing slash, to compare two addresses.
std::string_view WithoutSchemeAndSlash(std::string_view url) {
  url = TrimAscii(url);
  if (const size_t scheme = url.find("://"); scheme != std::string_view::npos)
    url.remove_prefix(scheme + 3);
  if (url.ends_with('/')) url.remove_suffix(1);
  return url;
}

// Whether the element's text is a link's: a list item's title, not a
// headline. Not a link to the page itself, as a blog's post title is
// (Overblog's <h2 class="ob-title"><a href="…the post…">): `page_urls`
// are the page's own addresses.
bool IsLinkText(const GumboNode* node, const std::string& text,
                std::initializer_list<std::string_view> page_urls = {}) {
  bool link = false;
  ForEachElement(node, [&](const GumboNode* child) {
    if (child->v.element.tag == GUMBO_TAG_A && VisibleText(child) == text) {
      const std::string_view href =
          WithoutSchemeAndSlash(Attribute(child, "href"));
      link = std::none_of(
          page_urls.begin(), page_urls.end(), [&](std::string_view url) {
            return !url.empty() && WithoutSchemeAndSlash(url) == href;
          });
    }
    return !link;
  });
  return link;
}

// How a <font> stands out of old table layouts' text (set at "2"): 2 for a
// size of 5 or more ("5", "+2"), 1 for one size over the default 3 ("4",
// "+1"), 0 otherwise.
int FontLargeness(const GumboNode* node) {
  if (node->v.element.tag != GUMBO_TAG_FONT) return 0;
  const std::string_view size = Attribute(node, "size");
  if (size.empty()) return 0;
  if (size.front() == '+') {
    if (size.size() != 2 || size[1] < '1' || size[1] > '9') return 0;
    return size[1] == '1' ? 1 : 2;
  }
  if (size.size() != 1 || size[0] < '4' || size[0] > '7') return 0;
  return size[0] == '4' ? 1 : 2;
}

// The search for a headline's stand-in on a page without <h1>: the best
// candidate so far, by shape (a large <font>, then one a size up, then an
// <h2>, then an element whose class says "title"), and how many were weighed
// (each walks its ancestors: a page of a thousand <h2> must not cost a
// thousand walks).
struct StandInSearch {
  static constexpr int kCandidatesWeighed = 16;
  const GumboNode* best = nullptr;
  bool best_declared = false;
  int best_rank = 4;
  int weighed = 0;
};

// Whether `text` is a short whole segment of the <title> ("Actualités
// régionales" of "Info Touraine - Actualités régionales"): a section's label
// or the site's name, not the headline (which a <title> holds too, longer).
bool IsTitleLabel(const std::string& title, const std::string& text) {
  constexpr size_t kLabelWords = 4;
  if (text == title || WordCount(text) > kLabelWords) return false;
  const size_t at = title.find(text);
  if (at == std::string::npos) return false;
  const std::string_view before = std::string_view(title).substr(0, at);
  const std::string_view after =
      std::string_view(title).substr(at + text.size());
  const auto separator = [](std::string_view s, bool at_end) {
    for (std::string_view sep : kTitleSeparators) {
      if (at_end ? s.ends_with(sep) : s.starts_with(sep)) return true;
    }
    return false;
  };
  return (before.empty() || separator(before, true)) &&
         (after.empty() || separator(after, false));
}

void ReadHeadlineStandIn(const GumboNode* node, const RawTags& raw,
                         StandInSearch& search) {
  if (!raw.h1.empty() || search.best_rank == 0 ||
      search.weighed >= StandInSearch::kCandidatesWeighed)
    return;
  const GumboTag tag = node->v.element.tag;
  // schema.org's headline property names the headline outright, and the
  // "page-header" around it is where headlines sit, not the site's header.
  bool declared = false;
  const std::string_view itemprop = Attribute(node, "itemprop");
  for (absl::string_view property :
       absl::StrSplit(absl::string_view(itemprop.data(), itemprop.size()), ' '))
    declared = declared || property == "headline";
  // A font one size up ranks under a larger one: a banner's tagline in size
  // 4 over a headline in size 5.
  int rank = 4;
  const int largeness = FontLargeness(node);
  if (declared || largeness == 2) {
    rank = 0;
  } else if (largeness == 1) {
    rank = 1;
  } else if (tag == GUMBO_TAG_H2) {
    rank = 2;
  } else if ((tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_P ||
              tag == GUMBO_TAG_SPAN || tag == GUMBO_TAG_TD ||
              tag == GUMBO_TAG_H3) &&
             HintsAt(ClassWords(ClassAndId(node)),
                     {"title", "titre", "headline"})) {
    rank = 3;
  }
  if (rank >= search.best_rank) return;
  const std::string text = VisibleText(node);
  if (text.size() < kShortestHeadline || text.size() > kLongestHeadline ||
      IsTitleLabel(raw.title_tag, text))
    return;
  ++search.weighed;
  // Bootstrap's "page-header" (Joomla's article template: <div
  // class="page-header"><h2>) holds the page's title, not the site's header.
  // Only that parent's words are read past: a site's header around it
  // (<div id="header"><div class="page-header"><h2>Le site</h2>) is still
  // the site's.
  const GumboNode* parent = node->parent;
  bool in_page_header = false;
  if (parent != nullptr && parent->type == GUMBO_NODE_ELEMENT) {
    const std::string_view classes = Attribute(parent, "class");
    for (absl::string_view name :
         absl::StrSplit(absl::string_view(classes.data(), classes.size()),
                        absl::ByAnyChar(" \t\r\n"), absl::SkipEmpty()))
      in_page_header = in_page_header || name == "page-header";
  }
  // A print version's headline ("print-title"): on a page made for printing,
  // "print" marks the article itself, not a part only paper shows.
  const std::string own_hints = ClassAndId(node);
  const std::vector<std::string_view> own_words = ClassWords(own_hints);
  const bool print_headline =
      HasClassWord(own_words, {"print"}) &&
      HintsAt(own_words, {"title", "titre", "headline"});
  const bool in_chrome =
      in_page_header && !declared
          ? InChromeOrLink(node, false) || InChromeOrLink(parent->parent, true)
      : print_headline
          ? InChromeOrLink(node, false) || InChromeOrLink(parent, !declared)
          : InChromeOrLink(node, !declared);
  const auto og_url = raw.meta.find("og:url");
  if (in_chrome || IsLinkText(node, text,
                              {raw.canonical,
                               og_url == raw.meta.end() ? "" : og_url->second}))
    return;
  search.best = node;
  search.best_declared = declared;
  search.best_rank = rank;
}

// The article block of the headline: the nearest <article> or <main> around
// the <h1>, else its great-grandparent.
const GumboNode* HeadlineBlock(const GumboNode* h1) {
  for (const GumboNode* n = h1->parent;
       n != nullptr && n->type == GUMBO_NODE_ELEMENT; n = n->parent) {
    if (n->v.element.tag == GUMBO_TAG_ARTICLE ||
        n->v.element.tag == GUMBO_TAG_MAIN) {
      return n;
    }
  }
  const GumboNode* block = h1;
  for (int up = 0; up < 3 && block->parent != nullptr &&
                   block->parent->type == GUMBO_NODE_ELEMENT;
       ++up) {
    block = block->parent;
  }
  return block;
}

// RawTags::byline_text from its pieces, the nearest to the headline first:
// those inside its parent, then its grandparent, then its article block
// (RawTags::headline_block), then the others, each in document order; and
// RawTags::near_byline_text, of those inside its parent or grandparent only
// (a table layout's block may hold the header's date of the day).
void JoinBylineTexts(RawTags& raw) {
  constexpr size_t kBylineTextBytes = 2000;
  std::vector<const GumboNode*> rings;
  if (raw.h1_node != nullptr) {
    for (const GumboNode* n = raw.h1_node->parent;
         n != nullptr && rings.size() < 2 && IsWithin(n, raw.headline_block);
         n = n->parent)
      rings.push_back(n);
    rings.push_back(raw.headline_block);
  }
  // Each piece's ring: the first that holds it, rings.size() for none.
  std::vector<size_t> ring_of;
  ring_of.reserve(raw.byline_pieces.size());
  for (const auto& piece : raw.byline_pieces) {
    size_t ring = 0;
    while (ring < rings.size() && !IsWithin(piece.second, rings[ring])) ++ring;
    ring_of.push_back(ring);
  }
  for (size_t ring = 0; ring <= rings.size(); ++ring) {
    for (size_t i = 0; i < raw.byline_pieces.size(); ++i) {
      if (raw.byline_text.size() >= kBylineTextBytes) return;
      if (ring_of[i] != ring) continue;
      const std::string& text = raw.byline_pieces[i].first;
      raw.byline_text += text + " | ";
      if (ring + 1 < rings.size()) raw.near_byline_text += text + " | ";
    }
  }
}

// The <article> whose footer (IsFooter) holds `node`; nullptr for a node in
// no footer, or when an element between the footer and that <article>, or
// the <article> itself, carries microdata (itemtype): what a page marks up
// is its own article, whose footer IsArticlesOwnFooter read.
const GumboNode* FootedArticle(const GumboNode* node) {
  bool in_footer = false;
  for (const GumboNode* n = node; n != nullptr && n->type == GUMBO_NODE_ELEMENT;
       n = n->parent) {
    if (!in_footer) {
      const std::string class_and_id = ClassAndId(n);
      in_footer = IsFooter(n, ClassWords(class_and_id));
      continue;
    }
    if (!Attribute(n, "itemtype").empty()) return nullptr;
    if (n->v.element.tag == GUMBO_TAG_ARTICLE) return n;
  }
  return nullptr;
}

// Whether `byline` sits in another article's card: one of its few nearest
// ancestors that does not hold the page's headline (`h1`) holds a heading
// whose whole text is a link, or that a link holds, the title of the piece
// the card shows ("<div><h3><a href=…>CAN : …</a></h3><span
// class=author>…</span></div>",
// a sidebar's "Les plus lus"), or is a list item that holds a title's link
// ("<li><a href=…>Nador West Med : …</a> · Par X · 19/05/2025</li>"). Not a
// title that is the byline's own words: an author box titles its writer's
// name with a link to their page, a byline links its names. Nor the page's
// own title (`page_title`, its og:title or else its <title>, or a part of
// `title_tag`): a blog's post header links its title to the post, under an
// <h1> that names the blog.
bool InOtherArticlesCard(const GumboNode* byline, const std::string& text,
                         const GumboNode* h1, const std::string& page_title,
                         const std::string& title_tag) {
  constexpr int kCardDepth = 3;
  const auto others_title = [&](const std::string& title) {
    return title.size() >= kShortestHeadline && !Contains(title, text) &&
           !Contains(text, title) && title != page_title &&
           !Contains(title_tag, title);
  };
  // A card is small: a title, a line or two, a byline; not a page's region.
  constexpr size_t kCardBytes = 600;
  const GumboNode* n = byline->parent;
  for (int depth = 0;
       depth < kCardDepth && n != nullptr && n->type == GUMBO_NODE_ELEMENT &&
       !IsWithin(h1, n) && !VisibleTextLongerThan(n, kCardBytes);
       ++depth, n = n->parent) {
    const bool list_item = n->v.element.tag == GUMBO_TAG_LI;
    bool titled = false;
    ForEachElement(n, [&](const GumboNode* element) {
      const GumboTag tag = element->v.element.tag;
      if (list_item && tag == GUMBO_TAG_A) {
        titled =
            titled || others_title(CollapseWhitespace(VisibleText(element)));
        return false;
      }
      if (tag != GUMBO_TAG_H2 && tag != GUMBO_TAG_H3 && tag != GUMBO_TAG_H4)
        return !titled;
      const std::string title = CollapseWhitespace(VisibleText(element));
      // The title's own link, or the card's link around its picture and
      // title ("<a href=…><img><h2>Val Thorens ouvre…</h2></a>").
      bool in_link = false;
      for (const GumboNode* up = element->parent; up != nullptr && up != n;
           up = up->parent)
        in_link = in_link || (up->type == GUMBO_NODE_ELEMENT &&
                              up->v.element.tag == GUMBO_TAG_A);
      titled = others_title(title) && (in_link || IsLinkText(element, title));
      return false;
    });
    if (titled) return true;
  }
  return false;
}

// Bylines inside the headline's article block are the article's own; others
// may belong to a live feed or a list of other articles. A byline in the
// footer of an <article> that does not hold the headline signs that other
// piece (a teaser's card in a list of others): it goes, as does one in
// another article's card (InOtherArticlesCard).
void MarkBylinesNearHeadline(RawTags& raw) {
  if (raw.headline_block == nullptr) return;
  if (raw.h1_node != nullptr && !raw.headline_stand_in) {
    const auto og_title = raw.meta.find("og:title");
    const std::string& page_title =
        og_title == raw.meta.end() ? raw.title_tag : og_title->second;
    std::erase_if(raw.author_texts, [&](const AuthorText& byline) {
      const GumboNode* article = FootedArticle(byline.node);
      return (article != nullptr && !IsWithin(raw.h1_node, article)) ||
             InOtherArticlesCard(byline.node, byline.text, raw.h1_node,
                                 page_title, raw.title_tag);
    });
    // So do the pieces of byline text ("· Par X · 19/05/2025") read from
    // such cards.
    std::erase_if(raw.byline_pieces, [&](const auto& piece) {
      return InOtherArticlesCard(piece.second, piece.first, raw.h1_node,
                                 page_title, raw.title_tag);
    });
  }
  for (AuthorText& byline : raw.author_texts)
    byline.near_headline = IsWithin(byline.node, raw.headline_block);
}

}  // namespace

bool IsShorterTitlePart(const std::string& h1, const std::string& title_tag) {
  if (h1.empty()) return false;
  for (std::string_view separator : kTitleSeparators) {
    const size_t first = title_tag.find(separator);
    if (first == std::string::npos) continue;
    const size_t last = title_tag.rfind(separator);
    const std::string_view head = std::string_view(title_tag).substr(0, first);
    const std::string_view tail =
        std::string_view(title_tag).substr(last + separator.size());
    if ((tail == h1 && head.size() > h1.size()) ||
        (head == h1 && tail.size() > h1.size()))
      return true;
  }
  return false;
}

RawTags CollectTags(const GumboNode* root) {
  RawTags raw;
  StandInSearch stand_in;
  ForEachElement(root, [&](const GumboNode* node) {
    if (!ReadTag(node, raw)) return false;
    ReadItemprop(node, raw);
    ReadHAtomPublished(node, raw);
    ReadLogoText(node, raw);
    ReadOpeningText(node, raw);
    ReadHeadlineStandIn(node, raw, stand_in);
    return ReadBylines(node, raw);
  });
  if (raw.h1.empty() && stand_in.best != nullptr) {
    ReadHeadline(stand_in.best, raw);
    raw.headline_stand_in = true;
    raw.headline_declared = stand_in.best_declared;
  }
  if (raw.h1_node != nullptr) {
    raw.headline_block = HeadlineBlock(raw.h1_node);
    // A stand-in the microdata declare the headline is judged as the search
    // judged it: by the strong hints only (Joomla's "page-header" is the
    // article's, not the site's header).
    raw.h1_in_chrome = InChromeOrLink(raw.h1_node, !raw.headline_declared);
    raw.h1_class_says_headline =
        HasClassWord(ClassWords(ClassAndId(raw.h1_node)), {"headline"});
  }
  MarkBylinesNearHeadline(raw);
  JoinBylineTexts(raw);
  ForgetArchiveTodaysTags(raw);
  return raw;
}

}  // namespace newsq::internal
