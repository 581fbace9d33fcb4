#include "indexer/article_writer.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "engine/article_codec.h"
#include "engine/ids.h"
#include "engine/schema.h"
#include "engine/status_macros.h"
#include "engine/text_folding.h"
#include "engine/xapian_status.h"
#include "indexer/article_versions.h"

namespace newsq::internal {
namespace {

// The article with its lone surnames named in full from the index ("M. Musk"
// -> "Elon Musk"), or nullopt when there is nothing to rename.
std::optional<Article> WithSurnamesNamed(const IndexView& db,
                                         const Article& article,
                                         FullNameCache& cache) {
  std::vector<Entity> entities = article.entities;
  if (!NameSurnamesInFull(db, entities, &cache)) return std::nullopt;
  // Only then copy the article (its text included).
  Article resolved = article;
  resolved.entities = std::move(entities);
  return resolved;
}

// The last commit of the databases at `paths`, numbered as Xapian numbers
// them together.
Xapian::Database OpenCommitted(const std::vector<std::string>& paths) {
  Xapian::Database committed;
  for (const std::string& path : paths)
    committed.add_database(Xapian::Database(path));
  return committed;
}

}  // namespace

ArticleWriter::ArticleWriter(Xapian::WritableDatabase& db,
                             std::vector<Xapian::WritableDatabase> shards,
                             std::vector<std::string> shard_names,
                             std::string db_path, const IndexOptions& options)
    : db_(db),
      db_path_(std::move(db_path)),
      committed_(OpenCommitted(shard_names)),
      next_docid_(db.get_lastdocid() + 1),
      options_(options),
      builder_(analyzer_),
      grouper_(analyzer_, options_),
      shards_(std::move(shards), std::move(shard_names)) {}

ArticleWriter::Input ArticleWriter::InputFor(
    const Article& article, std::optional<std::string> story_id) {
  return Input{.article = article,
               .article_id = ArticleIdFor(article.Identity()),
               .content_hash = DocumentBuilder::ContentHash(article),
               .text = std::nullopt,
               .story_id = std::move(story_id)};
}

absl::StatusOr<AddResult> ArticleWriter::Write(Input input) {
  const Article& article = input.article;
  if (article.url.empty())
    return absl::InvalidArgumentError("article has no url");
  if (article.title.empty() && article.text.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat(article.url, ": article has no title or text"));
  }
  try {
    return WriteChecked(input);
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, absl::StrCat("cannot index ", article.url),
                            db_path_);
  } catch (const std::exception& e) {
    return absl::InternalError(
        absl::StrCat("cannot index ", article.url, ": ", e.what()));
  }
}

absl::StatusOr<AddResult> ArticleWriter::WriteChecked(Input& input) {
  const IndexView view = View();
  const std::string id_term =
      std::string(schema::kArticleId) + input.article_id;
  if (const std::vector<Xapian::docid> existing = view.Holders(id_term, 1);
      !existing.empty()) {
    return Update(input, existing.front());
  }
  AddResult result;
  result.article_id = input.article_id;
  Xapian::Document doc;
  std::vector<LoneMove> moves;
  if (input.story_id) {
    result.story_id = *input.story_id;
    result.new_story =
        !view.term_exists(std::string(schema::kStory) + *input.story_id);
    doc = BuildDocument(input, result.story_id);
  } else {
    doc = BuildDocument(input, result.article_id);
    const std::optional<StoryGrouper::Match> match =
        grouper_.FindStory(view, doc, input.article.published);
    result.story_id = match ? match->story_id : result.article_id;
    result.new_story = !match.has_value();
    if (match) {
      DocumentBuilder::SetStory(doc, result.story_id);
      moves = PrepareMoves(match->absorbed, result.story_id);
    }
  }
  const std::string& outlet = input.article.outlet;
  const int outlets = coverage_.Join(view, result.story_id, result.new_story,
                                     outlet.empty() ? "" : FilterKey(outlet));
  doc.add_value(schema::kStoryOutletsSlot, Xapian::sortable_serialise(outlets));
  // Everything is read; only writes follow, so that a database error while
  // reading leaves nothing half-done.
  NEWSQ_ASSIGN_OR_RETURN(result.moved_article_ids, ApplyMoves(moves));
  grouper_.NoteAdded(doc);
  NEWSQ_RETURN_IF_ERROR(Put(next_docid_++, std::move(doc)));
  result.outcome = AddOutcome::kAdded;
  return result;
}

