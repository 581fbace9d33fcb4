// IndexWriter::Reindex: a database rebuilt beside the live one, then swapped
// in atomically. See newsq/index.h for the contract.
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include <xapian.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "absl/strings/str_cat.h"
#include "engine/database.h"
#include "engine/schema.h"
#include "engine/status_macros.h"
#include "engine/writer_lock.h"
#include "engine/xapian_status.h"
#include "indexer/document_builder.h"
#include "indexer/recluster.h"
#include "indexer/story_coverage.h"
#include "newsq/index.h"

namespace newsq {
using internal::StatusFromXapian;
namespace {

namespace fs = std::filesystem;
using StoryOf = std::map<std::string, std::string>;  // article id -> story id

// Every article's story, read from the article id terms and the story slot.
StoryOf ReadStoryOfEachArticle(const Xapian::Database& db) {
  StoryOf story_of;
  const std::string prefix(internal::schema::kArticleId);
  for (auto term = db.allterms_begin(prefix); term != db.allterms_end(prefix);
       ++term) {
    for (auto post = db.postlist_begin(*term); post != db.postlist_end(*term);
         ++post) {
      story_of[(*term).substr(prefix.size())] =
          db.get_document(*post).get_value(internal::schema::kStorySlot);
    }
  }
  return story_of;
}

// Renames the stories of the new database after the old database's (see
// KeepStoryIds); returns how many stories kept an old id.
int64_t KeepOldStoryIds(Xapian::WritableDatabase& db,
                        const StoryOf& old_story_of, int64_t& stories) {
  const StoryOf new_story_of = ReadStoryOfEachArticle(db);
  const std::map<std::string, std::string> kept =
      internal::KeepStoryIds(new_story_of, old_story_of);
  std::set<std::string> old_stories;
  for (const auto& [article, story] : old_story_of) old_stories.insert(story);
  std::set<std::string> renamed, after;
  const std::string prefix(internal::schema::kArticleId);
  for (const auto& [article, story] : new_story_of) {
    const std::string& final_story = kept.at(story);
    after.insert(final_story);
    if (final_story == story) continue;
    const std::string id_term = prefix + article;
    for (auto post = db.postlist_begin(id_term);
         post != db.postlist_end(id_term); ++post) {
      Xapian::Document doc = db.get_document(*post);
      internal::DocumentBuilder::SetStory(doc, final_story);
      db.replace_document(*post, doc);
    }
    renamed.insert(final_story);
  }
  for (const std::string& story : renamed)
    internal::UpdateStoryOutlets(db, story);
  stories = static_cast<int64_t>(after.size());
  int64_t kept_ids = 0;
  for (const std::string& story : after) kept_ids += old_stories.count(story);
  return kept_ids;
}

// Replaces the database at `path` by its compacted copy.
absl::Status Compact(const std::string& path) {
  const std::string compacted = path + ".compact";
  std::error_code error;
  fs::remove_all(compacted, error);
  try {
    Xapian::Database(path).compact(compacted);
  } catch (const Xapian::Error& e) {
    fs::remove_all(compacted, error);
    return internal::StatusFromXapian(e, "cannot compact", path);
  }
  fs::remove_all(path, error);
  if (!error) fs::rename(compacted, path, error);
  if (error) {
    return absl::InternalError(
        absl::StrCat("cannot compact ", path, ": ", error.message()));
  }
  return absl::OkStatus();
}

// Makes a rename in `folder` durable.
void SyncFolder(const fs::path& folder) {
  const int fd = open(folder.empty() ? "." : folder.c_str(),
                      O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  fsync(fd);
  close(fd);
}

// Puts `fresh` in `live`'s place in one atomic step; the old database is left
// at `fresh`. On file systems without RENAME_EXCHANGE, two renames, with an
// instant between them where `live` does not exist (readers opening then get
// kNotFound and retry).
absl::Status SwapIn(const std::string& fresh, const std::string& live) {
  std::error_code error;
  if (!fs::exists(live, error)) {
    fs::rename(fresh, live, error);
  } else if (renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, live.c_str(),
                       RENAME_EXCHANGE) != 0) {
    if (errno != EINVAL && errno != ENOSYS) {
      error = std::error_code(errno, std::generic_category());
    } else {
      const std::string previous = live + ".previous";
      fs::remove_all(previous, error);
      fs::rename(live, previous, error);
      if (!error) {
        fs::rename(fresh, live, error);
        if (error) {
          std::error_code ignored;
          fs::rename(previous, live, ignored);  // put the live one back
        } else {
          fs::rename(previous, fresh, error);
        }
      }
    }
  }
  if (error) {
    return absl::InternalError(absl::StrCat("cannot put the new database ",
                                            fresh, " in place of ", live, ": ",
                                            error.message()));
  }
  SyncFolder(fs::path(live).parent_path());
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<IndexWriter::ReindexReport> IndexWriter::Reindex(
    const std::string& db_path, const std::vector<std::string>& paths,
    const ReindexOptions& options,
    const std::function<void(const PagesProgress&)>& on_progress) {
  std::string live = db_path;
  while (live.size() > 1 && live.back() == '/') live.pop_back();
  NEWSQ_ASSIGN_OR_RETURN(internal::WriterLock lock,
                         internal::WriterLock::Acquire(live));
  if (!options.keep_previous.empty() && fs::exists(options.keep_previous)) {
    return absl::AlreadyExistsError(
        absl::StrCat("cannot keep the previous database at ",
                     options.keep_previous, ": it exists"));
  }
  ReindexReport report;
  StoryOf old_story_of;
  std::error_code error;
  if (fs::exists(live, error)) {
    NEWSQ_ASSIGN_OR_RETURN(Xapian::Database old, internal::OpenReadable(live));
    try {
      old_story_of = ReadStoryOfEachArticle(old);
      report.articles_before = old.get_doccount();
    } catch (const Xapian::Error& e) {
      return StatusFromXapian(e, "cannot read the database to reindex", live);
    }
  }
  // Under the lock, a database at `fresh` can only be a failed run's leftover.
  const std::string fresh = live + ".reindexing";
  fs::remove_all(fresh, error);
  // Whatever goes wrong from here, the live database is untouched and the
  // partial one goes.
  auto fail = [&](const absl::Status& status) {
    std::error_code ignored;
    fs::remove_all(fresh, ignored);
    return status;
  };
  {
    absl::StatusOr<std::unique_ptr<IndexWriter>> writer =
        OpenWriter(fresh, options.index, /*take_lock=*/false);
    if (!writer.ok()) return fail(writer.status());
    absl::StatusOr<PagesReport> pages = (*writer)->AddPages(paths, on_progress);
    if (!pages.ok()) return fail(pages.status());
    report.pages = *std::move(pages);
  }
  if (report.pages.added + report.pages.updated + report.pages.unchanged == 0) {
    return fail(absl::FailedPreconditionError(
        absl::StrCat("no page could be indexed from the given paths; ", live,
                     " is left as it was")));
  }
  try {
    absl::StatusOr<Xapian::WritableDatabase> db = internal::OpenWritable(fresh);
    if (!db.ok()) return fail(db.status());
    report.stories_kept = KeepOldStoryIds(*db, old_story_of, report.stories);
    report.articles = db->get_doccount();
    db->commit();
    db->close();
  } catch (const Xapian::Error& e) {
    return fail(StatusFromXapian(e, "cannot keep the story ids", fresh));
  }
  if (options.compact) {
    if (absl::Status compacted = Compact(fresh); !compacted.ok())
      return fail(compacted);
  }
  if (absl::Status swapped = SwapIn(fresh, live); !swapped.ok())
    return fail(swapped);
  // The old database, now at `fresh`. Readers that have it open keep their
  // open files until they reopen.
  if (!options.keep_previous.empty()) {
    fs::rename(fresh, options.keep_previous, error);
    if (!error) return report;
    // Live already: say so, and leave the old one where it is.
    return absl::InternalError(absl::StrCat(
        "the new database is live, but the previous one could not be moved "
        "to ",
        options.keep_previous, " (", error.message(), "); it is at ", fresh));
  }
  fs::remove_all(fresh, error);
  return report;
}

}  // namespace newsq
