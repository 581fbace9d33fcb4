// The public facade (newsq/index.h, newsq/search.h): composes the indexer and
// the query layer over the shared engine, and is the one place where Xapian
// exceptions become statuses.
#include <xapian.h>

#include <algorithm>
#include <climits>
#include <filesystem>
#include <map>
#include <set>
#include <string_view>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "engine/article_codec.h"
#include "engine/database.h"
#include "engine/french_analyzer.h"
#include "engine/ids.h"
#include "engine/schema.h"
#include "engine/status_macros.h"
#include "engine/text_folding.h"
#include "engine/writer_lock.h"
#include "engine/xapian_status.h"
#include "indexer/article_pipeline.h"
#include "indexer/document_builder.h"
#include "indexer/json_lines.h"
#include "indexer/page_files.h"
#include "indexer/recluster.h"
#include "indexer/story_coverage.h"
#include "indexer/story_grouper.h"
#include "indexer/surnames.h"
#include "newsq/extract.h"
#include "newsq/index.h"
#include "newsq/search.h"
#include "query/related.h"
#include "query/story_search.h"
#include "query/story_view.h"

namespace newsq {
using internal::StatusFromXapian;

namespace {

// The batch being written, measured against the sizes that end it
// (IndexOptions::batch_size articles, batch_bytes of text: title, description
// and body), so that every writer loop commits by the same rule.
class BatchMeter {
 public:
  explicit BatchMeter(const IndexOptions& options)
      : max_articles_(options.batch_size), max_bytes_(options.batch_bytes) {}

  // Counts `article` in. True when the batch is now full: the caller commits,
  // and the next article starts a new batch.
  bool AddAndCheckFull(const Article& article) {
    bytes_ +=
        static_cast<int64_t>(article.title.size() + article.description.size() +
                             article.text.size());
    if (++articles_ < max_articles_ && bytes_ < max_bytes_) return false;
    articles_ = bytes_ = 0;
    return true;
  }

 private:
  const int64_t max_articles_;
  const int64_t max_bytes_;
  int64_t articles_ = 0;
  int64_t bytes_ = 0;
};

int64_t CountTermsWithPrefix(const Xapian::Database& db,
                             std::string_view prefix) {
  int64_t count = 0;
  const std::string p(prefix);
  for (auto it = db.allterms_begin(p); it != db.allterms_end(p); ++it) ++count;
  return count;
}

// Publication order, the order in which articles are grouped into stories:
// undated articles last, ties broken by `key_a`/`key_b` so that the order is
// total.
bool PublishedBefore(const std::optional<DateTime>& a, const std::string& key_a,
                     const std::optional<DateTime>& b,
                     const std::string& key_b) {
  const int64_t ta = a ? a->unix_seconds : INT64_MAX;
  const int64_t tb = b ? b->unix_seconds : INT64_MAX;
  return ta != tb ? ta < tb : key_a < key_b;
}

// Runs `read` over `db`. A writer may commit while we read: Xapian then asks
// readers to reopen and retry, which this does a few times.
template <typename Read>
auto RetryingRead(Xapian::Database& db, const std::string& path,
                  std::string_view what, Read read)
    -> decltype(read(std::as_const(db))) {
  for (int attempt = 0;; ++attempt) {
    try {
      return read(std::as_const(db));
    } catch (const Xapian::DatabaseModifiedError& e) {
      if (attempt == 3) return StatusFromXapian(e, what, path);
      db.reopen();
    } catch (const Xapian::Error& e) {
      return StatusFromXapian(e, what, path);
    } catch (const std::exception& e) {
      return absl::InternalError(
          absl::StrCat(std::string(what), ": ", path, ": ", e.what()));
    }
  }
}

}  // namespace

// ---------------------------------------------------------------------------------------
// IndexWriter

struct IndexWriter::Impl {
  Impl(std::string db_path, std::optional<internal::WriterLock> writer_lock,
       Xapian::WritableDatabase database, const IndexOptions& options)
      : path(std::move(db_path)),
        lock(std::move(writer_lock)),
        db(std::move(database)),
        options(options),
        builder(analyzer),
        grouper(analyzer, options) {}

