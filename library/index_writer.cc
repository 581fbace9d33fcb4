// IndexWriter (newsq/index.h): opening a database for writing, adding
// articles and pages, regrouping stories, committing. What happens to one
// article is indexer/article_writer's; this file drives it and turns the
// indexer's Xapian exceptions into statuses.
#include <xapian.h>

#include <set>
#include <string>
#include <system_error>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/hash/hash.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "engine/database.h"
#include "engine/ids.h"
#include "engine/schema.h"
#include "engine/status_macros.h"
#include "engine/xapian_status.h"
#include "extract/json_lines.h"
#include "extract/page_files.h"
#include "indexer/article_chunks.h"
#include "indexer/gone_files.h"
#include "indexer/recluster.h"
#include "indexer/story_ids.h"
#include "library/batch_meter.h"
#include "library/index_writer_impl.h"
#include "newsq/index.h"

namespace newsq {
using internal::StatusFromXapian;

namespace {

absl::Status CheckOptions(const IndexOptions& options) {
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
  // Past a few hundred, shards cost open files and merge work for nothing.
  if (options.shards < 0 || options.shards > 256) {
    return absl::InvalidArgumentError(
        absl::StrCat("shards must be from 0 (keep what is there) to 256, not ",
                     options.shards));
  }
  return absl::OkStatus();
}

void CountSkipped(internal::SkippedRecord skipped,
                  PagesReport::SkippedRecords& counts) {
  using internal::SkippedRecord;
  switch (skipped) {
    case SkippedRecord::kRequest:
      ++counts.requests;
      break;
    case SkippedRecord::kRevisit:
      ++counts.revisits;
      break;
    case SkippedRecord::kRedirect:
      ++counts.redirects;
      break;
    case SkippedRecord::kHttpError:
      ++counts.http_errors;
      break;
    case SkippedRecord::kNotHtml:
      ++counts.not_html;
      break;
    case SkippedRecord::kOther:
      ++counts.other;
      break;
  }
}

// An article id as a number: its 16 hex digits, else a hash of it.
uint64_t IdNumber(const std::string& article_id) {
  uint64_t number = 0;
  if (absl::SimpleHexAtoi(article_id, &number)) return number;
  return absl::HashOf(article_id);
}

void CountOutcome(AddOutcome outcome, PagesReport& report) {
  switch (outcome) {
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
}

}  // namespace

IndexWriter::IndexWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

IndexWriter::~IndexWriter() {
  if (!impl_) return;
  // The shard writers stop touching the database first; what they wrote is
  // uncommitted, and discarded below. A failure was reported already.
  (void)impl_->writer.Finish();
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
  return Impl::OpenWriter(db_path, options, /*take_lock=*/true);
}

absl::StatusOr<std::unique_ptr<IndexWriter>> IndexWriter::Impl::OpenWriter(
    const std::string& db_path, const IndexOptions& options, bool take_lock) {
  NEWSQ_RETURN_IF_ERROR(CheckOptions(options));
  std::optional<internal::WriterLock> lock;
  if (take_lock) {
    NEWSQ_ASSIGN_OR_RETURN(lock, internal::WriterLock::Acquire(db_path));
  }
  NEWSQ_RETURN_IF_ERROR(internal::CheckRoomToWrite(db_path));
  NEWSQ_ASSIGN_OR_RETURN(internal::WritableShards db,
                         internal::OpenWritableShards(db_path, options.shards));
  try {
    db.all.begin_transaction();
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, "cannot start a transaction", db_path);
  }
  // The writer opens a read-only snapshot of the shards and starts a thread
  // per shard: either may fail (too many open files, no more threads).
  try {
    return std::unique_ptr<IndexWriter>(new IndexWriter(std::make_unique<Impl>(
        db_path, std::move(lock), std::move(db), options)));
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, "cannot open database for writing", db_path);
  } catch (const std::system_error& e) {
    return absl::ResourceExhaustedError(absl::StrCat(
        "cannot start the writer threads of ", db_path, ": ", e.what()));
  }
}

absl::StatusOr<AddResult> IndexWriter::Add(const Article& article) {
  return impl_->writer.Write(
      internal::ArticleWriter::InputFor(article, std::nullopt));
}

