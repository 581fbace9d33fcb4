#include "extract/metadata.h"

#include <array>
#include <nlohmann/json.hpp>
#include <regex>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "engine/ascii.h"
#include "extract/html_dom.h"
#include "extract/page_dates.h"

namespace newsq::internal {
namespace {

struct AuthorText {
  std::string text;
  const GumboNode* node = nullptr;
  bool near_headline = false;  // inside the article block that holds the <h1>
};

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
  for (std::string_view label : {"Auteur :", "Auteur:", "Auteure :", "Auteure:",
                                 "Auteurs :", "Texte :", "Texte:", "Par :"}) {
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

// What the page's <head> and microdata say, gathered in one walk.
struct RawTags {
  std::map<std::string, std::string>
      meta;  // lower-cased name/property -> first content
  std::vector<std::string> meta_tags;  // every article:tag
  std::string canonical;
  std::string html_lang;
  std::string title_tag;
  std::string h1;
  std::string logo_alt;
  std::vector<std::string>
      time_datetimes;  // <time datetime>, in document order
  std::string itemprop_published, itemprop_modified, itemprop_author;
  std::string
      byline_text;  // text of elements whose class/id says date/byline/author
  // Texts of elements whose class/id says author, and of rel=author or /auteur/
  // links, in document order; near_headline is set once the walk knows where
  // the headline's article is.
  std::vector<AuthorText> author_texts;
  const GumboNode* h1_node = nullptr;
  std::string
      headline_area;  // text around the first <h1>, where bylines usually stand
  std::vector<nlohmann::json> json_ld;
};

constexpr std::array<std::string_view, 12> kArticleTypes = {
    "NewsArticle",
    "Article",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "LiveBlogPosting",
    "ScholarlyArticle",
    "TechArticle",
    "Report",
    "WebPage"};

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

// The article object of a JSON-LD block: top level, in an array, or in
// "@graph".
const nlohmann::json* FindArticleObject(const nlohmann::json& j,
                                        bool allow_webpage) {
  if (j.is_array()) {
    for (const auto& item : j) {
      if (const auto* found = FindArticleObject(item, allow_webpage))
        return found;
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
      if (item.is_string())
        parts.push_back(CollapseWhitespace(item.get<std::string>()));
      if (item.is_object()) {
        if (auto name = item.find("name");
            name != item.end() && name->is_string()) {
          parts.push_back(CollapseWhitespace(name->get<std::string>()));
        }
      }
    }
    return absl::StrJoin(parts, ", ");
  }
  return {};
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

// The first string value of `"key": "..."` in broken JSON text, or "".
std::string FindJsonString(const std::string& text,
                           const std::string& key_pattern) {
  const std::regex re("\"(?:" + key_pattern +
                      ")\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  std::smatch m;
  if (!std::regex_search(text, m, re)) return {};
  // Decode the JSON escapes (\u00e9, \/) of the value.
  nlohmann::json value =
      nlohmann::json::parse("\"" + m[1].str() + "\"", nullptr, false);
  return value.is_string() ? value.get<std::string>() : m[1].str();
}

// JSON-LD as sites write it: wrapped in CDATA or HTML comments, with raw line
// breaks inside strings, or plainly broken (unescaped quotes in an image tag
// pasted into a field). What parses is used as is; from what does not, the
// article's headline, dates and author are salvaged when the text says it
// describes an article.
nlohmann::json ParseJsonLd(std::string text) {
  for (std::string_view wrapper : {"<![CDATA[", "]]>", "<!--", "-->"}) {
    for (size_t pos; (pos = text.find(wrapper)) != std::string::npos;) {
      text.replace(pos, wrapper.size(), " ");
    }
  }
  for (char& c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_discarded()) return j;
  if (!Contains(text, "Article") && !Contains(text, "BlogPosting")) return j;
  nlohmann::json salvaged = {{"@type", "NewsArticle"}};
  for (const char* key :
       {"headline", "datePublished", "dateModified", "articleSection"}) {
    if (std::string value = FindJsonString(text, key); !value.empty())
      salvaged[key] = value;
  }
  static const std::regex kAuthor(
      "\"author\"\\s*:\\s*\\[?\\s*\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]*)\"");
  std::smatch m;
  if (std::regex_search(text, m, kAuthor)) salvaged["author"] = m[1].str();
  return salvaged;
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
        const std::string content =
            CollapseWhitespace(Attribute(node, "content"));
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
          raw.h1_node = node;
          // Old table layouts write "11/02/2025 - 17:30" beside the headline
          // with no class to tell: keep the text of the headline's block for
          // the date search.
          const GumboNode* area = node->parent;
          if (area != nullptr && area->parent != nullptr &&
              area->parent->type == GUMBO_NODE_ELEMENT) {
            area = area->parent;
          }
          if (area != nullptr)
            raw.headline_area = BlockText(area).substr(0, 1500);
        }
        break;
      case GUMBO_TAG_SCRIPT: {
        std::string type(Attribute(node, "type"));
        absl::AsciiStrToLower(&type);
        if (type == "application/ld+json" &&
            node->v.element.children.length > 0) {
          const auto* text =
              static_cast<const GumboNode*>(node->v.element.children.data[0]);
          if (text->type == GUMBO_NODE_TEXT || text->type == GUMBO_NODE_CDATA) {
            nlohmann::json j = ParseJsonLd(text->v.text.text);
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
          std::string hints =
              ClassAndId(node) + " " + std::string(Attribute(node, "src"));
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
    // Bylines: elements whose class or id speaks of dates, authors or
    // publication, outside footers (where copyright years and "last updated"
    // decoys live).
    if (tag == GUMBO_TAG_FOOTER) return false;
    const std::string class_and_id = ClassAndId(node);
    const std::vector<std::string_view> hints = ClassWords(class_and_id);
    if (HintsAt(hints,
                {"footer", "copyright", "ticker", "comment", "related"})) {
      return false;
    }
    if (HintsAt(hints, {"date", "byline", "publi", "signature", "meta", "time",
                        "posted"}) &&
        raw.byline_text.size() < 2000) {
      raw.byline_text += VisibleText(node) + " | ";
    }
    const bool author_hint =
        HintsAt(hints, {"author", "auteur", "signature", "byline"});
    const std::string_view href =
        tag == GUMBO_TAG_A ? Attribute(node, "href") : "";
    const bool author_link =
        tag == GUMBO_TAG_A &&
        (Attribute(node, "rel") == "author" || Contains(href, "/auteur/") ||
         Contains(href, "/author/") || Contains(href, "/auteurs/") ||
         Contains(href, "/journaliste/") || Contains(href, "/signature/"));
    auto add_byline = [&](std::string text, const GumboNode* at) {
      if (text.empty() || text.size() >= 120 || raw.author_texts.size() >= 100)
        return;
      for (const AuthorText& seen : raw.author_texts) {
        if (seen.text == text) return;
      }
      raw.author_texts.push_back(AuthorText{std::move(text), at, false});
    };
    if (author_hint || author_link) add_byline(VisibleText(node), node);
    // "<dt>Auteur</dt><dd>Name</dd>", "<strong>Par :</strong> Name", "<p>Auteur
    // : Name</p>".
    if (tag == GUMBO_TAG_DT || tag == GUMBO_TAG_TH || tag == GUMBO_TAG_STRONG ||
        tag == GUMBO_TAG_B || tag == GUMBO_TAG_SPAN || tag == GUMBO_TAG_P ||
        tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_LABEL) {
      const std::string first = FirstTextLower(node);
      const bool may_be_label =
          first.starts_with("auteur") || first.starts_with("author") ||
          first.starts_with("par") || first.starts_with("texte") ||
          first.starts_with("by") || first.starts_with("sign");
      const std::string text = may_be_label ? VisibleText(node) : std::string();
      if (text.size() < 120 && IsAuthorLabel(text)) {
        if (const GumboNode* next = NextElementSibling(node))
          add_byline(VisibleText(next), next);
      } else if (text.size() < 120 && StartsWithAuthorLabel(text)) {
        add_byline(text, node);
      }
    }
    return true;
  });
  // The article block of the headline: the nearest <article> or <main> around
  // the <h1>, else its great-grandparent. Bylines inside it are the article's
  // own; others may belong to a live feed or a list of other articles.
  if (raw.h1_node != nullptr) {
    const GumboNode* block = nullptr;
    for (const GumboNode* n = raw.h1_node->parent;
         n != nullptr && n->type == GUMBO_NODE_ELEMENT; n = n->parent) {
      if (n->v.element.tag == GUMBO_TAG_ARTICLE ||
          n->v.element.tag == GUMBO_TAG_MAIN) {
        block = n;
        break;
      }
    }
    if (block == nullptr) {
      block = raw.h1_node;
      for (int up = 0; up < 3 && block->parent != nullptr &&
                       block->parent->type == GUMBO_NODE_ELEMENT;
           ++up) {
        block = block->parent;
      }
    }
    for (AuthorText& byline : raw.author_texts) {
      for (const GumboNode* n = byline.node; n != nullptr; n = n->parent) {
        if (n == block) {
          byline.near_headline = true;
          break;
        }
      }
    }
  }
  return raw;
}

std::string FirstMeta(const RawTags& raw,
                      std::initializer_list<const char*> keys,
                      std::string* source) {
  for (const char* key : keys) {
    if (auto it = raw.meta.find(key);
        it != raw.meta.end() && !it->second.empty()) {
      *source = key;
      return it->second;
    }
  }
  return {};
}

bool LooksLikeUrl(std::string_view s) {
  return std::string_view(s).starts_with("http://") ||
         std::string_view(s).starts_with("https://") ||
         std::string_view(s).starts_with("/");
}

// "Par Nadia Berrada, à Rabat - Publié le ..." -> "Nadia Berrada".
std::string CleanAuthor(std::string author) {
  author = CollapseWhitespace(author);
  // Leading punctuation and the "Par"/"By"/"Auteur :" label.
  while (!author.empty() &&
         (author[0] == ',' || author[0] == '-' || author[0] == '|' ||
          author[0] == ' ' || author[0] == ':')) {
    author.erase(0, 1);
  }
  for (std::string_view prefix :
       {"Par ", "par ", "PAR ", "By ", "by ", "Auteur : ", "Auteur: ",
        "Auteure : ", "Auteure: ", "Texte : ", "Texte: "}) {
    if (std::string_view(author).starts_with(prefix)) {
      author = author.substr(prefix.size());
      break;
    }
  }
  for (std::string_view stop :
       {" - ", " | ", " Publié", " publié", " le ", " Mis à jour", ",  ", " à ",
        " •", " ·", " Suivre", " Follow"}) {
    if (size_t pos = author.find(stop); pos != std::string::npos && pos > 0) {
      author = author.substr(0, pos);
    }
  }
  author = std::string(TrimAscii(author));
  while (!author.empty() && (author.back() == ',' || author.back() == '-' ||
                             author.back() == '|')) {
    author.pop_back();
  }
  if (author.size() > 80 || std::count(author.begin(), author.end(), ' ') > 8)
    return {};
  for (char c : author) {
    if (absl::ascii_isdigit(static_cast<unsigned char>(c))) return {};
  }
  // Labels and desks name nobody.
  const std::string lower = AsciiLower(author);
  for (std::string_view generic :
       {"auteur", "auteurs", "auteure", "author", "authors", "par", "by",
        "la rédaction", "rédaction", "la redaction", "redaction", "admin",
        "administrator", "webmaster", "the editors"}) {
    if (lower == generic) return {};
  }
  return author;
}

// True for what reads as a person's name: two to five words, each capitalised
// (particles such as "de", "van", "le" aside), no acronym alone ("AFP" is an
// agency).
bool LooksLikePersonName(std::string_view name) {
  for (std::string_view marker :
       {"(", "@", "/", ":", "www", ".com", ".fr", ".net", ".org"}) {
    if (Contains(name, marker))
      return false;  // "Deutsche Welle (www.dw.com)", "X.com"
  }
  int words = 0, capitalised = 0;
  for (absl::string_view piece :
       absl::StrSplit(absl::string_view(name.data(), name.size()), ' ',
                      absl::SkipEmpty())) {
    ++words;
    const unsigned char first = static_cast<unsigned char>(piece[0]);
    if ((first >= 'A' && first <= 'Z') || first >= 0xC3) ++capitalised;
  }
  return words >= 2 && words <= 5 && capitalised >= 2;
}

// "par Didier Roy", "Par Matthieu Hy le 07 Mai 2020": the capitalised words
// after the first "par"/"Par" of `text`; "" when fewer than two follow.
std::string NameAfterPar(std::string_view text) {
  for (std::string_view marker : {"Par ", "par ", "PAR "}) {
    size_t pos = 0;
    while ((pos = text.find(marker, pos)) != std::string_view::npos) {
      const bool word_start = pos == 0 || text[pos - 1] == ' ' ||
                              text[pos - 1] == '\n' || text[pos - 1] == ',' ||
                              text[pos - 1] == '(' || text[pos - 1] == '|';
      pos += marker.size();
      if (!word_start) continue;
      std::string name;
      std::string_view rest = text.substr(pos, 80);
      rest = rest.substr(0, rest.find('\n'));  // a byline ends with its line
      for (absl::string_view piece :
           absl::StrSplit(absl::string_view(rest.data(), rest.size()), ' ',
                          absl::SkipEmpty())) {
        std::string word(piece.data(), piece.size());
        while (!word.empty() && (word.back() == ',' || word.back() == '.' ||
                                 word.back() == ')')) {
          word.pop_back();
        }
        const unsigned char first =
            word.empty() ? 0 : static_cast<unsigned char>(word[0]);
        const bool capital = (first >= 'A' && first <= 'Z') || first == 0xC3;
        if (!capital || word.size() < 2) break;
        name += (name.empty() ? "" : " ") + word;
        if (piece.back() == ',' || piece.back() == '.' || piece.back() == ')')
          break;
      }
      if (LooksLikePersonName(name)) return name;
    }
  }
  // "De notre envoyé spécial à Koutiala, Boubacar Traoré": the name closes the
  // line.
  for (std::string_view marker :
       {"De notre ", "De nos ", "Notre correspondant", "De notre"}) {
    const size_t at = text.find(marker);
    if (at == std::string_view::npos) continue;
    std::string_view line = text.substr(at, 160);
    line = line.substr(0, line.find('\n'));
    const size_t comma = line.rfind(", ");
    if (comma == std::string_view::npos) continue;
    const std::string name(TrimAscii(line.substr(comma + 2)));
    if (LooksLikePersonName(name)) return name;
  }
  return {};
}
// The separators sites put between a headline and their name in <title>.
constexpr std::array<std::string_view, 6> kTitleSeparators = {
    " | ", " - ", " – ", " — ", " :: ", " · "};

// Splits "Headline – Outlet" into the headline and the last segment; the suffix
// is empty when the title has no separator.
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
  // A long last segment is part of the headline ("Gaza - la Gambie appelée à
  // ..."), not a name.
  if (suffix.size() > 40 || std::count(suffix.begin(), suffix.end(), ' ') > 4)
    return {title, ""};
  return {title.substr(0, best), suffix};
}

// Removes a trailing " | Outlet" from a headline when `outlet` is known,
// whatever separators the outlet's own name holds ("… | AOC media - Analyse
// Opinion Critique").
std::string StripOutletSuffix(const std::string& title,
                              const std::string& outlet) {
  if (outlet.empty()) return title;
  const std::string lower_title = AsciiLower(title),
                    lower_outlet = AsciiLower(outlet);
  for (std::string_view sep : kTitleSeparators) {
    const std::string tail = std::string(sep) + lower_outlet;
    if (lower_title.size() > tail.size() && lower_title.ends_with(tail)) {
      return title.substr(0, title.size() - tail.size());
    }
  }
  return title;
}

// The first clock time of a byline ("17h00", "9 h 05", "17:00"), as hours and
// minutes.
std::optional<std::pair<int, int>> FindClockTime(const std::string& text) {
  static const std::regex kTime(
      R"((?:^|[^\d])([01]?\d|2[0-3])\s*[h:]\s*([0-5]\d)(?:[^\d]|$))");
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
    if ((ld = FindArticleObject(block, /*allow_webpage=*/false)) != nullptr)
      break;
  }

  // Canonical URL and the host used for time zones.
  // Only absolute URLs identify a page: a relative canonical ("/eco/musk") says
  // nothing about the site, so og:url is tried next.
  auto absolute = [](const std::string& url) {
    return url.starts_with("http://") || url.starts_with("https://");
  };
  if (absolute(raw.canonical)) {
    md.canonical_url = raw.canonical;
    md.sources["canonical_url"] = "link rel=canonical";
  } else if (std::string og = FirstMeta(raw, {"og:url"}, &source);
             absolute(og)) {
    md.canonical_url = og;
    md.sources["canonical_url"] = source;
  }
  const std::string_view host =
      HostOf(md.canonical_url.empty() ? source_url
                                      : std::string_view(md.canonical_url));

  // Outlet.
  md.outlet = FirstMeta(
      raw, {"og:site_name", "application-name", "al:android:app_name"},
      &source);
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

  // Title: the page's own headline (<h1>) when a metadata title confirms it,
  // else the most trusted metadata title without the outlet suffix.
  std::vector<std::pair<std::string, std::string>> titles;
  if (ld != nullptr)
    titles.emplace_back(JsonString(*ld, "headline"), "json-ld headline");
  titles.emplace_back(FirstMeta(raw, {"og:title"}, &source), "og:title");
  titles.emplace_back(FirstMeta(raw, {"twitter:title"}, &source),
                      "twitter:title");
  titles.emplace_back(StripOutletSuffix(raw.title_tag, md.outlet), "title");
  titles.emplace_back(SplitTitleSuffix(raw.title_tag).first,
                      "title without suffix");
  for (auto& [title, from] : titles)
    title = StripOutletSuffix(title, md.outlet);
  // A metadata title confirms the <h1> when one holds the other: "Headline | DW
  // | 23.05.2011" or "Pétition : Headline" around the h1, or a metadata title
  // cut short.
  if (raw.h1.size() >= 10) {
    for (const auto& [title, from] : titles) {
      if (!title.empty() && (Contains(title, raw.h1) ||
                             std::string_view(raw.h1).starts_with(title))) {
        md.title = raw.h1;
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
  auto try_date = [&](std::optional<DateTime>& field, const char* name,
                      std::string_view text, std::string_view from) {
    if (field || text.empty()) return;
    if (auto date = ParseMachineDate(text, host)) {
      field = date;
      md.sources[name] = std::string(from);
    }
  };
  if (ld != nullptr) {
    try_date(md.published, "published", JsonString(*ld, "datePublished"),
             "json-ld");
    try_date(md.modified, "modified", JsonString(*ld, "dateModified"),
             "json-ld");
  }
  for (const char* key :
       {"article:published_time", "og:article:published_time", "datepublished",
        "date", "pubdate", "publishdate", "publish-date", "dc.date",
        "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date",
        "parsely-pub-date", "article.published"}) {
    if (auto it = raw.meta.find(key); it != raw.meta.end()) {
      try_date(md.published, "published", it->second, key);
    }
  }
  for (const char* key :
       {"article:modified_time", "og:updated_time", "datemodified",
        "dcterms.modified", "last-modified"}) {
    if (auto it = raw.meta.find(key); it != raw.meta.end()) {
      try_date(md.modified, "modified", it->second, key);
    }
  }
  try_date(md.published, "published", raw.itemprop_published,
           "itemprop=datePublished");
  try_date(md.modified, "modified", raw.itemprop_modified,
           "itemprop=dateModified");
  if (!raw.time_datetimes.empty()) {
    try_date(md.published, "published", raw.time_datetimes.front(),
             "time datetime");
  }
  if (!md.published) {
    // "Publié le 11 février 2025 à 17h30, mis à jour le ...": the first date of
    // the byline.
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
      // Wire sites put the day in the URL and only the time ("17h00") in the
      // byline.
      if (std::optional<std::pair<int, int>> time =
              FindClockTime(raw.byline_text)) {
        md.published->unix_seconds += time->first * 3600 + time->second * 60;
        md.sources["published"] = "url day, byline time";
      }
    }
  }
  if (!md.published) {
    md.published = DateFromUrl(source_url);
    if (md.published) md.sources["published"] = "source path";
  }

  // Author. The first tier is what the page says of this article: structured
  // data and the bylines inside the headline's article block; the second,
  // bylines elsewhere and "par <Name>" patterns. Within the first tier that has
  // any candidate, the first that reads as a person's name and is not the
  // outlet itself wins, else its first candidate.
  std::vector<std::pair<std::string, std::string>> first_tier,
      second_tier;  // (name, source)
  auto add = [](std::vector<std::pair<std::string, std::string>>& tier,
                std::string_view text, std::string_view from) {
    std::string name = CleanAuthor(std::string(text));
    if (!name.empty()) tier.emplace_back(std::move(name), std::string(from));
  };
  if (ld != nullptr) add(first_tier, JsonString(*ld, "author"), "json-ld");
  for (const char* key :
       {"author", "article:author", "og:article:author", "dc.creator", "byl",
        "sailthru.author", "parsely-author"}) {
    if (auto it = raw.meta.find(key);
        it != raw.meta.end() && !LooksLikeUrl(it->second)) {
      add(first_tier, it->second, key);
    }
  }
  add(first_tier, raw.itemprop_author, "itemprop=author");
  for (const AuthorText& byline : raw.author_texts) {
    if (byline.near_headline)
      add(first_tier, byline.text, "byline near the headline");
  }
  add(second_tier, NameAfterPar(raw.byline_text), "\"par\" in the byline");
  add(second_tier, NameAfterPar(raw.headline_area),
      "\"par\" near the headline");
  for (const AuthorText& byline : raw.author_texts) {
    if (!byline.near_headline) add(second_tier, byline.text, "byline");
  }
  add(second_tier, NameAfterPar(raw.title_tag), "\"par\" in the title");
  // The first tier decides when it names a person other than the outlet; else a
  // person of the second tier; else the first candidate of either (an agency,
  // the outlet itself).
  const std::string outlet_lower = AsciiLower(md.outlet);
  const std::pair<std::string, std::string>* chosen = nullptr;
  for (const auto& candidate : first_tier) {
    if (LooksLikePersonName(candidate.first) &&
        AsciiLower(candidate.first) != outlet_lower) {
      chosen = &candidate;
      break;
    }
  }
  for (size_t i = 0; chosen == nullptr && i < second_tier.size(); ++i) {
    if (LooksLikePersonName(second_tier[i].first)) chosen = &second_tier[i];
  }
  if (chosen == nullptr && !first_tier.empty()) chosen = &first_tier.front();
  if (chosen == nullptr && !second_tier.empty()) chosen = &second_tier.front();
  if (chosen != nullptr) {
    md.author = chosen->first;
    md.sources["author"] = chosen->second;
  }
  if (md.author.empty()) md.sources.erase("author");

  // Language, section, tags, description, body.
  md.language = raw.html_lang;
  if (md.language.empty())
    md.language =
        FirstMeta(raw, {"og:locale", "language", "content-language"}, &source);
  if (ld != nullptr && md.language.empty())
    md.language = JsonString(*ld, "inLanguage");
  md.language =
      AsciiLower(md.language.substr(0, md.language.find_first_of("-_")));

  md.section = FirstMeta(raw, {"article:section"}, &source);
  if (md.section.empty() && ld != nullptr)
    md.section = JsonString(*ld, "articleSection");

  md.tags = raw.meta_tags;
  if (md.tags.empty()) {
    std::string keywords =
        FirstMeta(raw, {"news_keywords", "keywords"}, &source);
    if (keywords.empty() && ld != nullptr)
      keywords = JsonString(*ld, "keywords");
    for (absl::string_view tag :
         absl::StrSplit(keywords, ',', absl::SkipWhitespace())) {
      md.tags.emplace_back(TrimAscii(std::string_view(tag.data(), tag.size())));
    }
  }
  md.description = FirstMeta(
      raw, {"og:description", "description", "twitter:description"}, &source);
  if (ld != nullptr) md.article_body = JsonString(*ld, "articleBody");
  return md;
}

}  // namespace newsq::internal
