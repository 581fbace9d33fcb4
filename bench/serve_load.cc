// A bounded load on `newsq serve`: N requests, C at a time, each a search of
// the JSON API (with facets) or of the web page, alternately, over the
// queries of a file; prints requests per second, p50 and p99 latency, and
// the requests that failed (any status but 200, or no answer).
//
//   build/bench/serve_load http://127.0.0.1:8080 QUERIES.txt
//       [--requests 2000] [--concurrency 8]
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include "server/html.h"

namespace {

double Percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  return values[std::min(values.size() - 1,
                         static_cast<size_t>(p / 100 * values.size()))];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr,
                 "usage: %s URL QUERIES.txt [--requests N] [--concurrency C]\n",
                 argv[0]);
    return 2;
  }
  int requests = 2000, concurrency = 8;
  for (int i = 3; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--requests")
      requests = std::stoi(argv[i + 1]);
    else if (flag == "--concurrency")
      concurrency = std::stoi(argv[i + 1]);
  }
  std::smatch where;
  const std::string url = argv[1];
  if (!std::regex_match(url, where, std::regex(R"(http://([^:/]+):(\d+)/?)"))) {
    std::fprintf(stderr, "serve_load: URL must be http://HOST:PORT\n");
    return 2;
  }
  std::vector<std::string> targets;
  std::ifstream in(argv[2]);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    targets.push_back("/api/search?facets=outlet,entity,day&q=" +
                      newsq::server::PercentEncode(line));
    targets.push_back("/?q=" + newsq::server::PercentEncode(line));
  }
  if (targets.empty()) {
    std::fprintf(stderr, "serve_load: no query in %s\n", argv[2]);
    return 2;
  }

  std::atomic<int> next{0}, failed{0};
  std::vector<std::vector<double>> latencies(concurrency);
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> clients;
  for (int c = 0; c < concurrency; ++c) {
    clients.emplace_back([&, c] {
      httplib::Client client(where[1].str(), std::stoi(where[2].str()));
      client.set_read_timeout(60, 0);
      for (int i; (i = next++) < requests;) {
        const auto sent = std::chrono::steady_clock::now();
        httplib::Result result = client.Get(targets[i % targets.size()]);
        const std::chrono::duration<double, std::milli> took =
            std::chrono::steady_clock::now() - sent;
        latencies[c].push_back(took.count());
        if (!result || result->status != 200) ++failed;
      }
    });
  }
  for (std::thread& client : clients) client.join();
  const std::chrono::duration<double> elapsed =
      std::chrono::steady_clock::now() - start;
  std::vector<double> all;
  for (const auto& some : latencies)
    all.insert(all.end(), some.begin(), some.end());
  std::printf(
      "requests=%d concurrency=%d failed=%d  %.0f requests/s  p50=%.1f ms "
      "p99=%.1f ms\n",
      requests, concurrency, failed.load(), requests / elapsed.count(),
      Percentile(all, 50), Percentile(all, 99));
  return failed.load() == 0 ? 0 : 1;
}
