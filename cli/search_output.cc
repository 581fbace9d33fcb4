// A search result printed as text for people or as JSON for scripts, shared by
// `newsq search` and `newsq related`.
#include "cli/search_output.h"

#include <cstdio>
#include <iostream>
#include <string>

#include "absl/strings/str_join.h"
#include "cli/dates.h"
#include "cli/exit_codes.h"
#include "cli/terminal.h"
#include "newsq/json.h"

namespace newsq::cli {
namespace {

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
  std::cout << indent << PrintableOr(hit.outlet, "(no outlet)") << " · "
            << DateOrDash(hit.published, true) << trailer << "\n";
  if (!hit.snippet.text.empty()) {
    std::cout << indent << RenderSnippet(hit.snippet, styles) << "\n";
  }
  std::cout << indent << Dim(Printable(hit.url), styles) << "\n";
}

// " · 3 articles from 2 outlets: A, B" after the lead's date; nothing for a
// story of one article.
std::string StoryTrailer(const StoryHit& story) {
  if (story.size <= 1) return "";
  std::string trailer =
      " · " + std::to_string(story.size) + " articles from " +
      std::to_string(story.outlets.size()) +
      (story.outlets.size() == 1 ? " outlet: " : " outlets: ");
  for (size_t i = 0; i < story.outlets.size(); ++i)
    trailer += (i ? ", " : "") + Printable(story.outlets[i]);
  return trailer;
}

// A story: its lead with the story's size, then its other matching articles.
void PrintStory(const StoryHit& story, int rank, bool styles) {
  const ArticleHit& lead = story.articles.front();
  std::cout << "\n"
            << rank << ". "
            << Bold(PrintableOr(lead.title, "(untitled)"), styles) << "\n";
  PrintArticle(lead, "   ", styles, StoryTrailer(story));
  PrintExplanation(lead);
  std::cout << "   " << Dim("story " + story.story_id, styles) << "\n";
  for (size_t i = 1; i < story.articles.size(); ++i) {
    std::cout << "     + " << PrintableOr(story.articles[i].title, "(untitled)")
              << "\n";
    PrintArticle(story.articles[i], "       ", styles, "");
  }
}

void PrintFacets(const SearchResult& result, bool styles) {
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

void PrintResultAsText(const SearchResult& result) {
  const bool styles = UseStyles(stdout);
  std::cout << result.total.stories
            << (result.total.stories == 1 ? " story" : " stories") << " ("
            << result.total.articles
            << (result.total.articles == 1 ? " article" : " articles") << ")"
            << (result.total.exact ? "" : ", estimated")
            << (result.missing_shards.empty()
                    ? ""
                    : absl::StrCat(", partial: ", result.missing_shards.size(),
                                   result.missing_shards.size() == 1
                                       ? " shard"
                                       : " shards",
                                   " left out"))
            << "\n";
  for (const Correction& correction : result.corrections) {
    // What was searched says it all: no "Did you mean" beside it.
    std::cout << "Searched "
              << Bold(Printable(absl::StrJoin(correction.searched, ", ")),
                      styles)
              << (correction.typed_searched ? " as well as " : " for ")
              << Printable(correction.typed)
              << " (--no-typos: only the words as typed)\n";
  }
  if (!result.suggestion.empty() && result.corrections.empty()) {
    std::cout << "Did you mean: " << Bold(Printable(result.suggestion), styles)
              << "\n";
  }
  int rank = 0;
  for (const StoryHit& story : result.stories) {
    if (story.articles.empty()) continue;
    PrintStory(story, ++rank, styles);
  }
  // With --no-collapse the result holds articles instead of stories.
  for (const ArticleHit& hit : result.articles) {
    std::cout << "\n"
              << ++rank << ". "
              << Bold(PrintableOr(hit.title, "(untitled)"), styles) << "\n";
    PrintArticle(hit, "   ", styles, "");
    PrintExplanation(hit);
    std::cout << "   " << Dim("story " + hit.story_id, styles) << "\n";
  }
  PrintFacets(result, styles);
}

}  // namespace

int ReportSearchResult(const absl::StatusOr<SearchResult>& result, bool json) {
  if (!result.ok()) return FailRequest(result.status());
  if (json) {
    std::cout << ToJson(*result) << "\n";
  } else {
    PrintResultAsText(*result);
  }
  return kExitOk;
}

}  // namespace newsq::cli
