// The newsq program's exit codes, and the failure messages that go with them.
#ifndef NEWSQ_CLI_EXIT_CODES_H_
#define NEWSQ_CLI_EXIT_CODES_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "cli/checked_stdout.h"

namespace newsq::cli {

// Exit codes scripts can rely on.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure =
    1;  // the work failed (database, nothing indexable, ...)
inline constexpr int kExitUsage = 2;  // the command line is wrong
// Another newsq process is writing to the database (sysexits' EX_TEMPFAIL:
// try again later, or pass --wait).
inline constexpr int kExitBusy = 75;

// Prints "newsq: <message>" on stderr and returns kExitFailure.
int Fail(std::string_view message);

// Like Fail, but a query or filter the user got wrong (an invalid argument)
// is a usage error: it returns kExitUsage.
int FailRequest(const absl::Status& status);

std::string StatusMessage(const absl::Status& status);

// Flushes standard output (written through `out`, std::cout's buffer) and
// returns `code`, or, when some of the output could not be written (a full
// disk, /dev/full), says so on stderr ("newsq: cannot write output: No space
// left on device") and returns kExitFailure if `code` was kExitOk: a backup
// that lost lines must not exit 0.
int FinishOutput(int code, CheckedStdout& out);

}  // namespace newsq::cli

#endif  // NEWSQ_CLI_EXIT_CODES_H_
