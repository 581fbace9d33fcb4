// Validators for options whose values CLI11 would take as they come: counts
// (a limit, an offset, threads, a batch), durations, dates. Each refuses with
// a message a user reads at a glance: CLI11's NonNegativeNumber and
// PositiveNumber print their range up to DBL_MAX written out in full, some 300
// digits.
#ifndef NEWSQ_CLI_OPTION_VALIDATORS_H_
#define NEWSQ_CLI_OPTION_VALIDATORS_H_

#include <CLI/CLI.hpp>

namespace newsq::cli {

// 0 or more: "--limit: -1 is not a whole number of 0 or more".
const CLI::Validator& CountOrZero();

// 1 or more.
const CLI::Validator& PositiveCount();

// A number of days, 0 or more, finite ("1.5" too): "--half-life: -5 is not a
// number of days of 0 or more". CLI11 alone takes "-5", "nan" and "inf".
const CLI::Validator& DaysOrZero();

// Any text but the empty one: an empty --since is most often a script's unset
// variable, and taken as no filter it would widen the search unseen.
const CLI::Validator& NotEmpty();

}  // namespace newsq::cli

#endif  // NEWSQ_CLI_OPTION_VALIDATORS_H_
