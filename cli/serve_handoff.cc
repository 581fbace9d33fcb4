// newsq's RunServe: hands the command over to newsq-serve (serve_runner.h).
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "cli/exit_codes.h"
#include "cli/serve_runner.h"

namespace newsq::cli {

int RunServe(const ServeFlags& /*flags*/) {
  // The same arguments, as this process was given them: newsq-serve parses
  // them again with the same command table.
  std::ifstream cmdline("/proc/self/cmdline", std::ios::binary);
  const std::string all((std::istreambuf_iterator<char>(cmdline)),
                        std::istreambuf_iterator<char>());
  std::vector<std::string> arguments;
  for (size_t begin = 0; begin < all.size();) {
    const size_t end = all.find('\0', begin);
    arguments.push_back(all.substr(begin, end - begin));
    if (end == std::string::npos) break;
    begin = end + 1;
  }
  std::error_code error;
  const std::filesystem::path self =
      std::filesystem::read_symlink("/proc/self/exe", error);
  if (error || arguments.empty()) {
    return Fail("cannot start newsq-serve: this program's path is unknown");
  }
  const std::string program = (self.parent_path() / "newsq-serve").string();
  std::vector<char*> argv;
  for (std::string& argument : arguments) argv.push_back(argument.data());
  argv.push_back(nullptr);
  execv(program.c_str(), argv.data());
  return Fail(absl::StrCat("cannot start ", program, ": ", std::strerror(errno),
                           " (newsq serve runs it; it is installed beside "
                           "newsq)"));
}

}  // namespace newsq::cli
