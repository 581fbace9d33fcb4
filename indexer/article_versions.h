// Internal: which of two versions of one article is kept, and the order in
// which articles are grouped into stories.
#ifndef NEWSQ_INDEXER_ARTICLE_VERSIONS_H_
#define NEWSQ_INDEXER_ARTICLE_VERSIONS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "indexer/article_pipeline.h"
#include "newsq/article.h"

namespace newsq::internal {

// The time that orders two versions of one article: modification, else
// publication; undated versions come first (INT64_MIN).
int64_t VersionTime(const Article& article);

// Whether `indexed`, read from another source than `page`, is a later version
// of the same article: then `page` is an older copy. Ties go to the source
// whose name sorts last, as pages of one folder come in name order. When
// `page` was read from a file: never when `indexed` is that same file under
// another path ("ed/a.html", then "/home/x/ed/a.html"; its edit applies), and
// not on a tie when `indexed` came from an absolute path where no file is any
// more (the page was renamed or moved). Urls that are no files ("https://",
// JSON lines' "www.x.fr/a") keep the rule of dates and names.
bool IsLaterCopy(const Article& indexed, const Article& page);

// When several pages of `articles` hold the same article (one identity), keeps
// only the latest version: by VersionTime, a tie going to the later page.
// Indexing them all would replace the article once per page on every run, so
// that a second run would never find it unchanged. Returns how many pages
// were left out; the kept ones keep their order.
int64_t KeepOnePagePerArticle(std::vector<PreparedArticle>& articles);

// Publication order, the order in which articles are grouped into stories:
// undated articles last, ties broken by `key_a`/`key_b` (identities or ids)
// so that the order is total.
bool PublishedBefore(const std::optional<DateTime>& a, const std::string& key_a,
                     const std::optional<DateTime>& b,
                     const std::string& key_b);

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_ARTICLE_VERSIONS_H_
