// The flags `newsq index` and `newsq reindex` share, and what --wait means:
// waiting for another writer to let go of the database.
#ifndef NEWSQ_CLI_WRITE_OPTIONS_H_
#define NEWSQ_CLI_WRITE_OPTIONS_H_

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdint>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "cli/exit_codes.h"
#include "cli/terminal.h"
#include "newsq/index.h"

namespace newsq::cli {

// The options both commands share.
struct WriteOptions {
  std::string db;
  std::vector<std::string> paths;
  bool wait = false;
  int64_t batch = IndexOptions::kDefaultBatchSize;
  int64_t batch_mib = IndexOptions::kDefaultBatchBytes >> 20;
  int jobs = 0;
  int shards = 0;

  // The writer's options these flags set, the rest left at their defaults.
  IndexOptions ToIndexOptions() const;
};

// Declares --db, PATH..., --wait, --batch, --batch-mib and --jobs on `app`.
void AddWriteOptions(CLI::App& app, WriteOptions& options);

// Runs `write` until it gets the database: with --wait, as long as another
// writer holds it (saying once who that is), else once.
template <typename Write>
auto UntilTheLockIsFree(bool wait, Write write) -> decltype(write()) {
  bool said = false;
  for (;;) {
    auto result = write();
    if (!wait || result.ok() ||
        result.status().code() != absl::StatusCode::kUnavailable)
      return result;
    if (!said) {
      std::cerr << "newsq: waiting: "
                << Printable(StatusMessage(result.status())) << "\n";
      said = true;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
  }
}

// Prints the failure to get or use the database and returns its exit code:
// kExitBusy when another writer holds the database, else kExitFailure.
int FailWrite(const absl::Status& status);

}  // namespace newsq::cli

#endif  // NEWSQ_CLI_WRITE_OPTIONS_H_
