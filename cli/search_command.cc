// `newsq search` and `newsq related`: the flags of a SearchRequest, and a
// result printed as text for people or as JSON for scripts.
#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/terminal.h"
#include "newsq/newsq.h"

namespace newsq::cli {
namespace {

// What a search command reads from its flags besides the request.
struct SearchFlags {
  std::string db;
  bool json = false;
  std::string facets;  // "outlet,entity,day"
  std::string sort = "relevance";
  std::string lead = "best";
  std::string facet_mode = "exact";
  bool no_collapse = false;
  SearchRequest request;
};

void AddSearchOptions(CLI::App& app, SearchFlags& f) {
  AddDatabaseOption(app, f.db);
  SearchRequest& r = f.request;
  app.add_flag("--json", f.json, "Print the result as one JSON document");
  app.add_option("--limit", r.limit, "Stories to show (default: 10)")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--offset", r.offset,
                 "Stories to skip, for paging (default: 0)")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--outlet", r.outlets,
                 "Only articles of this outlet (repeat: any of them)")
      ->allow_extra_args(false);
  app.add_option("--entity", r.entities,
                 "Only articles naming this entity (repeat: all of them)")
      ->allow_extra_args(false);
  app.add_option("--author", r.authors,
                 "Only articles by this author (repeat: all of them)")
      ->allow_extra_args(false);
  app.add_option("--lang", r.languages,
                 "Only articles in this language, such as fr")
      ->allow_extra_args(false);
  app.add_option("--section", r.sections, "Only articles of this section")
      ->allow_extra_args(false);
  app.add_option("--story", r.story_id, "Only articles of this story id");
  app.add_option("--since", r.since,
                 "Published on or after this day (2025-02-11, 2025-02) or "
                 "within this age (7d, 12h, 2w, 3mo, 1y)");
  app.add_option("--until", r.until,
                 "Published on or before this day, or before this age");
  app.add_option("--sort", f.sort, "relevance (default) or date (newest first)")
      ->check(CLI::IsMember({"relevance", "date"}));
  app.add_option("--half-life", r.recency_half_life_days,
                 "Days after which the recency boost halves (default: 30; 0: "
                 "off)");
  app.add_option("--lead", f.lead,
                 "Which article leads a story: best (the best match, default) "
                 "or earliest")
      ->check(CLI::IsMember({"best", "earliest"}));
  app.add_option("--per-story", r.per_story,
                 "Show up to this many more matching articles per story")
      ->check(CLI::NonNegativeNumber);
  app.add_flag("--no-collapse", f.no_collapse,
               "List matching articles instead of stories");
  app.add_option("--facets", f.facets,
                 "Count matches per value of these facets: outlet, entity, "
                 "day (comma-separated)");
  app.add_option("--facet-mode", f.facet_mode,
                 "exact (default: every match counted) or sampled (faster on "
                 "huge result sets; counts are estimates)")
      ->check(CLI::IsMember({"exact", "sampled"}));
  app.add_option("--facet-limit", r.facet_limit,
                 "Values shown per facet (default: 10)")
      ->check(CLI::NonNegativeNumber);
  app.add_flag("--explain", r.explain, "Show the parts of each result's score");
}

// Turns the string flags into the request's enums and lists.
SearchRequest Finish(const SearchFlags& f) {
  SearchRequest r = f.request;
  r.sort = f.sort == "date" ? SortOrder::kDate : SortOrder::kRelevance;
  r.lead =
      f.lead == "earliest" ? LeadChoice::kEarliest : LeadChoice::kBestMatch;
  r.facet_mode =
      f.facet_mode == "sampled" ? FacetMode::kSampled : FacetMode::kExact;
  r.collapse = !f.no_collapse;
  std::string facet;
  for (char c : f.facets + ",") {
    if (c != ',' && c != ' ') {
      facet += c;
    } else if (!facet.empty()) {
      r.facets.push_back(std::move(facet));
      facet.clear();
    }
  }
  return r;
}

std::string Number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

