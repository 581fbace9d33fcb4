#include "tests/served_archive.h"

#include <chrono>
#include <regex>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"

namespace newsq::testing {

absl::StatusOr<std::unique_ptr<ServedArchive>> ServedArchive::Start(
    const std::string& binary, const std::string& db) {
  auto process = std::make_unique<NewsqProcess>(
      binary,
      std::vector<std::string>{"serve", "--db", db, "--port", "0", "--quiet"});
  // The server says where it listens once it does.
  const std::regex address(R"(at http://127\.0\.0\.1:(\d+)/)");
  for (int waited = 0; waited < 200; ++waited) {
    const std::string output = process->OutputSoFar();
    std::smatch match;
    if (std::regex_search(output, match, address))
      return std::unique_ptr<ServedArchive>(
          new ServedArchive(std::move(process), std::stoi(match[1].str())));
    if (!process->Running())
      return absl::UnavailableError(
          absl::StrCat("newsq serve exited: ", process->Wait().output));
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return absl::UnavailableError(absl::StrCat(
      "newsq serve gave no address in 10 s: ", process->OutputSoFar()));
}

std::string ServedArchive::url() const {
  return absl::StrCat("http://127.0.0.1:", port_);
}

}  // namespace newsq::testing