  std::string path;
  // Held for the writer's life; empty for the private database Reindex
  // builds under the live database's lock.
  std::optional<internal::WriterLock> lock;
  Xapian::WritableDatabase db;
  internal::FrenchAnalyzer analyzer;
  IndexOptions options;
  internal::DocumentBuilder builder;
  internal::StoryGrouper grouper;
  internal::StoryOutletCounts coverage;
  // Surnames' full names looked up in this batch; cleared at each commit,
  // when the index has learned new ones.
  internal::FullNameCache full_names;

  // Adds or updates `article`, whose id and content hash are given; `text` is
  // its analysed text (DocumentBuilder::BuildText) when a worker thread built
  // it, else it is built here when needed. Errors: kInvalidArgument for an
  // article without url or without title and text; database failures.
  absl::StatusOr<AddResult> WriteArticle(
      const Article& article, const std::string& article_id,
      const std::string& content_hash, std::optional<Xapian::Document> text,
      const std::optional<std::string>& given_story);
};

IndexWriter::IndexWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

IndexWriter::~IndexWriter() {
  if (!impl_) return;
  try {
    // Closing inside a transaction cancels it: uncommitted articles are
    // discarded.
    impl_->db.close();
  } catch (const Xapian::Error&) {
    // Nothing to report from a destructor; the committed state on disk is
    // intact.
  }
}

absl::StatusOr<std::unique_ptr<IndexWriter>> IndexWriter::Open(
    const std::string& db_path, const IndexOptions& options) {
  return OpenWriter(db_path, options, /*take_lock=*/true);
}

absl::StatusOr<std::unique_ptr<IndexWriter>> IndexWriter::OpenWriter(
    const std::string& db_path, const IndexOptions& options, bool take_lock) {
  if (options.batch_size < 1) {
    return absl::InvalidArgumentError(absl::StrCat(
        "batch size must be at least 1, not ", options.batch_size));
  }
  if (options.batch_bytes < 1) {
    return absl::InvalidArgumentError(absl::StrCat(
        "batch bytes must be at least 1, not ", options.batch_bytes));
  }
  if (options.jobs < 0) {
    return absl::InvalidArgumentError(absl::StrCat(
        "jobs must be 0 (one per core) or more, not ", options.jobs));
  }
  std::optional<internal::WriterLock> lock;
  if (take_lock) {
    NEWSQ_ASSIGN_OR_RETURN(lock, internal::WriterLock::Acquire(db_path));
  }
  NEWSQ_RETURN_IF_ERROR(internal::CheckRoomToWrite(db_path));
  NEWSQ_ASSIGN_OR_RETURN(Xapian::WritableDatabase db,
                         internal::OpenWritable(db_path));
  try {
    db.begin_transaction();
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, "cannot start a transaction", db_path);
  }
  return std::unique_ptr<IndexWriter>(new IndexWriter(std::make_unique<Impl>(
      db_path, std::move(lock), std::move(db), options)));
}

