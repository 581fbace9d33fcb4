#include "server/page_layout.h"

#include <algorithm>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "server/french_dates.h"
#include "server/html.h"

namespace newsq::server {
namespace {

// Outlets named on a card; the rest are counted ("et 4 autres").
constexpr size_t kOutletsNamed = 4;

std::string OutletList(const std::vector<std::string>& outlets) {
  std::string list;
  const size_t named = std::min(outlets.size(), kOutletsNamed);
  for (size_t i = 0; i < named; ++i) {
    if (i > 0)
      list += (i + 1 == named && named == outlets.size()) ? " et " : ", ";
    list += EscapeHtml(outlets[i]);
  }
  if (outlets.size() > named)
    list += absl::StrCat(" et ",
                         CountOf(outlets.size() - named, "autre", "autres"));
  return list;
}

}  // namespace

std::string PageFrame(std::string_view title, std::string_view query,
                      bool sort_by_date, std::string_view main_html) {
  return absl::StrCat(
      "<!doctype html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, "
      "initial-scale=1\">\n<title>",
      EscapeHtml(title),
      "</title>\n<link rel=\"stylesheet\" href=\"/static/newsq.css\">\n"
      "<script src=\"/static/newsq.js\" defer></script>\n</head>\n<body>\n"
      "<a class=\"evitement\" href=\"#contenu\">Aller au contenu</a>\n"
      "<header class=\"bandeau\">\n<a class=\"marque\" href=\"/\">newsq</a>\n"
      "<form class=\"recherche\" role=\"search\" action=\"/\" method=\"get\">\n"
      "<label class=\"invisible\" for=\"q\">Rechercher dans l’archive</label>\n"
      "<input id=\"q\" type=\"search\" name=\"q\" value=\"",
      EscapeHtml(query),
      "\" placeholder=\"Rechercher : réforme des retraites, "
      "« Emmanuel Macron », media:lemonde.fr\" autocomplete=\"off\" "
      "enterkeyhint=\"search\">\n",
      sort_by_date ? "<input type=\"hidden\" name=\"sort\" value=\"date\">\n"
                   : "",
      "<button type=\"submit\">Rechercher</button>\n</form>\n</header>\n"
      "<main id=\"contenu\">\n",
      std::string(main_html),
      "</main>\n<footer class=\"pied\"><p>newsq · archive de presse "
      "francophone · <a href=\"/api/stats\">API JSON</a></p></footer>\n"
      "</body>\n</html>\n");
}

std::string SnippetHtml(const Snippet& snippet) {
  std::string html;
  size_t done = 0;
  for (const auto& [begin, end] : snippet.highlights) {
    if (begin < done || end > snippet.text.size() || begin >= end) continue;
    absl::StrAppend(
        &html,
        EscapeHtml(std::string_view(snippet.text).substr(done, begin - done)),
        "<mark>",
        EscapeHtml(std::string_view(snippet.text).substr(begin, end - begin)),
        "</mark>");
    done = end;
  }
  html += EscapeHtml(std::string_view(snippet.text).substr(done));
  return html;
}

std::string TimeHtml(const std::optional<DateTime>& when) {
  if (!when) return "";
  const std::string day = when->LocalDay();
  return absl::StrCat("<time datetime=\"", EscapeHtml(when->ToIso8601()), "\">",
                      EscapeHtml(FrenchDay(day)), "</time>");
}

std::string StoryHref(std::string_view story_id, std::string_view query) {
  return Link(absl::StrCat("/story/", PercentEncode(story_id)))
      .Add("q", query)
      .Str();
}

std::string WebAddress(std::string_view url) {
  const absl::string_view address(url.data(), url.size());
  if (absl::StartsWithIgnoreCase(address, "https://") ||
      absl::StartsWithIgnoreCase(address, "http://"))
    return std::string(url);
  return "";
}

std::string StoryCard(const StoryHit& story, std::string_view query) {
  if (story.articles.empty()) return "";
  const ArticleHit& lead = story.articles.front();
  std::string card = absl::StrCat(
      "<li class=\"carte\">\n<h2><a href=\"",
      EscapeHtml(StoryHref(story.story_id, query)), "\">",
      EscapeHtml(lead.title.empty() ? "(sans titre)" : lead.title),
      "</a></h2>\n<p class=\"source\"><span class=\"media\">",
      EscapeHtml(lead.outlet), "</span>", lead.published ? " · " : "",
      TimeHtml(lead.published), "</p>\n");
  if (!lead.snippet.text.empty())
    absl::StrAppend(&card, "<p class=\"extrait\">", SnippetHtml(lead.snippet),
                    "</p>\n");
  if (story.size > 1) {
    absl::StrAppend(&card, "<p class=\"couverture\"><a href=\"",
                    EscapeHtml(StoryHref(story.story_id, query)), "\">",
                    CountOf(story.size, "article", "articles"), "</a> de ",
                    CountOf(story.outlets.size(), "média", "médias"));
    if (!story.outlets.empty())
      absl::StrAppend(&card, " : ", OutletList(story.outlets));
    card += "</p>\n";
  }
  card += "</li>\n";
  return card;
}

HttpAnswer ErrorPage(int status, std::string_view detail,
                     std::string_view query) {
  const char* headline = status == 404 ? "Page introuvable"
                         : status == 400 ? "Cette recherche n’a pas pu être lue"
                         : status == 503
                             ? "L’archive ne répond pas pour le moment"
                             : "Une erreur est survenue";
  return {status, kHtmlType,
          PageFrame(absl::StrCat(headline, " · newsq"), query, false,
                    absl::StrCat("<section class=\"erreur\">\n<h1>", headline,
                                 "</h1>\n<p>", EscapeHtml(detail),
                                 "</p>\n<p><a href=\"/\">Retour à "
                                 "l’accueil</a></p>\n</section>\n"))};
}

HttpAnswer ErrorPage(const absl::Status& status, std::string_view query) {
  return ErrorPage(HttpStatusOf(status), std::string(status.message()), query);
}

}  // namespace newsq::server
