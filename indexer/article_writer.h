// Internal: the sequence that writes one article into a newsq database.
#ifndef NEWSQ_INDEXER_ARTICLE_WRITER_H_
#define NEWSQ_INDEXER_ARTICLE_WRITER_H_

#include <xapian.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/french_analyzer.h"
#include "indexer/document_builder.h"
#include "indexer/index_view.h"
#include "indexer/pending_articles.h"
#include "indexer/shard_writers.h"
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
// StoryGrouper finds, else its own) and carries its story's outlet count; the
// lone articles the grouper finds it brings into its story move there too.
//
// The writer's thread decides; the database's shards (one for a plain
// database) are written by ShardWriters, one thread each, and the writer
// reads the index through an IndexView: the last commit plus the articles
// written since. A document is numbered as Xapian numbers a sharded database
// (the next docid after the last one used), so the index comes out the same
// whatever the shard count.
//
// It holds what the steps remember between articles: the grouper's
// frequencies and profiles, the stories' outlet counts, the surnames looked up
// in this batch. The owner commits through Commit(), and calls Finish()
// before it reads or writes `db` itself, then StoriesChanged() when it changed
// stories' articles.
//
// Not thread-safe: the writer's thread owns it. `db` must outlive it.
class ArticleWriter {
 public:
  // `db` combines `shards` (the one database, or an archive's shards in order)
  // and is inside a transaction; `shard_names` name them in errors, `db_path`
  // the database.
  ArticleWriter(Xapian::WritableDatabase& db,
                std::vector<Xapian::WritableDatabase> shards,
                std::vector<std::string> shard_names, std::string db_path,
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

  // Waits until the shards hold everything written: `db` may then be read
  // and written directly until the next Write(). Errors: a shard's failure.
  absl::Status Finish();

  // Brings the stories' outlet counts up to date, commits every shard and
  // begins the next transaction. Errors: a database failure, naming it.
  absl::Status Commit();

  // The index as the writer sees it, written articles included.
  IndexView View() const { return IndexView(committed_, &pending_); }

  // The articles of `stories` were changed by someone else (deleted,
  // regrouped): their outlet counts are recounted at the next Commit(),
  // and the grouper's frequencies are read afresh.
  void StoriesChanged(const std::set<std::string>& stories);

  const FrenchAnalyzer& analyzer() const { return analyzer_; }
  const DocumentBuilder& builder() const { return builder_; }
  const IndexOptions& options() const { return options_; }

 private:
  // Write() once the input is checked; Xapian errors propagate.
  absl::StatusOr<AddResult> WriteChecked(Input& input);
  // Replaces the indexed document `docid` by `input`, unless it holds the
  // same content or a later copy.
  absl::StatusOr<AddResult> Update(Input& input, Xapian::docid docid);
  // A lone article moving into a joined story (StoryGrouper::Match::absorbed):
  // its document built again in that story, and what writing it needs.
  struct LoneMove {
    Xapian::docid docid = 0;
    std::string article_id;
    std::string old_story;
    // The committed version's kept terms, to shadow; none for a pending one.
    std::optional<std::vector<std::string>> shadowed_terms;
    Xapian::Document doc;
    bool grouping_terms_changed = false;
  };
  // Reads and builds the moves of the indexed articles `lone`, each a story
  // of its own, into story `story_id`, counting their outlets in it; one whose
  // stored article cannot be read stays where it is. Writes nothing. Xapian
  // errors propagate.
  std::vector<LoneMove> PrepareMoves(const std::vector<Xapian::docid>& lone,
                                     const std::string& story_id);
  // Writes the prepared moves and returns the moved articles' ids. Errors: a
  // shard's failure.
  absl::StatusOr<std::vector<std::string>> ApplyMoves(
      std::vector<LoneMove>& moves);
  // Hands `doc` to the shard writers as `docid`, remembered as pending.
  absl::Status Put(Xapian::docid docid, Xapian::Document doc);
  // The document for `input` in story `story_id`, its surnames named in full.
  Xapian::Document BuildDocument(Input& input, const std::string& story_id);

  Xapian::WritableDatabase& db_;
  const std::string db_path_;
  // The last commit, reopened after each.
  Xapian::Database committed_;
  PendingArticles pending_;
  Xapian::docid next_docid_ = 1;
  const IndexOptions options_;
  FrenchAnalyzer analyzer_;
  DocumentBuilder builder_;
  StoryGrouper grouper_;
  StoryOutletCounts coverage_;
  // Surnames' full names looked up in this batch; cleared at each commit,
  // when the index has learned new ones.
  FullNameCache full_names_;
  // Last: its threads stop before what they write to goes.
  ShardWriters shards_;
};

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_ARTICLE_WRITER_H_
