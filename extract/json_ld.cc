// The JSON-LD reader: parsing blocks as sites write them (broken ones
// included), finding the article object, and reading its fields as text.
#include "extract/json_ld.h"

#include <array>
#include <regex>
#include <string_view>
#include <vector>

#include "absl/strings/str_join.h"
#include "engine/ascii.h"
#include "extract/html_dom.h"

namespace newsq::internal {
namespace {

// The schema.org types that describe an article. A WebPage is one only when
// the caller allows it: on most sites it is the page around the article.
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
  static const std::regex kAuthor(
      "\"author\"\\s*:\\s*\\[?\\s*\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]*)\"");
  std::smatch m;
  if (std::regex_search(text, m, kAuthor)) salvaged["author"] = m[1].str();
  return salvaged;
}

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

}  // namespace newsq::internal
