// Internal: how likely a new article reports the same story as one of the
// stories already indexed, learnt from stories people or Google grouped.
//
// A logistic regression over what the story grouper measures between the
// article and a candidate story (JoinEvidence). Its weights
// (story_join_weights.inc) are written by scripts/train-story-joins from the
// labelled stories of ../shared/corpora/clustering/, corpora/ and
// indexer/training/written_stories.jsonl;
// docs/stories.md says how good it is on the stories it never saw.
#ifndef NEWSQ_INDEXER_STORY_JOIN_MODEL_H_
#define NEWSQ_INDEXER_STORY_JOIN_MODEL_H_

#include <array>
#include <cstddef>

namespace newsq::internal {

// What the grouper measures between a new article and one candidate story:
// its articles among the candidates retrieved for the article, and the
// closest of them (the highest cosine). Vectors are TF-IDF over French stems,
// stop words left out; "shared" stems leave out numbers and day and month
// names, which all of a day's articles may say.
struct JoinEvidence {
  // Cosine with the centroid of the story's candidates (unit vectors summed).
  double centroid_cosine = 0;
  // Cosine with the closest candidate.
  double closest_cosine = 0;
  // Stems the article shares with the closest candidate; a compound name both
  // headlines carry ("Saint-Malo") counts once, not once per part.
  size_t shared_stems = 0;
  // The share of the article's squared weight on those stems, and of the
  // closest candidate's: 1 when one text's words are all in the other.
  double own_share = 0;
  double closest_share = 0;
  // The highest IDF among those stems, log(n / (df + 1)), over log(n), n
  // counting the new article: near 1 for a word only these two articles say,
  // near 0 for one most articles say.
  double rarest_shared = 0;
  // The article's stems: a headline has a few, a report hundreds.
  size_t own_stems = 0;
  // The story's articles among the candidates.
  size_t story_candidates = 0;
  // Capitalised headline words (schema::kHeadlineName) the article's headline
  // shares with the closest candidate's.
  size_t shared_headline_names = 0;
  // Hours between the article's publication and the nearest of the story's
  // candidates': a story is told within hours, a look-alike (the same union's
  // next strike, the race of the next day) is often days away.
  double hours_apart = 0;
};

// The model's inputs, in the order of its weights: a constant, then numbers
// derived from the evidence (logarithms of counts, so that the tenth shared
// word adds less than the second).
inline constexpr size_t kJoinFeatureCount = 15;
using JoinFeatures = std::array<double, kJoinFeatureCount>;
JoinFeatures JoinFeaturesOf(const JoinEvidence& evidence);

class StoryJoinModel {
 public:
  explicit StoryJoinModel(const JoinFeatures& weights) : weights_(weights) {}

  // The model whose weights ship in the library.
  static const StoryJoinModel& Shipped();

  // The probability, in (0, 1), that the article belongs to the story.
  double Probability(const JoinEvidence& evidence) const {
    return ProbabilityOf(JoinFeaturesOf(evidence));
  }
  // The same from the features (JoinFeaturesOf), for the trainer.
  double ProbabilityOf(const JoinFeatures& features) const;

  const JoinFeatures& weights() const { return weights_; }

 private:
  JoinFeatures weights_;
};

// The logistic function: a score in (-inf, inf) as a probability in (0, 1).
double Logistic(double score);

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_STORY_JOIN_MODEL_H_
