// Internal: a learnt model of a name's type, for the names whose words and
// cues give the rules (entity_types.h) no evidence.
//
// A multinomial logistic regression over sparse binary features: the name's
// folded form, first and last words and endings, its shape, and the words
// around its mentions ("la ville de X", "X en Allemagne", "né à X"). Its
// weights (entity_type_weights.inc) are written by scripts/train-entity-types
// from the annotated newspapers of ../shared/corpora/ner/ (docs/entities.md
// says how big, how fast and how good).
#ifndef NEWSQ_ENTITIES_ENTITY_TYPE_MODEL_H_
#define NEWSQ_ENTITIES_ENTITY_TYPE_MODEL_H_

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "entities/entity_types.h"

namespace newsq::internal {

// The model's classes, in the order of its weights; "" is a name of no
// scored type (another kind of name, or no name at all).
inline constexpr std::array<std::string_view, 4> kEntityTypeClasses = {
    "PER", "LOC", "ORG", ""};

// What the model reads of `name` and its mentions. Deterministic; the same
// function serves training and recognition.
std::vector<std::string> EntityTypeFeatures(std::string_view name,
                                            const EntityCandidate& c);

// Turns each class's summed weights into its probability (a softmax), in
// place; shared with the trainer so that both read scores the same way.
void ScoresToProbabilities(std::array<double, 4>& scores);

// Each class's probability for `features` (indexed as kEntityTypeClasses),
// under the shipped weights. Features the model never saw weigh nothing.
std::array<double, 4> EntityTypeProbabilities(
    const std::vector<std::string>& features);

// PER, LOC or ORG when the model gives that type at least
// kMinEntityTypeProbability, else "" (the name stays MISC). Thread-safe. The
// threshold keeps the recogniser's precision: at 0.5, WikiNEuRal's fell from
// 0.812 to 0.782, and half the news names typed between 0.5 and 0.7 were
// wrong (docs/entities.md).
inline constexpr double kMinEntityTypeProbability = 0.7;
std::string LearntEntityType(std::string_view name, const EntityCandidate& c);

}  // namespace newsq::internal

#endif  // NEWSQ_ENTITIES_ENTITY_TYPE_MODEL_H_
