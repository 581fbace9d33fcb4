// newsq serve's flags, and what runs them. The `newsq` program hands `serve`
// over to `newsq-serve` beside it (serve_handoff.cc), which runs the server
// (serve_runner.cc): the HTTP server's libraries (cpp-httplib, and through it
// OpenSSL) cost every process that loads them about 12 ms of start-up, which
// `newsq search` and the other short commands need not pay.
#ifndef NEWSQ_CLI_SERVE_RUNNER_H_
#define NEWSQ_CLI_SERVE_RUNNER_H_

#include <string>

#include "server/http_server.h"

namespace newsq::cli {

struct ServeFlags {
  std::string db;
  bool partial = false;
  server::ServerOptions server;
  bool quiet = false;
};

// Serves until SIGTERM or SIGINT; returns the exit code. In `newsq`, replaces
// the process with `newsq-serve` given the same arguments instead, and returns
// only when that cannot start.
int RunServe(const ServeFlags& flags);

}  // namespace newsq::cli

#endif  // NEWSQ_CLI_SERVE_RUNNER_H_