absl::StatusOr<std::string> IndexWriter::Upgrade(const std::string& db_path) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (!fs::exists(db_path, error)) return std::string();
  NEWSQ_ASSIGN_OR_RETURN(internal::WriterLock lock,
                         internal::WriterLock::Acquire(db_path));
  std::string version;
  std::vector<StoredArticle> stored;
  // Opened for writing only to hold Xapian's lock while the articles are read:
  // no writer may add to the old database while it is copied.
  Xapian::WritableDatabase old;
  try {
    old = Xapian::WritableDatabase(db_path, Xapian::DB_OPEN);
    version =
        old.get_metadata(std::string(internal::schema::kSchemaVersionKey));
    if (version == internal::schema::kSchemaVersion) return std::string();
    for (auto it = old.postlist_begin(""); it != old.postlist_end(""); ++it) {
      NEWSQ_ASSIGN_OR_RETURN(
          StoredArticle article,
          internal::StoredArticleFromJson(old.get_document(*it).get_data()));
      stored.push_back(std::move(article));
    }
  } catch (const Xapian::DatabaseLockError& e) {
    return absl::UnavailableError(
        absl::StrCat("cannot upgrade ", db_path,
                     ": another newsq process is writing to it"));
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, "cannot read database to upgrade", db_path);
  }
  const std::string fresh = db_path + ".upgrading";
  const std::string backup =
      absl::StrCat(db_path, ".format", version.empty() ? "0" : version);
  fs::remove_all(fresh, error);
  {
    NEWSQ_ASSIGN_OR_RETURN(
        std::unique_ptr<IndexWriter> writer,
        OpenWriter(fresh, IndexOptions(), /*take_lock=*/false));
    BatchMeter batch{IndexOptions()};
    for (const StoredArticle& article : stored) {
      NEWSQ_ASSIGN_OR_RETURN(
          AddResult added,
          writer->AddArticle(article.article, article.story_id));
      (void)added;
      if (batch.AddAndCheckFull(article.article))
        NEWSQ_RETURN_IF_ERROR(writer->Commit());
    }
    NEWSQ_RETURN_IF_ERROR(writer->Commit());
  }
  old.close();
  // Two renames: a crash between them leaves both databases whole, under
  // names that say what they are.
  fs::remove_all(backup, error);
  fs::rename(db_path, backup, error);
  if (!error) fs::rename(fresh, db_path, error);
  if (error) {
    return absl::InternalError(absl::StrCat("cannot replace ", db_path,
                                            " by its upgrade ", fresh, ": ",
                                            error.message()));
  }
  return backup;
}

absl::StatusOr<AddResult> IndexWriter::Add(const Article& article) {
  return AddArticle(article, std::nullopt);
}

absl::StatusOr<AddResult> IndexWriter::AddToStory(
    const Article& article, const std::string& story_key) {
  return AddArticle(article, StoryIdForKey(story_key));
}

namespace {

// The time that orders two versions of one article: modification, else
// publication; undated versions come first.
int64_t VersionTime(const Article& a) {
  const std::optional<DateTime>& date = a.modified ? a.modified : a.published;
  return date ? date->unix_seconds : INT64_MIN;
}

// Whether `indexed`, read from another source than `page`, is a later version
// of the same article: then `page` is an older copy. Ties go to the source
// whose name sorts last, as pages of one folder come in name order.
bool IsLaterCopy(const Article& indexed, const Article& page) {
  if (indexed.url == page.url) return false;
  const int64_t indexed_time = VersionTime(indexed);
  const int64_t page_time = VersionTime(page);
  return indexed_time != page_time ? indexed_time > page_time
                                   : indexed.url > page.url;
}

}  // namespace

std::string IndexWriter::StoryIdForKey(const std::string& story_key) {
  // Keyed apart from article ids, so that a label never names an article.
  return internal::Hex64(
      internal::StableHash(absl::StrCat("story-key:", story_key)));
}

absl::StatusOr<AddResult> IndexWriter::AddArticle(
    const Article& article, const std::optional<std::string>& given_story) {
  return impl_->WriteArticle(article,
                             internal::ArticleIdFor(article.Identity()),
                             internal::DocumentBuilder::ContentHash(article),
                             std::nullopt, given_story);
}

namespace {

// The article with its lone surnames named in full from the index ("M. Musk"
// -> "Elon Musk"), or nullopt when there is nothing to rename.
std::optional<Article> WithSurnamesNamed(const Xapian::Database& db,
                                         const Article& article,
                                         internal::FullNameCache& cache) {
  std::vector<Entity> entities = article.entities;
  if (!internal::NameSurnamesInFull(db, entities, &cache)) return std::nullopt;
  // Only then copy the article (its text included).
  Article resolved = article;
  resolved.entities = std::move(entities);
  return resolved;
}

}  // namespace