void PrintExplanation(const ArticleHit& hit) {
  if (!hit.explanation) return;
  const ScoreExplanation& e = *hit.explanation;
  std::cout << "   score " << Number(hit.score) << " = relevance "
            << Number(e.relevance) << " + recency " << Number(e.recency);
  if (e.age_days) std::cout << " (" << Number(*e.age_days) << " days old)";
  std::cout << " + coverage " << Number(e.coverage) << " (" << e.story_outlets
            << (e.story_outlets == 1 ? " outlet" : " outlets") << ")\n";
}

// One article: its title, outlet and date, snippet, url.
void PrintArticle(const ArticleHit& hit, const std::string& indent, bool styles,
                  const std::string& trailer) {
  std::cout << indent << Printable(hit.outlet) << " · "
            << DateOrDash(hit.published, true) << trailer << "\n";
  if (!hit.snippet.text.empty()) {
    std::cout << indent << RenderSnippet(hit.snippet, styles) << "\n";
  }
  std::cout << indent << Dim(Printable(hit.url), styles) << "\n";
}

void PrintResultAsText(const SearchResult& result) {
  const bool styles = UseStyles(stdout);
  std::cout << result.total.stories
            << (result.total.stories == 1 ? " story" : " stories") << " ("
            << result.total.articles
            << (result.total.articles == 1 ? " article" : " articles") << ")"
            << (result.total.exact ? "" : ", estimated") << "\n";
  if (!result.suggestion.empty()) {
    std::cout << "Did you mean: " << Bold(Printable(result.suggestion), styles)
              << "\n";
  }
  int rank = 0;
  for (const StoryHit& story : result.stories) {
    if (story.articles.empty()) continue;
    const ArticleHit& lead = story.articles.front();
    std::cout << "\n"
              << ++rank << ". " << Bold(Printable(lead.title), styles) << "\n";
    std::string trailer;
    if (story.size > 1) {
      trailer = " · " + std::to_string(story.size) + " articles from " +
                std::to_string(story.outlets.size()) +
                (story.outlets.size() == 1 ? " outlet: " : " outlets: ");
      for (size_t i = 0; i < story.outlets.size(); ++i)
        trailer += (i ? ", " : "") + Printable(story.outlets[i]);
    }
    PrintArticle(lead, "   ", styles, trailer);
    PrintExplanation(lead);
    std::cout << "   " << Dim("story " + story.story_id, styles) << "\n";
    for (size_t i = 1; i < story.articles.size(); ++i) {
      std::cout << "     + " << Printable(story.articles[i].title) << "\n";
      PrintArticle(story.articles[i], "       ", styles, "");
    }
  }
  for (const ArticleHit& hit : result.articles) {
    std::cout << "\n"
              << ++rank << ". " << Bold(Printable(hit.title), styles) << "\n";
    PrintArticle(hit, "   ", styles, "");
    PrintExplanation(hit);
    std::cout << "   " << Dim("story " + hit.story_id, styles) << "\n";
  }
  for (const auto& [name, values] : result.facets) {
    std::cout << "\n"
              << Bold(name, styles)
              << (result.facets_exact ? "" : " (estimated)")
              << ": articles / stories\n";
    for (const FacetValue& v : values) {
      std::cout << "   " << Printable(v.value) << "  " << v.articles << " / "
                << v.stories << "\n";
    }
  }
}

// Prints `result` as the flags ask, and maps errors to exit codes: a query or
// filter the user got wrong is a usage error (2).
int Report(const absl::StatusOr<SearchResult>& result, bool json) {
  if (!result.ok()) {
    if (result.status().code() == absl::StatusCode::kInvalidArgument) {
      std::cerr << "newsq: " << Printable(StatusMessage(result.status()))
                << "\n";
      return kExitUsage;
    }
    return Fail(StatusMessage(result.status()));
  }
  if (json) {
    std::cout << ToJson(*result) << "\n";
  } else {
    PrintResultAsText(*result);
  }
  return kExitOk;
}

}  // namespace

