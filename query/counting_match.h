// Internal: a Xapian match run only for what a match spy sees.
#ifndef NEWSQ_QUERY_COUNTING_MATCH_H_
#define NEWSQ_QUERY_COUNTING_MATCH_H_

#include <xapian.h>

namespace newsq::internal {

// Runs `query` over `db` for `spy` alone: unweighted, in whatever document
// order Xapian finds fastest, returning no document, and checking at least
// `check_at_least` documents (every match with db.get_doccount()). The MSet
// returned says how many documents matched (its bounds).
inline Xapian::MSet RunCountingMatch(const Xapian::Database& db,
                                     const Xapian::Query& query,
                                     Xapian::MatchSpy& spy,
                                     Xapian::doccount check_at_least) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_docid_order(Xapian::Enquire::DONT_CARE);
  enquire.add_matchspy(&spy);
  return enquire.get_mset(0, 0, check_at_least);
}

}  // namespace newsq::internal

#endif  // NEWSQ_QUERY_COUNTING_MATCH_H_
