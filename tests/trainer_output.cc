#include "tests/trainer_output.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace newsq::testing {
namespace {

std::string ReadAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

::testing::AssertionResult TrainerWritesShippedWeights(
    const std::string& trainer_command, const std::string& shipped_path,
    const std::string& retrain) {
  const std::filesystem::path written =
      std::filesystem::temp_directory_path() /
      ("newsq_trained_" + std::to_string(::getpid()) + ".inc");
  const std::string command =
      trainer_command + " " + written.string() + " >/dev/null";
  if (std::system(command.c_str()) != 0)
    return ::testing::AssertionFailure() << "failed: " << command;
  const std::string trained = ReadAll(written);
  std::filesystem::remove(written);
  if (trained.empty())
    return ::testing::AssertionFailure() << command << " wrote nothing";
  if (trained != ReadAll(shipped_path)) {
    return ::testing::AssertionFailure()
           << shipped_path << " is stale: run " << retrain;
  }
  return ::testing::AssertionSuccess();
}

}  // namespace newsq::testing
