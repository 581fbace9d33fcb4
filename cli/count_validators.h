// Validators for options that count things (a limit, an offset, threads, a
// batch): whole numbers, refused with a message a user reads at a glance.
// CLI11's NonNegativeNumber and PositiveNumber print their range up to
// DBL_MAX written out in full, some 300 digits.
#ifndef NEWSQ_CLI_COUNT_VALIDATORS_H_
#define NEWSQ_CLI_COUNT_VALIDATORS_H_

#include <CLI/CLI.hpp>

namespace newsq::cli {

// 0 or more: "--limit: -1 is not a whole number of 0 or more".
const CLI::Validator& CountOrZero();

// 1 or more.
const CLI::Validator& PositiveCount();

}  // namespace newsq::cli

#endif  // NEWSQ_CLI_COUNT_VALIDATORS_H_