absl::StatusOr<AddResult> IndexWriter::Impl::WriteArticle(
    const Article& article, const std::string& article_id,
    const std::string& content_hash, std::optional<Xapian::Document> text,
    const std::optional<std::string>& given_story) {
  if (article.url.empty())
    return absl::InvalidArgumentError("article has no url");
  if (article.title.empty() && article.text.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat(article.url, ": article has no title or text"));
  }
  Impl& impl = *this;
  AddResult result;
  result.article_id = article_id;
  const std::string id_term =
      std::string(internal::schema::kArticleId) + result.article_id;
  try {
    // The document, its names resolved, for story `story_id`. The content
    // hash stays the page's own, so that reading the same page again finds
    // it unchanged.
    auto build = [&](const std::string& story_id) {
      const std::optional<Article> resolved =
          WithSurnamesNamed(impl.db, article, impl.full_names);
      const Article& final_article = resolved ? *resolved : article;
      Xapian::Document doc =
          text ? *std::move(text) : impl.builder.BuildText(final_article);
      internal::DocumentBuilder::Complete(doc, final_article, article_id,
                                          story_id, content_hash);
      return doc;
    };
    // term_exists first: it reads the pending changes' counts, while opening
    // a posting list makes Xapian write out every pending position list.
    Xapian::PostingIterator existing = impl.db.term_exists(id_term)
                                           ? impl.db.postlist_begin(id_term)
                                           : impl.db.postlist_end(id_term);
    if (existing != impl.db.postlist_end(id_term)) {
      const Xapian::docid docid = *existing;
      const Xapian::Document old = impl.db.get_document(docid);
      result.story_id = old.get_value(internal::schema::kStorySlot);
      if (old.get_value(internal::schema::kContentHashSlot) == content_hash) {
        result.outcome = AddOutcome::kUnchanged;
        return result;
      }
      // Two pages of one article that a run reads in different chunks (or
      // one read now and one indexed before): the later version stays, or
      // every run would replace each by the other.
      if (absl::StatusOr<StoredArticle> indexed =
              internal::StoredArticleFromJson(old.get_data());
          indexed.ok() && IsLaterCopy(indexed->article, article)) {
        result.outcome = AddOutcome::kOlderCopy;
        return result;
      }
      impl.db.replace_document(docid, build(result.story_id));
      // The update may bring another outlet name.
      impl.coverage.Invalidate(result.story_id);
      impl.grouper.ForgetFrequencies();
      result.outcome = AddOutcome::kUpdated;
      return result;
    }
    Xapian::Document doc;
    if (given_story) {
      result.story_id = *given_story;
      result.new_story = !impl.db.term_exists(
          std::string(internal::schema::kStory) + *given_story);
      doc = build(result.story_id);
    } else {
      doc = build(result.article_id);
      const auto match =
          impl.grouper.FindStory(impl.db, doc, article.published);
      result.story_id = match ? match->story_id : result.article_id;
      result.new_story = !match.has_value();
      if (match) internal::DocumentBuilder::SetStory(doc, result.story_id);
    }
    const int outlets = impl.coverage.Join(
        impl.db, result.story_id, result.new_story,
        article.outlet.empty() ? "" : internal::FilterKey(article.outlet));
    doc.add_value(internal::schema::kStoryOutletsSlot,
                  Xapian::sortable_serialise(outlets));
    impl.db.add_document(doc);
    impl.grouper.NoteAdded(doc);
    result.outcome = AddOutcome::kAdded;
    return result;
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, absl::StrCat("cannot index ", article.url),
                            impl.path);
  } catch (const std::exception& e) {
    return absl::InternalError(
        absl::StrCat("cannot index ", article.url, ": ", e.what()));
  }
}

