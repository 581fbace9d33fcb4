#include "entities/entity_type_model.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "absl/container/flat_hash_map.h"
#include "engine/text_folding.h"
#include "entities/entity_lexicon.h"
#include "entities/entity_tokens.h"

namespace newsq::internal {
namespace {

// One feature's weight for each class (kEntityTypeClasses' order); the row
// with the empty feature is the bias.
struct WeightRow {
  std::string_view feature;
  std::array<float, 4> weights;
};

constexpr WeightRow kWeightRows[] = {
#include "entities/entity_type_weights.inc"
};

const absl::flat_hash_map<std::string_view, const std::array<float, 4>*>&
Weights() {
  static const auto* weights = [] {
    auto* by_feature =
        new absl::flat_hash_map<std::string_view, const std::array<float, 4>*>;
    by_feature->reserve(std::size(kWeightRows));
    for (const WeightRow& row : kWeightRows)
      by_feature->emplace(row.feature, &row.weights);
    return by_feature;
  }();
  return *weights;
}

// The endings of a folded word that the model reads: a place's "-ville",
// "-bourg", "-stan", a person's "-ez", "-ski".
constexpr size_t kEndings[] = {2, 3, 4};

}  // namespace

std::vector<std::string> EntityTypeFeatures(std::string_view name,
                                            const EntityCandidate& c) {
  std::vector<std::string> features = {""};  // the bias
  const std::string folded = FoldText(name);
  const std::vector<std::string_view> words = NameWords(folded);
  if (words.empty()) return features;
  features.push_back("w=" + folded);
  const std::string_view last = words.back();
  if (words.size() > 1) {
    features.push_back("f=" + std::string(words.front()));
    features.push_back("l=" + std::string(last));
  }
  for (const size_t n : kEndings) {
    if (last.size() > n + 1)
      features.push_back("s" + std::to_string(n) + "=" +
                         std::string(last.substr(last.size() - n)));
  }
  features.push_back("n=" + std::to_string(std::min<size_t>(words.size(), 4)));

  // Its shape, from the name as written.
  bool capitals = true, lower_word = false;
  for (std::string_view written : NameWords(name)) {
    EntityToken word{std::string(written)};
    ClassifyCapitals(word);
    if (!word.acronym) capitals = false;
    if (!word.capitalised) lower_word = true;
  }
  if (capitals) features.push_back("caps");
  if (lower_word) features.push_back("lower");
  if (name.find('-') != std::string_view::npos) features.push_back("hyph");
  if (std::any_of(name.begin(), name.end(),
                  [](char ch) { return ch >= '0' && ch <= '9'; }))
    features.push_back("digit");
  if (FirstNames().contains(name.substr(0, name.find(' '))))
    features.push_back("given");
  if (c.mentions_inside_sentences == 0) features.push_back("starts");
  if (c.mentions > 1) features.push_back("again");
  features.insert(features.end(), c.contexts.begin(), c.contexts.end());
  return features;
}

void ScoresToProbabilities(std::array<double, 4>& scores) {
  const double top = *std::max_element(scores.begin(), scores.end());
  double sum = 0;
  for (double& score : scores) sum += (score = std::exp(score - top));
  for (double& score : scores) score /= sum;
}

std::array<double, 4> EntityTypeProbabilities(
    const std::vector<std::string>& features) {
  std::array<double, 4> scores{};
  for (const std::string& feature : features) {
    const auto found = Weights().find(feature);
    if (found == Weights().end()) continue;
    for (size_t k = 0; k < scores.size(); ++k) scores[k] += (*found->second)[k];
  }
  ScoresToProbabilities(scores);
  return scores;
}

std::string LearntEntityType(std::string_view name, const EntityCandidate& c) {
  const std::array<double, 4> p =
      EntityTypeProbabilities(EntityTypeFeatures(name, c));
  const size_t best =
      static_cast<size_t>(std::max_element(p.begin(), p.end()) - p.begin());
  if (kEntityTypeClasses[best].empty() || p[best] < kMinEntityTypeProbability)
    return "";
  return std::string(kEntityTypeClasses[best]);
}

}  // namespace newsq::internal
