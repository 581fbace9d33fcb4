// Title, author, publication day and outlet of twenty-five pages of varied
// templates (tests/metadata_pages/): the fields that differ from the gold,
// the count per field, and a bar that fails below 95 % of all fields.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "engine/text_folding.h"
#include "newsq/extract.h"

namespace newsq {
namespace {

// The publication day as the page states it, in its own time zone.
std::string DayOf(const Article& article) {
  return article.published ? article.published->ToIso8601().substr(0, 10) : "";
}

TEST(MetadataPagesTest, FieldsOfTwentyFiveTemplates) {
  const std::string dir = NEWSQ_METADATA_PAGES_DIR;
  std::ifstream in(dir + "/gold.json");
  ASSERT_TRUE(in) << dir << "/gold.json";
  const nlohmann::json gold = nlohmann::json::parse(in);
  ASSERT_EQ(gold.size(), 25u);
  std::map<std::string, int> right;
  int total = 0;
  for (const auto& [file, fields] : gold.items()) {
    absl::StatusOr<Article> article = ExtractArticleFromFile(dir + "/" + file);
    ASSERT_TRUE(article.ok()) << file << ": " << article.status();
    const std::map<std::string, std::string> found = {
        {"title", article->title},
        {"author", article->author},
        {"published", DayOf(*article)},
        {"outlet", article->outlet}};
    for (const auto& [field, value] : found) {
      const nlohmann::json& want_json = fields.at(field);
      const std::string want =
          want_json.is_null() ? "" : want_json.get<std::string>();
      const bool ok = internal::FilterKey(value) == internal::FilterKey(want);
      right[field] += ok;
      total += ok;
      if (!ok) {
        std::printf("  %-28s %-9s gold \"%s\", found \"%s\"\n", file.c_str(),
                    field.c_str(), want.c_str(), value.c_str());
      }
    }
  }
  for (const auto& [field, count] : right)
    std::printf("  %-9s %d of %zu\n", field.c_str(), count, gold.size());
  std::printf("  all       %d of %zu\n", total, 4 * gold.size());
  EXPECT_GE(total * 100, 95 * 4 * static_cast<int>(gold.size()));
}

}  // namespace
}  // namespace newsq
