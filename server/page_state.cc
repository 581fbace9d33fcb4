#include "server/page_state.h"

#include <iterator>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"

namespace newsq::server {
namespace {

// The histogram needs every day, not the top ten: up to this many days are
// counted (about three years); outlets and entities show their first ones.
constexpr int kFacetValues = 1000;

}  // namespace

bool PageState::Searching() const {
  return !query.empty() || !outlets.empty() || !entities.empty() ||
         !since.empty() || !until.empty();
}

Link PageState::ToLink() const {
  Link link("/");
  link.Add("q", query);
  for (const std::string& outlet : outlets) link.Add("outlet", outlet);
  for (const std::string& entity : entities) link.Add("entity", entity);
  link.Add("since", since).Add("until", until);
  if (by_date) link.Add("sort", "date");
  return link;
}

SearchRequest PageState::ToSearchRequest() const {
  SearchRequest request;
  request.query = query;
  request.outlets = outlets;
  request.entities = entities;
  request.since = since;
  request.until = until;
  request.sort = by_date ? SortOrder::kDate : SortOrder::kRelevance;
  request.offset = (page - 1) * kStoriesPerPage;
  request.limit = kStoriesPerPage;
  request.facets = {kOutletFacet, kEntityFacet, kDayFacet};
  request.facet_limit = kFacetValues;
  return request;
}

absl::StatusOr<PageState> PageStateFromParams(const Params& params) {
  // The page's parameters are a subset of the API's search, read by the
  // same code, plus `page`.
  Params search_params;
  PageState state;
  for (const auto& [name, value] : params) {
    if (name == "page") continue;
    if (name != "q" && name != "outlet" && name != "entity" &&
        name != "since" && name != "until" && name != "sort")
      return absl::InvalidArgumentError(
          absl::StrCat("unknown parameter \"", name,
                       "\"; the page takes q, outlet, entity, since, until, "
                       "sort and page"));
    search_params.emplace(name, value);
  }
  constexpr int kLastPage = kMaxOffset / kStoriesPerPage + 1;
  if (auto [first, last] = params.equal_range("page"); first != last) {
    if (std::next(first) != last ||
        !absl::SimpleAtoi(first->second, &state.page) || state.page < 1 ||
        state.page > kLastPage)
      return absl::InvalidArgumentError(
          absl::StrCat("page takes one whole number from 1 to ", kLastPage));
  }
  absl::StatusOr<SearchRequest> read = SearchRequestFromParams(search_params);
  if (!read.ok()) return read.status();
  state.query = read->query;
  state.outlets = read->outlets;
  state.entities = read->entities;
  state.since = read->since;
  state.until = read->until;
  state.by_date = read->sort == SortOrder::kDate;
  return state;
}

}  // namespace newsq::server
