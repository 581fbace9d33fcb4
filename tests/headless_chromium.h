// Test helper: Debian's chromium, headless, driven over the DevTools protocol
// on a pipe (--remote-debugging-pipe), so a test can load pages, click, press
// keys, read the DOM and keep screenshots as a user's browser would show
// them. No WebSocket and no driver program: the protocol's JSON messages,
// each ended by a NUL byte, on file descriptors 3 and 4.
#ifndef NEWSQ_TESTS_HEADLESS_CHROMIUM_H_
#define NEWSQ_TESTS_HEADLESS_CHROMIUM_H_

#include <sys/types.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "absl/status/statusor.h"

namespace newsq::testing {

class HeadlessChromium {
 public:
  // Starts chromium with one blank tab of `width` x `height` CSS pixels.
  // Errors: kNotFound when /usr/bin/chromium is missing (scripts/install-deps
  // installs it), kUnavailable when it does not answer.
  static absl::StatusOr<std::unique_ptr<HeadlessChromium>> Start(int width,
                                                                 int height);
  ~HeadlessChromium();  // closes the browser and removes its profile

  // Loads `url` and waits until the page has loaded. Errors: a timeout (30 s)
  // or a protocol error.
  absl::Status Navigate(const std::string& url);
  // Runs `script` in the page and returns its value (JSON).
  absl::StatusOr<nlohmann::json> Evaluate(const std::string& script);
  // Clicks the first element matching the CSS `selector` as a user would (a
  // mouse press and release at its centre) and waits for the page it leads
  // to. Errors: kNotFound when nothing matches.
  absl::Status Click(const std::string& selector);
  // Presses and releases a key that types `text` ("/").
  absl::Status Type(const std::string& text);
  // Makes the tab a phone's screen (touch, narrow) or a desktop's.
  absl::Status Resize(int width, int height, bool mobile);
  // Writes a PNG of the whole page to `path`.
  absl::Status Screenshot(const std::string& path);

 private:
  HeadlessChromium() = default;
  // Sends one command to the tab (or to the browser when `to_browser`) and
  // returns its result, skipping the events that come before it.
  absl::StatusOr<nlohmann::json> Call(const std::string& method,
                                      const nlohmann::json& params,
                                      bool to_browser = false);
  absl::Status WaitForLoad(const std::string& previous_url);

  pid_t pid_ = -1;
  int to_browser_ = -1;    // our end of its fd 3
  int from_browser_ = -1;  // our end of its fd 4
  std::string profile_dir_;
  std::string pending_;  // bytes read after the last whole message
  std::string session_;  // the tab's session id
  int next_id_ = 1;
};

}  // namespace newsq::testing

#endif  // NEWSQ_TESTS_HEADLESS_CHROMIUM_H_
