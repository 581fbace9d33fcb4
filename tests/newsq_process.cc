#include "tests/newsq_process.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace newsq::testing {

NewsqProcess::NewsqProcess(const std::string& binary,
                           const std::vector<std::string>& args) {
  static int counter = 0;
  output_path_ = (std::filesystem::temp_directory_path() /
                  ("newsq_process_" + std::to_string(getpid()) + "_" +
                   std::to_string(counter++) + ".out"))
                     .string();
  std::vector<std::string> argv_strings = {binary};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  pid_ = fork();
  if (pid_ == 0) {
    const int out =
        open(output_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int in = open("/dev/null", O_RDONLY);
    if (out < 0 || in < 0) _exit(127);
    dup2(in, STDIN_FILENO);
    dup2(out, STDOUT_FILENO);
    dup2(out, STDERR_FILENO);
    std::vector<char*> argv;
    for (std::string& s : argv_strings) argv.push_back(s.data());
    argv.push_back(nullptr);
    setenv("NO_COLOR", "1", 1);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
}

NewsqProcess::~NewsqProcess() {
  if (pid_ > 0 && !reaped_) Kill();
  std::error_code ignored;
  std::filesystem::remove(output_path_, ignored);
}

Finished NewsqProcess::Reap(int status) {
  reaped_ = true;
  if (WIFEXITED(status)) finished_.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) finished_.signal = WTERMSIG(status);
  std::ifstream in(output_path_);
  std::stringstream text;
  text << in.rdbuf();
  finished_.output = text.str();
  return finished_;
}

bool NewsqProcess::Running() {
  if (reaped_ || pid_ <= 0) return false;
  int status = 0;
  if (waitpid(pid_, &status, WNOHANG) == pid_) {
    Reap(status);
    return false;
  }
  return true;
}

void NewsqProcess::Kill() {
  if (reaped_ || pid_ <= 0) return;
  kill(pid_, SIGKILL);
  Wait();
}

void NewsqProcess::Signal(int signal) {
  if (!reaped_ && pid_ > 0) kill(pid_, signal);
}

std::string NewsqProcess::OutputSoFar() const {
  std::ifstream in(output_path_);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

Finished NewsqProcess::Wait() {
  if (reaped_ || pid_ <= 0) return finished_;
  int status = 0;
  while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  return Reap(status);
}

Finished RunNewsq(const std::string& binary,
                  const std::vector<std::string>& args) {
  NewsqProcess process(binary, args);
  return process.Wait();
}

}  // namespace newsq::testing
