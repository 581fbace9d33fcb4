#include "indexer/training/bcubed.h"

#include <set>

namespace newsq::internal {

BCubed ScoreBCubed(const std::map<std::string, std::string>& predicted,
                   const std::map<std::string, std::string>& gold) {
  std::map<std::string, std::set<std::string>> predicted_members, gold_members;
  auto cluster_of = [&](const std::string& item) {
    auto it = predicted.find(item);
    return it == predicted.end() ? "singleton:" + item : it->second;
  };
  for (const auto& [item, label] : gold) {
    predicted_members[cluster_of(item)].insert(item);
    gold_members[label].insert(item);
  }
  BCubed score;
  for (const auto& [item, label] : gold) {
    const std::set<std::string>& same_predicted =
        predicted_members[cluster_of(item)];
    const std::set<std::string>& same_gold = gold_members[label];
    size_t both = 0;
    for (const std::string& other : same_predicted)
      both += same_gold.count(other);
    score.precision += double(both) / same_predicted.size();
    score.recall += double(both) / same_gold.size();
  }
  if (gold.empty()) return score;
  score.precision /= gold.size();
  score.recall /= gold.size();
  score.f1 = score.precision + score.recall == 0
                 ? 0
                 : 2 * score.precision * score.recall /
                       (score.precision + score.recall);
  return score;
}

}  // namespace newsq::internal
