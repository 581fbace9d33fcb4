// The web interface: server-rendered HTML pages in French, complete without
// JavaScript (newsq.js only adds keyboard shortcuts). Every value taken from
// the archive or the request is escaped; the pages load nothing from outside.
#ifndef NEWSQ_SERVER_PAGES_H_
#define NEWSQ_SERVER_PAGES_H_

#include <string_view>

#include "newsq/search.h"
#include "server/http_answer.h"
#include "server/request_params.h"

namespace newsq::server {

// "/": the front page of the archive, or with a query or filters
// (page_state.h) the search page: stories as cards, facets, histogram,
// paging. Errors: a 400 page for a parameter it cannot read.
HttpAnswer SearchPage(Searcher& searcher, const Params& params);

// "/story/ID": one story, its articles in time order, and related stories.
// `q` (optional) is the search to go back to. An id Searcher::Story follows
// to a story of another id (an article's, a moved lone article's old story)
// gets a 302 to that story's address. Errors: a 404 page for an unknown
// story.
HttpAnswer StoryPage(Searcher& searcher, std::string_view story_id,
                     const Params& params);

}  // namespace newsq::server

#endif  // NEWSQ_SERVER_PAGES_H_
