// The flags of a SearchRequest, shared by `newsq search` and `newsq related`.
#include "cli/search_flags.h"

#include <utility>

#include "cli/database_option.h"
#include "cli/option_validators.h"

namespace newsq::cli {

void AddSearchOptions(CLI::App& app, SearchFlags& f) {
  AddDatabaseOption(app, f.db);
  AddPartialOption(app, f.partial);
  SearchRequest& r = f.request;
  app.add_flag("--json", f.json, "Print the result as one JSON document");
  app.add_option("--limit", r.limit, "Stories to show (default: 10)")
      ->check(CountOrZero());
  app.add_option("--offset", r.offset,
                 "Stories to skip, for paging (default: 0)")
      ->check(CountOrZero());
  // allow_extra_args(false): a repeatable option takes one value each time,
  // so that the words after it stay the query.
  app.add_option("--outlet", r.outlets,
                 "Only articles of this outlet, by name or domain "
                 "(liberation.fr); repeat: any of them")
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
                 "within this age (7d, 12h, 2w, 3mo, 1y)")
      ->check(NotEmpty());
  app.add_option("--until", r.until,
                 "Published on or before this day, or before this age")
      ->check(NotEmpty());
  app.add_option("--sort", f.sort, "relevance (default) or date (newest first)")
      ->check(CLI::IsMember({"relevance", "date"}));
  app.add_option("--half-life", r.recency_half_life_days,
                 "Days after which the recency boost halves (default: 30; 0: "
                 "off)")
      ->check(DaysOrZero());
  app.add_option("--lead", f.lead,
                 "Which article leads a story: best (the best match, default) "
                 "or earliest")
      ->check(CLI::IsMember({"best", "earliest"}));
  app.add_option("--per-story", r.per_story,
                 "Show up to this many more matching articles per story")
      ->check(CountOrZero());
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
      ->check(CountOrZero());
  app.add_flag("--explain", r.explain, "Show the parts of each result's score");
  app.add_flag("--no-typos", f.no_typos,
               "Search the words exactly as typed (by default a word no "
               "article holds is also searched as its closest indexed "
               "spellings: one typo from 5 letters, two from 9)");
}

SearchRequest ToSearchRequest(const SearchFlags& f) {
  SearchRequest r = f.request;
  r.sort = f.sort == "date" ? SortOrder::kDate : SortOrder::kRelevance;
  r.lead =
      f.lead == "earliest" ? LeadChoice::kEarliest : LeadChoice::kBestMatch;
  r.facet_mode =
      f.facet_mode == "sampled" ? FacetMode::kSampled : FacetMode::kExact;
  r.collapse = !f.no_collapse;
  r.typo_tolerance = !f.no_typos;
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

}  // namespace newsq::cli
