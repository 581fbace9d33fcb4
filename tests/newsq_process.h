// Test helper: the newsq program run as another process, to be waited for or
// killed, as a nightly script or a crash would.
#ifndef NEWSQ_TESTS_NEWSQ_PROCESS_H_
#define NEWSQ_TESTS_NEWSQ_PROCESS_H_

#include <sys/types.h>

#include <string>
#include <vector>

namespace newsq::testing {

struct Finished {
  int exit_code = -1;  // -1 when killed by a signal
  int signal = 0;      // the signal that ended it, if any
  std::string output;  // stdout and stderr together
};

class NewsqProcess {
 public:
  // Starts `binary` with `args`; its output goes to a temporary file.
  NewsqProcess(const std::string& binary, const std::vector<std::string>& args);
  ~NewsqProcess();  // kills it if still running

  // True while the process runs (it is reaped once it has ended).
  bool Running();
  void Kill();              // SIGKILL, then reaped
  void Signal(int signal);  // sends `signal`, without waiting
  // What the process has written so far (stdout and stderr together).
  std::string OutputSoFar() const;
  Finished Wait();  // waits for the end

 private:
  Finished Reap(int status);
  pid_t pid_ = -1;
  std::string output_path_;
  bool reaped_ = false;
  Finished finished_;
};

// Runs newsq to the end and returns what it did.
Finished RunNewsq(const std::string& binary,
                  const std::vector<std::string>& args);

}  // namespace newsq::testing

#endif  // NEWSQ_TESTS_NEWSQ_PROCESS_H_
