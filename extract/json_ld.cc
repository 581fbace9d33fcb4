// The JSON-LD reader: parsing blocks as sites write them (broken ones
// included), finding the article object, and reading its fields as text.
#include "extract/json_ld.h"

#include <xapian.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_join.h"
#include "engine/ascii.h"
#include "extract/html_dom.h"

namespace newsq::internal {
namespace {

// The schema.org types that describe an article. A WebPage is one only when
// the caller allows it: on most sites it is the page around the article. A
// podcast's episode is a newsroom's story told by audio, dated and signed as
// an article is (a series, listing episodes, is not).
constexpr std::array<std::string_view, 17> kArticleTypes = {
    "NewsArticle",
    "Article",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "AskPublicNewsArticle",
    "SatiricalArticle",
    "AdvertiserContentArticle",
    "Report",
    "LiveBlogPosting",
    "ScholarlyArticle",
    "TechArticle",
    "PodcastEpisode",
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

constexpr size_t npos = std::string_view::npos;

// Occurrences of a key tried in broken JSON before giving up: each try may
// read to the end of the text, so this keeps the salvage linear in its length.
constexpr int kSalvageTries = 8;

// The position after the spaces at `at`.
size_t SkipSpaces(std::string_view text, size_t at) {
  while (at < text.size() &&
         (text[at] == ' ' || text[at] == '\f' || text[at] == '\v'))
    ++at;
  return at;
}

// Where the value of `"key" : "` opened at `at` (the key's opening quote)
// starts, or npos when no string value follows the key there.
size_t StringValueAfterKey(std::string_view text, size_t at,
                           std::string_view key) {
  at = SkipSpaces(text, at + key.size() + 2);
  if (at >= text.size() || text[at] != ':') return npos;
  at = SkipSpaces(text, at + 1);
  if (at >= text.size() || text[at] != '"') return npos;
  return at + 1;
}

// The first string value of `"key": "..."` in broken JSON text, or "". A
// scan, not a regular expression: std::regex recurses once per character of
// the value and overflows the stack on a long one.
std::string FindJsonString(std::string_view text, std::string_view key) {
  const std::string quoted = "\"" + std::string(key) + "\"";
  int tries = 0;
  for (size_t at = text.find(quoted); at != npos && tries++ < kSalvageTries;
       at = text.find(quoted, at + 1)) {
    const size_t start = StringValueAfterKey(text, at, key);
    if (start == npos) continue;
    // Up to the closing quote, over escapes.
    size_t end = start;
    while (end < text.size() && text[end] != '"')
      end += text[end] == '\\' ? 2 : 1;
    if (end >= text.size()) continue;
    const std::string raw(text.substr(start, end - start));
    // Decode the JSON escapes (\u00e9, \/) of the value.
    nlohmann::json value =
        nlohmann::json::parse("\"" + raw + "\"", nullptr, false);
    return value.is_string() ? value.get<std::string>() : raw;
  }
  return {};
}

// The first author's name in broken JSON text, as in `"author": [{...,
// "name": "..."}`: the first "name" of the first author object that has one
// before its first '}'; "" when none.
std::string FindAuthorName(std::string_view text) {
  int tries = 0;
  for (size_t at = text.find("\"author\"");
       at != npos && tries++ < kSalvageTries;
       at = text.find("\"author\"", at + 1)) {
    size_t open = SkipSpaces(text, at + 8);
    if (open >= text.size() || text[open] != ':') continue;
    open = SkipSpaces(text, open + 1);
    if (open < text.size() && text[open] == '[')
      open = SkipSpaces(text, open + 1);
    if (open >= text.size() || text[open] != '{') continue;
    const size_t close = text.find('}', open);
    const std::string_view object =
        text.substr(open, close == npos ? npos : close - open);
    for (size_t name = object.find("\"name\""); name != npos;
         name = object.find("\"name\"", name + 1)) {
      const size_t start = StringValueAfterKey(text, open + name, "name");
      if (start == npos) continue;
      const size_t end = text.find('"', start);
      if (end != npos) return std::string(text.substr(start, end - start));
    }
  }
  return {};
}

}  // namespace

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
  if (std::string author = FindAuthorName(text); !author.empty())
    salvaged["author"] = author;
  return salvaged;
}

namespace {

// How deep FindArticleObject and NonArticlePageType look into arrays and
// "@graph"s: sites nest one or two levels; a hostile page thousands, which
// would exhaust the stack.
constexpr int kDeepestNesting = 8;
// How many article objects a page's blocks are searched for: a page lists a
// few related articles beside its own, a hostile one thousands.
constexpr size_t kMostArticleObjects = 32;

// Appends the article objects of `j` to `found`, in document order, up to
// kMostArticleObjects.
void CollectArticleObjectsWithin(const nlohmann::json& j, bool allow_webpage,
                                 int depth,
                                 std::vector<const nlohmann::json*>& found) {
  if (depth > kDeepestNesting || found.size() >= kMostArticleObjects) return;
  if (j.is_array()) {
    for (const auto& item : j) {
      CollectArticleObjectsWithin(item, allow_webpage, depth + 1, found);
      if (found.size() >= kMostArticleObjects) return;
    }
    return;
  }
  if (!j.is_object()) return;
  if (HasArticleType(j, allow_webpage)) {
    found.push_back(&j);
    return;
  }
  if (auto graph = j.find("@graph"); graph != j.end())
    CollectArticleObjectsWithin(*graph, allow_webpage, depth + 1, found);
}

const nlohmann::json* FindArticleObjectWithin(const nlohmann::json& j,
                                              bool allow_webpage, int depth) {
  std::vector<const nlohmann::json*> found;
  CollectArticleObjectsWithin(j, allow_webpage, depth, found);
  return found.empty() ? nullptr : found.front();
}

// `url` without what two spellings of one address differ by: the scheme,
// "www.", the query, the fragment, a trailing slash; the host in lower case.
std::string AddressKey(std::string_view url) {
  if (const size_t scheme = url.find("://"); scheme != std::string_view::npos)
    url.remove_prefix(scheme + 3);
  else if (url.starts_with("//"))
    url.remove_prefix(2);
  url = url.substr(0, url.find_first_of("?#"));
  while (url.ends_with('/')) url.remove_suffix(1);
  const size_t slash = url.find('/');
  std::string key = AsciiLower(url.substr(0, slash));
  if (key.starts_with("www.")) key.erase(0, 4);
  if (slash != std::string_view::npos) key += url.substr(slash);
  return key;
}

std::string NonArticlePageTypeWithin(const nlohmann::json& j, int depth) {
  if (depth > kDeepestNesting) return {};
  if (j.is_array()) {
    for (const auto& item : j) {
      if (std::string type = NonArticlePageTypeWithin(item, depth + 1);
          !type.empty())
        return type;
    }
    return {};
  }
  if (!j.is_object()) return {};
  if (auto it = j.find("@type"); it != j.end()) {
    for (const nlohmann::json& type :
         it->is_array() ? *it : nlohmann::json::array({*it})) {
      if (type != "CollectionPage" && type != "SearchResultsPage" &&
          type != "ProfilePage" && type != "AboutPage" &&
          type != "ContactPage" && type != "Quiz")
        continue;
      // A page of the kind whose main entity is an article is that article.
      if (auto main = j.find("mainEntity");
          main != j.end() &&
          FindArticleObjectWithin(*main, /*allow_webpage=*/false, depth + 1))
        return {};
      return type.get<std::string>();
    }
  }
  if (auto graph = j.find("@graph"); graph != j.end())
    return NonArticlePageTypeWithin(*graph, depth + 1);
  return {};
}

}  // namespace

const nlohmann::json* FindArticleObject(const nlohmann::json& j,
                                        bool allow_webpage) {
  return FindArticleObjectWithin(j, allow_webpage, 0);
}

const nlohmann::json* FindPagesArticleObject(
    const std::vector<nlohmann::json>& blocks, std::string_view page_url) {
  std::vector<const nlohmann::json*> found;
  for (const nlohmann::json& block : blocks)
    CollectArticleObjectsWithin(block, /*allow_webpage=*/false, 0, found);
  if (found.empty()) return nullptr;
  if (found.size() == 1 || page_url.empty()) return found.front();
  const std::string page = AddressKey(page_url);
  const auto names_page = [&page](const nlohmann::json& value) {
    const nlohmann::json* address = &value;
    if (value.is_object()) {
      auto id = value.find("@id");
      if (id == value.end()) return false;
      address = &*id;
    }
    return address->is_string() &&
           AddressKey(address->get_ref<const std::string&>()) == page;
  };
  for (const nlohmann::json* article : found) {
    for (const char* key : {"url", "@id", "mainEntityOfPage"}) {
      if (auto value = article->find(key);
          value != article->end() && names_page(*value))
        return article;
    }
  }
  return found.front();
}

std::string NonArticlePageType(const nlohmann::json& j) {
  return NonArticlePageTypeWithin(j, 0);
}

namespace {

// The node of `j` (a block, an array or a "@graph") whose "@id" is `id` and
// that has a name; nullptr when there is none.
const nlohmann::json* NodeWithId(const nlohmann::json& j, const std::string& id,
                                 int depth = 0) {
  if (depth > 8) return nullptr;
  if (j.is_array()) {
    for (const auto& item : j) {
      if (const auto* found = NodeWithId(item, id, depth + 1)) return found;
    }
    return nullptr;
  }
  if (!j.is_object()) return nullptr;
  if (auto it = j.find("@id");
      it != j.end() && it->is_string() && *it == id && j.contains("name"))
    return &j;
  if (auto graph = j.find("@graph"); graph != j.end())
    return NodeWithId(*graph, id, depth + 1);
  return nullptr;
}

// `text` with the HTML character references a CMS left in its JSON-LD
// decoded (Yoast writes "d&#039;eau", "Tom &amp; Jerry"): numeric ones and
// the named ones French text uses; any other "&" stays as written.
std::string DecodeCharacterReferences(std::string_view text) {
  if (text.find('&') == std::string_view::npos) return std::string(text);
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"},         {"quot", "\""},       {"apos", "'"},
      {"lt", "<"},          {"gt", ">"},          {"nbsp", "\u00a0"},
      {"rsquo", "\u2019"},  {"lsquo", "\u2018"},  {"rdquo", "\u201d"},
      {"ldquo", "\u201c"},  {"laquo", "\u00ab"},  {"raquo", "\u00bb"},
      {"hellip", "\u2026"}, {"ndash", "\u2013"},  {"mdash", "\u2014"},
      {"eacute", "\u00e9"}, {"egrave", "\u00e8"}, {"agrave", "\u00e0"},
      {"ccedil", "\u00e7"}, {"ecirc", "\u00ea"},  {"Eacute", "\u00c9"}};
  constexpr size_t kLongestReference = 10;  // "&#x10FFFF;"
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const size_t end = text.find(';', i);
    if (text[i] != '&' || end == std::string_view::npos ||
        end - i > kLongestReference) {
      out += text[i];
      continue;
    }
    const std::string_view name = text.substr(i + 1, end - i - 1);
    std::string decoded;
    if (name.size() > 1 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      const std::string_view digits = name.substr(hex ? 2 : 1);
      const auto value_of = [hex](char c) {
        const auto u = static_cast<unsigned char>(c);
        if (absl::ascii_isdigit(u)) return c - '0';
        if (hex && absl::ascii_isxdigit(u))
          return absl::ascii_tolower(u) - 'a' + 10;
        return -1;
      };
      uint32_t code = 0;
      bool ok = !digits.empty() && digits.size() <= 7;
      for (char c : digits) {
        const int value = value_of(c);
        ok = ok && value >= 0;
        if (ok) code = code * (hex ? 16 : 10) + static_cast<uint32_t>(value);
      }
      if (ok && code > 0 && code <= 0x10FFFF &&
          !(code >= 0xD800 && code <= 0xDFFF))
        Xapian::Unicode::append_utf8(decoded, code);
    } else {
      for (const auto& [named, value] : kNamed) {
        if (name == named) decoded = value;
      }
    }
    if (decoded.empty()) {
      out += text[i];
      continue;
    }
    out += decoded;
    i = end;
  }
  return out;
}

