#include "indexer/article_writer.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "engine/article_codec.h"
#include "engine/ids.h"
#include "engine/schema.h"
#include "engine/text_folding.h"
#include "engine/xapian_status.h"
#include "indexer/article_versions.h"

namespace newsq::internal {
namespace {

// The article with its lone surnames named in full from the index ("M. Musk"
// -> "Elon Musk"), or nullopt when there is nothing to rename.
std::optional<Article> WithSurnamesNamed(const Xapian::Database& db,
                                         const Article& article,
                                         FullNameCache& cache) {
  std::vector<Entity> entities = article.entities;
  if (!NameSurnamesInFull(db, entities, &cache)) return std::nullopt;
  // Only then copy the article (its text included).
  Article resolved = article;
  resolved.entities = std::move(entities);
  return resolved;
}

}  // namespace

ArticleWriter::ArticleWriter(Xapian::WritableDatabase& db, std::string db_path,
                             const IndexOptions& options)
    : db_(db),
      db_path_(std::move(db_path)),
      options_(options),
      builder_(analyzer_),
      grouper_(analyzer_, options_) {}

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

AddResult ArticleWriter::WriteChecked(Input& input) {
  const std::string id_term =
      std::string(schema::kArticleId) + input.article_id;
  // term_exists first: it reads the pending changes' counts, while opening
  // a posting list makes Xapian write out every pending position list.
  if (db_.term_exists(id_term)) {
    Xapian::PostingIterator existing = db_.postlist_begin(id_term);
    if (existing != db_.postlist_end(id_term)) return Update(input, *existing);
  }
  AddResult result;
  result.article_id = input.article_id;
  Xapian::Document doc;
  if (input.story_id) {
    result.story_id = *input.story_id;
    result.new_story =
        !db_.term_exists(std::string(schema::kStory) + *input.story_id);
    doc = BuildDocument(input, result.story_id);
  } else {
    doc = BuildDocument(input, result.article_id);
    const std::optional<StoryGrouper::Match> match =
        grouper_.FindStory(db_, doc, input.article.published);
    result.story_id = match ? match->story_id : result.article_id;
    result.new_story = !match.has_value();
    if (match) DocumentBuilder::SetStory(doc, result.story_id);
  }
  const std::string& outlet = input.article.outlet;
  const int outlets = coverage_.Join(db_, result.story_id, result.new_story,
                                     outlet.empty() ? "" : FilterKey(outlet));
  doc.add_value(schema::kStoryOutletsSlot, Xapian::sortable_serialise(outlets));
  db_.add_document(doc);
  grouper_.NoteAdded(doc);
  result.outcome = AddOutcome::kAdded;
  return result;
}

AddResult ArticleWriter::Update(Input& input, Xapian::docid docid) {
  AddResult result;
  result.article_id = input.article_id;
  const Xapian::Document old = db_.get_document(docid);
  result.story_id = old.get_value(schema::kStorySlot);
  if (old.get_value(schema::kContentHashSlot) == input.content_hash) {
    result.outcome = AddOutcome::kUnchanged;
    return result;
  }
  // Two pages of one article that a run reads in different chunks (or one
  // read now and one indexed before): the later version stays, or every run
  // would replace each by the other.
  if (absl::StatusOr<StoredArticle> indexed =
          StoredArticleFromJson(old.get_data());
      indexed.ok() && IsLaterCopy(indexed->article, input.article)) {
    result.outcome = AddOutcome::kOlderCopy;
    return result;
  }
  db_.replace_document(docid, BuildDocument(input, result.story_id));
  // The update may bring another outlet name.
  coverage_.Invalidate(result.story_id);
  grouper_.ForgetFrequencies();
  result.outcome = AddOutcome::kUpdated;
  return result;
}

Xapian::Document ArticleWriter::BuildDocument(Input& input,
                                              const std::string& story_id) {
  const std::optional<Article> resolved =
      WithSurnamesNamed(db_, input.article, full_names_);
  const Article& article = resolved ? *resolved : input.article;
  Xapian::Document doc =
      input.text ? *std::move(input.text) : builder_.BuildText(article);
  // The content hash stays the page's own, so that reading the same page
  // again finds it unchanged.
  DocumentBuilder::Complete(doc, article, input.article_id, story_id,
                            input.content_hash);
  return doc;
}

void ArticleWriter::BeforeCommit() { coverage_.Flush(db_); }

void ArticleWriter::AfterCommit() { full_names_.clear(); }

void ArticleWriter::StoriesChanged(const std::set<std::string>& stories) {
  for (const std::string& story : stories) coverage_.Invalidate(story);
  grouper_.ForgetFrequencies();
}

}  // namespace newsq::internal
