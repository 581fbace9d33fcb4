// The JSON forms of newsq/json.h, and the stored-document codec built on the
// same code so that what `newsq dump` prints is exactly what the index holds.
#include "engine/article_codec.h"

#include "newsq/json.h"

namespace newsq {
namespace internal {

nlohmann::json OptionalDateToJson(const std::optional<DateTime>& date) {
  return date ? nlohmann::json(date->ToIso8601()) : nlohmann::json(nullptr);
}

nlohmann::json ArticleToJsonValue(const Article& a) {
  nlohmann::json entities = nlohmann::json::array();
  for (const Entity& e : a.entities) {
    nlohmann::json entity{
        {"name", e.name}, {"type", e.type}, {"mentions", e.mentions}};
    if (!e.aliases.empty()) entity["aliases"] = e.aliases;
    entities.push_back(std::move(entity));
  }
  return nlohmann::json{
      {"url", a.url},
      {"canonical_url", a.canonical_url.empty()
                            ? nlohmann::json(nullptr)
                            : nlohmann::json(a.canonical_url)},
      {"title", a.title},
      {"published", OptionalDateToJson(a.published)},
      {"modified", OptionalDateToJson(a.modified)},
      {"outlet", a.outlet},
      {"author",
       a.author.empty() ? nlohmann::json(nullptr) : nlohmann::json(a.author)},
      {"language", a.language},
      {"section", a.section},
      {"description", a.description},
      {"tags", a.tags},
      {"entities", std::move(entities)},
      {"text", a.text}};
}

namespace {

std::string StringOr(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>()
                                          : std::string();
}

std::optional<DateTime> DateOr(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return std::nullopt;
  return DateTime::FromIso8601(it->get<std::string>());
}

}  // namespace

namespace {

absl::StatusOr<Article> ArticleFromJsonValue(const nlohmann::json& j) {
  if (!j.is_object())
    return absl::DataLossError("stored article is not a JSON object");
  Article a;
  a.url = StringOr(j, "url");
  a.canonical_url = StringOr(j, "canonical_url");
  a.title = StringOr(j, "title");
  a.published = DateOr(j, "published");
  a.modified = DateOr(j, "modified");
  a.outlet = StringOr(j, "outlet");
  a.author = StringOr(j, "author");
  a.language = StringOr(j, "language");
  a.section = StringOr(j, "section");
  a.description = StringOr(j, "description");
  if (auto it = j.find("tags"); it != j.end() && it->is_array()) {
    for (const auto& t : *it) {
      if (t.is_string()) a.tags.push_back(t.get<std::string>());
    }
  }
  if (auto it = j.find("entities"); it != j.end() && it->is_array()) {
    for (const auto& e : *it) {
      if (!e.is_object()) continue;
      Entity entity{StringOr(e, "name"), StringOr(e, "type"), 0, {}};
      if (auto m = e.find("mentions"); m != e.end() && m->is_number_integer()) {
        entity.mentions = m->get<int>();
      }
      if (auto al = e.find("aliases"); al != e.end() && al->is_array()) {
        for (const auto& alias : *al) {
          if (alias.is_string())
            entity.aliases.push_back(alias.get<std::string>());
        }
      }
      a.entities.push_back(std::move(entity));
    }
  }
  a.text = StringOr(j, "text");
  return a;
}

}  // namespace

absl::StatusOr<Article> ArticleFromJson(std::string_view data) {
  return ArticleFromJsonValue(
      nlohmann::json::parse(data, nullptr, /*allow_exceptions=*/false));
}

absl::StatusOr<StoredArticle> StoredArticleFromJson(std::string_view data) {
  // Parsed once: search hits read a whole article, text included, per hit.
  const nlohmann::json j =
      nlohmann::json::parse(data, nullptr, /*allow_exceptions=*/false);
  absl::StatusOr<Article> article = ArticleFromJsonValue(j);
  if (!article.ok()) return article.status();
  return StoredArticle{StringOr(j, "id"), StringOr(j, "story_id"),
                       *std::move(article)};
}

}  // namespace internal

using internal::ArticleToJsonValue;
using internal::OptionalDateToJson;

namespace {
constexpr auto kJsonErrors = nlohmann::json::error_handler_t::replace;

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string MarkedSnippet(const Snippet& snippet) {
  std::string out;
  size_t pos = 0;
  for (const auto& [begin, end] : snippet.highlights) {
    out += HtmlEscape(std::string_view(snippet.text).substr(pos, begin - pos));
    out +=
        "<b>" +
        HtmlEscape(std::string_view(snippet.text).substr(begin, end - begin)) +
        "</b>";
    pos = end;
  }
  out += HtmlEscape(std::string_view(snippet.text).substr(pos));
  return out;
}
}  // namespace

std::string ToJson(const Article& article) {
  return ArticleToJsonValue(article).dump(-1, ' ', false, kJsonErrors);
}

std::string ToJson(const ExtractionReport& report) {
  nlohmann::json j = ArticleToJsonValue(report.article);
  j["explain"] = {{"charset", report.charset}, {"sources", report.sources}};
  return j.dump(-1, ' ', false, kJsonErrors);
}

std::string ToJson(const StoredArticle& stored) {
  nlohmann::json j = ArticleToJsonValue(stored.article);
  j["id"] = stored.id;
  j["story_id"] = stored.story_id;
  return j.dump(-1, ' ', false, kJsonErrors);
}

namespace {
nlohmann::json ArticleHitToJsonValue(const ArticleHit& hit) {
  nlohmann::json j = {
      {"id", hit.id},         {"story_id", hit.story_id},
      {"url", hit.url},       {"title", hit.title},
      {"outlet", hit.outlet}, {"published", OptionalDateToJson(hit.published)},
      {"score", hit.score},   {"snippet", MarkedSnippet(hit.snippet)}};
  if (hit.explanation) {
    const ScoreExplanation& e = *hit.explanation;
    j["explain"] = {{"relevance", e.relevance},
                    {"recency", e.recency},
                    {"coverage", e.coverage},
                    {"story_outlets", e.story_outlets},
                    {"age_days", e.age_days ? nlohmann::json(*e.age_days)
                                            : nlohmann::json(nullptr)}};
  }
  return j;
}

nlohmann::json StoryToJsonValue(const StoryHit& story) {
  nlohmann::json articles = nlohmann::json::array();
  for (const ArticleHit& hit : story.articles)
    articles.push_back(ArticleHitToJsonValue(hit));
  return {{"story_id", story.story_id},
          {"score", story.score},
          {"size", story.size},
          {"matching_articles", story.matching_articles},
          {"outlets", story.outlets},
          {"first_published", OptionalDateToJson(story.first_published)},
          {"last_published", OptionalDateToJson(story.last_published)},
          {"articles", std::move(articles)}};
}
}  // namespace

std::string ToJson(const StoryHit& story) {
  return StoryToJsonValue(story).dump(-1, ' ', false, kJsonErrors);
}

std::string ToJson(const std::vector<StoryHit>& stories) {
  nlohmann::json list = nlohmann::json::array();
  for (const StoryHit& story : stories) list.push_back(StoryToJsonValue(story));
  return nlohmann::json{{"stories", std::move(list)}}.dump(-1, ' ', false,
                                                           kJsonErrors);
}

std::string ToJson(const std::vector<FacetValue>& entities) {
  nlohmann::json list = nlohmann::json::array();
  for (const FacetValue& v : entities) {
    list.push_back(
        {{"value", v.value}, {"articles", v.articles}, {"stories", v.stories}});
  }
  return nlohmann::json{{"entities", std::move(list)}}.dump(-1, ' ', false,
                                                            kJsonErrors);
}

std::string ToJson(const SearchResult& result) {
  nlohmann::json stories = nlohmann::json::array();
  for (const StoryHit& story : result.stories)
    stories.push_back(StoryToJsonValue(story));
  nlohmann::json facets = {{"outlet", nlohmann::json::array()},
                           {"entity", nlohmann::json::array()},
                           {"day", nlohmann::json::array()}};
  for (const auto& [name, values] : result.facets) {
    nlohmann::json list = nlohmann::json::array();
    for (const FacetValue& v : values) {
      list.push_back({{"value", v.value},
                      {"articles", v.articles},
                      {"stories", v.stories}});
    }
    facets[name] = std::move(list);
  }
  nlohmann::json articles = nlohmann::json::array();
  for (const ArticleHit& hit : result.articles)
    articles.push_back(ArticleHitToJsonValue(hit));
  nlohmann::json j = {{"query", result.query},
                      {"total",
                       {{"articles", result.total.articles},
                        {"stories", result.total.stories},
                        {"exact", result.total.exact}}},
                      {"stories", std::move(stories)},
                      {"articles", std::move(articles)},
                      {"facets", std::move(facets)},
                      {"facets_exact", result.facets_exact},
                      {"suggestion", result.suggestion.empty()
                                         ? nlohmann::json(nullptr)
                                         : nlohmann::json(result.suggestion)}};
  return j.dump(-1, ' ', false, kJsonErrors);
}

std::string ToJson(const DatabaseStats& stats) {
  nlohmann::json j = {
      {"articles", stats.articles},
      {"stories", stats.stories},
      {"outlets", stats.outlets},
      {"first_published", OptionalDateToJson(stats.first_published)},
      {"last_published", OptionalDateToJson(stats.last_published)},
      {"size_bytes", stats.size_bytes}};
  return j.dump(-1, ' ', false, kJsonErrors);
}

}  // namespace newsq