namespace {

// The writer takes the pipeline's articles in chunks of at most this many
// articles or this much memory, and adds each chunk in publication order.
// The pipeline prepares the next chunk meanwhile, so about two chunks are in
// memory at once.
constexpr int64_t kChunkArticles = 5000;
constexpr int64_t kChunkBytes = int64_t{256} << 20;

// When several pages of one chunk hold the same article (one canonical URL),
// only the latest version is indexed: by modification date, else publication
// date, else the last file name. Indexing them all would replace the article
// once per page on every run, so that a second run would never find it
// unchanged. Returns how many pages were left out; `articles` keeps its order.
int64_t KeepOnePagePerArticle(
    std::vector<internal::PreparedArticle>& articles) {
  absl::flat_hash_map<std::string, size_t> latest;  // identity -> index
  std::vector<bool> keep(articles.size(), true);
  for (size_t i = 0; i < articles.size(); ++i) {
    auto [it, inserted] = latest.try_emplace(articles[i].article.Identity(), i);
    if (inserted) continue;
    // Files come in name order, so a tie goes to the later file.
    if (VersionTime(articles[i].article) >=
        VersionTime(articles[it->second].article)) {
      keep[it->second] = false;
      it->second = i;
    } else {
      keep[i] = false;
    }
  }
  size_t kept = 0;
  for (size_t i = 0; i < articles.size(); ++i) {
    if (!keep[i]) continue;
    if (kept != i) articles[kept] = std::move(articles[i]);
    ++kept;
  }
  const int64_t left_out = static_cast<int64_t>(articles.size() - kept);
  articles.resize(kept);
  return left_out;
}

}  // namespace

absl::StatusOr<PagesReport> IndexWriter::AddPages(
    const std::vector<std::string>& paths,
    const std::function<void(const PagesProgress&)>& on_progress,
    const PagesOptions& pages_options) {
  PagesReport report;
  std::vector<std::string> page_paths, line_paths;
  for (const std::string& path : paths)
    (internal::IsJsonLinesPath(path) ? line_paths : page_paths).push_back(path);
  internal::PageFiles files = internal::CollectPageFiles(page_paths);
  report.failures = files.errors;
  report.failed = static_cast<int64_t>(files.errors.size());
  PagesProgress progress;
  progress.pages_total = static_cast<int64_t>(files.files.size());

  Impl& impl = *impl_;
  internal::ArticlePipeline pipeline(std::move(files.files), line_paths,
                                     impl.options.jobs, kChunkArticles,
                                     kChunkBytes);
  std::set<std::string> read_now;  // article ids, for pruning
  BatchMeter batch(impl.options);
  for (bool more = true; more;) {
    std::vector<internal::PreparedArticle> chunk;
    int64_t chunk_bytes = 0;
    while (more && static_cast<int64_t>(chunk.size()) < kChunkArticles &&
           chunk_bytes < kChunkBytes) {
      std::vector<internal::PreparedArticle> slice = pipeline.NextSlice();
      more = !slice.empty();
      for (internal::PreparedArticle& prepared : slice) {
        using Origin = internal::PreparedArticle::Origin;
        const Origin origin = prepared.origin;
        // Lines are counted as pages as they are read.
        if (origin == Origin::kLine) ++progress.pages_total;
        if (origin != Origin::kLineSource) ++progress.pages_read;
        if (prepared.ok) {
          chunk_bytes += prepared.memory_bytes;
          chunk.push_back(std::move(prepared));
        } else {
          ++report.failed;
          report.failures.push_back(std::move(prepared.failure));
        }
        // Pages are few and slow, lines many and fast.
        if (on_progress &&
            (origin == Origin::kPage || progress.pages_read % 1000 == 0))
          on_progress(progress);
      }
    }
    report.duplicates += KeepOnePagePerArticle(chunk);
    // Publication order makes the partition into stories independent of file
    // names (within a chunk); undated articles come last, and ties are broken
    // by identity so the order is total.
    std::stable_sort(chunk.begin(), chunk.end(),
                     [](const internal::PreparedArticle& a,
                        const internal::PreparedArticle& b) {
                       return PublishedBefore(
                           a.article.published, a.article.Identity(),
                           b.article.published, b.article.Identity());
                     });
    for (internal::PreparedArticle& prepared : chunk) {
      absl::StatusOr<AddResult> added = impl.WriteArticle(
          prepared.article, prepared.article_id, prepared.content_hash,
          std::move(prepared.text),
          prepared.story_key.empty()
              ? std::nullopt
              : std::optional<std::string>(StoryIdForKey(prepared.story_key)));
      if (!added.ok()) {
        if (added.status().code() == absl::StatusCode::kInvalidArgument) {
          ++report.failed;
          report.failures.emplace_back(added.status().message());
          continue;
        }
        return added.status();
      }
      if (pages_options.prune) read_now.insert(added->article_id);
      switch (added->outcome) {
        case AddOutcome::kAdded:
          ++report.added;
          break;
        case AddOutcome::kUpdated:
          ++report.updated;
          break;
        case AddOutcome::kUnchanged:
          ++report.unchanged;
          break;
        case AddOutcome::kOlderCopy:
          ++report.duplicates;
          break;
      }
      ++progress.articles_indexed;
      if (on_progress) on_progress(progress);
      if (batch.AddAndCheckFull(prepared.article)) {
        NEWSQ_RETURN_IF_ERROR(Commit());
        // Before the next batch: stop cleanly while there is room.
        NEWSQ_RETURN_IF_ERROR(internal::CheckRoomToWrite(impl.path));
      }
      // Written: the chunk need not hold the article any longer.
      prepared = internal::PreparedArticle();
    }
  }
  NEWSQ_RETURN_IF_ERROR(Commit());
  if (pages_options.prune) {
    NEWSQ_ASSIGN_OR_RETURN(report.pruned, PruneGoneFiles(paths, read_now));
    NEWSQ_RETURN_IF_ERROR(Commit());
  }
  return report;
}

