// Articles whose story someone else decided, for measuring and learning story
// grouping: Google News' French headline clusters
// (../shared/corpora/clustering/googlenews-fr-2019-clusters), the gold of
// the project's own corpus (corpora/<outlet>/gold.json) and the project's
// written training stories (indexer/training/written_stories.jsonl). Read by
// the clustering quality test and the join model's trainer.
#ifndef NEWSQ_INDEXER_TRAINING_STORY_CORPUS_H_
#define NEWSQ_INDEXER_TRAINING_STORY_CORPUS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "newsq/article.h"

namespace newsq::internal {

struct LabelledArticle {
  Article article;
  std::string story;  // the label: articles with the same one are one story
  std::string group;  // the part of the set it comes from (a category)
};

// Google's headlines (categories.tsv: category, cluster, headline; blank lines
// between clusters), in file order: each a title-only article with the url
// "googlenews:<line>", all published at noon on 12 July 2019, its story
// "<category>/<cluster>" and its group the category. kNotFound when the file
// cannot be read.
absl::StatusOr<std::vector<LabelledArticle>> ReadGoogleNewsHeadlines(
    const std::string& tsv_path);

// The pages of `corpora_dir` that the gold gives a story, extracted as
// `newsq index` extracts them, in publication order (ties: file order); the
// group is the outlet's folder. Errors: a gold file that cannot be read or
// parsed, a page that cannot be extracted.
absl::StatusOr<std::vector<LabelledArticle>> ReadCorpusStories(
    const std::string& corpora_dir);

// The pages of a story set folder (tests/story_sets/unseen-*: HTML pages and
// gold.tsv, one line per page: file, story label, then notes), extracted as
// `newsq index` extracts them, in publication order (ties: file order); the
// group is the folder's name. Errors: gold.tsv cannot be read, a page cannot
// be extracted.
absl::StatusOr<std::vector<LabelledArticle>> ReadPageSetStories(
    const std::string& set_dir);

// Articles as JSON lines (extract/json_lines.h) whose `story` field is the
// label, in publication order (ties: line order); the group is "written".
// Errors: the file cannot be read, a line cannot be parsed or has no story.
absl::StatusOr<std::vector<LabelledArticle>> ReadJsonLinesStories(
    const std::string& jsonl_path);

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_TRAINING_STORY_CORPUS_H_
