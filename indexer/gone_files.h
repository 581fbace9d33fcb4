// Internal: articles whose page files are gone (newsq index --prune).
#ifndef NEWSQ_INDEXER_GONE_FILES_H_
#define NEWSQ_INDEXER_GONE_FILES_H_

#include <xapian.h>

#include <set>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace newsq::internal {

struct GoneFiles {
  std::vector<Xapian::docid> articles;  // to delete
  std::set<std::string> stories;        // the stories they belong to
};

// The articles of `db` read from files under the folders among `paths` whose
// files certainly no longer exist, except those whose ids are in `read_now`
// (read again in this run under another file name). A file that cannot be
// looked at (a folder without permission, a failing disk) is not gone, and
// paths that are not folders prune nothing. Errors: kDataLoss for a stored
// article that cannot be read. Xapian errors propagate.
absl::StatusOr<GoneFiles> FindGoneFiles(const Xapian::Database& db,
                                        const std::vector<std::string>& paths,
                                        const std::set<std::string>& read_now);

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_GONE_FILES_H_