namespace {

// The folders among `paths`, lexically normal and ending with '/', so that a
// prefix test says whether a file lies under one.
std::vector<std::string> FoldersToPrune(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  std::vector<std::string> folders;
  for (const std::string& path : paths) {
    std::error_code error;
    if (!fs::is_directory(path, error) || error) continue;
    std::string folder = fs::path(path).lexically_normal().string();
    if (!folder.ends_with('/')) folder += '/';
    folders.push_back(std::move(folder));
  }
  return folders;
}

// True when `file` certainly does not exist: a file that cannot be looked at
// (a folder without permission, a failing disk) is not gone.
bool IsGone(const std::string& file) {
  std::error_code error;
  return std::filesystem::symlink_status(file, error).type() ==
         std::filesystem::file_type::not_found;
}

}  // namespace

absl::StatusOr<int64_t> IndexWriter::PruneGoneFiles(
    const std::vector<std::string>& paths,
    const std::set<std::string>& read_now) {
  const std::vector<std::string> folders = FoldersToPrune(paths);
  if (folders.empty()) return 0;
  Impl& impl = *impl_;
  int64_t pruned = 0;
  try {
    std::set<std::string> stories;
    std::vector<Xapian::docid> gone;
    for (auto it = impl.db.postlist_begin(""); it != impl.db.postlist_end("");
         ++it) {
      NEWSQ_ASSIGN_OR_RETURN(StoredArticle stored,
                             internal::StoredArticleFromJson(
                                 impl.db.get_document(*it).get_data()));
      if (read_now.contains(stored.id)) continue;
      const std::string file =
          std::filesystem::path(stored.article.url).lexically_normal().string();
      const bool under_a_folder = std::any_of(
          folders.begin(), folders.end(),
          [&](const std::string& f) { return file.starts_with(f); });
      if (!under_a_folder || !IsGone(stored.article.url)) continue;
      gone.push_back(*it);
      stories.insert(stored.story_id);
    }
    for (Xapian::docid docid : gone) impl.db.delete_document(docid);
    // Counted again at the commit that follows.
    for (const std::string& story : stories) impl.coverage.Invalidate(story);
    pruned = static_cast<int64_t>(gone.size());
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, "cannot prune", impl.path);
  }
  if (pruned > 0) impl.grouper.ForgetFrequencies();
  return pruned;
}

