// The parts every page of the web interface shares: the frame (head, search
// bar, footer) and the story card. All text from the archive is escaped here.
#ifndef NEWSQ_SERVER_PAGE_LAYOUT_H_
#define NEWSQ_SERVER_PAGE_LAYOUT_H_

#include <optional>
#include <string>
#include <string_view>

#include "newsq/article.h"
#include "newsq/search.h"
#include "server/http_answer.h"

namespace newsq::server {

// A whole HTML page: `title` (text) in the tab, `query` (text) in the search
// box, `sort_by_date` kept by the next search, and `main_html` (markup) as
// its content.
std::string PageFrame(std::string_view title, std::string_view query,
                      bool sort_by_date, std::string_view main_html);

// A snippet's text with its highlighted words in <mark>.
std::string SnippetHtml(const Snippet& snippet);

// "12 mars 2025" in a <time> element, or "" without a date.
std::string TimeHtml(const std::optional<DateTime>& when);

// The address of a story's page, remembering the search it was found by.
std::string StoryHref(std::string_view story_id, std::string_view query);

// An article's address as a link target, or "" when it is not a web address
// (a file it was read from; never a javascript: URL).
std::string WebAddress(std::string_view url);

// A story as a card: lead title (linked to the story's page), outlet and
// date, snippet, and "N articles de M médias : ..." when others covered it.
std::string StoryCard(const StoryHit& story, std::string_view query);

// A page saying what went wrong, in French, with `status` (400, 404, 500...)
// and `detail` (text: the error's own message) under it.
HttpAnswer ErrorPage(int status, std::string_view detail,
                     std::string_view query);
// The page for a failed status: its HTTP status (HttpStatusOf) and message.
HttpAnswer ErrorPage(const absl::Status& status, std::string_view query);

}  // namespace newsq::server

#endif  // NEWSQ_SERVER_PAGE_LAYOUT_H_