// An item's text: a string, or an object's "name"; an object that only
// refers to another node by its "@id" is named by that node of `blocks`.
std::string NameOf(const nlohmann::json& item,
                   const std::vector<nlohmann::json>* blocks) {
  if (item.is_string())
    return CollapseWhitespace(
        DecodeCharacterReferences(item.get<std::string>()));
  if (!item.is_object()) return {};
  if (auto name = item.find("name"); name != item.end() && name->is_string())
    return CollapseWhitespace(
        DecodeCharacterReferences(name->get<std::string>()));
  if (auto id = item.find("@id");
      blocks != nullptr && id != item.end() && id->is_string()) {
    for (const nlohmann::json& block : *blocks) {
      if (const auto* node = NodeWithId(block, id->get<std::string>()))
        return NameOf(*node, nullptr);
    }
  }
  return {};
}

// Whether `item`, or the node its "@id" names in `blocks`, is typed as an
// organisation (schema.org's Organization and its kinds: NewsMediaOrganization,
// GovernmentOrganization..., Corporation).
bool IsOrganisation(const nlohmann::json& item,
                    const std::vector<nlohmann::json>& blocks) {
  if (!item.is_object()) return false;
  const nlohmann::json* node = &item;
  if (!item.contains("@type")) {
    const auto id = item.find("@id");
    if (id == item.end() || !id->is_string()) return false;
    node = nullptr;
    for (const nlohmann::json& block : blocks) {
      node = NodeWithId(block, id->get<std::string>());
      if (node != nullptr) break;
    }
    if (node == nullptr) return false;
  }
  const auto type = node->find("@type");
  if (type == node->end()) return false;
  const auto organisation = [](const nlohmann::json& t) {
    if (!t.is_string()) return false;
    const std::string name = t.get<std::string>();
    return name.ends_with("Organization") || name == "Corporation";
  };
  if (type->is_array())
    return std::any_of(type->begin(), type->end(), organisation);
  return organisation(*type);
}