absl::StatusOr<IndexWriter::ReclusterReport> IndexWriter::Recluster() {
  NEWSQ_RETURN_IF_ERROR(Commit());
  Impl& impl = *impl_;
  ReclusterReport report;
  try {
    // Every article with its current story, in publication order.
    struct Member {
      Xapian::docid docid;
      StoredArticle stored;
    };
    std::vector<Member> members;
    for (auto it = impl.db.postlist_begin(""); it != impl.db.postlist_end("");
         ++it) {
      NEWSQ_ASSIGN_OR_RETURN(StoredArticle stored,
                             internal::StoredArticleFromJson(
                                 impl.db.get_document(*it).get_data()));
      members.push_back({*it, std::move(stored)});
    }
    std::stable_sort(
        members.begin(), members.end(), [](const Member& a, const Member& b) {
          return PublishedBefore(a.stored.article.published, a.stored.id,
                                 b.stored.article.published, b.stored.id);
        });

    // The new partition, grouped in a scratch in-memory database as Add()
    // would.
    Xapian::WritableDatabase scratch = Xapian::InMemory::open();
    internal::StoryGrouper grouper(impl.analyzer, impl.options);
    std::map<std::string, std::string> old_story_of, new_story_of;
    for (const Member& member : members) {
      const StoredArticle& stored = member.stored;
      old_story_of[stored.id] = stored.story_id;
      Xapian::Document doc =
          impl.builder.Build(stored.article, stored.id, stored.id);
      const auto match =
          grouper.FindStory(scratch, doc, stored.article.published);
      const std::string story = match ? match->story_id : stored.id;
      if (match) internal::DocumentBuilder::SetStory(doc, story);
      scratch.add_document(doc);
      grouper.NoteAdded(doc);
      new_story_of[stored.id] = story;
    }
    const std::map<std::string, std::string> kept =
        internal::KeepStoryIds(new_story_of, old_story_of);

    std::set<std::string> before, after;
    for (const Member& member : members) {
      const std::string& id = member.stored.id;
      const std::string& story = kept.at(new_story_of[id]);
      before.insert(old_story_of[id]);
      after.insert(story);
      if (story == old_story_of[id]) continue;
      Xapian::Document doc = impl.db.get_document(member.docid);
      internal::DocumentBuilder::SetStory(doc, story);
      impl.db.replace_document(member.docid, doc);
      ++report.articles_moved;
    }
    // Counted again at the commit that follows.
    for (const std::string& story : before) impl.coverage.Invalidate(story);
    for (const std::string& story : after) impl.coverage.Invalidate(story);
    report.articles = static_cast<int64_t>(members.size());
    report.stories_before = static_cast<int64_t>(before.size());
    report.stories_after = static_cast<int64_t>(after.size());
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, "cannot recluster", impl.path);
  }
  impl.grouper.ForgetFrequencies();
  NEWSQ_RETURN_IF_ERROR(Commit());
  return report;
}

absl::Status IndexWriter::Commit() {
  try {
    impl_->coverage.Flush(impl_->db);
    impl_->db.commit_transaction();
    impl_->full_names.clear();
    impl_->db.begin_transaction();
    return absl::OkStatus();
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, "cannot commit", impl_->path);
  }
}

int64_t IndexWriter::article_count() const { return impl_->db.get_doccount(); }

int64_t IndexWriter::story_count() const {
  return CountTermsWithPrefix(impl_->db, internal::schema::kStory);
}

// ---------------------------------------------------------------------------------------
// Searcher

