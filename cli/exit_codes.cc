// The newsq program's failure messages, and the exit codes they return.
#include "cli/exit_codes.h"

#include <cstring>
#include <iostream>

#include "cli/terminal.h"

namespace newsq::cli {

int Fail(std::string_view message) {
  std::cerr << "newsq: " << Printable(message) << "\n";
  return kExitFailure;
}

int FailRequest(const absl::Status& status) {
  if (status.code() == absl::StatusCode::kInvalidArgument) {
    std::cerr << "newsq: " << Printable(StatusMessage(status)) << "\n";
    return kExitUsage;
  }
  return Fail(StatusMessage(status));
}

std::string StatusMessage(const absl::Status& status) {
  return std::string(status.message());
}

int FinishOutput(int code, CheckedStdout& out) {
  std::cout.flush();
  if (out.error() == 0) return code;
  std::cerr << "newsq: cannot write output: " << std::strerror(out.error())
            << "\n";
  return code == kExitOk ? kExitFailure : code;
}

}  // namespace newsq::cli
