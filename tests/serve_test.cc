// `newsq serve` as its users meet it: a real server on loopback, asked over
// HTTP. The API must answer with exactly the JSON of the command line, refuse
// what it cannot answer with the right status, show the archive as a page in
// which nothing from a page is markup, see new commits and a reindex without
// a restart, and stop cleanly on SIGTERM.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include "tests/newsq_process.h"
#include "tests/scratch_dir.h"
#include "tests/served_archive.h"

namespace newsq::testing {
namespace {

namespace fs = std::filesystem;

// What the newsq program prints on stdout for `args` (stderr left out, so
// that JSON compares whole), and its exit code.
struct CommandOutput {
  std::string out;
  int exit_code = -1;
};

CommandOutput NewsqStdout(const std::string& args) {
  const std::string command =
      std::string("'") + NEWSQ_BINARY + "' " + args + " 2>/dev/null";
  CommandOutput result;
  FILE* pipe = popen(command.c_str(), "r");
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0)
    result.out.append(buffer, n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

// Sends `request` as it is to the server on loopback `port` and returns all
// it answers until it closes the connection ("" when it cannot connect).
std::string RawExchange(int port, const std::string& request) {
  const int sock = socket(AF_INET, SOCK_STREAM, 0);
  if (sock < 0) return "";
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  std::string answer;
  if (connect(sock, reinterpret_cast<sockaddr*>(&address), sizeof address) ==
          0 &&
      send(sock, request.data(), request.size(), 0) ==
          static_cast<ssize_t>(request.size())) {
    char buffer[4096];
    for (ssize_t n; (n = recv(sock, buffer, sizeof buffer, 0)) > 0;)
      answer.append(buffer, static_cast<size_t>(n));
  }
  close(sock);
  return answer;
}

void WriteFile(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// A page whose title and text hold markup and script, written as text (HTML
// entities), as a hostile or careless site would.
constexpr char kMarkupPage[] =
    "<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; Le "
    "&lt;b&gt;budget&lt;/b&gt; de Marseille</title>"
    "<meta property=\"og:site_name\" content=\"&lt;img src=x "
    "onerror=alert(2)&gt;\">"
    "<meta property=\"article:published_time\" "
    "content=\"2025-02-12T10:00:00+01:00\"></head><body><article>"
    "<h1>&lt;script&gt;alert(1)&lt;/script&gt; Le &lt;b&gt;budget&lt;/b&gt; "
    "de Marseille</h1><p>Le conseil municipal de Marseille a voté le budget "
    "&lt;iframe src=javascript:alert(3)&gt; de la ville pour l'année, après "
    "un long débat sur les écoles et les transports.</p><p>L'opposition a "
    "dénoncé un budget &quot;insincère&quot; et promis de saisir la "
    "chambre régionale des comptes dans les prochaines semaines.</p>"
    "</article></body></html>";

class ServeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    scratch_ = std::make_unique<ScratchDir>("serve");
    db_ = (scratch_->path() / "db").string();
    WriteFile(scratch_->path() / "extra" / "markup.html", kMarkupPage);
    ASSERT_EQ(Index(NEWSQ_CORPORA_DIR), 0);
    ASSERT_EQ(Index((scratch_->path() / "extra").string()), 0);
    absl::StatusOr<std::unique_ptr<ServedArchive>> served =
        ServedArchive::Start(NEWSQ_BINARY, db_);
    ASSERT_TRUE(served.ok()) << served.status();
    server_ = *std::move(served);
    port_ = server_->port();
  }

  int Index(const std::string& path) {
    return NewsqStdout("index --shards 1 --db '" + db_ + "' '" + path + "'")
        .exit_code;
  }

  httplib::Result Get(const std::string& target) {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(30, 0);
    return client.Get(target);
  }

  // The body of a GET that must answer 200.
  std::string Body(const std::string& target) {
    httplib::Result result = Get(target);
    EXPECT_TRUE(result) << target;
    if (!result) return "";
    EXPECT_EQ(result->status, 200) << target << ": " << result->body;
    return result->body;
  }

  std::string FirstStoryId(const std::string& query) {
    const nlohmann::json found =
        nlohmann::json::parse(Body("/api/search?q=" + query));
    return found["stories"].at(0)["story_id"].get<std::string>();
  }

  std::unique_ptr<ScratchDir> scratch_;
  std::string db_;
  std::unique_ptr<ServedArchive> server_;
  int port_ = 0;
};

TEST_F(ServeTest, EveryEndpointAnswersWithTheJsonOfTheCommandLine) {
  const std::string story = FirstStoryId("OpenAI%20Musk");
  const std::string db = " --db '" + db_ + "'";
  const std::vector<std::pair<std::string, std::string>> same_question = {
      {"/api/search?q=OpenAI%20Musk", "search --json" + db + " OpenAI Musk"},
      {"/api/search?q=tarifs%20acier&facets=outlet,entity,day&limit=3&offset=1"
       "&sort=date",
       "search --json" + db +
           " --facets outlet,entity,day --limit 3 --offset 1 --sort date "
           "tarifs acier"},
      {"/api/search?q=sommet&outlet=Tech%20Sph%C3%A8re&outlet=La%20Gazette%20"
       "du%20Rh%C3%B4ne&since=2025-02-10&until=2025-02-12&per_story=2",
       "search --json" + db +
           " --outlet 'Tech Sphère' --outlet 'La Gazette du Rhône' --since "
           "2025-02-10 --until 2025-02-12 --per-story 2 sommet"},
      {"/api/search?q=Macron&collapse=false&explain=true&typos=false",
       "search --json" + db + " --no-collapse --explain --no-typos Macron"},
      {"/api/story/" + story, "story --json" + db + " " + story},
      {"/api/stories?limit=5&since=2025-02-11", "stories --json" + db +
                                                    " --limit 5 --since "
                                                    "2025-02-11"},
      {"/api/related/" + story + "?limit=3",
       "related --json" + db + " --limit 3 " + story},
      {"/api/entities?q=OpenAI&limit=7",
       "entities --json" + db + " --limit 7 OpenAI"},
      {"/api/stats", "stats --json" + db},
  };
  for (const auto& [target, command] : same_question) {
    const CommandOutput cli = NewsqStdout(command);
    ASSERT_EQ(cli.exit_code, 0) << command;
    httplib::Result api = Get(target);
    ASSERT_TRUE(api) << target;
    EXPECT_EQ(api->status, 200) << target << ": " << api->body;
    EXPECT_EQ(api->get_header_value("Content-Type"),
              "application/json; charset=utf-8")
        << target;
    EXPECT_EQ(api->body, cli.out) << target << " against newsq " << command;
  }
}

TEST_F(ServeTest, BadRequestsGetAStatusAndAJsonErrorThatSaysWhy) {
  struct Case {
    std::string method, target;
    int status;
    std::string says;
  };
  const std::vector<Case> cases = {
      {"GET", "/api/search?q=Musk&limit=500", 400, "limit"},
      {"GET", "/api/search?q=Musk&limit=-1", 400, "limit"},
      {"GET", "/api/search?q=Musk&offset=abc", 400, "offset"},
      {"GET", "/api/search?q=Musk&sort=popularity", 400, "sort"},
      {"GET", "/api/search?q=Musk&facets=colour", 400, "colour"},
      {"GET", "/api/search?q=Musk&since=hier%20soir", 400, "hier"},
      {"GET", "/api/search?q=Musk&limt=5", 400, "limt"},
      {"GET", "/api/search?q=Musk&limit=1&limit=2", 400, "limit"},
      {"GET", "/api/search?q=" + std::string(5000, 'a'), 400, "q"},
      {"GET", "/api/related/0123456789abcdef?q=x", 400, "q"},
      {"GET", "/api/stats?verbose=1", 400, "verbose"},
      {"GET", "/api/story/0000000000000000", 404, "0000000000000000"},
      {"GET", "/api/related/0000000000000000", 404, "0000000000000000"},
      {"GET", "/api/nothing-here", 404, "nothing-here"},
      {"POST", "/api/search", 405, "read-only"},
      {"DELETE", "/api/stats", 405, "read-only"},
  };
  httplib::Client client("127.0.0.1", port_);
  for (const Case& c : cases) {
    httplib::Result result = c.method == "GET" ? client.Get(c.target)
                             : c.method == "POST"
                                 ? client.Post(c.target, "x", "text/plain")
                                 : client.Delete(c.target);
    ASSERT_TRUE(result) << c.target;
    EXPECT_EQ(result->status, c.status) << c.method << " " << c.target;
    const nlohmann::json error = nlohmann::json::parse(
        result->body, nullptr, /*allow_exceptions=*/false);
    ASSERT_TRUE(error.is_object()) << c.target << ": " << result->body;
    EXPECT_EQ(error["error"]["status"], c.status) << c.target;
    EXPECT_NE(error["error"]["message"].get<std::string>().find(c.says),
              std::string::npos)
        << c.target << ": " << result->body;
  }
  // A write without a body, which httplib refuses before routing (as curl -X
  // POST sends it), is refused as a write too.
  for (const char* method : {"POST", "PATCH"}) {
    const std::string answer =
        RawExchange(port_, std::string(method) +
                               " /api/search HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Connection: close\r\n\r\n");
    EXPECT_TRUE(answer.starts_with("HTTP/1.1 405")) << method << ": " << answer;
    EXPECT_NE(answer.find("Allow: GET, HEAD"), std::string::npos) << answer;
  }
  // The server is still there, and still answers.
  EXPECT_FALSE(Body("/api/stats").empty());
}

// Whatever the bytes of a request, the answer is a status that blames the
// request (or 200), never a 500, and the API's body is JSON.
TEST_F(ServeTest, NothingAClientSendsMakesAServerError) {
  const std::vector<std::string> hostile = {"q=%FF%FE",
                                            "q=%00abc",
                                            "q=%22unterminated",
                                            "q=-",
                                            "q=OR",
                                            "q=((((((((((((((((((((a",
                                            "q=*",
                                            "q=%C3",
                                            "outlet=%FF&entity=%C3%28",
                                            "since=%FF",
                                            "until=9999-99-99",
                                            "q=a&facets=,,,",
                                            "q=a&offset=10000&limit=100",
                                            "q=" + std::string(4096, 'x'),
                                            "q=a&sort=",
                                            "q=a&collapse=maybe"};
  for (const std::string& path :
       {"/api/search?", "/api/entities?", "/api/related/%FF%FE?", "/?"}) {
    for (const std::string& query : hostile) {
      const std::string target = path + query;
      httplib::Result result = Get(target);
      ASSERT_TRUE(result) << target;
      EXPECT_TRUE(result->status == 200 || result->status == 400 ||
                  result->status == 404)
          << target << ": " << result->status << " " << result->body;
      if (target.starts_with("/api/"))
        EXPECT_FALSE(
            nlohmann::json::parse(result->body, nullptr, false).is_discarded())
            << target << ": " << result->body;
    }
  }
}

TEST_F(ServeTest, ThePageShowsStoriesFacetsAndAStoryInFrench) {
  const std::string page = Body("/?q=OpenAI%20Musk");
  EXPECT_NE(page.find("<html lang=\"fr\">"), std::string::npos);
  EXPECT_NE(page.find("Elon Musk met 97,4 milliards"), std::string::npos);
  EXPECT_NE(page.find("class=\"carte\""), std::string::npos);
  EXPECT_NE(page.find("<mark>Musk</mark>"), std::string::npos);
  EXPECT_NE(page.find("Médias"), std::string::npos);
  EXPECT_NE(page.find("<svg"), std::string::npos);  // the histogram
  // Facet values are links that add a filter, kept in the URL.
  const std::regex outlet_link(
      R"re(href="(/\?q=OpenAI%20Musk&amp;outlet=[^"]+)")re");
  std::smatch match;
  ASSERT_TRUE(std::regex_search(page, match, outlet_link)) << page;
  std::string filtered_target = match[1].str();
  filtered_target =
      std::regex_replace(filtered_target, std::regex("&amp;"), "&");
  const std::string filtered = Body(filtered_target);
  EXPECT_NE(filtered.find("class=\"puce\""), std::string::npos) << filtered;
  // A misspelt word: the suggestion is a link to the search spelt right.
  EXPECT_NE(Body("/?q=Elon%20Muskk")
                .find("Vouliez-vous dire <a href=\"/?q=Elon%20Musk\">"),
            std::string::npos);
  // The story's page: its articles in time order and the way back.
  const std::string story = FirstStoryId("OpenAI%20Musk");
  const std::string story_page = Body("/story/" + story + "?q=OpenAI%20Musk");
  EXPECT_NE(story_page.find("Le fil de l’histoire"), std::string::npos);
  EXPECT_NE(story_page.find("Retour aux résultats"), std::string::npos);
  EXPECT_NE(story_page.find("5 articles de 5 médias"), std::string::npos);
  // Another article's id redirects to the story's own address, query kept.
  const nlohmann::json whole =
      nlohmann::json::parse(Body("/api/story/" + story));
  std::string other_article;
  for (const nlohmann::json& article : whole["articles"])
    if (article["id"] != story) other_article = article["id"];
  ASSERT_FALSE(other_article.empty()) << whole.dump();
  httplib::Result followed =
      Get("/story/" + other_article + "?q=OpenAI%20Musk");
  ASSERT_TRUE(followed);
  EXPECT_EQ(followed->status, 302);
  // Debian's httplib client (0.11) hands header values over URL-decoded;
  // the header on the wire is encoded (checked with curl).
  const std::string location = followed->get_header_value("Location");
  EXPECT_TRUE(location == "/story/" + story + "?q=OpenAI%20Musk" ||
              location == "/story/" + story + "?q=OpenAI Musk")
      << location;
  // The front page, and the assets it names, served from the binary.
  EXPECT_NE(Body("/").find("Les histoires les plus couvertes"),
            std::string::npos);
  httplib::Result css = Get("/static/newsq.css");
  ASSERT_TRUE(css);
  EXPECT_EQ(css->status, 200);
  EXPECT_EQ(css->get_header_value("Content-Type"), "text/css; charset=utf-8");
  // Unknown pages and stories are French pages with the right status.
  httplib::Result missing = Get("/story/0000000000000000");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_NE(missing->body.find("Page introuvable"), std::string::npos);
  httplib::Result bad = Get("/?q=Musk&page=0");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
}

TEST_F(ServeTest, MarkupFromPagesIsShownAsText) {
  for (const std::string& target :
       {std::string("/?q=budget%20Marseille"),
        std::string("/?q=budget%20Marseille&sort=date")}) {
    httplib::Result result = Get(target);
    ASSERT_TRUE(result) << target;
    ASSERT_EQ(result->status, 200) << target;
    const std::string& page = result->body;
    EXPECT_NE(page.find("&lt;script&gt;alert(1)&lt;/script&gt;"),
              std::string::npos)
        << target << ": " << page;
    EXPECT_EQ(page.find("<script>alert"), std::string::npos) << target;
    EXPECT_EQ(page.find("<b>budget"), std::string::npos) << target;
    EXPECT_EQ(page.find("<iframe"), std::string::npos) << target;
    EXPECT_EQ(page.find("<img"), std::string::npos) << target;
    // And were anything to slip through, no inline script would run.
    const std::string policy =
        result->get_header_value("Content-Security-Policy");
    EXPECT_NE(policy.find("script-src 'self'"), std::string::npos);
    EXPECT_EQ(policy.find("unsafe-inline"), std::string::npos);
  }
  const std::string story = FirstStoryId("budget%20Marseille");
  const std::string page = Body("/story/" + story);
  EXPECT_NE(page.find("&lt;script&gt;"), std::string::npos);
  EXPECT_EQ(page.find("<script>alert"), std::string::npos);
  // What the request itself carries is text too: in the search box, the
  // chips and the links.
  const std::string echoed = Body(
      "/?q=%22%3E%3Cscript%3Ealert(4)%3C/script%3E&outlet=%3Cimg%20src%3Dx%3E");
  EXPECT_EQ(echoed.find("<script>alert(4)"), std::string::npos) << echoed;
  EXPECT_EQ(echoed.find("<img src=x>"), std::string::npos) << echoed;
  EXPECT_NE(echoed.find("&quot;&gt;&lt;script&gt;alert(4)"), std::string::npos)
      << echoed;
  EXPECT_NE(echoed.find("Média : &lt;img src=x&gt;"), std::string::npos)
      << echoed;
}

TEST_F(ServeTest, SeesNewCommitsAndAReindexWithoutARestart) {
  auto total = [&](const std::string& query) {
    return nlohmann::json::parse(
               Body("/api/search?q=" + query))["total"]["articles"]
        .get<int64_t>();
  };
  EXPECT_EQ(total("pangolin"), 0);
  WriteFile(scratch_->path() / "later" / "pangolin.html",
            "<html><head><title>Un pangolin retrouvé à Lyon</title><meta "
            "property=\"article:published_time\" "
            "content=\"2025-02-13T08:00:00+01:00\"></head><body><article><h1>"
            "Un pangolin retrouvé à Lyon</h1><p>Un pangolin a été retrouvé "
            "dans un parc de Lyon mardi, au grand étonnement des "
            "promeneurs et des services vétérinaires de la ville.</p><p>Le "
            "pangolin a été confié à un refuge spécialisé, qui cherche "
            "comment il est arrivé là.</p></article></body></html>");
  ASSERT_EQ(Index((scratch_->path() / "later").string()), 0);
  int64_t found = 0;
  for (int waited = 0; waited < 50 && found == 0; ++waited) {
    found = total("pangolin");
    if (found == 0) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(found, 1) << "a commit was not seen within 5 s";

  // A reindex swaps another database in: the server reads the new one.
  ASSERT_EQ(NewsqStdout("reindex --db '" + db_ + "' '" +
                        std::string(NEWSQ_CORPORA_DIR) + "'")
                .exit_code,
            0);
  found = 1;
  for (int waited = 0; waited < 50 && found != 0; ++waited) {
    found = total("pangolin");
    if (found != 0) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(found, 0) << "the reindexed database was not seen within 5 s";
  EXPECT_GT(total("OpenAI"), 0);
}

TEST_F(ServeTest, ManyReadersAtOnceAllGetAnswers) {
  const std::vector<std::string> targets = {
      "/api/search?q=OpenAI&facets=outlet,day",
      "/?q=Trump%20acier",
      "/api/stories",
      "/api/entities",
      "/",
      "/api/search?q=sommet%20IA"};
  std::atomic<int> failures{0};
  std::mutex first_failure_mutex;
  std::string first_failure;
  std::vector<std::thread> readers;
  // Each request on a new connection (httplib's client default), eight at a
  // time: more than the 5 connections Debian's httplib lets wait to be
  // accepted, which the server widens (http_server.cc).
  for (int r = 0; r < 8; ++r) {
    readers.emplace_back([&, r] {
      httplib::Client client("127.0.0.1", port_);
      for (int i = 0; i < 25; ++i) {
        const std::string& target = targets[(r + i) % targets.size()];
        httplib::Result result = client.Get(target);
        if (!result || result->status != 200) {
          ++failures;
          std::lock_guard<std::mutex> lock(first_failure_mutex);
          if (first_failure.empty()) {
            first_failure =
                target + ": " +
                (result ? std::to_string(result->status)
                        : "no answer (" + httplib::to_string(result.error()) +
                              ")");
          }
        }
      }
    });
  }
  for (std::thread& reader : readers) reader.join();
  EXPECT_EQ(failures.load(), 0) << "first: " << first_failure;
}

TEST_F(ServeTest, SigtermStopsCleanlyWithExitCodeZero) {
  EXPECT_FALSE(Body("/api/stats").empty());
  server_->process().Signal(SIGTERM);
  const Finished finished = server_->process().Wait();
  EXPECT_EQ(finished.exit_code, 0) << finished.output;
  EXPECT_NE(finished.output.find("stopping"), std::string::npos)
      << finished.output;
}

TEST(ServeStartTest, AMissingDatabaseOrABusyPortFailsAtStartNamingIt) {
  ScratchDir scratch("serve_start");
  const std::string missing = (scratch.path() / "none").string();
  const Finished no_db = RunNewsq(
      NEWSQ_BINARY, {"serve", "--db", missing, "--port", "0", "--quiet"});
  EXPECT_EQ(no_db.exit_code, 1) << no_db.output;
  EXPECT_NE(no_db.output.find(missing), std::string::npos) << no_db.output;

  // A port in use: this test holds one.
  httplib::Server holder;
  const int port = holder.bind_to_any_port("127.0.0.1");
  ASSERT_GT(port, 0);
  ASSERT_EQ(
      RunNewsq(NEWSQ_BINARY, {"index", "--db", (scratch.path() / "db").string(),
                              NEWSQ_CORPORA_DIR})
          .exit_code,
      0);
  const Finished busy =
      RunNewsq(NEWSQ_BINARY, {"serve", "--db", (scratch.path() / "db").string(),
                              "--port", std::to_string(port), "--quiet"});
  EXPECT_EQ(busy.exit_code, 1) << busy.output;
  EXPECT_NE(busy.output.find(std::to_string(port)), std::string::npos)
      << busy.output;
}

}  // namespace
}  // namespace newsq::testing
