// newsq-serve's RunServe: the server itself (serve_runner.h).
#include "cli/serve_runner.h"

#include <pthread.h>
#include <signal.h>

#include <iostream>
#include <memory>
#include <string>
#include <thread>

#include "cli/commands.h"
#include "cli/database_option.h"
#include "cli/exit_codes.h"
#include "server/http_server.h"
#include "server/searcher_pool.h"

namespace newsq::cli {
namespace {
// Blocks SIGTERM and SIGINT in this thread and every thread it starts, then
// waits for one on a thread of its own and stops the server from there:
// stopping is not something a signal handler may do.
class StopOnSignal {
 public:
  StopOnSignal() {
    sigemptyset(&signals_);
    sigaddset(&signals_, SIGTERM);
    sigaddset(&signals_, SIGINT);
    pthread_sigmask(SIG_BLOCK, &signals_, nullptr);
  }

  void Watch(server::HttpServer& http) {
    std::thread([this, &http] {
      int received = 0;
      sigwait(&signals_, &received);
      std::cerr << "newsq: "
                << (received == SIGINT ? "interrupted" : "asked to stop")
                << ": answering the requests in flight, then stopping\n";
      http.Stop();
    }).detach();
  }

 private:
  sigset_t signals_;
};

}  // namespace

int RunServe(const ServeFlags& flags) {
  server::ServerOptions options = flags.server;
  options.log_requests = !flags.quiet;
  const std::string db = ResolveDb(flags.db);
  absl::StatusOr<std::unique_ptr<server::SearcherPool>> pool =
      server::SearcherPool::Open(
          db, SearcherOptions{.allow_partial = flags.partial});
  if (!pool.ok()) return Fail(StatusMessage(pool.status()));
  // Before any thread starts, so that they all inherit the blocked mask.
  StopOnSignal stop_on_signal;
  absl::StatusOr<std::unique_ptr<server::HttpServer>> http =
      server::HttpServer::Bind(**pool, options);
  if (!http.ok()) return Fail(StatusMessage(http.status()));
  stop_on_signal.Watch(**http);
  // Scripts and tests read the address from this line (--port 0).
  std::cout << "newsq: serving " << db << " at " << (*http)->Url() << std::endl;
  absl::Status served = (*http)->Serve();
  if (!served.ok()) return Fail(StatusMessage(served));
  return kExitOk;
}

}  // namespace newsq::cli
