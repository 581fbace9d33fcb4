// Trains the story join model (indexer/story_join_model.h) and writes its
// weights as a C++ row.
//
// Examples come from stories someone else grouped: Google News' French
// headline clusters (../shared/corpora/clustering/googlenews-fr-2019-clusters,
// headlines only), the gold of corpora/ (whole reports from several
// outlets) and the project's written training stories
// (indexer/training/written_stories.jsonl: whole reports, briefs, follow-ups
// and look-alikes of them, as JSON lines). Each set is indexed in order with
// every article put in its gold story, as a perfect grouper would leave the
// index; each article's candidate stories, as StoryGrouper::Weigh finds and
// measures them, are examples, labelled by whether the candidate is the
// article's own story. Articles that join on their headline or a near-duplicate
// text are not asked.
//
// The model is a logistic regression fitted by Newton's method with a small
// L2 penalty: the fit is the unique optimum, so the weights do not depend on
// a learning rate or an epoch count, and a run gives the same bytes. Before
// the weights are written, each Google category is held out in turn: a model
// trained without it groups its headlines as `newsq index` would, and the
// B-cubed scores say how the model fares on stories it never saw.
// ia-labo's headlines and OrangeSum are never read here: their labels are too
// weak to learn from, and the tests watch them.
//
// Usage: train_story_joins SHARED_CORPORA_DIR CORPORA_DIR WRITTEN.jsonl
//                          OUTPUT.inc
//        (scripts/train-story-joins)
#include <xapian.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "engine/french_analyzer.h"
#include "indexer/document_builder.h"
#include "indexer/scratch_grouping.h"
#include "indexer/story_grouper.h"
#include "indexer/story_join_model.h"
#include "indexer/training/bcubed.h"
#include "indexer/training/story_corpus.h"

namespace newsq::internal {
namespace {

// The penalty on every weight but the constant's, against a loss summed over
// some ten thousand examples: enough to keep weights finite when a feature
// separates the examples, too little to move them otherwise.
constexpr double kL2 = 1.0;
constexpr int kMaxNewtonSteps = 100;

struct Example {
  JoinFeatures features;
  bool same_story = false;
  std::string group;
};

// A scratch database grouped as `newsq index` would, with its own analyser.
class ScratchIndex {
 public:
  explicit ScratchIndex(const StoryJoinModel& model)
      : grouping_(builder_, analyzer_, IndexOptions(), model) {}

  // Adds `article` in its gold story, after recording its candidates'
  // evidence as examples.
  void AddInGoldStory(const LabelledArticle& labelled, size_t index,
                      std::vector<Example>& examples) {
    const StoryGrouper::Weighing weighing = grouping_.AddInStory(
        labelled.article, ArticleId(index), labelled.story);
    if (weighing.certain) return;
    for (const StoryGrouper::Candidate& candidate : weighing.candidates) {
      examples.push_back({JoinFeaturesOf(candidate.evidence),
                          candidate.story_id == labelled.story,
                          labelled.group});
    }
  }

  // Adds `article` in the story the grouper finds, as `ArticleId(index)`.
  ScratchGrouping::Grouped AddAsIndexed(const Article& article, size_t index) {
    return grouping_.AddAsGrouped(article, ArticleId(index));
  }

  static std::string ArticleId(size_t index) {
    return "article" + std::to_string(index);
  }