absl::StatusOr<AddResult> IndexWriter::AddToStory(
    const Article& article, const std::string& story_key) {
  return impl_->writer.Write(internal::ArticleWriter::InputFor(
      article, internal::StoryIdForKey(story_key)));
}

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
  progress.total_known = line_paths.empty() && files.archives.empty();
  auto on_input = [&](internal::PreparedArticle& prepared) {
    using Origin = internal::PreparedArticle::Origin;
    const Origin origin = prepared.origin;
    if (prepared.skipped) {
      CountSkipped(*prepared.skipped, report.skipped_records);
      return;
    }
    // Lines and archived pages are counted as they are read.
    if (origin == Origin::kLine || origin == Origin::kRecord)
      ++progress.pages_total;
    if (origin != Origin::kSource) ++progress.pages_read;
    if (!prepared.ok) {
      ++report.failed;
      report.failures.push_back(std::move(prepared.failure));
    }
    // Pages are few and slow, lines many and fast.
    if (on_progress &&
        (origin != Origin::kLine || progress.pages_read % 1000 == 0))
      on_progress(progress);
  };

  Impl& impl = *impl_;
  internal::ArticleChunks chunks({.page_files = std::move(files.files),
                                  .line_sources = std::move(line_paths),
                                  .archives = std::move(files.archives)},
                                 impl.writer.options().jobs);
  std::set<std::string> read_now;  // article ids, for pruning
  // Every article id written in this run, as a number (its 16 hex digits):
  // a copy of an article read in an earlier chunk is a duplicate, as one in
  // the same chunk is, not an update of what this run wrote.
  absl::flat_hash_set<uint64_t> written_now;
  internal::BatchMeter batch(impl.writer.options());
  for (std::vector<internal::PreparedArticle> chunk;
       !(chunk = chunks.Next(on_input, &report.duplicates)).empty();) {
    for (internal::PreparedArticle& prepared : chunk) {
      absl::StatusOr<AddResult> added = impl.writer.Write(
          {.article = prepared.article,
           .article_id = std::move(prepared.article_id),
           .content_hash = std::move(prepared.content_hash),
           .text = std::move(prepared.text),
           .story_id = prepared.story_key.empty()
                           ? std::nullopt
                           : std::optional<std::string>(
                                 internal::StoryIdForKey(prepared.story_key))});
      if (!added.ok()) {
        // A bad article is reported and skipped; a database failure stops.
        if (added.status().code() != absl::StatusCode::kInvalidArgument)
          return added.status();
        ++report.failed;
        report.failures.emplace_back(added.status().message());
        continue;
      }
      if (pages_options.prune) read_now.insert(added->article_id);
      if (!written_now.insert(IdNumber(added->article_id)).second &&
          (added->outcome == AddOutcome::kUpdated ||
           added->outcome == AddOutcome::kUnchanged)) {
        ++report.duplicates;
      } else {
        CountOutcome(added->outcome, report);
      }
      report.moved += static_cast<int64_t>(added->moved_article_ids.size());
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
    NEWSQ_ASSIGN_OR_RETURN(report.pruned, impl.PruneGoneFiles(paths, read_now));
    NEWSQ_RETURN_IF_ERROR(Commit());
  }
  return report;
}

absl::StatusOr<int64_t> IndexWriter::Impl::PruneGoneFiles(
    const std::vector<std::string>& paths,
    const std::set<std::string>& read_now) {
  NEWSQ_RETURN_IF_ERROR(writer.Finish());
  try {
    NEWSQ_ASSIGN_OR_RETURN(internal::GoneFiles gone,
                           internal::FindGoneFiles(db, paths, read_now));
    for (Xapian::docid docid : gone.articles) db.delete_document(docid);
    if (!gone.articles.empty()) writer.StoriesChanged(gone.stories);
    return static_cast<int64_t>(gone.articles.size());
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, "cannot prune", path);
  }
}

absl::StatusOr<IndexWriter::ReclusterReport> IndexWriter::Recluster() {
  NEWSQ_RETURN_IF_ERROR(Commit());
  Impl& impl = *impl_;
  ReclusterReport report;
  try {
    NEWSQ_ASSIGN_OR_RETURN(internal::Regrouped regrouped,
                           internal::RegroupStories(impl.db, impl.writer));
    const internal::KeptStoryIds kept = internal::KeepOldStoryIds(
        impl.db, /*current_story_of=*/regrouped.old_story_of,
        regrouped.new_story_of, regrouped.old_story_of);
    std::set<std::string> before;
    for (const auto& [article, story] : regrouped.old_story_of)
      before.insert(story);
    report.articles = static_cast<int64_t>(regrouped.old_story_of.size());
    report.stories_before = static_cast<int64_t>(before.size());
    report.stories_after = static_cast<int64_t>(kept.stories.size());
    report.articles_moved = kept.articles_moved;
    // Counted again at the commit that follows.
    before.insert(kept.stories.begin(), kept.stories.end());
    impl.writer.StoriesChanged(before);
  } catch (const Xapian::Error& e) {
    return StatusFromXapian(e, "cannot recluster", impl.path);
  }
  NEWSQ_RETURN_IF_ERROR(Commit());
  return report;
}

absl::Status IndexWriter::Commit() { return impl_->writer.Commit(); }

int64_t IndexWriter::article_count() const {
  return impl_->writer.View().doccount();
}

int64_t IndexWriter::story_count() const {
  // Read through the database once the shards hold everything; should a
  // shard have failed, the count is of what it holds.
  (void)impl_->writer.Finish();
  return internal::CountTermsWithPrefix(impl_->db, internal::schema::kStory);
}

}  // namespace newsq
