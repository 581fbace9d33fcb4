// "/": the search page, and the front page when nothing is searched.
#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "server/french_dates.h"
#include "server/histogram.h"
#include "server/html.h"
#include "server/page_layout.h"
#include "server/page_state.h"
#include "server/pages.h"

namespace newsq::server {
namespace {

// Values listed per facet, beside the results.
constexpr size_t kFacetValuesShown = 10;
constexpr size_t kDaysShown = 7;

// A chip for a filter in use: its name, its value, and the link that drops it.
std::string Chip(const std::string& kind, const std::string& value,
                 const Link& without) {
  const std::string label = absl::StrCat(kind, " : ", value);
  return absl::StrCat(
      "<li><a class=\"puce\" href=\"", EscapeHtml(without.Str()),
      "\" title=\"Retirer ce filtre\">", EscapeHtml(label),
      " <span aria-hidden=\"true\">×</span><span "
      "class=\"invisible\"> (retirer ce filtre)</span></a></li>\n");
}

std::string Chips(const PageState& state) {
  std::string chips;
  for (const std::string& outlet : state.outlets)
    chips += Chip("Média", outlet, state.ToLink().Remove("outlet", outlet));
  for (const std::string& entity : state.entities)
    chips += Chip("Entité", entity, state.ToLink().Remove("entity", entity));
  if (!state.since.empty() && state.since == state.until) {
    chips += Chip("Période", FrenchDay(state.since),
                  state.ToLink().Remove("since").Remove("until"));
  } else {
    if (!state.since.empty())
      chips += Chip("Depuis", FrenchDay(state.since),
                    state.ToLink().Remove("since"));
    if (!state.until.empty())
      chips += Chip("Jusqu’à", FrenchDay(state.until),
                    state.ToLink().Remove("until"));
  }
  if (chips.empty()) return "";
  return absl::StrCat("<ul class=\"filtres\" aria-label=\"Filtres\">\n", chips,
                      "</ul>\n");
}

// One facet's values as links that add it as a filter; those in use are
// chips already and are left out.
std::string FacetList(const std::string& heading,
                      const std::vector<FacetValue>& values, size_t shown,
                      const std::vector<std::string>& in_use,
                      const std::function<Link(const std::string&)>& link_to,
                      std::string (*label)(std::string_view) = nullptr) {
  std::string items;
  size_t listed = 0;
  for (const FacetValue& value : values) {
    if (listed == shown) break;
    if (std::find(in_use.begin(), in_use.end(), value.value) != in_use.end())
      continue;
    ++listed;
    absl::StrAppend(&items, "<li><a href=\"",
                    EscapeHtml(link_to(value.value).Str()), "\">",
                    EscapeHtml(label ? label(value.value) : value.value),
                    "</a> <span class=\"nombre\">", FrenchCount(value.articles),
                    "</span></li>\n");
  }
  if (items.empty()) return "";
  return absl::StrCat("<section class=\"facette\">\n<h2>", heading,
                      "</h2>\n<ul>\n", items, "</ul>\n</section>\n");
}

std::string Facets(const SearchResult& result, const PageState& state) {
  auto values = [&](const char* facet) -> const std::vector<FacetValue>& {
    static const std::vector<FacetValue> kNone;
    auto it = result.facets.find(facet);
    return it == result.facets.end() ? kNone : it->second;
  };
  std::string html = FacetList(
      "Médias", values(kOutletFacet), kFacetValuesShown, state.outlets,
      [&](const std::string& v) { return state.ToLink().Add("outlet", v); });
  html += FacetList(
      "Personnes, lieux, organisations", values(kEntityFacet),
      kFacetValuesShown, state.entities,
      [&](const std::string& v) { return state.ToLink().Add("entity", v); });
  // A day picked is a chip: the days are listed only while none is.
  if (state.since.empty() && state.until.empty()) {
    std::vector<FacetValue> days = values(kDayFacet);
    html += FacetList(
        "Jours les plus couverts", days, kDaysShown, {},
        [&](const std::string& day) {
          return state.ToLink().Add("since", day).Add("until", day);
        },
        FrenchDay);
  }
  if (html.empty()) return "";
  return absl::StrCat("<aside class=\"facettes\" aria-label=\"Affiner\">\n",
                      html, "</aside>\n");
}

std::string Summary(const SearchResult& result, const PageState& state) {
  const bool exact = result.total.exact;
  std::string html = absl::StrCat(
      "<div class=\"resume\">\n<p class=\"total\">", exact ? "" : "environ ",
      CountOf(result.total.articles, "article", "articles"), " dans ",
      CountOf(result.total.stories, "histoire", "histoires"), "</p>\n");
  PageState by_relevance = state, by_date = state;
  by_relevance.by_date = false;
  by_date.by_date = true;
  auto sort_link = [](const PageState& s, bool current, const char* label) {
    return current ? absl::StrCat("<strong aria-current=\"true\">", label,
                                  "</strong>")
                   : absl::StrCat("<a href=\"", EscapeHtml(s.ToLink().Str()),
                                  "\">", label, "</a>");
  };
  absl::StrAppend(&html, "<p class=\"tri\">Trier : ",
                  sort_link(by_relevance, !state.by_date, "pertinence"), " · ",
                  sort_link(by_date, state.by_date, "plus récentes"),
                  "</p>\n</div>\n");
  return html;
}

// "Vouliez-vous dire ..." and what typo tolerance searched instead.
std::string Corrections(const SearchResult& result, const PageState& state) {
  std::string html;
  if (!result.suggestion.empty()) {
    PageState suggested = state;
    suggested.query = result.suggestion;
    absl::StrAppend(&html,
                    "<p class=\"suggestion\">Vouliez-vous dire <a href=\"",
                    EscapeHtml(suggested.ToLink().Str()), "\">",
                    EscapeHtml(result.suggestion), "</a> ?</p>\n");
  }
  for (const Correction& correction : result.corrections) {
    std::string searched;
    for (const std::string& word : correction.searched)
      absl::StrAppend(&searched, searched.empty() ? "" : ", ", "« ",
                      EscapeHtml(word), " »");
    absl::StrAppend(&html, "<p class=\"correction\">« ",
                    EscapeHtml(correction.typed),
                    " » a aussi été cherché comme ", searched, ".</p>\n");
  }
  return html;
}

std::string Paging(const SearchResult& result, const PageState& state) {
  const int64_t pages = std::min<int64_t>(
      (result.total.stories + kStoriesPerPage - 1) / kStoriesPerPage,
      kMaxOffset / kStoriesPerPage + 1);
  if (pages <= 1 && state.page == 1) return "";
  auto page_link = [&](int page, const char* label, const char* rel) {
    Link link = state.ToLink();
    if (page > 1) link.Add("page", absl::StrCat(page));
    return absl::StrCat("<a href=\"", EscapeHtml(link.Str()), "\" rel=\"", rel,
                        "\">", label, "</a>");
  };
  std::string html = "<nav class=\"pages\" aria-label=\"Pages\">\n";
  if (state.page > 1)
    absl::StrAppend(&html, page_link(state.page - 1, "← Précédente", "prev"),
                    "\n");
  absl::StrAppend(&html, "<span>Page ", state.page, " sur ",
                  std::max<int64_t>(pages, state.page), "</span>\n");
  if (state.page < pages)
    absl::StrAppend(&html, page_link(state.page + 1, "Suivante →", "next"),
                    "\n");
  html += "</nav>\n";
  return html;
}

std::string StoryList(const std::vector<StoryHit>& stories, int first_rank,
                      std::string_view query) {
  std::string html =
      absl::StrCat("<ol class=\"histoires\" start=\"", first_rank, "\">\n");
  for (const StoryHit& story : stories) html += StoryCard(story, query);
  html += "</ol>\n";
  return html;
}

std::string Title(const PageState& state) {
  if (!state.query.empty())
    return absl::StrCat("« ", state.query, " » · newsq");
  return "Recherche · newsq";
}

HttpAnswer Results(Searcher& searcher, const PageState& state) {
  absl::StatusOr<SearchResult> result =
      searcher.Search(state.ToSearchRequest());
  if (!result.ok()) return ErrorPage(result.status(), state.query);
  std::string main = absl::StrCat(Chips(state), Corrections(*result, state),
                                  Summary(*result, state));
  std::string results;
  auto days = result->facets.find(kDayFacet);
  if (days != result->facets.end())
    results += HistogramHtml(days->second, state);
  if (result->stories.empty()) {
    absl::StrAppend(&results,
                    "<p class=\"vide\">Aucune histoire ne "
                    "correspond à cette recherche",
                    state.page > 1 ? " sur cette page" : "", ".</p>\n");
  } else {
    results += StoryList(result->stories,
                         (state.page - 1) * kStoriesPerPage + 1, state.query);
  }
  results += Paging(*result, state);
  absl::StrAppend(&main,
                  "<div class=\"colonnes\">\n<section "
                  "class=\"resultats\" aria-label=\"Histoires\">\n",
                  results, "</section>\n", Facets(*result, state), "</div>\n");
  return {200, kHtmlType,
          PageFrame(Title(state), state.query, state.by_date, main)};
}

// Nothing searched: what the archive holds, its biggest stories and the
// names it cites most.
HttpAnswer FrontPage(Searcher& searcher) {
  constexpr int kFrontStories = 10, kFrontEntities = 15;
  absl::StatusOr<DatabaseStats> stats = searcher.Stats();
  if (!stats.ok()) return ErrorPage(stats.status(), "");
  StoriesRequest stories_request;
  stories_request.limit = kFrontStories;
  absl::StatusOr<std::vector<StoryHit>> stories =
      searcher.Stories(stories_request);
  if (!stories.ok()) return ErrorPage(stories.status(), "");
  SearchRequest entities_request;
  entities_request.facet_limit = kFrontEntities;
  absl::StatusOr<std::vector<FacetValue>> entities =
      searcher.Entities(entities_request);
  if (!entities.ok()) return ErrorPage(entities.status(), "");

  std::string main = absl::StrCat(
      "<div class=\"resume\">\n<p class=\"total\">",
      CountOf(stats->articles, "article", "articles"), " de ",
      CountOf(stats->outlets, "média", "médias"), ", regroupés en ",
      CountOf(stats->stories, "histoire", "histoires"));
  if (stats->first_published && stats->last_published)
    absl::StrAppend(&main, ", du ", TimeHtml(stats->first_published), " au ",
                    TimeHtml(stats->last_published));
  main +=
      "</p>\n</div>\n<div class=\"colonnes\">\n<section "
      "class=\"resultats\" aria-labelledby=\"une\">\n<h1 id=\"une\">Les "
      "histoires les plus couvertes</h1>\n";
  main += StoryList(*stories, 1, "");
  main += "</section>\n";
  PageState none;
  absl::StrAppend(&main, "<aside class=\"facettes\">\n",
                  FacetList("Les plus cités", *entities, kFrontEntities, {},
                            [&](const std::string& v) {
                              return none.ToLink().Add("entity", v);
                            }),
                  "</aside>\n</div>\n");
  return {200, kHtmlType,
          PageFrame("newsq · archive de presse", "", false, main)};
}

}  // namespace

HttpAnswer SearchPage(Searcher& searcher, const Params& params) {
  absl::StatusOr<PageState> state = PageStateFromParams(params);
  if (!state.ok()) {
    auto q = params.find("q");
    return ErrorPage(400, std::string(state.status().message()),
                     q == params.end() ? "" : q->second);
  }
  if (!state->Searching()) return FrontPage(searcher);
  return Results(searcher, *state);
}

}  // namespace newsq::server
