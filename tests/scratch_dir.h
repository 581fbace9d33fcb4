// Test helper: a folder of its own for each test.
#ifndef NEWSQ_TESTS_SCRATCH_DIR_H_
#define NEWSQ_TESTS_SCRATCH_DIR_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>

namespace newsq::testing {

// An empty folder under the system's temporary directory, named after `what`,
// the process and the running test (none when a suite's fixture makes it
// before its tests), so that tests running at once (ctest -j) never share one.
// Removed with everything in it when destroyed: a database made inside it
// goes with its writer's lock file ("<db>.lock", beside the database) and its
// backups, which a database made directly in the temporary directory leaves.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& what)
      : path_(std::filesystem::temp_directory_path() /
              ("newsq_" + what + "_" + std::to_string(getpid()) +
               RunningTestSuffix())) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  static std::string RunningTestSuffix() {
    const ::testing::TestInfo* test =
        ::testing::UnitTest::GetInstance()->current_test_info();
    if (test == nullptr) return "";
    std::string suffix = "_" + std::string(test->name());
    // A parameterized test is named "Name/0": one folder, not two.
    std::replace(suffix.begin(), suffix.end(), '/', '_');
    return suffix;
  }

  std::filesystem::path path_;
};

}  // namespace newsq::testing

#endif  // NEWSQ_TESTS_SCRATCH_DIR_H_