std::string ValueText(const nlohmann::json& node, const char* key,
                      const std::vector<nlohmann::json>* blocks) {
  auto it = node.find(key);
  if (it == node.end()) return {};
  if (!it->is_array()) return NameOf(*it, blocks);
  std::vector<std::string> parts;
  for (const auto& item : *it) {
    if (std::string part = NameOf(item, blocks); !part.empty())
      parts.push_back(std::move(part));
  }
  return absl::StrJoin(parts, ", ");
}

}  // namespace

std::string JsonString(const nlohmann::json& node, const char* key) {
  return ValueText(node, key, nullptr);
}

std::string JsonAuthor(const nlohmann::json& article,
                       const std::vector<nlohmann::json>& blocks) {
  // An organisation named as the author ("TRR Info", the newsroom, an
  // agency) signs for no one: the page's byline names the people.
  const auto people = [&](const char* key) {
    std::vector<std::string> names;
    const auto it = article.find(key);
    if (it == article.end()) return names;
    const auto add = [&](const nlohmann::json& item) {
      if (IsOrganisation(item, blocks)) return;
      if (std::string name = NameOf(item, &blocks); !name.empty())
        names.push_back(std::move(name));
    };
    if (it->is_array()) {
      for (const nlohmann::json& item : *it) add(item);
    } else {
      add(*it);
    }
    return names;
  };
  std::vector<std::string> names = people("author");
  // Some sites name the writer as the work's "creator" only.
  if (names.empty()) names = people("creator");
  return absl::StrJoin(names, ", ");
}

}  // namespace newsq::internal
