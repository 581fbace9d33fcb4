#include "tests/gold.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "extract/html_dom.h"

namespace newsq::testing {

std::vector<GoldPage> LoadGold(const std::string& corpora_dir) {
  std::vector<GoldPage> pages;
  for (const auto& entry : std::filesystem::directory_iterator(corpora_dir)) {
    const auto gold_path = entry.path() / "gold.json";
    if (!entry.is_directory() || !std::filesystem::exists(gold_path)) continue;
    std::ifstream in(gold_path);
    const nlohmann::json gold = nlohmann::json::parse(in);
    for (const auto& g : gold) {
      GoldPage page;
      page.file = g.at("file").get<std::string>();
      page.path = corpora_dir + "/" + page.file;
      if (g.at("canonical_url").is_string())
        page.canonical_url = g["canonical_url"];
      page.title = g.at("title").get<std::string>();
      page.outlet = g.at("outlet").get<std::string>();
      page.published = g.at("published").get<std::string>();
      if (g.at("author").is_string()) page.author = g["author"];
      page.story = g.at("story").get<std::string>();
      page.encoding = g.at("encoding").get<std::string>();
      for (const auto& e : g.at("entities"))
        page.entities.push_back({e.at("name"), e.at("type")});
      page.must_contain = g.at("must_contain").get<std::vector<std::string>>();
      page.must_not_contain =
          g.at("must_not_contain").get<std::vector<std::string>>();
      pages.push_back(std::move(page));
    }
  }
  std::sort(
      pages.begin(), pages.end(),
      [](const GoldPage& a, const GoldPage& b) { return a.file < b.file; });
  return pages;
}

std::string NormaliseForComparison(const std::string& text) {
  std::string out = internal::CollapseWhitespace(text);
  for (size_t pos; (pos = out.find("\xE2\x80\x99")) != std::string::npos;) {
    out.replace(pos, 3, "'");
  }
  return out;
}

}  // namespace newsq::testing
