// The HTTP side of `newsq serve`: routes, security headers, limits and
// timeouts, over cpp-httplib's thread pool. Each request borrows a searcher
// from the pool, so many readers run at once.
#ifndef NEWSQ_SERVER_HTTP_SERVER_H_
#define NEWSQ_SERVER_HTTP_SERVER_H_

#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "server/searcher_pool.h"

namespace newsq::server {

struct ServerOptions {
  std::string host = "127.0.0.1";  // loopback unless told otherwise
  int port = 8080;                 // 0: a free port, chosen by the system
  int threads = 8;                 // requests served at once
  bool log_requests = true;        // one line per request on stderr
};

class HttpServer {
 public:
  // Binds the address. Errors: kUnavailable when it cannot be bound (in use,
  // not an address of this machine), naming it. `pool` must outlive the
  // server.
  static absl::StatusOr<std::unique_ptr<HttpServer>> Bind(
      SearcherPool& pool, const ServerOptions& options);

  // The port bound (the one chosen when asked for 0), and the address to
  // give a browser: "http://127.0.0.1:8080/".
  int port() const;
  std::string Url() const;

  // Serves until Stop(); requests in flight are answered before it returns.
  // Errors: kInternal when the server stops on an error of its own.
  absl::Status Serve();

  // Stops accepting connections and makes Serve() return once the requests
  // in flight are answered. Thread-safe; not async-signal-safe (call it from
  // a thread that waited for the signal).
  void Stop();

  ~HttpServer();

 private:
  struct Impl;
  explicit HttpServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsq::server

#endif  // NEWSQ_SERVER_HTTP_SERVER_H_
