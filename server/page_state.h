// What the web page's URL says: the query, the filters picked from facets,
// the order and the page. The whole state is in the URL, so a search can be
// shared and the back button undoes a click.
#ifndef NEWSQ_SERVER_PAGE_STATE_H_
#define NEWSQ_SERVER_PAGE_STATE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "newsq/search.h"
#include "server/html.h"
#include "server/request_params.h"

namespace newsq::server {

inline constexpr int kStoriesPerPage = 10;

struct PageState {
  std::string query;                  // q
  std::vector<std::string> outlets;   // outlet, repeated
  std::vector<std::string> entities;  // entity, repeated
  std::string since;                  // since, as the query language takes it
  std::string until;                  // until
  bool by_date = false;               // sort=date
  int page = 1;                       // page, from 1

  // Something to search: a query or a filter. Without, the page shows the
  // front page of the archive.
  bool Searching() const;

  // The link to this state at "/", page 1 (pass the page to Add for another).
  Link ToLink() const;

  // The search this state asks for, with the facets the page shows.
  SearchRequest ToSearchRequest() const;
};

// Reads the page's parameters (q, outlet, entity, since, until, sort, page).
// Errors: kInvalidArgument naming the parameter, as the API's.
absl::StatusOr<PageState> PageStateFromParams(const Params& params);

}  // namespace newsq::server

#endif  // NEWSQ_SERVER_PAGE_STATE_H_
