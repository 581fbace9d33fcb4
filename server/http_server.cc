#include "server/http_server.h"

#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <iostream>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "server/api.h"
#include "server/page_layout.h"
#include "server/pages.h"
#include "server/web_assets.h"

namespace newsq::server {
namespace {

// Scripts and styles only from this server's own files: a page title that
// slipped through escaping still could not run a script, and nothing is
// loaded from outside. Pages are never framed.
constexpr char kContentSecurityPolicy[] =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' "
    "data:; connect-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'";

// A slow or idle client holds one of the pool's threads: these bound how long.
constexpr time_t kReadTimeoutSeconds = 10;
constexpr time_t kWriteTimeoutSeconds = 10;
constexpr time_t kKeepAliveSeconds = 5;
// Every request is a GET with its question in the URL.
constexpr size_t kMaxRequestBody = 64 * 1024;

void Send(const HttpAnswer& answer, httplib::Response& response) {
  response.status = answer.status;
  response.set_content(answer.body, answer.content_type);
  if (!answer.location.empty())
    response.set_header("Location", answer.location);
}

bool IsApi(const httplib::Request& request) {
  return absl::StartsWith(request.path, "/api/") || request.path == "/api";
}

// An error in the form the client reads: JSON for the API, a page otherwise.
HttpAnswer ErrorFor(const httplib::Request& request, int status,
                    std::string_view message) {
  if (IsApi(request)) return JsonError(status, message);
  auto q = request.params.find("q");
  return ErrorPage(status, message, q == request.params.end() ? "" : q->second);
}

// The answer to any method but GET and HEAD: the server only reads.
void RefuseWrite(const httplib::Request& request, httplib::Response& response) {
  Send(ErrorFor(request, 405, "newsq serve is read-only: only GET and HEAD"),
       response);
  response.set_header("Allow", "GET, HEAD");
}

// Connections the kernel holds for the server before it accepts them.
// Debian's cpp-httplib (0.11) listens with a backlog of 5, compiled in: when
// more clients connect at once than that while the accepting thread waits
// for the CPU, the kernel drops or resets the extra connections, and clients
// see requests fail with nothing read (upstream issue #1675). Linux lets
// listen() be called again on a listening socket to change its backlog; the
// kernel caps it at net.core.somaxconn.
constexpr int kListenBacklog = 1024;

// Calls listen() again on `sock` with kListenBacklog, after checking that it
// is still the socket httplib listens with on `port` (httplib gives no access
// to it; the socket options hook saw it last).
void WidenListenBacklog(socket_t sock, int port) {
  if (sock == INVALID_SOCKET) return;
  int accepting = 0;
  socklen_t length = sizeof(accepting);
  if (getsockopt(sock, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &length) != 0 ||
      accepting != 1)
    return;
  sockaddr_storage address{};
  socklen_t address_length = sizeof(address);
  if (getsockname(sock, reinterpret_cast<sockaddr*>(&address),
                  &address_length) != 0)
    return;
  const int bound =
      address.ss_family == AF_INET
          ? ntohs(reinterpret_cast<sockaddr_in*>(&address)->sin_port)
      : address.ss_family == AF_INET6
          ? ntohs(reinterpret_cast<sockaddr_in6*>(&address)->sin6_port)
          : -1;
  // Failing leaves httplib's backlog: the server still works.
  if (bound == port) listen(sock, kListenBacklog);
}

}  // namespace

struct HttpServer::Impl {
  SearcherPool* pool = nullptr;
  ServerOptions options;
  httplib::Server http;
  int port = 0;
  // The socket httplib last created to listen with (its socket options hook).
  socket_t listening = INVALID_SOCKET;

  // Runs `answer` with a searcher of the pool.
  template <typename Answer>
  void WithSearcher(const httplib::Request& request,
                    httplib::Response& response, Answer answer) {
    absl::StatusOr<SearcherPool::Lease> searcher = pool->Borrow();
    if (!searcher.ok()) {
      Send(ErrorFor(request,
                    HttpStatusOf(searcher.status()) == 404
                        ? 503
                        : HttpStatusOf(searcher.status()),
                    std::string(searcher.status().message())),
           response);
      return;
    }
    Send(answer(**searcher), response);
  }

