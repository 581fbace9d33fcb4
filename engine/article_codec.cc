// The JSON forms of newsq/json.h, and the stored-document codec built on the
// same code so that what `newsq dump` prints is exactly what the index holds.
#include "engine/article_codec.h"

#include <simdjson.h>

#include "absl/strings/str_cat.h"
#include "engine/article_data.h"
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

// The stored article is read for every search hit, so its reader is
// simdjson's: nlohmann/json took 40 us for the average 2 KB article of a
// 289k-article index, simdjson 2.5 us. A parser keeps its buffers from one
// document to the next and must not be shared: one per thread.
simdjson::dom::parser& ThreadParser() {
  thread_local simdjson::dom::parser parser;
  return parser;
}

std::string StringOr(simdjson::dom::object object, std::string_view key) {
  std::string_view value;
  if (object[key].get_string().get(value) != simdjson::SUCCESS) return {};
  return std::string(value);
}

std::optional<DateTime> DateOr(simdjson::dom::object object,
                               std::string_view key) {
  std::string_view value;
  if (object[key].get_string().get(value) != simdjson::SUCCESS)
    return std::nullopt;
  return DateTime::FromIso8601(value);
}

// The strings of an array, skipping anything else; none when `key` is not an
// array.
std::vector<std::string> StringsOr(simdjson::dom::object object,
                                   std::string_view key) {
  std::vector<std::string> strings;
  simdjson::dom::array array;
  if (object[key].get_array().get(array) != simdjson::SUCCESS) return strings;
  for (simdjson::dom::element element : array) {
    std::string_view value;
    if (element.get_string().get(value) == simdjson::SUCCESS)
      strings.emplace_back(value);
  }
  return strings;
}

Article ArticleFromObject(simdjson::dom::object j) {
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
  a.tags = StringsOr(j, "tags");
  simdjson::dom::array entities;
  if (j["entities"].get_array().get(entities) == simdjson::SUCCESS) {
    for (simdjson::dom::element element : entities) {
      simdjson::dom::object e;
      if (element.get_object().get(e) != simdjson::SUCCESS) continue;
      Entity entity{StringOr(e, "name"), StringOr(e, "type"), 0,
                    StringsOr(e, "aliases")};
      int64_t mentions = 0;
      if (e["mentions"].get_int64().get(mentions) == simdjson::SUCCESS)
        entity.mentions = static_cast<int>(mentions);
      a.entities.push_back(std::move(entity));
    }
  }
  a.text = StringOr(j, "text");
  return a;
}

}  // namespace

absl::StatusOr<StoredArticle> StoredArticleFromJson(std::string_view data) {
  simdjson::dom::object j;
  if (const simdjson::error_code error =
          ThreadParser().parse(data.data(), data.size()).get_object().get(j);
      error != simdjson::SUCCESS) {
    return absl::DataLossError(
        absl::StrCat("stored article is not a JSON object (",
                     simdjson::error_message(error), ")"));
  }
  return StoredArticle{StringOr(j, "id"), StringOr(j, "story_id"),
                       ArticleFromObject(j)};
}

absl::StatusOr<StoredArticle> StoredArticleFromData(std::string_view data) {
  absl::StatusOr<std::string> json = DecodeArticleData(data);
  if (!json.ok()) return json.status();
  return StoredArticleFromJson(*json);
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

namespace {

nlohmann::json MissingShardsToJson(const std::vector<MissingShard>& missing) {
  nlohmann::json list = nlohmann::json::array();
  for (const MissingShard& shard : missing)
    list.push_back({{"shard", shard.where}, {"error", shard.error}});
  return list;
}

}  // namespace

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
  nlohmann::json corrections = nlohmann::json::array();
  for (const Correction& correction : result.corrections) {
    corrections.push_back({{"typed", correction.typed},
                           {"searched", correction.searched},
                           {"typed_searched", correction.typed_searched}});
  }
  nlohmann::json j = {
      {"query", result.query},
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
                         : nlohmann::json(result.suggestion)},
      {"corrections", std::move(corrections)},
      {"partial", !result.missing_shards.empty()},
      {"missing_shards", MissingShardsToJson(result.missing_shards)}};
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
  nlohmann::json shards = nlohmann::json::array();
  for (const ShardStats& shard : stats.shards) {
    shards.push_back({{shard.remote ? "address" : "path", shard.where},
                      {"articles", shard.articles}});
  }
  j["shards"] = std::move(shards);
  j["missing_shards"] = MissingShardsToJson(stats.missing_shards);
  return j.dump(-1, ' ', false, kJsonErrors);
}

}  // namespace newsq
