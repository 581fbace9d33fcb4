// Test support: B-cubed precision, recall and F1 of a clustering against a
// reference.
#ifndef NEWSQ_TESTS_BCUBED_H_
#define NEWSQ_TESTS_BCUBED_H_

#include <map>
#include <string>

namespace newsq::testing {

struct BCubed {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

// `predicted` and `gold` map each item to its cluster label; items missing from
// `predicted` count as singletons. Averages over the items of `gold`.
BCubed ScoreBCubed(const std::map<std::string, std::string>& predicted,
                   const std::map<std::string, std::string>& gold);

}  // namespace newsq::testing

#endif  // NEWSQ_TESTS_BCUBED_H_
