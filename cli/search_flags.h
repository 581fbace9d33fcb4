// The flags of a SearchRequest, shared by `newsq search` and `newsq related`.
#ifndef NEWSQ_CLI_SEARCH_FLAGS_H_
#define NEWSQ_CLI_SEARCH_FLAGS_H_

#include <CLI/CLI.hpp>
#include <string>

#include "newsq/search.h"

namespace newsq::cli {

// What a search command reads from its flags besides the request.
struct SearchFlags {
  std::string db;
  bool json = false;
  std::string facets;  // "outlet,entity,day"
  std::string sort = "relevance";
  std::string lead = "best";
  std::string facet_mode = "exact";
  bool no_collapse = false;
  bool no_typos = false;
  bool partial = false;
  SearchRequest request;
};

// Declares --db, --json and the request's flags on `app`, filling `flags`.
void AddSearchOptions(CLI::App& app, SearchFlags& flags);

// The request the flags describe: the string flags turned into the request's
// enums and lists.
SearchRequest ToSearchRequest(const SearchFlags& flags);

}  // namespace newsq::cli

#endif  // NEWSQ_CLI_SEARCH_FLAGS_H_
