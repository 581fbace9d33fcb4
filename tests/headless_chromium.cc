#include "tests/headless_chromium.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"

namespace newsq::testing {
namespace {

constexpr char kChromium[] = "/usr/bin/chromium";
constexpr auto kTimeout = std::chrono::seconds(30);

}  // namespace

absl::StatusOr<std::unique_ptr<HeadlessChromium>> HeadlessChromium::Start(
    int width, int height) {
  if (access(kChromium, X_OK) != 0)
    return absl::NotFoundError(absl::StrCat(
        kChromium, " is not installed: scripts/install-deps installs it"));
  std::unique_ptr<HeadlessChromium> browser(new HeadlessChromium());
  browser->profile_dir_ =
      (std::filesystem::temp_directory_path() /
       ("newsq_chromium_" + std::to_string(getpid()) + "_" +
        std::to_string(reinterpret_cast<uintptr_t>(browser.get()))))
          .string();
  std::filesystem::create_directories(browser->profile_dir_);
  int to_child[2], from_child[2];
  if (pipe2(to_child, O_CLOEXEC) != 0 || pipe2(from_child, O_CLOEXEC) != 0)
    return absl::InternalError("cannot create the pipes to chromium");
  const std::vector<std::string> args = {
      kChromium,
      "--headless=new",
      "--no-sandbox",  // tests run as root in CI
      "--disable-gpu",
      "--hide-scrollbars",
      "--mute-audio",
      "--no-first-run",
      "--no-default-browser-check",
      "--remote-debugging-pipe",
      "--user-data-dir=" + browser->profile_dir_,
      absl::StrCat("--window-size=", width, ",", height),
      "about:blank"};
  browser->pid_ = fork();
  if (browser->pid_ == 0) {
    // The protocol's pipes must be fds 3 (commands in) and 4 (answers out);
    // moved above them first, in case a pipe already sits on 3 or 4.
    const int in = fcntl(to_child[0], F_DUPFD, 10);
    const int out = fcntl(from_child[1], F_DUPFD, 10);
    const int null = open("/dev/null", O_RDWR);
    if (in < 0 || out < 0 || null < 0 || dup2(in, 3) < 0 || dup2(out, 4) < 0)
      _exit(127);
    dup2(null, STDIN_FILENO);
    dup2(null, STDOUT_FILENO);
    dup2(null, STDERR_FILENO);
    std::vector<char*> argv;
    for (const std::string& arg : args)
      argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    execv(kChromium, argv.data());
    _exit(127);
  }
  close(to_child[0]);
  close(from_child[1]);
  browser->to_browser_ = to_child[1];
  browser->from_browser_ = from_child[0];
  if (browser->pid_ < 0) return absl::InternalError("cannot fork chromium");

  // The tab chromium opened: attach to it in the flat session mode, where
  // each message names its session.
  const auto deadline = std::chrono::steady_clock::now() + kTimeout;
  std::string target;
  while (target.empty()) {
    absl::StatusOr<nlohmann::json> targets =
        browser->Call("Target.getTargets", nlohmann::json::object(), true);
    if (!targets.ok()) return targets.status();
    for (const nlohmann::json& info : (*targets)["targetInfos"]) {
      if (info["type"] == "page") target = info["targetId"];
    }
    if (target.empty()) {
      if (std::chrono::steady_clock::now() > deadline)
        return absl::UnavailableError("chromium opened no tab");
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }
  absl::StatusOr<nlohmann::json> attached = browser->Call(
      "Target.attachToTarget", {{"targetId", target}, {"flatten", true}}, true);
  if (!attached.ok()) return attached.status();
  browser->session_ = (*attached)["sessionId"];
  absl::StatusOr<nlohmann::json> enabled =
      browser->Call("Page.enable", nlohmann::json::object());
  if (!enabled.ok()) return enabled.status();
  if (absl::Status sized = browser->Resize(width, height, false); !sized.ok())
    return sized;
  return browser;
}

HeadlessChromium::~HeadlessChromium() {
  if (pid_ > 0) {
    (void)Call("Browser.close", nlohmann::json::object(), true);
    close(to_browser_);
    close(from_browser_);
    // Give it a moment to close its profile, then make sure.
    int status = 0;
    for (int waited = 0; waited < 50; ++waited) {
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, &status, 0);
    }
  }
  std::error_code ignored;
  std::filesystem::remove_all(profile_dir_, ignored);
}

absl::StatusOr<nlohmann::json> HeadlessChromium::Call(
    const std::string& method, const nlohmann::json& params, bool to_browser) {
  const int id = next_id_++;
  nlohmann::json command = {{"id", id}, {"method", method}, {"params", params}};
  if (!to_browser && !session_.empty()) command["sessionId"] = session_;
  std::string message = command.dump();
  message += '\0';
  for (size_t written = 0; written < message.size();) {
    const ssize_t n =
        write(to_browser_, message.data() + written, message.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return absl::UnavailableError("chromium closed its pipe");
    written += n;
  }
  const auto deadline = std::chrono::steady_clock::now() + kTimeout;
  while (true) {
    // Whole messages first: events are read and dropped until the answer.
    for (size_t end; (end = pending_.find('\0')) != std::string::npos;) {
      nlohmann::json answer = nlohmann::json::parse(
          pending_.substr(0, end), nullptr, /*allow_exceptions=*/false);
      pending_.erase(0, end + 1);
      if (!answer.is_object() || !answer.contains("id") || answer["id"] != id)
        continue;
      if (answer.contains("error"))
        return absl::InternalError(
            absl::StrCat(method, ": ", answer["error"].dump()));
      return answer["result"];
    }
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0)
      return absl::DeadlineExceededError(
          absl::StrCat(method, ": no answer from chromium in 30 s"));
    pollfd readable = {from_browser_, POLLIN, 0};
    if (poll(&readable, 1, static_cast<int>(left.count())) <= 0) continue;
    char buffer[65536];
    const ssize_t n = read(from_browser_, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return absl::UnavailableError("chromium closed its pipe");
    pending_.append(buffer, n);
  }
}

absl::StatusOr<nlohmann::json> HeadlessChromium::Evaluate(
    const std::string& script) {
  absl::StatusOr<nlohmann::json> result = Call(
      "Runtime.evaluate", {{"expression", script}, {"returnByValue", true}});
  if (!result.ok()) return result.status();
  if (result->contains("exceptionDetails"))
    return absl::InternalError(absl::StrCat(
        "script failed: ", script, ": ", (*result)["exceptionDetails"].dump()));
  const nlohmann::json& value = (*result)["result"];
  return value.contains("value") ? value["value"] : nlohmann::json();
}

absl::Status HeadlessChromium::WaitForLoad(const std::string& previous_url) {
  const auto deadline = std::chrono::steady_clock::now() + kTimeout;
  while (std::chrono::steady_clock::now() < deadline) {
    absl::StatusOr<nlohmann::json> state =
        Evaluate("[document.readyState, location.href]");
    // A page being replaced may not answer: try again.
    if (state.ok() && state->is_array() && (*state)[0] == "complete" &&
        (*state)[1] != previous_url)
      return absl::OkStatus();
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return absl::DeadlineExceededError("the page did not load in 30 s");
}

absl::Status HeadlessChromium::Navigate(const std::string& url) {
  absl::StatusOr<nlohmann::json> before = Evaluate("location.href");
  if (!before.ok()) return before.status();
  absl::StatusOr<nlohmann::json> navigated =
      Call("Page.navigate", {{"url", url}});
  if (!navigated.ok()) return navigated.status();
  if (navigated->contains("errorText"))
    return absl::UnavailableError(absl::StrCat(
        "cannot load ", url, ": ", (*navigated)["errorText"].dump()));
  return WaitForLoad(before->get<std::string>());
}

absl::Status HeadlessChromium::Click(const std::string& selector) {
  absl::StatusOr<nlohmann::json> before = Evaluate("location.href");
  if (!before.ok()) return before.status();
  const std::string find =
      "(() => { const e = document.querySelector(" +
      nlohmann::json(selector).dump() +
      "); if (!e) return null; e.scrollIntoView({block: 'center'}); "
      // A link over two lines has a bounding box whose centre may be
      // beside both: its first line's box is on the text.
      "const r = e.getClientRects()[0] || e.getBoundingClientRect(); "
      "return [r.left + r.width / 2, r.top + r.height / 2]; })()";
  absl::StatusOr<nlohmann::json> centre = Evaluate(find);
  if (!centre.ok()) return centre.status();
  if (!centre->is_array())
    return absl::NotFoundError(absl::StrCat("nothing matches ", selector));
  for (const char* type : {"mousePressed", "mouseReleased"}) {
    absl::StatusOr<nlohmann::json> sent =
        Call("Input.dispatchMouseEvent", {{"type", type},
                                          {"x", (*centre)[0]},
                                          {"y", (*centre)[1]},
                                          {"button", "left"},
                                          {"clickCount", 1}});
    if (!sent.ok()) return sent.status();
  }
  return WaitForLoad(before->get<std::string>());
}

absl::Status HeadlessChromium::Type(const std::string& text) {
  for (const char* type : {"keyDown", "keyUp"}) {
    nlohmann::json key = {{"type", type}, {"key", text}};
    if (std::string(type) == "keyDown") key["text"] = text;
    absl::StatusOr<nlohmann::json> sent = Call("Input.dispatchKeyEvent", key);
    if (!sent.ok()) return sent.status();
  }
  return absl::OkStatus();
}

absl::Status HeadlessChromium::Resize(int width, int height, bool mobile) {
  return Call("Emulation.setDeviceMetricsOverride", {{"width", width},
                                                     {"height", height},
                                                     {"deviceScaleFactor", 1},
                                                     {"mobile", mobile}})
      .status();
}

absl::Status HeadlessChromium::Screenshot(const std::string& path) {
  absl::StatusOr<nlohmann::json> size = Evaluate(
      "[document.documentElement.scrollWidth, "
      "document.documentElement.scrollHeight]");
  if (!size.ok()) return size.status();
  absl::StatusOr<nlohmann::json> shot =
      Call("Page.captureScreenshot", {{"format", "png"},
                                      {"captureBeyondViewport", true},
                                      {"clip",
                                       {{"x", 0},
                                        {"y", 0},
                                        {"width", (*size)[0]},
                                        {"height", (*size)[1]},
                                        {"scale", 1}}}});
  if (!shot.ok()) return shot.status();
  std::string png;
  if (!absl::Base64Unescape((*shot)["data"].get<std::string>(), &png))
    return absl::InternalError("chromium sent a screenshot that is not base64");
  std::filesystem::create_directories(
      std::filesystem::path(path).parent_path());
  std::ofstream out(path, std::ios::binary);
  out << png;
  out.close();
  if (!out) return absl::InternalError(absl::StrCat("cannot write ", path));
  return absl::OkStatus();
}

}  // namespace newsq::testing
