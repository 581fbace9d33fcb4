// IndexWriter::Reindex: a database rebuilt beside the live one, then swapped
// in atomically. See newsq/index.h for the contract.
#include <xapian.h>

#include <filesystem>
#include <set>
#include <string>

#include "absl/strings/str_cat.h"
#include "engine/database.h"
#include "engine/shards.h"
#include "engine/status_macros.h"
#include "engine/writer_lock.h"
#include "engine/xapian_status.h"
#include "indexer/story_coverage.h"
#include "indexer/story_ids.h"
#include "library/database_files.h"
#include "library/index_writer_impl.h"
#include "newsq/index.h"

namespace newsq {
using internal::StatusFromXapian;
namespace {

namespace fs = std::filesystem;

// Names the stories of the new database `db` after the old database's
// (`old_story_of`) and fills the report's story counts.
void KeepStoryIdsOf(Xapian::WritableDatabase& db,
                    const internal::StoryOf& old_story_of,
                    IndexWriter::ReindexReport& report) {
  const internal::StoryOf new_story_of = internal::ReadStoryOfEachArticle(db);
  const internal::KeptStoryIds kept = internal::KeepOldStoryIds(
      db, /*current_story_of=*/new_story_of, new_story_of, old_story_of);
  // A renamed story's articles are the same; their outlet counts are set
  // again under the new id all the same.
  for (const std::string& story : kept.moved_to)
    internal::UpdateStoryOutlets(db, story);
  std::set<std::string> old_stories;
  for (const auto& [article, story] : old_story_of) old_stories.insert(story);
  report.stories = static_cast<int64_t>(kept.stories.size());
  report.stories_kept = 0;
  for (const std::string& story : kept.stories)
    report.stories_kept += old_stories.count(story);
}

}  // namespace

absl::StatusOr<IndexWriter::ReindexReport> IndexWriter::Reindex(
    const std::string& db_path, const std::vector<std::string>& paths,
    const ReindexOptions& options,
    const std::function<void(const PagesProgress&)>& on_progress) {
  // Through a symbolic link, the database rebuilt and swapped is the link's
  // target, and the link stays.
  const std::string live = internal::DatabaseToReplace(db_path);
  NEWSQ_ASSIGN_OR_RETURN(internal::WriterLock lock,
                         internal::WriterLock::Acquire(live));
  if (!options.keep_previous.empty() && fs::exists(options.keep_previous)) {
    return absl::AlreadyExistsError(
        absl::StrCat("cannot keep the previous database at ",
                     options.keep_previous, ": it exists"));
  }
  ReindexReport report;
  internal::StoryOf old_story_of;
  std::error_code error;
  // A nightly rebuild keeps the shard count unless told another.
  IndexOptions index_options = options.index;
  if (index_options.shards == 0 && fs::exists(live, error)) {
    NEWSQ_ASSIGN_OR_RETURN(index_options.shards, internal::ShardCount(live));
  }
  // The live database may be of an older index format: a rebuild from pages
  // is how a nightly run moves it to this one, keeping its story ids.
  if (fs::exists(live, error)) {
    NEWSQ_ASSIGN_OR_RETURN(Xapian::Database old,
                           internal::OpenReadableOfAnyFormat(live));
    try {
      old_story_of = internal::ReadStoryOfEachArticle(old);
      report.articles_before = old.get_doccount();
    } catch (const Xapian::Error& e) {
      return StatusFromXapian(e, "cannot read the database to reindex", live);
    }
  }
  // Under the lock, a database at `fresh` can only be what an interrupted run
  // left: a partial build, or the database it had just replaced.
  const std::string fresh = live + ".reindexing";
  internal::FinishInterruptedSwap(fresh, live);
  // Whatever goes wrong from here, the live database is untouched and the
  // partial one goes.
  auto fail = [&](const absl::Status& status) {
    std::error_code ignored;
    fs::remove_all(fresh, ignored);
    return status;
  };
  {
    absl::StatusOr<std::unique_ptr<IndexWriter>> writer =
        Impl::OpenWriter(fresh, index_options, /*take_lock=*/false);
    if (!writer.ok()) return fail(writer.status());
    absl::StatusOr<PagesReport> pages = (*writer)->AddPages(paths, on_progress);
    if (!pages.ok()) return fail(pages.status());
    report.pages = *std::move(pages);
  }
  if (report.pages.added + report.pages.updated + report.pages.unchanged == 0) {
    // The report goes with the error: say why, from the first failures.
    constexpr size_t kFailuresNamed = 3;
    const std::vector<std::string>& failures = report.pages.failures;
    std::string why;
    for (size_t i = 0; i < failures.size() && i < kFailuresNamed; ++i)
      absl::StrAppend(&why, i ? "; " : " (", failures[i]);
    if (failures.size() > kFailuresNamed)
      absl::StrAppend(&why, "; ", failures.size() - kFailuresNamed, " more");
    if (!why.empty()) why += ")";
    return fail(absl::FailedPreconditionError(
        absl::StrCat("no page could be indexed from the given paths", why, "; ",
                     live, " is left as it was")));
  }
  try {
    absl::StatusOr<Xapian::WritableDatabase> db = internal::OpenWritable(fresh);
    if (!db.ok()) return fail(db.status());
    KeepStoryIdsOf(*db, old_story_of, report);
    report.articles = db->get_doccount();
    db->commit();
    db->close();
  } catch (const Xapian::Error& e) {
    return fail(StatusFromXapian(e, "cannot keep the story ids", fresh));
  }
  if (options.compact) {
    if (absl::Status compacted = internal::CompactInPlace(fresh);
        !compacted.ok())
      return fail(compacted);
  }
  if (absl::Status swapped =
          internal::SwapInMarked(fresh, live, options.keep_previous);
      !swapped.ok())
    return fail(swapped);
  // The old database, now at `fresh`, goes; readers that have it open keep
  // their open files until they reopen.
  NEWSQ_RETURN_IF_ERROR(internal::PutAwayReplaced(fresh));
  return report;
}

}  // namespace newsq
