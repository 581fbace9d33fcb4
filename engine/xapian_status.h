// Internal: the one place where Xapian exceptions become absl::Status.
#ifndef NEWSQ_ENGINE_XAPIAN_STATUS_H_
#define NEWSQ_ENGINE_XAPIAN_STATUS_H_

#include <xapian.h>

#include <string_view>

#include "absl/status/status.h"

namespace newsq::internal {

// Maps a Xapian error to the most specific status code, with "`what`: `path`:
// <Xapian's message>" as the message. A network error (a remote shard down or
// too slow) is kUnavailable, and its message names the shard.
absl::Status StatusFromXapian(const Xapian::Error& error, std::string_view what,
                              std::string_view path);

}  // namespace newsq::internal

#endif  // NEWSQ_ENGINE_XAPIAN_STATUS_H_
