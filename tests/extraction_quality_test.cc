// Extraction measured on real pages from ../shared/corpora/extraction/ (32
// French pages from about 30 sites with gold snippets and metadata): the bars
// of the extraction issue.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "engine/ascii.h"
#include "newsq/extract.h"
#include "tests/gold.h"
#include "tests/text_metrics.h"

namespace newsq::testing {
namespace {

namespace fs = std::filesystem;

const std::string kExtractionDir =
    std::string(NEWSQ_SHARED_CORPORA_DIR) + "/extraction";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Gold and extracted values are compared case-insensitively, whitespace and
// apostrophes normalised, and without a leading "Par "/"By " on authors.
std::string Comparable(std::string s) {
  s = internal::AsciiLower(NormaliseForComparison(s));
  for (std::string_view prefix : {"par ", "by "}) {
    if (s.starts_with(prefix)) s = s.substr(prefix.size());
  }
  return s;
}

// The people an author field names, compared as a set: newsq lists several
// authors as "A, B, C", where a gold byline may read "A (avec B et C)".
std::set<std::string> ComparableAuthors(std::string authors) {
  authors = Comparable(authors);
  for (std::string_view separator : {" (avec ", " et ", " and ", ")"}) {
    for (size_t at; (at = authors.find(separator)) != std::string::npos;)
      authors.replace(at, separator.size(), ", ");
  }
  std::set<std::string> names;
  size_t begin = 0;
  while (begin <= authors.size()) {
    size_t end = authors.find(", ", begin);
    if (end == std::string::npos) end = authors.size();
    if (end > begin) names.insert(authors.substr(begin, end - begin));
    begin = end + 2;
  }
  return names;
}

// A gold field as a string, or "" when the manifest has none or another type.
std::string GoldString(const nlohmann::json& gold, const char* key) {
  auto it = gold.find(key);
  return it != gold.end() && it->is_string() ? it->get<std::string>()
                                             : std::string();
}

struct Tally {
  int ok = 0, all = 0;
  void Add(bool good) {
    ++all;
    ok += good;
  }
  double Percent() const { return all == 0 ? 100.0 : 100.0 * ok / all; }
};

TEST(ExtractionQualityTest, MeetsTheBarsOnRealPages) {
  if (!fs::exists(kExtractionDir)) GTEST_SKIP() << "no " << kExtractionDir;
  std::ifstream manifest(kExtractionDir + "/manifest.jsonl");
  Tally contains, chrome, title, day, author, outlet;
  std::string line;
  while (std::getline(manifest, line)) {
    const nlohmann::json row = nlohmann::json::parse(line);
    const std::string file = row["file"];
    absl::StatusOr<Article> article =
        ExtractArticleFromFile(kExtractionDir + "/" + file);
    ASSERT_TRUE(article.ok()) << file << ": " << article.status();
    const std::string text = NormaliseForComparison(article->text);
    std::vector<std::string> must_contain =
        row.value("with_snippets", std::vector<std::string>());
    // goose3's gold is the start of the cleaned text: its first line must be
    // there.
    if (const std::string cleaned = GoldString(row["gold"], "cleaned_text");
        !cleaned.empty()) {
      must_contain.push_back(cleaned.substr(0, cleaned.find('\n')));
    }
    for (const std::string& s : must_contain) {
      const bool found =
          text.find(NormaliseForComparison(s)) != std::string::npos;
      contains.Add(found);
      if (!found) std::printf("  missing  %s: %s\n", file.c_str(), s.c_str());
    }
    for (const std::string& s :
         row.value("without_snippets", std::vector<std::string>())) {
      const bool absent =
          text.find(NormaliseForComparison(s)) == std::string::npos;
      chrome.Add(absent);
      if (!absent) std::printf("  leaked   %s: %s\n", file.c_str(), s.c_str());
    }
    const nlohmann::json& gold = row["gold"];
    if (const std::string gold_title = GoldString(gold, "title");
        !gold_title.empty()) {
      const bool same = Comparable(article->title) == Comparable(gold_title);
      title.Add(same);
      if (!same) {
        std::printf("  title    %s: got \"%s\", gold \"%s\"\n", file.c_str(),
                    article->title.c_str(), gold_title.c_str());
      }
    }
    std::string gold_date = GoldString(gold, "date");
    if (gold_date.empty()) gold_date = GoldString(gold, "publishedTime");
    if (!gold_date.empty()) {
      const std::string got =
          article->published ? article->published->LocalDay() : "-";
      day.Add(got == gold_date.substr(0, 10));
      if (got != gold_date.substr(0, 10)) {
        std::printf("  day      %s: got %s, gold %s\n", file.c_str(),
                    got.c_str(), gold_date.c_str());
      }
    }
    std::string gold_author = GoldString(gold, "author");
    if (gold_author.empty()) gold_author = GoldString(gold, "byline");
    if (!gold_author.empty()) {
      const bool same =
          ComparableAuthors(article->author) == ComparableAuthors(gold_author);
      author.Add(same);
      if (!same) {
        std::printf("  author   %s: got \"%s\", gold \"%s\"\n", file.c_str(),
                    article->author.c_str(), gold_author.c_str());
      }
    }
    outlet.Add(!article->outlet.empty());
    if (article->outlet.empty())
      std::printf("  outlet   %s: empty\n", file.c_str());
  }
  std::printf("extraction on ../shared/corpora/extraction (%d pages)\n",
              outlet.all);
  std::printf("  must-contain found   %6.1f %% (%d/%d)   bar 95\n",
              contains.Percent(), contains.ok, contains.all);
  std::printf("  chrome kept out      %6.1f %% (%d/%d)   bar 95\n",
              chrome.Percent(), chrome.ok, chrome.all);
  std::printf("  title exact          %6.1f %% (%d/%d)   bar 95\n",
              title.Percent(), title.ok, title.all);
  std::printf("  publication day      %6.1f %% (%d/%d)   bar 95\n",
              day.Percent(), day.ok, day.all);
  std::printf("  author               %6.1f %% (%d/%d)   bar 95\n",
              author.Percent(), author.ok, author.all);
  std::printf("  outlet non-empty     %6.1f %% (%d/%d)   bar 100\n",
              outlet.Percent(), outlet.ok, outlet.all);
  EXPECT_GE(contains.Percent(), 95);
  EXPECT_GE(chrome.Percent(), 95);
  EXPECT_GE(title.Percent(), 95);
  EXPECT_GE(day.Percent(), 95);
  EXPECT_GE(author.Percent(), 95);
  EXPECT_EQ(outlet.Percent(), 100);
}

TEST(ExtractionQualityTest, ReadabilityPagesMatchTheirExpectedText) {
  const std::string dir = kExtractionDir + "/mozilla-readability";
  if (!fs::exists(dir)) GTEST_SKIP() << "no " << dir;
  for (const char* page : {"lemonde-1", "liberation-1", "videos-2"}) {
    absl::StatusOr<Article> article =
        ExtractArticleFromFile(dir + "/" + page + "/source.html");
    ASSERT_TRUE(article.ok()) << page << ": " << article.status();
    const double f1 =
        WordF1(article->text,
               HtmlToText(ReadFile(dir + "/" + page + "/expected.html")));
    std::printf("  %-14s word F1 %.3f   bar 0.95\n", page, f1);
    EXPECT_GE(f1, 0.95) << page;
  }
}

}  // namespace
}  // namespace newsq::testing
