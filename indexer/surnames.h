// Internal: a person whom an article names by surname alone ("M. Musk"),
// named in full from the articles already indexed ("Elon Musk").
#ifndef NEWSQ_INDEXER_SURNAMES_H_
#define NEWSQ_INDEXER_SURNAMES_H_

#include <xapian.h>

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "indexer/index_view.h"
#include "newsq/article.h"

namespace newsq::internal {

// The filter key of the surname of each person `entities` names in full (a
// PER entity of two words or more: "elon musk" gives "musk"), for the
// schema::kPersonSurname terms.
std::vector<std::string> SurnameKeys(const std::vector<Entity>& entities);

// Renames each one-word PER or MISC entity of `entities` that is the surname
// of a person the index already names in full: "Musk" becomes "Elon Musk",
// with "Musk" as an alias. The full name is the one most of the indexed
// articles with that surname give; when no name has three quarters of them
// ("Emmanuel Macron" and "Brigitte Macron"), the entity is left as it is.
// Reads at most a few dozen documents per surname. Returns whether any
// entity was renamed. May throw Xapian::Error.
//
// `cache`, when given, keeps each surname's full name ("" for none) from one
// call to the next, so that a surname is looked up once: a writer passes one
// and clears it at each commit, when the index may name someone anew.
using FullNameCache = absl::flat_hash_map<std::string, std::string>;
bool NameSurnamesInFull(const IndexView& db, std::vector<Entity>& entities,
                        FullNameCache* cache = nullptr);

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_SURNAMES_H_
