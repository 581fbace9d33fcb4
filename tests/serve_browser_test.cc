// The web page of `newsq serve` in a real browser (Debian's chromium,
// headless), used as a journalist would: search, narrow by an outlet, drop
// the filter, open a story, on a desktop and on a phone. Each step's
// screenshot is kept in NEWSQ_ARTIFACTS_DIR, to be looked at.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/headless_chromium.h"
#include "tests/newsq_process.h"
#include "tests/scratch_dir.h"
#include "tests/served_archive.h"

namespace newsq::testing {
namespace {

#define ASSERT_OK(expr)                   \
  do {                                    \
    const absl::Status status_ = (expr);  \
    ASSERT_TRUE(status_.ok()) << status_; \
  } while (false)

class ServeBrowserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    scratch_ = std::make_unique<ScratchDir>("serve_browser");
    const std::string db = (scratch_->path() / "db").string();
    ASSERT_EQ(RunNewsq(NEWSQ_BINARY, {"index", "--shards", "1", "--db", db,
                                      NEWSQ_CORPORA_DIR})
                  .exit_code,
              0);
    absl::StatusOr<std::unique_ptr<ServedArchive>> served =
        ServedArchive::Start(NEWSQ_BINARY, db);
    ASSERT_TRUE(served.ok()) << served.status();
    server_ = *std::move(served);
    absl::StatusOr<std::unique_ptr<HeadlessChromium>> browser =
        HeadlessChromium::Start(1280, 900);
    ASSERT_TRUE(browser.ok()) << browser.status();
    browser_ = *std::move(browser);
  }

  // The value of `script` in the page, or null when it failed (the failure
  // is reported).
  nlohmann::json Eval(const std::string& script) {
    absl::StatusOr<nlohmann::json> value = browser_->Evaluate(script);
    EXPECT_TRUE(value.ok()) << value.status();
    return value.ok() ? *value : nlohmann::json();
  }

  std::string Shot(const std::string& name) {
    return std::string(NEWSQ_ARTIFACTS_DIR) + "/" + name + ".png";
  }

  std::unique_ptr<ScratchDir> scratch_;
  std::unique_ptr<ServedArchive> server_;
  std::unique_ptr<HeadlessChromium> browser_;
};

TEST_F(ServeBrowserTest, SearchNarrowByAnOutletAndOpenAStory) {
  ASSERT_OK(browser_->Navigate(server_->url() + "/?q=OpenAI%20Musk"));
  EXPECT_GE(Eval("document.querySelectorAll('.carte').length"), 3);
  EXPECT_NE(Eval("document.querySelector('.carte h2').textContent")
                .get<std::string>()
                .find("Elon Musk met 97,4 milliards"),
            std::string::npos);
  EXPECT_GT(Eval("document.querySelectorAll('.extrait mark').length"), 0);
  EXPECT_GT(Eval("document.querySelectorAll('.histogramme rect').length"), 2);
  EXPECT_EQ(Eval("document.querySelector('#q').value"), "OpenAI Musk");
  ASSERT_OK(browser_->Screenshot(Shot("1-search")));

  // The page's script ran, under the Content-Security-Policy: "/" goes to
  // the search box.
  ASSERT_OK(browser_->Type("/"));
  EXPECT_EQ(Eval("document.activeElement.id"), "q");

  // A click on an outlet keeps only its articles, shows it as a chip, and
  // puts it in the URL.
  const std::string outlet =
      Eval("document.querySelector('.facette a').textContent");
  ASSERT_OK(browser_->Click(".facette a"));
  EXPECT_NE(Eval("location.search").get<std::string>().find("outlet="),
            std::string::npos);
  EXPECT_NE(Eval("document.querySelector('.puce').textContent")
                .get<std::string>()
                .find("Média : " + outlet),
            std::string::npos);
  const nlohmann::json outlets = Eval(
      "Array.from(document.querySelectorAll('.carte .media'), "
      "e => e.textContent)");
  ASSERT_FALSE(outlets.empty());
  for (const nlohmann::json& shown : outlets) EXPECT_EQ(shown, outlet);
  ASSERT_OK(browser_->Screenshot(Shot("2-outlet-chip")));

  // The chip's cross drops the filter.
  ASSERT_OK(browser_->Click(".puce"));
  EXPECT_EQ(Eval("document.querySelectorAll('.puce').length"), 0);
  EXPECT_EQ(Eval("location.search").get<std::string>().find("outlet="),
            std::string::npos);

  // A story's page: its articles in time order, and the way back.
  ASSERT_OK(browser_->Click(".carte h2 a"));
  EXPECT_NE(Eval("location.pathname").get<std::string>().find("/story/"),
            std::string::npos);
  const nlohmann::json times = Eval(
      "Array.from(document.querySelectorAll('.fil time'), "
      "e => Date.parse(e.getAttribute('datetime')))");
  ASSERT_GE(times.size(), 2u);
  for (size_t i = 1; i < times.size(); ++i)
    EXPECT_LE(times[i - 1].get<double>(), times[i].get<double>());
  ASSERT_OK(browser_->Screenshot(Shot("3-story")));
  ASSERT_OK(browser_->Click(".retour a"));
  EXPECT_EQ(Eval("document.querySelector('#q').value"), "OpenAI Musk");
}

TEST_F(ServeBrowserTest,
       APhoneShowsTheFrontPageAndResultsWithoutScrollingSideways) {
  ASSERT_OK(browser_->Resize(412, 900, /*mobile=*/true));
  ASSERT_OK(browser_->Navigate(server_->url() + "/"));
  EXPECT_GE(Eval("document.querySelectorAll('.carte').length"), 3);
  EXPECT_EQ(Eval("document.documentElement.scrollWidth <= innerWidth"), true);
  ASSERT_OK(browser_->Screenshot(Shot("4-phone-front")));
  ASSERT_OK(browser_->Navigate(server_->url() + "/?q=droits%20de%20douane"));
  EXPECT_GE(Eval("document.querySelectorAll('.carte').length"), 1);
  EXPECT_EQ(Eval("document.documentElement.scrollWidth <= innerWidth"), true);
  // Every card fits the screen (the rows of facets scroll on their own).
  EXPECT_EQ(Eval("Array.from(document.querySelectorAll('.carte'), "
                 "e => e.getBoundingClientRect().right <= innerWidth)"
                 ".every(Boolean)"),
            true);
  ASSERT_OK(browser_->Screenshot(Shot("5-phone-search")));
}

}  // namespace
}  // namespace newsq::testing
