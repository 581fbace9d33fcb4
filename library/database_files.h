// Internal to library/: whole databases moved on disk, durably. Reindex and
// Upgrade build a database beside the live one and put it in place here.
#ifndef NEWSQ_LIBRARY_DATABASE_FILES_H_
#define NEWSQ_LIBRARY_DATABASE_FILES_H_

#include <string>

#include "absl/status/status.h"

namespace newsq::internal {

// `path` with a trailing slash dropped and, when it is a symbolic link, the
// link's target: the database that a swap must replace, so that the link
// stays and readers of the target see the new database.
std::string DatabaseToReplace(std::string path);

// Puts the database at `fresh` in `live`'s place in one atomic step
// (rename(2) with RENAME_EXCHANGE), leaving the old database at `fresh`, and
// syncs the folder so that the switch survives a crash. On file systems
// without RENAME_EXCHANGE, three renames, with an instant between them where
// `live` does not exist (readers opening then get kNotFound and retry). When
// `live` does not exist, `fresh` is simply renamed to it. Errors: kInternal
// naming both paths; `live` is then as it was.
absl::Status SwapIn(const std::string& fresh, const std::string& live);

// SwapIn, with a mark left first in the live database (made durable) that
// says where it goes once replaced: `old_goes_to`, or "" to be removed. A
// kill at any moment then loses nothing: the next run's FinishInterruptedSwap
// tells the replaced database left at `fresh` from a partial build by it.
// Errors: SwapIn's, or kInternal when the mark cannot be written; the live
// database is then as it was.
absl::Status SwapInMarked(const std::string& fresh, const std::string& live,
                          const std::string& old_goes_to);

// After SwapInMarked: the replaced database, now at `fresh`, goes where its
// mark says. Errors: kInternal saying where it could not go and where it is.
absl::Status PutAwayReplaced(const std::string& fresh);

// For a run about to build at `fresh` under the writer lock: what an
// interrupted SwapInMarked and PutAwayReplaced left is finished (the replaced
// database at `fresh` goes where its mark says, or beside `live` as
// `<live>.previous-<N>` when that path was taken meanwhile; a stale mark in the
// live database is removed), and anything else at `fresh`, a partial build, is
// removed.
void FinishInterruptedSwap(const std::string& fresh, const std::string& live);

// Replaces the database at `path` by its compacted copy (Xapian's compaction,
// as xapian-compact does, in 32 KiB blocks), every document under the number
// it had. Errors: kInternal or the Xapian error's status, naming the path.
absl::Status CompactInPlace(const std::string& path);

}  // namespace newsq::internal

#endif  // NEWSQ_LIBRARY_DATABASE_FILES_H_
