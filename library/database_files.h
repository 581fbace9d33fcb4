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

// Replaces the database at `path` by its compacted copy (Xapian's compaction,
// as xapian-compact does). Errors: kInternal or the Xapian error's status,
// naming the path.
absl::Status CompactInPlace(const std::string& path);

}  // namespace newsq::internal

#endif  // NEWSQ_LIBRARY_DATABASE_FILES_H_
