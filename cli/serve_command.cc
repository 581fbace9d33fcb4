// `newsq serve`: the archive over HTTP, as a web page and a JSON API
// (server/), until SIGTERM or Ctrl-C.
#include <memory>

#include "cli/commands.h"
#include "cli/database_option.h"
#include "cli/serve_runner.h"

namespace newsq::cli {

std::function<int()> SetupServe(CLI::App& app) {
  auto flags = std::make_shared<ServeFlags>();
  AddDatabaseOption(app, flags->db);
  AddPartialOption(app, flags->partial);
  app.add_option("--host", flags->server.host,
                 "Address to listen on (default: 127.0.0.1, this machine "
                 "only; 0.0.0.0 for every interface: see docs/operations.md "
                 "before you do)");
  app.add_option("--port", flags->server.port,
                 "Port to listen on (default: 8080; 0: any free port, "
                 "printed at start)")
      ->check(CLI::Range(0, 65535));
  app.add_option("--threads", flags->server.threads,
                 "Requests answered at once (default: 8)")
      ->check(CLI::Range(1, 256));
  app.add_flag("--quiet", flags->quiet, "Do not log each request on stderr");
  return [flags] { return RunServe(*flags); };
}

}  // namespace newsq::cli
