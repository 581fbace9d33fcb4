// Internal: the sequence that writes one article into a newsq database.
#ifndef NEWSQ_INDEXER_ARTICLE_WRITER_H_
#define NEWSQ_INDEXER_ARTICLE_WRITER_H_

#include <xapian.h>

#include <optional>
#include <set>
#include <string>

#include "absl/status/statusor.h"
#include "engine/french_analyzer.h"
#include "indexer/document_builder.h"
#include "indexer/story_coverage.h"
#include "indexer/story_grouper.h"
#include "indexer/surnames.h"
#include "newsq/article.h"
#include "newsq/index.h"

namespace newsq::internal {

// Writes articles into one database, each by the same steps: an article whose
// identity is indexed with the same content is left alone, an older copy of
// an indexed article is left out, an update replaces the document and keeps
// its story; a new article has its lone surnames named in full from the
// index, is built into a document, joins a story (the given one, or the one
// StoryGrouper finds, else its own) and carries its story's outlet count.
//
// It holds what the steps remember between articles: the grouper's
// frequencies and profiles, the stories' outlet counts, the surnames looked up
// in this batch. The owner calls BeforeCommit() and AfterCommit() around each
// commit, and StoriesChanged() when it changes stories' articles itself.
//
// Not thread-safe: the writer's thread owns it (a shard writer would hold one
// per shard). `db` must outlive it.
class ArticleWriter {
 public:
  // `db_path` only names the database in error messages.
  ArticleWriter(Xapian::WritableDatabase& db, std::string db_path,
                const IndexOptions& options);
  ArticleWriter(const ArticleWriter&) = delete;
  ArticleWriter& operator=(const ArticleWriter&) = delete;

  // What the steps need of one article. `article_id` and `content_hash` are
  // ArticleIdFor(article.Identity()) and DocumentBuilder::ContentHash(article);
  // `text` is DocumentBuilder::BuildText(article) when a worker thread built
  // it, else it is built here when needed; `story_id` puts a new article in
  // that story without grouping (an outside label, see StoryIdForKey).
  struct Input {
    const Article& article;
    std::string article_id;
    std::string content_hash;
    std::optional<Xapian::Document> text;
    std::optional<std::string> story_id;
  };

  // The input for `article` alone, with its ids and hash computed here.
  static Input InputFor(const Article& article,
                        std::optional<std::string> story_id);

  // Adds or updates the article. Errors: kInvalidArgument for an article
  // without url or without title and text; a database failure as a status
  // naming the article and the database.
  absl::StatusOr<AddResult> Write(Input input);

  // Writes the stories' outlet counts that changed since the last commit.
  // Call just before committing. May throw Xapian::Error.
  void BeforeCommit();
  // Forgets what the commit made stale (the surnames looked up).
  void AfterCommit();

  // The articles of `stories` were changed by someone else (deleted,
  // regrouped): their outlet counts are recounted at the next BeforeCommit(),
  // and the grouper's frequencies are read afresh.
  void StoriesChanged(const std::set<std::string>& stories);

  const FrenchAnalyzer& analyzer() const { return analyzer_; }
  const DocumentBuilder& builder() const { return builder_; }
  const IndexOptions& options() const { return options_; }

 private:
  // Write() once the input is checked; Xapian errors propagate.
  AddResult WriteChecked(Input& input);
  // Replaces the indexed document `docid` by `input`, unless it holds the
  // same content or a later copy.
  AddResult Update(Input& input, Xapian::docid docid);
  // The document for `input` in story `story_id`, its surnames named in full.
  Xapian::Document BuildDocument(Input& input, const std::string& story_id);

  Xapian::WritableDatabase& db_;
  const std::string db_path_;
  const IndexOptions options_;
  FrenchAnalyzer analyzer_;
  DocumentBuilder builder_;
  StoryGrouper grouper_;
  StoryOutletCounts coverage_;
  // Surnames' full names looked up in this batch; cleared at each commit,
  // when the index has learned new ones.
  FullNameCache full_names_;
};

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_ARTICLE_WRITER_H_
