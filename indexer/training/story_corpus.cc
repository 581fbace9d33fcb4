#include "indexer/training/story_corpus.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "absl/strings/str_split.h"
#include "extract/json_lines.h"
#include "indexer/article_versions.h"
#include "newsq/extract.h"

namespace newsq::internal {
namespace {

// The articles, each with the key that orders ties (its file, its line), in
// publication order as `newsq index` adds them.
std::vector<LabelledArticle> InPublicationOrder(
    std::vector<std::pair<std::string, LabelledArticle>> keyed) {
  std::stable_sort(
      keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
        return PublishedBefore(a.second.article.published, a.first,
                               b.second.article.published, b.first);
      });
  std::vector<LabelledArticle> labelled;
  for (auto& [key, article] : keyed) labelled.push_back(std::move(article));
  return labelled;
}

}  // namespace

absl::StatusOr<std::vector<LabelledArticle>> ReadGoogleNewsHeadlines(
    const std::string& tsv_path) {
  std::ifstream in(tsv_path);
  if (!in) return absl::NotFoundError("cannot read " + tsv_path);
  const std::optional<DateTime> noon =
      DateTime::FromIso8601("2019-07-12T12:00:00+02:00");
  std::vector<LabelledArticle> headlines;
  int line_number = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_number;
    const std::vector<std::string> fields = absl::StrSplit(line, '\t');
    if (fields.size() < 3 ||
        fields[2].find_first_not_of(' ') == std::string::npos)
      continue;
    LabelledArticle headline;
    headline.article.url = "googlenews:" + std::to_string(line_number);
    headline.article.title = fields[2];
    headline.article.published = noon;
    headline.story = fields[0] + "/" + fields[1];
    headline.group = fields[0];
    headlines.push_back(std::move(headline));
  }
  return headlines;
}

absl::StatusOr<std::vector<LabelledArticle>> ReadCorpusStories(
    const std::string& corpora_dir) {
  namespace fs = std::filesystem;
  std::vector<fs::path> gold_files;
  for (const auto& entry : fs::directory_iterator(corpora_dir)) {
    if (entry.is_directory() && fs::exists(entry.path() / "gold.json"))
      gold_files.push_back(entry.path() / "gold.json");
  }
  std::sort(gold_files.begin(), gold_files.end());
  std::vector<std::pair<std::string, LabelledArticle>> pages;  // by file
  for (const fs::path& gold_file : gold_files) {
    std::ifstream in(gold_file);
    const nlohmann::json gold = nlohmann::json::parse(in, nullptr, false);
    if (!gold.is_array())
      return absl::InvalidArgumentError("cannot parse " + gold_file.string());
    for (const nlohmann::json& entry : gold) {
      if (!entry.contains("file") || !entry.contains("story")) continue;
      const std::string file = entry["file"].get<std::string>();
      absl::StatusOr<Article> article =
          ExtractArticleFromFile(corpora_dir + "/" + file);
      if (!article.ok()) return article.status();
      LabelledArticle page;
      page.article = *std::move(article);
      page.story = entry["story"].get<std::string>();
      page.group = gold_file.parent_path().filename().string();
      pages.emplace_back(file, std::move(page));
    }
  }
  return InPublicationOrder(std::move(pages));
}

absl::StatusOr<std::vector<LabelledArticle>> ReadPageSetStories(
    const std::string& set_dir) {
  namespace fs = std::filesystem;
  std::ifstream in(set_dir + "/gold.tsv");
  if (!in) return absl::NotFoundError("cannot read " + set_dir + "/gold.tsv");
  std::vector<std::pair<std::string, LabelledArticle>> pages;  // by file
  for (std::string line; std::getline(in, line);) {
    const std::vector<std::string> fields = absl::StrSplit(line, '\t');
    if (fields.size() < 2 || fields[0].empty()) continue;
    absl::StatusOr<Article> article =
        ExtractArticleFromFile(set_dir + "/" + fields[0]);
    if (!article.ok()) return article.status();
    LabelledArticle page;
    page.article = *std::move(article);
    page.story = fields[1];
    page.group = fs::path(set_dir).filename().string();
    pages.emplace_back(fields[0], std::move(page));
  }
  return InPublicationOrder(std::move(pages));
}

absl::StatusOr<std::vector<LabelledArticle>> ReadJsonLinesStories(
    const std::string& jsonl_path) {
  std::vector<std::pair<std::string, LabelledArticle>> lines;  // by line key
  std::string failure;
  const absl::Status read = ReadJsonLines(
      jsonl_path,
      [&](ArticleLine&& line) {
        if (line.story_key.empty()) {
          if (failure.empty()) failure = line.article.url + ": no story";
          return;
        }
        char key[16];  // zero-padded, so that keys sort in line order
        std::snprintf(key, sizeof key, "%08zu", lines.size());
        LabelledArticle article;
        article.article = std::move(line.article);
        article.story = std::move(line.story_key);
        article.group = "written";
        lines.emplace_back(key, std::move(article));
      },
      [&](std::string reason) {
        if (failure.empty()) failure = std::move(reason);
      });
  if (!read.ok()) return read;
  if (!failure.empty()) return absl::InvalidArgumentError(failure);
  return InPublicationOrder(std::move(lines));
}

}  // namespace newsq::internal
