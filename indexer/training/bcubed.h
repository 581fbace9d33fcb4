// B-cubed precision, recall and F1 of a clustering against a reference: for
// the clustering quality test and the join model's trainer.
#ifndef NEWSQ_INDEXER_TRAINING_BCUBED_H_
#define NEWSQ_INDEXER_TRAINING_BCUBED_H_

#include <map>
#include <string>

namespace newsq::internal {

struct BCubed {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

// `predicted` and `gold` map each item to its cluster label; items missing from
// `predicted` count as singletons. Averages over the items of `gold`.
BCubed ScoreBCubed(const std::map<std::string, std::string>& predicted,
                   const std::map<std::string, std::string>& gold);

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_TRAINING_BCUBED_H_