std::function<int()> SetupSearch(CLI::App& app) {
  auto flags = std::make_shared<SearchFlags>();
  auto words = std::make_shared<std::vector<std::string>>();
  AddSearchOptions(app, *flags);
  app.add_option("QUERY", *words,
                 "Words, \"phrases\", -exclusions, OR, parentheses, and "
                 "filters such as outlet:\"Le Monde\" or since:7d "
                 "(docs/query.md)");
  return [flags, words] {
    SearchRequest request = Finish(*flags);
    for (const std::string& word : *words)
      request.query += (request.query.empty() ? "" : " ") + word;
    const bool filtered =
        !request.outlets.empty() || !request.entities.empty() ||
        !request.authors.empty() || !request.languages.empty() ||
        !request.sections.empty() || !request.story_id.empty() ||
        !request.since.empty() || !request.until.empty();
    if (request.query.empty() && !filtered) {
      std::cerr << "newsq: search needs a query or a filter; see newsq search "
                   "--help\n";
      return kExitUsage;
    }
    absl::StatusOr<std::unique_ptr<Searcher>> searcher =
        Searcher::Open(ResolveDb(flags->db));
    if (!searcher.ok()) return Fail(StatusMessage(searcher.status()));
    return Report((*searcher)->Search(request), flags->json);
  };
}

std::function<int()> SetupEntities(CLI::App& app) {
  auto db = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  auto words = std::make_shared<std::vector<std::string>>();
  auto request = std::make_shared<SearchRequest>();
  request->facet_limit = 20;
  AddDatabaseOption(app, *db);
  app.add_flag("--json", *json, "Print the entities as one JSON document");
  app.add_option("--since", request->since,
                 "Articles published on or after this day, or within this "
                 "age (7d, 2w, ...)");
  app.add_option(
      "--until", request->until,
      "Articles published on or before this day, or before this age");
  app.add_option("--limit", request->facet_limit,
                 "Entities to show (default: 20)")
      ->check(CLI::NonNegativeNumber);
  app.add_option("QUERY", *words,
                 "Count only articles matching this query (default: all)");
  return [db, json, words, request] {
    for (const std::string& word : *words)
      request->query += (request->query.empty() ? "" : " ") + word;
    absl::StatusOr<std::unique_ptr<Searcher>> searcher =
        Searcher::Open(ResolveDb(*db));
    if (!searcher.ok()) return Fail(StatusMessage(searcher.status()));
    absl::StatusOr<std::vector<FacetValue>> entities =
        (*searcher)->Entities(*request);
    if (!entities.ok()) {
      if (entities.status().code() == absl::StatusCode::kInvalidArgument) {
        std::cerr << "newsq: " << Printable(StatusMessage(entities.status()))
                  << "\n";
        return kExitUsage;
      }
      return Fail(StatusMessage(entities.status()));
    }
    if (*json) {
      std::cout << ToJson(*entities) << "\n";
      return kExitOk;
    }
    std::cout << "entity: articles / stories\n";
    for (const FacetValue& v : *entities) {
      std::cout << "   " << Printable(v.value) << "  " << v.articles << " / "
                << v.stories << "\n";
    }
    return kExitOk;
  };
}

std::function<int()> SetupRelated(CLI::App& app) {
  auto flags = std::make_shared<SearchFlags>();
  auto id = std::make_shared<std::string>();
  AddSearchOptions(app, *flags);
  app.add_option("ID", *id, "A story id or an article id, as search prints it")
      ->required();
  return [flags, id] {
    absl::StatusOr<std::unique_ptr<Searcher>> searcher =
        Searcher::Open(ResolveDb(flags->db));
    if (!searcher.ok()) return Fail(StatusMessage(searcher.status()));
    absl::StatusOr<SearchResult> result =
        (*searcher)->Related(*id, Finish(*flags));
    if (!result.ok() && result.status().code() == absl::StatusCode::kNotFound)
      return Fail(StatusMessage(result.status()));
    return Report(result, flags->json);
  };
}

}  // namespace newsq::cli
