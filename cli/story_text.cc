// A story printed as text, as `newsq story` and `newsq stories` show it.
#include "cli/story_text.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <iostream>
#include <vector>

#include "cli/dates.h"
#include "cli/terminal.h"

namespace newsq::cli {

void PrintStoryAsText(const StoryHit& story, bool all_articles) {
  const bool styles = UseStyles(stdout);
  const ArticleHit& lead = story.articles.front();
  std::cout << Bold(PrintableOr(lead.title, "(untitled)"), styles) << "\n"
            << "   story " << story.story_id << " · " << story.size
            << (story.size == 1 ? " article" : " articles") << " · "
            << DateOrDash(story.first_published, true) << " to "
            << DateOrDash(story.last_published, true) << "\n   ";
  for (size_t i = 0; i < story.outlets.size(); ++i) {
    std::cout << (i ? ", " : "") << Printable(story.outlets[i]);
  }
  if (story.outlets.empty()) std::cout << "(no outlet)";
  std::cout << "\n";
  if (!all_articles) return;
  std::vector<const ArticleHit*> in_time_order;
  for (const ArticleHit& hit : story.articles) in_time_order.push_back(&hit);
  // Undated articles go last; stable, so ties keep the story's order.
  std::stable_sort(
      in_time_order.begin(), in_time_order.end(), [](auto* a, auto* b) {
        return (a->published ? a->published->unix_seconds : INT64_MAX) <
               (b->published ? b->published->unix_seconds : INT64_MAX);
      });
  for (const ArticleHit* hit : in_time_order) {
    std::cout << "\n"
              << DateOrDash(hit->published) << "  "
              << PrintableOr(hit->outlet, "(no outlet)")
              << (hit == &story.articles.front() ? "  (lead)" : "") << "\n   "
              << PrintableOr(hit->title, "(untitled)") << "\n   "
              << Dim(Printable(hit->url), styles) << "\n";
  }
}

}  // namespace newsq::cli