  void Routes() {
    http.Get("/", [this](const httplib::Request& req, httplib::Response& res) {
      WithSearcher(req, res, [&](Searcher& searcher) {
        return SearchPage(searcher, req.params);
      });
    });
    http.Get(R"(/story/([^/]+))",
             [this](const httplib::Request& req, httplib::Response& res) {
               WithSearcher(req, res, [&](Searcher& searcher) {
                 return StoryPage(searcher, req.matches[1].str(), req.params);
               });
             });
    http.Get(R"(/api/(.*))",
             [this](const httplib::Request& req, httplib::Response& res) {
               WithSearcher(req, res, [&](Searcher& searcher) {
                 return AnswerApi(searcher, req.matches[1].str(), req.params);
               });
             });
    http.Get(R"(/static/[^/]+)",
             [](const httplib::Request& req, httplib::Response& res) {
               const WebAsset* asset = FindWebAsset(req.path);
               if (asset == nullptr) {
                 Send(ErrorPage(404, "no such file", ""), res);
                 return;
               }
               res.set_content(std::string(asset->body),
                               std::string(asset->content_type));
               res.set_header("Cache-Control", "public, max-age=3600");
             });
    // Read-only: every other method is refused, on every path.
    http.Post(".*", RefuseWrite);
    http.Put(".*", RefuseWrite);
    http.Delete(".*", RefuseWrite);
    http.Patch(".*", RefuseWrite);
    http.Options(".*", RefuseWrite);

    // What no route answered, or what a route left as an error without a
    // body: a 404 (or 400 for a request httplib could not read) in the
    // client's form.
    http.set_error_handler([](const httplib::Request& req,
                              httplib::Response& res) {
      if (!res.body.empty()) return;
      // A POST or PATCH that httplib refused before routing (no body length:
      // 400) is still a write to a read-only server.
      if (req.method != "GET" && req.method != "HEAD" && res.status == 400) {
        RefuseWrite(req, res);
        return;
      }
      const std::string what =
          res.status == 404
              ? absl::StrCat("no such page: ", req.path)
              : absl::StrCat("cannot answer this request (", res.status, ")");
      Send(ErrorFor(req, res.status, what), res);
    });
    http.set_exception_handler([](const httplib::Request& req,
                                  httplib::Response& res, std::exception_ptr) {
      Send(ErrorFor(req, 500, "internal error"), res);
    });
    http.set_post_routing_handler(
        [](const httplib::Request&, httplib::Response& res) {
          res.set_header("Content-Security-Policy", kContentSecurityPolicy);
          res.set_header("X-Content-Type-Options", "nosniff");
          res.set_header("Referrer-Policy", "no-referrer");
          res.set_header("X-Frame-Options", "DENY");
          if (!res.has_header("Cache-Control"))
            res.set_header("Cache-Control", "no-cache");
        });
    if (options.log_requests) {
      http.set_logger([](const httplib::Request& req,
                         const httplib::Response& res) {
        // One write per line: request threads log at once.
        const std::string line =
            absl::StrCat(req.remote_addr, " ", req.method, " ", req.target, " ",
                         res.status, "\n");
        std::cerr.write(line.data(), static_cast<std::streamsize>(line.size()));
      });
    }
  }
};

HttpServer::HttpServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
HttpServer::~HttpServer() = default;

absl::StatusOr<std::unique_ptr<HttpServer>> HttpServer::Bind(
    SearcherPool& pool, const ServerOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->pool = &pool;
  impl->options = options;
  const int threads = options.threads;
  impl->http.new_task_queue = [threads] {
    return new httplib::ThreadPool(threads);
  };
  impl->http.set_read_timeout(kReadTimeoutSeconds, 0);
  impl->http.set_write_timeout(kWriteTimeoutSeconds, 0);
  impl->http.set_keep_alive_timeout(kKeepAliveSeconds);
  impl->http.set_payload_max_length(kMaxRequestBody);
  // httplib's default sets SO_REUSEPORT, with which a second server on the
  // same port starts without a word and the kernel splits the connections
  // between the two. SO_REUSEADDR alone still lets a restart bind at once.
  // The hook outlives Bind (httplib keeps it), so it writes into the Impl,
  // which the server owns, and not into a local of this function.
  Impl* state = impl.get();
  impl->http.set_socket_options([state](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
    state->listening = sock;
  });
  impl->Routes();
  const std::string where = absl::StrCat(options.host, ":", options.port);
  if (options.port == 0) {
    impl->port = impl->http.bind_to_any_port(options.host);
    if (impl->port < 0)
      return absl::UnavailableError(
          absl::StrCat("cannot listen on ", options.host, ": no free port"));
  } else {
    if (!impl->http.bind_to_port(options.host, options.port))
      return absl::UnavailableError(absl::StrCat(
          "cannot listen on ", where,
          ": the port is in use or the address is not this machine's"));
    impl->port = options.port;
  }
  WidenListenBacklog(impl->listening, impl->port);
  return std::unique_ptr<HttpServer>(new HttpServer(std::move(impl)));
}

int HttpServer::port() const { return impl_->port; }

std::string HttpServer::Url() const {
  const std::string& host = impl_->options.host;
  // An IPv6 address is written in brackets in a URL.
  const bool v6 = absl::StrContains(host, ':');
  return absl::StrCat("http://", v6 ? "[" : "", host, v6 ? "]" : "", ":",
                      impl_->port, "/");
}

absl::Status HttpServer::Serve() {
  if (!impl_->http.listen_after_bind())
    return absl::InternalError(
        absl::StrCat("the server at ", Url(), " stopped on an error"));
  return absl::OkStatus();
}

void HttpServer::Stop() { impl_->http.stop(); }

}  // namespace newsq::server