struct Searcher::Impl {
  std::string path;
  Xapian::Database db;
  internal::FrenchAnalyzer analyzer;
  internal::FacetColumnsCache columns;
};

Searcher::Searcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Searcher::~Searcher() = default;

absl::StatusOr<std::unique_ptr<Searcher>> Searcher::Open(
    const std::string& db_path) {
  NEWSQ_ASSIGN_OR_RETURN(Xapian::Database db, internal::OpenReadable(db_path));
  auto impl = std::make_unique<Impl>();
  impl->path = db_path;
  impl->db = std::move(db);
  return std::unique_ptr<Searcher>(new Searcher(std::move(impl)));
}

absl::StatusOr<SearchResult> Searcher::Search(const SearchRequest& request) {
  return RetryingRead(impl_->db, impl_->path, "search failed",
                      [&](const Xapian::Database& db) {
                        return internal::SearchStories(
                            db, impl_->analyzer, request, &impl_->columns);
                      });
}

absl::StatusOr<std::vector<FacetValue>> Searcher::Entities(
    const SearchRequest& request) {
  return RetryingRead(impl_->db, impl_->path, "cannot count entities",
                      [&](const Xapian::Database& db) {
                        return internal::TopEntities(db, impl_->analyzer,
                                                     request, &impl_->columns);
                      });
}

absl::StatusOr<SearchResult> Searcher::Related(const std::string& id,
                                               const SearchRequest& request) {
  return RetryingRead(impl_->db, impl_->path, "cannot find related stories",
                      [&](const Xapian::Database& db) {
                        return internal::RelatedStories(
                            db, impl_->analyzer, id, request, &impl_->columns);
                      });
}

absl::Status Searcher::ForEachArticle(
    const std::function<void(const StoredArticle&)>& visit) {
  try {
    const Xapian::Database& db = impl_->db;
    const std::string prefix(internal::schema::kArticleId);
    for (auto term = db.allterms_begin(prefix); term != db.allterms_end(prefix);
         ++term) {
      for (auto post = db.postlist_begin(*term); post != db.postlist_end(*term);
           ++post) {
        NEWSQ_ASSIGN_OR_RETURN(
            StoredArticle stored,
            internal::StoredArticleFromJson(db.get_document(*post).get_data()));
        visit(stored);
      }
    }
    return absl::OkStatus();
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, "cannot read articles", impl_->path);
  }
}

absl::StatusOr<StoryHit> Searcher::Story(const std::string& story_id) {
  try {
    return internal::ViewStory(impl_->db, story_id);
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, "cannot read story", impl_->path);
  }
}

absl::StatusOr<std::vector<StoryHit>> Searcher::Stories(
    const StoriesRequest& request) {
  if (request.limit < 0)
    return absl::InvalidArgumentError("limit must not be negative");
  try {
    return internal::BiggestStories(impl_->db, request.since, request.until,
                                    request.limit);
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, "cannot list stories", impl_->path);
  }
}

absl::StatusOr<DatabaseStats> Searcher::Stats() {
  try {
    const Xapian::Database& db = impl_->db;
    DatabaseStats stats;
    stats.articles = db.get_doccount();
    stats.stories = CountTermsWithPrefix(db, internal::schema::kStory);
    stats.outlets = CountTermsWithPrefix(db, internal::schema::kOutlet);
    const std::string low =
        db.get_value_lower_bound(internal::schema::kPublishedSlot);
    const std::string high =
        db.get_value_upper_bound(internal::schema::kPublishedSlot);
    if (!low.empty()) {
      stats.first_published =
          DateTime{static_cast<int64_t>(Xapian::sortable_unserialise(low)), 0};
    }
    if (!high.empty()) {
      stats.last_published =
          DateTime{static_cast<int64_t>(Xapian::sortable_unserialise(high)), 0};
    }
    stats.size_bytes = internal::DirectorySize(impl_->path);
    return stats;
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, "cannot read statistics", impl_->path);
  }
}

}  // namespace newsq
