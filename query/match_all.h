// Internal: a query that matches every document, safe to make on any thread.
#ifndef NEWSQ_QUERY_MATCH_ALL_H_
#define NEWSQ_QUERY_MATCH_ALL_H_

#include <xapian.h>

#include <string>

namespace newsq::internal {

// Every document: the empty term, as Xapian::Query::MatchAll is. That
// constant is one static object whose reference count is not atomic, so
// copying it on several threads at once (the server's searchers, each on
// its request's thread) corrupts the count and frees it while in use: a
// crash under concurrent searches. A query made here is this thread's own.
inline Xapian::Query MatchAllQuery() { return Xapian::Query(std::string()); }

}  // namespace newsq::internal

#endif  // NEWSQ_QUERY_MATCH_ALL_H_