 private:
  FrenchAnalyzer analyzer_;
  DocumentBuilder builder_{analyzer_};
  ScratchGrouping grouping_;
};

std::vector<Example> ExamplesOf(const std::vector<LabelledArticle>& set) {
  std::vector<Example> examples;
  ScratchIndex index(StoryJoinModel::Shipped());
  for (size_t i = 0; i < set.size(); ++i)
    index.AddInGoldStory(set[i], i, examples);
  return examples;
}

// Solves a x = b in place by Gaussian elimination with partial pivoting; the
// matrix is positive definite (a Hessian plus the penalty).
using Matrix = std::array<JoinFeatures, kJoinFeatureCount>;
JoinFeatures Solve(Matrix a, JoinFeatures b) {
  constexpr size_t n = kJoinFeatureCount;
  for (size_t col = 0; col < n; ++col) {
    size_t pivot = col;
    for (size_t row = col + 1; row < n; ++row)
      if (std::abs(a[row][col]) > std::abs(a[pivot][col])) pivot = row;
    std::swap(a[col], a[pivot]);
    std::swap(b[col], b[pivot]);
    for (size_t row = col + 1; row < n; ++row) {
      const double factor = a[row][col] / a[col][col];
      for (size_t k = col; k < n; ++k) a[row][k] -= factor * a[col][k];
      b[row] -= factor * b[col];
    }
  }
  JoinFeatures x{};
  for (size_t col = n; col-- > 0;) {
    double sum = b[col];
    for (size_t k = col + 1; k < n; ++k) sum -= a[col][k] * x[k];
    x[col] = sum / a[col][col];
  }
  return x;
}

// The penalised maximum-likelihood weights for `examples`, leaving out those
// of group `held_out` (none when empty).
JoinFeatures Fit(const std::vector<Example>& examples,
                 const std::string& held_out = "") {
  constexpr size_t n = kJoinFeatureCount;
  JoinFeatures weights{};
  for (int step = 0; step < kMaxNewtonSteps; ++step) {
    JoinFeatures gradient{};
    Matrix hessian{};
    for (size_t i = 1; i < n; ++i) {
      gradient[i] = kL2 * weights[i];
      hessian[i][i] = kL2;
    }
    const StoryJoinModel model(weights);
    for (const Example& example : examples) {
      if (!held_out.empty() && example.group == held_out) continue;
      const double p = model.ProbabilityOf(example.features);
      const double error = p - (example.same_story ? 1.0 : 0.0);
      const double curvature = p * (1 - p);
      for (size_t i = 0; i < n; ++i) {
        gradient[i] += error * example.features[i];
        for (size_t j = 0; j < n; ++j)
          hessian[i][j] +=
              curvature * example.features[i] * example.features[j];
      }
    }
    const JoinFeatures change = Solve(hessian, gradient);
    double largest = 0;
    for (size_t i = 0; i < n; ++i) {
      weights[i] -= change[i];
      largest = std::max(largest, std::abs(change[i]));
    }
    if (largest < 1e-9) break;
  }
  return weights;
}

// B-cubed of `set`'s headlines grouped with `model`, as IndexWriter::Add would
// group them.
BCubed GroupAndScore(const std::vector<LabelledArticle>& set,
                     const StoryJoinModel& model) {
  ScratchIndex index(model);
  // By article id: an article a later one brings into its story moves.
  std::map<std::string, std::string> predicted, gold;
  for (size_t i = 0; i < set.size(); ++i) {
    const ScratchGrouping::Grouped grouped =
        index.AddAsIndexed(set[i].article, i);
    predicted[ScratchIndex::ArticleId(i)] = grouped.story;
    for (const std::string& moved : grouped.moved)
      predicted[moved] = grouped.story;
    gold[ScratchIndex::ArticleId(i)] = set[i].story;
  }
  return ScoreBCubed(predicted, gold);
}

void PrintHeldOutScores(const std::vector<LabelledArticle>& headlines,
                        const std::vector<Example>& examples) {
  std::set<std::string> categories;
  for (const LabelledArticle& headline : headlines)
    categories.insert(headline.group);
  std::printf("Google News categories, each held out of training:\n");
  double f1_sum = 0;
  for (const std::string& category : categories) {
    std::vector<LabelledArticle> held;
    for (const LabelledArticle& headline : headlines)
      if (headline.group == category) held.push_back(headline);
    const StoryJoinModel model(Fit(examples, category));
    const BCubed score = GroupAndScore(held, model);
    std::printf("  %-16s P %.3f  R %.3f  F1 %.3f\n", category.c_str(),
                score.precision, score.recall, score.f1);
    f1_sum += score.f1;
  }
  std::printf("  %-16s F1 %.3f\n", "mean",
              f1_sum / static_cast<double>(categories.size()));
}

int Main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(
        stderr,
        "usage: %s SHARED_CORPORA_DIR CORPORA_DIR WRITTEN.jsonl OUTPUT.inc\n",
        argv[0]);
    return 2;
  }
  const std::string shared = argv[1];
  absl::StatusOr<std::vector<LabelledArticle>> headlines =
      ReadGoogleNewsHeadlines(
          shared + "/clustering/googlenews-fr-2019-clusters/categories.tsv");
  absl::StatusOr<std::vector<LabelledArticle>> reports =
      ReadCorpusStories(argv[2]);
  absl::StatusOr<std::vector<LabelledArticle>> written =
      ReadJsonLinesStories(argv[3]);
  for (const absl::Status& status :
       {headlines.status(), reports.status(), written.status()}) {
    if (!status.ok()) {
      std::fprintf(stderr, "train_story_joins: %s\n",
                   std::string(status.message()).c_str());
      return 1;
    }
  }
  std::vector<Example> examples = ExamplesOf(*headlines);
  const size_t from_headlines = examples.size();
  for (Example& example : ExamplesOf(*reports)) {
    example.group = "corpora";
    examples.push_back(std::move(example));
  }
  const size_t from_reports = examples.size() - from_headlines;
  for (Example& example : ExamplesOf(*written))
    examples.push_back(std::move(example));
  size_t positives = 0;
  for (const Example& example : examples) positives += example.same_story;
  std::printf(
      "%zu examples (%zu from %zu headlines, %zu from %zu reports, %zu from "
      "%zu written articles), %zu of them an article's own story\n",
      examples.size(), from_headlines, headlines->size(), from_reports,
      reports->size(), examples.size() - from_headlines - from_reports,
      written->size(), positives);
  PrintHeldOutScores(*headlines, examples);

  // How a model that never saw the written articles groups them: the only
  // whole articles with look-alikes among them.
  const BCubed written_held_out =
      GroupAndScore(*written, StoryJoinModel(Fit(examples, "written")));
  std::printf("Written articles, held out: P %.3f  R %.3f  F1 %.3f\n",
              written_held_out.precision, written_held_out.recall,
              written_held_out.f1);

  const JoinFeatures weights = Fit(examples);
  const StoryJoinModel model(weights);
  const BCubed trained = GroupAndScore(*headlines, model);
  std::printf("Google News, trained on all: P %.3f  R %.3f  F1 %.3f\n",
              trained.precision, trained.recall, trained.f1);

  FILE* out = std::fopen(argv[4], "w");
  if (out == nullptr) {
    std::perror(argv[4]);
    return 1;
  }
  std::fprintf(out,
               "// Generated by scripts/train-story-joins; do not edit.\n");
  for (size_t i = 0; i < kJoinFeatureCount; ++i)
    std::fprintf(out, "%s%.4f", i == 0 ? "" : ", ", weights[i]);
  std::fprintf(out, "\n");
  if (std::fclose(out) != 0) {
    std::perror(argv[4]);
    return 1;
  }
  std::printf("weights written to %s\n", argv[4]);
  return 0;
}

}  // namespace
}  // namespace newsq::internal

int main(int argc, char** argv) { return newsq::internal::Main(argc, argv); }
