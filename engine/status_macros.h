// Internal: early-return helpers for absl::Status, which Debian's Abseil does
// not ship.
#ifndef NEWSQ_ENGINE_STATUS_MACROS_H_
#define NEWSQ_ENGINE_STATUS_MACROS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define NEWSQ_STATUS_CONCAT_INNER_(a, b) a##b
#define NEWSQ_STATUS_CONCAT_(a, b) NEWSQ_STATUS_CONCAT_INNER_(a, b)

// Returns `expr`'s status from the calling function when it is not OK.
#define NEWSQ_RETURN_IF_ERROR(expr)                \
  do {                                             \
    const absl::Status newsq_status_ = (expr);     \
    if (!newsq_status_.ok()) return newsq_status_; \
  } while (false)

// `lhs = value of expr`, or returns expr's status from the calling function
// when not OK.
#define NEWSQ_ASSIGN_OR_RETURN(lhs, expr) \
  NEWSQ_ASSIGN_OR_RETURN_IMPL_(           \
      NEWSQ_STATUS_CONCAT_(newsq_statusor_, __LINE__), lhs, expr)
#define NEWSQ_ASSIGN_OR_RETURN_IMPL_(statusor, lhs, expr) \
  auto statusor = (expr);                                 \
  if (!statusor.ok()) return statusor.status();           \
  lhs = std::move(statusor).value()

#endif  // NEWSQ_ENGINE_STATUS_MACROS_H_
