// Authors of thirty-four pages, one byline pattern each
// (tests/byline_pages/): the table of what newsq finds against the gold. Each
// page is a regression test now: every one must match.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "engine/text_folding.h"
#include "newsq/extract.h"

namespace newsq {
namespace {

TEST(BylinePagesTest, AuthorsOfEveryTemplate) {
  const std::string dir = NEWSQ_BYLINE_PAGES_DIR;
  std::ifstream in(dir + "/gold.json");
  ASSERT_TRUE(in) << dir << "/gold.json";
  const nlohmann::json gold = nlohmann::json::parse(in);
  ASSERT_EQ(gold.size(), 35u);
  int right = 0;
  for (const auto& [file, expected] : gold.items()) {
    absl::StatusOr<Article> article = ExtractArticleFromFile(dir + "/" + file);
    ASSERT_TRUE(article.ok()) << file << ": " << article.status();
    const std::string want =
        expected.is_null() ? "" : expected.get<std::string>();
    const bool ok =
        internal::FilterKey(article->author) == internal::FilterKey(want);
    right += ok;
    EXPECT_TRUE(ok) << file << ": \"" << article->author << "\"";
    // A list is "A, B": FilterKey would not see a doubled comma.
    EXPECT_EQ(article->author.find(",,"), std::string::npos) << file;
    std::printf("  %-42s %-30s %-30s %s\n", file.c_str(),
                ("\"" + want + "\"").c_str(),
                ("\"" + article->author + "\"").c_str(), ok ? "ok" : "WRONG");
  }
  std::printf("  authors right: %d of %zu\n", right, gold.size());
}

}  // namespace
}  // namespace newsq
