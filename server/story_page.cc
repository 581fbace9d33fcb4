// "/story/ID": one story, its articles in time order, and related stories.
#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "server/french_dates.h"
#include "server/html.h"
#include "server/page_layout.h"
#include "server/pages.h"

namespace newsq::server {
namespace {

constexpr int kRelatedStories = 5;

// One article of the story's timeline: date, outlet, title linked to the
// page it came from, and its description.
std::string TimelineEntry(const ArticleHit& article) {
  const std::string address = WebAddress(article.url);
  const std::string title =
      EscapeHtml(article.title.empty() ? "(sans titre)" : article.title);
  std::string html = absl::StrCat(
      "<li>\n<p class=\"source\">", TimeHtml(article.published),
      article.published ? " · " : "", "<span class=\"media\">",
      EscapeHtml(article.outlet), "</span></p>\n<h3>",
      address.empty()
          ? title
          : absl::StrCat("<a href=\"", EscapeHtml(address),
                         "\" rel=\"noopener noreferrer\">", title, "</a>"),
      "</h3>\n");
  if (!article.snippet.text.empty())
    absl::StrAppend(&html, "<p class=\"extrait\">",
                    SnippetHtml(article.snippet), "</p>\n");
  html += "</li>\n";
  return html;
}

std::string Period(const StoryHit& story) {
  if (!story.first_published) return "";
  const std::string first = story.first_published->LocalDay();
  const std::string last =
      story.last_published ? story.last_published->LocalDay() : first;
  if (first == last)
    return absl::StrCat(", le ", TimeHtml(story.first_published));
  return absl::StrCat(", du ", TimeHtml(story.first_published), " au ",
                      TimeHtml(story.last_published));
}

}  // namespace

HttpAnswer StoryPage(Searcher& searcher, std::string_view story_id,
                     const Params& params) {
  std::string query;
  for (const auto& [name, value] : params) {
    if (name != "q")
      return ErrorPage(400,
                       absl::StrCat("unknown parameter \"", name,
                                    "\"; a story's page takes q"),
                       "");
    query = value.substr(0, kMaxQueryBytes);
  }
  absl::StatusOr<StoryHit> story = searcher.Story(std::string(story_id));
  if (!story.ok()) return ErrorPage(story.status(), query);
  // An article's id, or the id of a lone article's story that has since
  // moved into another (docs/stories.md): the story's own address, so that
  // links and bookmarks end up where the story lives. Found (302), not moved
  // for good: `newsq recluster` may regroup it again.
  if (story->story_id != story_id) {
    const std::string location = StoryHref(story->story_id, query);
    return {
        302, kHtmlType,
        absl::StrCat("<!DOCTYPE html>\n<html lang=\"fr\"><title>newsq</title>"
                     "<p>Cette histoire est à <a href=\"",
                     EscapeHtml(location), "\">cette adresse</a>.</p>\n"),
        location};
  }
  if (story->articles.empty())
    return ErrorPage(404, "this story holds no article", query);
  const ArticleHit& lead = story->articles.front();

  std::vector<ArticleHit> in_time_order = story->articles;
  std::stable_sort(in_time_order.begin(), in_time_order.end(),
                   [](const ArticleHit& a, const ArticleHit& b) {
                     if (!a.published || !b.published)
                       return a.published.has_value() && !b.published;
                     return a.published->unix_seconds <
                            b.published->unix_seconds;
                   });

  std::string main;
  if (!query.empty())
    absl::StrAppend(&main, "<nav class=\"retour\"><a href=\"",
                    EscapeHtml(Link("/").Add("q", query).Str()),
                    "\">← Retour aux résultats</a></nav>\n");
  absl::StrAppend(&main, "<article class=\"histoire\">\n<h1>",
                  EscapeHtml(lead.title.empty() ? "(sans titre)" : lead.title),
                  "</h1>\n<p class=\"couverture\">",
                  CountOf(story->size, "article", "articles"), " de ",
                  CountOf(story->outlets.size(), "média", "médias"),
                  Period(*story), "</p>\n");
  if (!lead.snippet.text.empty())
    absl::StrAppend(&main, "<p class=\"chapo\">", SnippetHtml(lead.snippet),
                    "</p>\n");
  main += "<h2>Le fil de l’histoire</h2>\n<ol class=\"fil\">\n";
  for (const ArticleHit& article : in_time_order)
    main += TimelineEntry(article);
  main += "</ol>\n</article>\n";

  SearchRequest related_request;
  related_request.limit = kRelatedStories;
  absl::StatusOr<SearchResult> related =
      searcher.Related(std::string(story_id), related_request);
  if (!related.ok()) {
    // The story itself was read: show it, and say what is missing.
    absl::StrAppend(&main,
                    "<p class=\"erreur\">Les histoires liées n’ont "
                    "pas pu être cherchées : ",
                    EscapeHtml(std::string(related.status().message())),
                    "</p>\n");
  } else if (!related->stories.empty()) {
    main +=
        "<section class=\"liees\" aria-labelledby=\"liees\">\n<h2 "
        "id=\"liees\">Histoires liées</h2>\n<ol class=\"histoires\">\n";
    for (const StoryHit& other : related->stories)
      main += StoryCard(other, query);
    main += "</ol>\n</section>\n";
  }
  return {200, kHtmlType,
          PageFrame(absl::StrCat(lead.title, " · newsq"), query, false, main)};
}

}  // namespace newsq::server
