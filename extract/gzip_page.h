// Internal: pages saved or sent compressed. Crawlers and `wget` often store a
// server's gzip response as it came, under an .html name; web archives keep
// the body as the server sent it: gzip, deflate, or Brotli from crawlers that
// fetch as browsers do.
#ifndef NEWSQ_EXTRACT_GZIP_PAGE_H_
#define NEWSQ_EXTRACT_GZIP_PAGE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace newsq::internal {

// True when `bytes` start with gzip's magic number.
bool IsGzip(std::string_view bytes);

// The decompressed bytes of `gzip` (several concatenated members included).
// Errors: kInvalidArgument for corrupt or truncated data, and for output
// beyond `max_bytes` (a small file can expand a thousandfold), with the
// reason.
absl::StatusOr<std::string> Gunzip(std::string_view gzip, size_t max_bytes);

// The decompressed bytes of HTTP's "deflate" content: zlib data, or raw
// deflate data as some servers send. Errors as Gunzip's.
absl::StatusOr<std::string> Inflate(std::string_view deflate, size_t max_bytes);

// The decompressed bytes of HTTP's "br" content. Errors as Gunzip's.
absl::StatusOr<std::string> Unbrotli(std::string_view brotli, size_t max_bytes);

}  // namespace newsq::internal

#endif  // NEWSQ_EXTRACT_GZIP_PAGE_H_
