#include "engine/xapian_status.h"

#include "absl/strings/str_cat.h"

namespace newsq::internal {

absl::Status StatusFromXapian(const Xapian::Error& error, std::string_view what,
                              std::string_view path) {
  std::string message = absl::StrCat(std::string(what), ": ", std::string(path),
                                     ": ", error.get_msg());
  if (const char* detail = error.get_error_string();
      detail != nullptr && *detail != '\0') {
    absl::StrAppend(&message, " (", detail, ")");
  }
  const std::string type = error.get_type();
  if (type == "NetworkError" || type == "NetworkTimeoutError") {
    // The context names the remote shard: "remote:tcp(HOST:PORT)".
    if (!error.get_context().empty())
      absl::StrAppend(&message, " [", error.get_context(), "]");
    return absl::UnavailableError(message);
  }
  if (type == "DatabaseLockError") return absl::UnavailableError(message);
  if (type == "DatabaseNotFoundError" || type == "DatabaseOpeningError") {
    return absl::NotFoundError(message);
  }
  if (type == "DatabaseCorruptError" || type == "DatabaseVersionError") {
    return absl::DataLossError(message);
  }
  if (type == "QueryParserError") return absl::InvalidArgumentError(message);
  if (type == "DatabaseModifiedError") return absl::AbortedError(message);
  if (type == "DatabaseCreateError")
    return absl::PermissionDeniedError(message);
  return absl::InternalError(message);
}

}  // namespace newsq::internal
