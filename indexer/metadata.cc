#include "indexer/metadata.h"

#include <nlohmann/json.hpp>

#include <array>
#include <regex>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "indexer/html_dom.h"
#include "indexer/page_dates.h"
#include "engine/ascii.h"

namespace newsq::internal {
namespace {

// What the page's <head> and microdata say, gathered in one walk.
struct RawTags {
  std::map<std::string, std::string> meta;  // lower-cased name/property -> first content
  std::vector<std::string> meta_tags;       // every article:tag
  std::string canonical;
  std::string html_lang;
  std::string title_tag;
  std::string h1;
  std::string logo_alt;
  std::vector<std::string> time_datetimes;  // <time datetime>, in document order
  std::string itemprop_published, itemprop_modified, itemprop_author;
  std::string byline_text;  // text of elements whose class/id says date/byline/author
  std::string author_text;  // text of the first element whose class/id says author
  std::string headline_area;  // text around the first <h1>, where bylines usually stand
  std::vector<nlohmann::json> json_ld;
};

constexpr std::array<std::string_view, 12> kArticleTypes = {
    "NewsArticle",  "Article",       "BlogPosting",         "ReportageNewsArticle",
    "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting",
    "ScholarlyArticle", "TechArticle", "Report", "WebPage"};

bool HasArticleType(const nlohmann::json& node, bool allow_webpage) {
  auto it = node.find("@type");
  if (it == node.end()) return false;
  auto matches = [&](const nlohmann::json& t) {
    if (!t.is_string()) return false;
    const std::string type = t.get<std::string>();
    for (std::string_view known : kArticleTypes) {
      if (type == known) return allow_webpage || known != "WebPage";
    }
    return false;
  };
  if (it->is_array()) {
    for (const auto& t : *it) {
      if (matches(t)) return true;
    }
    return false;
  }
  return matches(*it);
}

// The article object of a JSON-LD block: top level, in an array, or in "@graph".
const nlohmann::json* FindArticleObject(const nlohmann::json& j, bool allow_webpage) {
  if (j.is_array()) {
    for (const auto& item : j) {
      if (const auto* found = FindArticleObject(item, allow_webpage)) return found;
    }
    return nullptr;
  }
  if (!j.is_object()) return nullptr;
  if (HasArticleType(j, allow_webpage)) return &j;
  if (auto graph = j.find("@graph"); graph != j.end()) {
    return FindArticleObject(*graph, allow_webpage);
  }
  return nullptr;
}

std::string JsonString(const nlohmann::json& node, const char* key) {
  auto it = node.find(key);
  if (it == node.end()) return {};
  if (it->is_string()) return CollapseWhitespace(it->get<std::string>());
  if (it->is_object()) {
    if (auto name = it->find("name"); name != it->end() && name->is_string()) {
      return CollapseWhitespace(name->get<std::string>());
    }
  }
  if (it->is_array()) {
    std::vector<std::string> parts;
    for (const auto& item : *it) {
      if (item.is_string()) parts.push_back(CollapseWhitespace(item.get<std::string>()));
      if (item.is_object()) {
        if (auto name = item.find("name"); name != item.end() && name->is_string()) {
          parts.push_back(CollapseWhitespace(name->get<std::string>()));
        }
      }
    }
    return absl::StrJoin(parts, ", ");
  }
  return {};
}

bool HintsAt(std::string_view hints, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (Contains(hints, w)) return true;
  }
  return false;
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

RawTags CollectTags(const GumboNode* root) {
  RawTags raw;
  ForEachElement(root, [&](const GumboNode* node) {
    const GumboTag tag = node->v.element.tag;
    switch (tag) {
      case GUMBO_TAG_HTML:
        raw.html_lang = std::string(Attribute(node, "lang"));
        break;
      case GUMBO_TAG_META: {
        std::string key(Attribute(node, "property"));
        if (key.empty()) key = std::string(Attribute(node, "name"));
        if (key.empty()) key = std::string(Attribute(node, "itemprop"));
        absl::AsciiStrToLower(&key);
        const std::string content = CollapseWhitespace(Attribute(node, "content"));
        if (!key.empty() && !content.empty()) {
          raw.meta.emplace(key, content);
          if (key == "article:tag") raw.meta_tags.push_back(content);
        }
        break;
      }
      case GUMBO_TAG_LINK: {
        std::string rel(Attribute(node, "rel"));
        absl::AsciiStrToLower(&rel);
        if (rel == "canonical" && raw.canonical.empty()) {
          raw.canonical = std::string(TrimAscii(Attribute(node, "href")));
        }
        break;
      }
      case GUMBO_TAG_TITLE:
        if (raw.title_tag.empty()) raw.title_tag = TitleText(node);
        return false;
      case GUMBO_TAG_H1:
        if (raw.h1.empty()) {
          raw.h1 = VisibleText(node);
          // Old table layouts write "11/02/2025 - 17:30" beside the headline with no class
          // to tell: keep the text of the headline's block for the date search.
          const GumboNode* area = node->parent;
          if (area != nullptr && area->parent != nullptr && area->parent->type == GUMBO_NODE_ELEMENT) {
            area = area->parent;
          }
          if (area != nullptr) raw.headline_area = VisibleText(area).substr(0, 1500);
        }
        break;
      case GUMBO_TAG_SCRIPT: {
        std::string type(Attribute(node, "type"));
        absl::AsciiStrToLower(&type);
        if (type == "application/ld+json" && node->v.element.children.length > 0) {
          const auto* text = static_cast<const GumboNode*>(node->v.element.children.data[0]);
          if (text->type == GUMBO_NODE_TEXT || text->type == GUMBO_NODE_CDATA) {
            nlohmann::json j = nlohmann::json::parse(text->v.text.text, nullptr, false);
            if (!j.is_discarded()) raw.json_ld.push_back(std::move(j));
          }
        }
        return false;
      }
      case GUMBO_TAG_TIME: {
        const std::string_view datetime = Attribute(node, "datetime");
        if (!datetime.empty()) raw.time_datetimes.emplace_back(datetime);
        break;
      }
      case GUMBO_TAG_IMG:
        if (raw.logo_alt.empty()) {
          std::string hints = ClassAndId(node) + " " + std::string(Attribute(node, "src"));
          absl::AsciiStrToLower(&hints);
          if (Contains(hints, "logo")) {
            raw.logo_alt = CollapseWhitespace(Attribute(node, "alt"));
          }
        }
        break;
      default:
        break;
    }
    const std::string_view itemprop = Attribute(node, "itemprop");
    if (!itemprop.empty()) {
      auto value = [&] {
        std::string_view v = Attribute(node, "content");
        if (v.empty()) v = Attribute(node, "datetime");
        return v.empty() ? VisibleText(node) : CollapseWhitespace(v);
      };
      if (itemprop == "datePublished" && raw.itemprop_published.empty()) {
        raw.itemprop_published = value();
      } else if (itemprop == "dateModified" && raw.itemprop_modified.empty()) {
        raw.itemprop_modified = value();
      } else if (itemprop == "author" && raw.itemprop_author.empty()) {
        raw.itemprop_author = value();
      }
    }
    // Bylines: elements whose class or id speaks of dates, authors or publication, outside
    // footers (where copyright years and "last updated" decoys live).
    if (tag == GUMBO_TAG_FOOTER) return false;
    const std::string hints = ClassAndId(node);
    if (HintsAt(hints, {"footer", "copyright", "ticker", "comment", "related", "sidebar"})) {
      return false;
    }
    if (HintsAt(hints, {"date", "byline", "publi", "signature", "meta", "time", "posted"}) &&
        raw.byline_text.size() < 2000) {
      raw.byline_text += VisibleText(node) + " | ";
    }
    if (raw.author_text.empty() && HintsAt(hints, {"author", "auteur", "signature", "byline"})) {
      std::string text = VisibleText(node);
      if (!text.empty() && text.size() < 80) raw.author_text = text;
    }
    return true;
  });
  return raw;
}

std::string FirstMeta(const RawTags& raw, std::initializer_list<const char*> keys,
                      std::string* source) {
  for (const char* key : keys) {
    if (auto it = raw.meta.find(key); it != raw.meta.end() && !it->second.empty()) {
      *source = key;
      return it->second;
    }
  }
  return {};
}

bool LooksLikeUrl(std::string_view s) {
  return std::string_view(s).starts_with("http://") || std::string_view(s).starts_with("https://") ||
         std::string_view(s).starts_with("/");
}

// "Par Nadia Berrada, à Rabat - Publié le ..." -> "Nadia Berrada".
std::string CleanAuthor(std::string author) {
  author = CollapseWhitespace(author);
  for (std::string_view prefix : {"Par ", "par ", "PAR ", "By ", "by ", "Auteur : ", "Auteur: "}) {
    if (std::string_view(author).starts_with(prefix)) {
      author = author.substr(prefix.size());
      break;
    }
  }
  for (std::string_view stop : {" - ", " | ", " Publié", " publié", " le ", " Mis à jour", ",  ",
                                " à ", " (", " •", " ·"}) {
    if (size_t pos = author.find(stop); pos != std::string::npos && pos > 0) {
      author = author.substr(0, pos);
    }
  }
  author = std::string(TrimAscii(author));
  while (!author.empty() && (author.back() == ',' || author.back() == '-' || author.back() == '|')) {
    author.pop_back();
  }
  if (author.size() > 80 || std::count(author.begin(), author.end(), ' ') > 8) return {};
  for (char c : author) {
    if (absl::ascii_isdigit(static_cast<unsigned char>(c))) return {};
  }
  return author;
}

// The separators sites put between a headline and their name in <title>.
constexpr std::array<std::string_view, 6> kTitleSeparators = {" | ", " - ", " – ", " — ",
                                                               " :: ", " · "};

// Splits "Headline – Outlet" into the headline and the last segment; the suffix is empty when
// the title has no separator.
std::pair<std::string, std::string> SplitTitleSuffix(const std::string& title) {
  size_t best = std::string::npos, width = 0;
  for (std::string_view sep : kTitleSeparators) {
    const size_t pos = title.rfind(sep);
    if (pos != std::string::npos && (best == std::string::npos || pos > best)) {
      best = pos;
      width = sep.size();
    }
  }
  if (best == std::string::npos || best == 0) return {title, ""};
  std::string suffix = title.substr(best + width);
  // A long last segment is part of the headline ("Gaza - la Gambie appelée à ..."), not a name.
  if (suffix.size() > 40 || std::count(suffix.begin(), suffix.end(), ' ') > 4) return {title, ""};
  return {title.substr(0, best), suffix};
}

// Removes a trailing " | Outlet" from a headline when `outlet` is known.
std::string StripOutletSuffix(const std::string& title, const std::string& outlet) {
  auto [head, suffix] = SplitTitleSuffix(title);
  if (!suffix.empty() && !outlet.empty() &&
      AsciiLower(suffix) == AsciiLower(outlet)) {
    return head;
  }
  return title;
}

// The first clock time of a byline ("17h00", "9 h 05", "17:00"), as hours and minutes.
std::optional<std::pair<int, int>> FindClockTime(const std::string& text) {
  static const std::regex kTime(R"((?:^|[^\d])([01]?\d|2[0-3])\s*[h:]\s*([0-5]\d)(?:[^\d]|$))");
  std::smatch m;
  if (!std::regex_search(text, m, kTime)) return std::nullopt;
  return std::make_pair(std::stoi(m[1].str()), std::stoi(m[2].str()));
}

// "www.le-monde.fr" -> "le-monde.fr": the domain as a last-resort outlet name.
std::string OutletFromHost(std::string_view host) {
  ConsumePrefix(&host, "www.");
  ConsumePrefix(&host, "m.");
  return std::string(host);
}

}  // namespace

PageMetadata ReadMetadata(const GumboNode* root, std::string_view source_url) {
  const RawTags raw = CollectTags(root);
  PageMetadata md;
  std::string source;

  const nlohmann::json* ld = nullptr;
  for (const auto& block : raw.json_ld) {
    if ((ld = FindArticleObject(block, /*allow_webpage=*/false)) != nullptr) break;
  }

  // Canonical URL and the host used for time zones.
  // Only absolute URLs identify a page: a relative canonical ("/eco/musk") says nothing
  // about the site, so og:url is tried next.
  auto absolute = [](const std::string& url) {
    return url.starts_with("http://") || url.starts_with("https://");
  };
  if (absolute(raw.canonical)) {
    md.canonical_url = raw.canonical;
    md.sources["canonical_url"] = "link rel=canonical";
  } else if (std::string og = FirstMeta(raw, {"og:url"}, &source); absolute(og)) {
    md.canonical_url = og;
    md.sources["canonical_url"] = source;
  }
  const std::string_view host =
      HostOf(md.canonical_url.empty() ? source_url : std::string_view(md.canonical_url));

  // Outlet.
  md.outlet = FirstMeta(raw, {"og:site_name", "application-name", "al:android:app_name"}, &source);
  md.sources["outlet"] = source;
  if (md.outlet.empty() && ld != nullptr) {
    md.outlet = JsonString(*ld, "publisher");
    md.sources["outlet"] = "json-ld publisher";
  }
  if (md.outlet.empty()) {
    md.outlet = SplitTitleSuffix(raw.title_tag).second;
    md.sources["outlet"] = "title suffix";
  }
  if (md.outlet.empty() && !raw.logo_alt.empty() && raw.logo_alt.size() < 60) {
    std::string_view alt = raw.logo_alt;
    if (!ConsumePrefix(&alt, "Logo ")) ConsumePrefix(&alt, "logo ");
    md.outlet = std::string(alt);
    md.sources["outlet"] = "logo alt";
  }
  if (md.outlet.empty()) {
    md.outlet = OutletFromHost(host);
    md.sources["outlet"] = "domain";
  }

  // Title: the page's own headline (<h1>) when a metadata title confirms it, else the most
  // trusted metadata title without the outlet suffix.
  std::vector<std::pair<std::string, std::string>> titles;
  if (ld != nullptr) titles.emplace_back(JsonString(*ld, "headline"), "json-ld headline");
  titles.emplace_back(FirstMeta(raw, {"og:title"}, &source), "og:title");
  titles.emplace_back(FirstMeta(raw, {"twitter:title"}, &source), "twitter:title");
  titles.emplace_back(StripOutletSuffix(raw.title_tag, md.outlet), "title");
  titles.emplace_back(SplitTitleSuffix(raw.title_tag).first, "title without suffix");
  for (auto& [title, from] : titles) title = StripOutletSuffix(title, md.outlet);
  if (!raw.h1.empty()) {
    for (const auto& [title, from] : titles) {
      if (!title.empty() && (title == raw.h1 || std::string_view(title).starts_with(raw.h1) ||
                             std::string_view(raw.h1).starts_with(title))) {
        md.title = raw.h1.size() >= title.size() ? raw.h1 : title;
        md.sources["title"] = "h1, confirmed by " + from;
        break;
      }
    }
  }
  if (md.title.empty()) {
    for (const auto& [title, from] : titles) {
      if (!title.empty()) {
        md.title = title;
        md.sources["title"] = from;
        break;
      }
    }
  }
  if (md.title.empty() && !raw.h1.empty()) {
    md.title = raw.h1;
    md.sources["title"] = "h1";
  }

  // Dates, most trusted first.
  auto try_date = [&](std::optional<DateTime>& field, const char* name, std::string_view text,
                      std::string_view from) {
    if (field || text.empty()) return;
    if (auto date = ParseMachineDate(text, host)) {
      field = date;
      md.sources[name] = std::string(from);
    }
  };
  if (ld != nullptr) {
    try_date(md.published, "published", JsonString(*ld, "datePublished"), "json-ld");
    try_date(md.modified, "modified", JsonString(*ld, "dateModified"), "json-ld");
  }
  for (const char* key : {"article:published_time", "og:article:published_time",
                          "datepublished", "date", "pubdate", "publishdate", "publish-date",
                          "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date",
                          "sailthru.date", "parsely-pub-date", "article.published"}) {
    if (auto it = raw.meta.find(key); it != raw.meta.end()) {
      try_date(md.published, "published", it->second, key);
    }
  }
  for (const char* key : {"article:modified_time", "og:updated_time", "datemodified",
                          "dcterms.modified", "last-modified"}) {
    if (auto it = raw.meta.find(key); it != raw.meta.end()) {
      try_date(md.modified, "modified", it->second, key);
    }
  }
  try_date(md.published, "published", raw.itemprop_published, "itemprop=datePublished");
  try_date(md.modified, "modified", raw.itemprop_modified, "itemprop=dateModified");
  if (!raw.time_datetimes.empty()) {
    try_date(md.published, "published", raw.time_datetimes.front(), "time datetime");
  }
  if (!md.published) {
    // "Publié le 11 février 2025 à 17h30, mis à jour le ...": the first date of the byline.
    if (auto date = FindFrenchDate(raw.byline_text, host)) {
      md.published = date;
      md.sources["published"] = "byline text";
    }
  }
  if (!md.published) {
    if (auto date = FindFrenchDate(raw.headline_area, host)) {
      md.published = date;
      md.sources["published"] = "headline area text";
    }
  }
  if (!md.published) {
    md.published = DateFromUrl(md.canonical_url);
    if (md.published) {
      md.sources["published"] = "url";
      // Wire sites put the day in the URL and only the time ("17h00") in the byline.
      if (std::optional<std::pair<int, int>> time = FindClockTime(raw.byline_text)) {
        md.published->unix_seconds += time->first * 3600 + time->second * 60;
        md.sources["published"] = "url day, byline time";
      }
    }
  }
  if (!md.published) {
    md.published = DateFromUrl(source_url);
    if (md.published) md.sources["published"] = "source path";
  }

  // Author.
  if (ld != nullptr) {
    md.author = CleanAuthor(JsonString(*ld, "author"));
    md.sources["author"] = "json-ld";
  }
  for (const char* key : {"author", "article:author", "dc.creator", "byl", "sailthru.author",
                          "parsely-author"}) {
    if (!md.author.empty()) break;
    if (auto it = raw.meta.find(key); it != raw.meta.end() && !LooksLikeUrl(it->second)) {
      md.author = CleanAuthor(it->second);
      md.sources["author"] = key;
    }
  }
  if (md.author.empty() && !raw.itemprop_author.empty()) {
    md.author = CleanAuthor(raw.itemprop_author);
    md.sources["author"] = "itemprop=author";
  }
  if (md.author.empty() && !raw.author_text.empty()) {
    md.author = CleanAuthor(raw.author_text);
    md.sources["author"] = "byline";
  }
  // An author that is the outlet itself ("Rédaction", the site name) names nobody.
  if (AsciiLower(md.author) == AsciiLower(md.outlet)) md.author.clear();
  if (md.author.empty()) md.sources.erase("author");

  // Language, section, tags, description, body.
  md.language = raw.html_lang;
  if (md.language.empty()) md.language = FirstMeta(raw, {"og:locale", "language", "content-language"}, &source);
  if (ld != nullptr && md.language.empty()) md.language = JsonString(*ld, "inLanguage");
  md.language = AsciiLower(md.language.substr(0, md.language.find_first_of("-_")));

  md.section = FirstMeta(raw, {"article:section"}, &source);
  if (md.section.empty() && ld != nullptr) md.section = JsonString(*ld, "articleSection");

  md.tags = raw.meta_tags;
  if (md.tags.empty()) {
    std::string keywords = FirstMeta(raw, {"news_keywords", "keywords"}, &source);
    if (keywords.empty() && ld != nullptr) keywords = JsonString(*ld, "keywords");
    for (absl::string_view tag : absl::StrSplit(keywords, ',', absl::SkipWhitespace())) {
      md.tags.emplace_back(TrimAscii(std::string_view(tag.data(), tag.size())));
    }
  }
  md.description = FirstMeta(raw, {"og:description", "description", "twitter:description"}, &source);
  if (ld != nullptr) md.article_body = JsonString(*ld, "articleBody");
  return md;
}

}  // namespace newsq::internal
