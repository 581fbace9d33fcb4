// Internal: the bytes a Xapian document's data holds for its article: the
// stored article's JSON (article_codec.h), compressed as one zstd frame.
#ifndef NEWSQ_ENGINE_ARTICLE_DATA_H_
#define NEWSQ_ENGINE_ARTICLE_DATA_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace newsq::internal {

// Glass compresses document data with zlib, and every hit shown inflates its
// article: a third of a hit's cost at 36k articles. A zstd frame, which glass
// cannot shrink and so stores as it is, decodes in less than half the time
// for about the same size (docs/performance.md).

// `json` as the document data of index format 5: one zstd frame that records
// its decoded size. Thread-safe.
std::string EncodeArticleData(std::string_view json);

// The JSON that `data` holds: a zstd frame decoded, or the data itself when it
// is not one (format 4 stored the JSON as it is). Errors: kDataLoss for a
// frame that does not decode, or that claims more than kMaxArticleDataBytes.
// Thread-safe.
absl::StatusOr<std::string> DecodeArticleData(std::string_view data);

// No stored article is larger: an article comes from at most kMaxPageBytes
// (16 MiB) of input, and JSON escaping writes at most six bytes for one.
inline constexpr size_t kMaxArticleDataBytes = size_t{128} << 20;

}  // namespace newsq::internal

#endif  // NEWSQ_ENGINE_ARTICLE_DATA_H_
