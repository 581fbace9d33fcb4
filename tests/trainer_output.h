// Test support: whether weights shipped in the repository are what their
// trainer writes today, so that a change to what a model reads cannot ship
// with weights learnt for the old inputs.
#ifndef NEWSQ_TESTS_TRAINER_OUTPUT_H_
#define NEWSQ_TESTS_TRAINER_OUTPUT_H_

#include <gtest/gtest.h>

#include <string>

namespace newsq::testing {

// Runs `trainer_command` followed by the path of a scratch output file (its
// standard output discarded), and succeeds when the file it writes is byte
// for byte `shipped_path`. The failure names the command, or `retrain` (the
// script that rewrites the shipped file).
::testing::AssertionResult TrainerWritesShippedWeights(
    const std::string& trainer_command, const std::string& shipped_path,
    const std::string& retrain);

}  // namespace newsq::testing

#endif  // NEWSQ_TESTS_TRAINER_OUTPUT_H_