absl::StatusOr<AddResult> ArticleWriter::Update(Input& input,
                                                Xapian::docid docid) {
  const IndexView view = View();
  AddResult result;
  result.article_id = input.article_id;
  const ViewedArticle old = view.Read(docid);
  result.story_id = old.Value(schema::kStorySlot);
  if (old.Value(schema::kContentHashSlot) == input.content_hash) {
    result.outcome = AddOutcome::kUnchanged;
    return result;
  }
  // Two pages of one article that a run reads in different chunks (or one
  // read now and one indexed before): the later version stays, or every run
  // would replace each by the other.
  if (absl::StatusOr<StoredArticle> indexed = StoredArticleFromData(old.Data());
      indexed.ok() && IsLaterCopy(indexed->article, input.article)) {
    result.outcome = AddOutcome::kOlderCopy;
    return result;
  }
  Xapian::Document doc = BuildDocument(input, result.story_id);
  if (view.Pending(docid) == nullptr)
    pending_.Shadow(docid, view.KeptTerms(docid));
  NEWSQ_RETURN_IF_ERROR(Put(docid, std::move(doc)));
  // The update may bring another outlet name.
  coverage_.Invalidate(result.story_id);
  grouper_.ForgetFrequencies();
  result.outcome = AddOutcome::kUpdated;
  return result;
}

std::vector<ArticleWriter::LoneMove> ArticleWriter::PrepareMoves(
    const std::vector<Xapian::docid>& lone, const std::string& story_id) {
  const IndexView view = View();
  std::vector<LoneMove> moves;
  for (Xapian::docid docid : lone) {
    const ViewedArticle old = view.Read(docid);
    absl::StatusOr<StoredArticle> stored = StoredArticleFromData(old.Data());
    // Unreadable, it stays where it is, as an update would leave it.
    if (!stored.ok()) continue;
    LoneMove move{.docid = docid,
                  .article_id = stored->id,
                  .old_story = old.Value(schema::kStorySlot),
                  .shadowed_terms = std::nullopt,
                  .doc = builder_.BuildText(stored->article),
                  .grouping_terms_changed = false};
    // Built again from what the index stores (the shard writers own the
    // documents handed to them), its surnames as they were named then.
    DocumentBuilder::Complete(move.doc, stored->article, stored->id, story_id,
                              old.Value(schema::kContentHashSlot));
    const std::string& outlet = stored->article.outlet;
    const int outlets = coverage_.Join(view, story_id, /*new_story=*/false,
                                       outlet.empty() ? "" : FilterKey(outlet));
    move.doc.add_value(schema::kStoryOutletsSlot,
                       Xapian::sortable_serialise(outlets));
    if (view.Pending(docid) == nullptr)
      move.shadowed_terms = view.KeptTerms(docid);
    // An article indexed by an earlier newsq may come out with other terms:
    // the grouper's cached profile and frequencies must follow.
    move.grouping_terms_changed =
        GroupingTermsIn(move.doc.termlist_begin(), move.doc.termlist_end()) !=
        view.GroupingTerms(docid);
    moves.push_back(std::move(move));
  }
  return moves;
}

absl::StatusOr<std::vector<std::string>> ArticleWriter::ApplyMoves(
    std::vector<LoneMove>& moves) {
  std::vector<std::string> moved;
  bool terms_changed = false;
  for (LoneMove& move : moves) {
    if (move.shadowed_terms)
      pending_.Shadow(move.docid, *std::move(move.shadowed_terms));
    NEWSQ_RETURN_IF_ERROR(Put(move.docid, std::move(move.doc)));
    // The lone story is gone; its id may start a story again.
    coverage_.Invalidate(move.old_story);
    terms_changed |= move.grouping_terms_changed;
    moved.push_back(std::move(move.article_id));
  }
  if (terms_changed) grouper_.ForgetFrequencies();
  return moved;
}

absl::Status ArticleWriter::Put(Xapian::docid docid, Xapian::Document doc) {
  pending_.Put(docid, doc);
  return shards_.Put(docid, std::move(doc));
}

Xapian::Document ArticleWriter::BuildDocument(Input& input,
                                              const std::string& story_id) {
  const std::optional<Article> resolved =
      WithSurnamesNamed(View(), input.article, full_names_);
  const Article& article = resolved ? *resolved : input.article;
  Xapian::Document doc =
      input.text ? *std::move(input.text) : builder_.BuildText(article);
  // The content hash stays the page's own, so that reading the same page
  // again finds it unchanged.
  DocumentBuilder::Complete(doc, article, input.article_id, story_id,
                            input.content_hash);
  return doc;
}

absl::Status ArticleWriter::Finish() { return shards_.Finish(); }

absl::Status ArticleWriter::Commit() {
  NEWSQ_RETURN_IF_ERROR(shards_.Finish());
  try {
    // The shards are idle: the database is this thread's until the commit.
    coverage_.Flush(db_);
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, "cannot count the outlets of stories", db_path_);
  }
  NEWSQ_RETURN_IF_ERROR(shards_.Commit());
  try {
    committed_.reopen();
  } catch (const Xapian::Error& e) {
    // The pending articles stay: with the old snapshot, they still make up
    // what the database holds.
    return StatusFromXapian(e, "cannot read back the commit", db_path_);
  }
  pending_.Clear();
  // The index has learned new names.
  full_names_.clear();
  return absl::OkStatus();
}

void ArticleWriter::StoriesChanged(const std::set<std::string>& stories) {
  for (const std::string& story : stories) coverage_.Invalidate(story);
  grouper_.ForgetFrequencies();
}

}  // namespace newsq::internal
