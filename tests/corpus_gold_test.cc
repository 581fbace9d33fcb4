// The bundled corpus against its gold: the gold is consistent with the pages,
// and the extractor finds in each page what the gold says is there.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "extract/charset.h"
#include "extract/html_dom.h"
#include "newsq/extract.h"
#include "tests/gold.h"

namespace newsq::testing {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string VisibleTextOf(const std::string& path) {
  const internal::DecodedPage page = internal::DecodePage(ReadFile(path));
  internal::HtmlDocument doc(page.utf8);
  return NormaliseForComparison(internal::VisibleText(doc.root()));
}

class CorpusGoldTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    gold_ = new std::vector<GoldPage>(LoadGold(NEWSQ_CORPORA_DIR));
  }
  static void TearDownTestSuite() { delete gold_; }
  static const std::vector<GoldPage>& gold() { return *gold_; }
  static std::vector<GoldPage>* gold_;
};
std::vector<GoldPage>* CorpusGoldTest::gold_ = nullptr;

TEST_F(CorpusGoldTest, CorpusHasTheSizeAndVarietyTheIssueAsksFor) {
  std::set<std::string> outlets;
  std::map<std::string, std::set<std::string>> story_outlets;
  std::map<std::string, int> encodings;
  for (const GoldPage& page : gold()) {
    outlets.insert(page.outlet);
    story_outlets[page.story].insert(page.outlet);
    ++encodings[page.encoding];
  }
  EXPECT_GE(gold().size(), 60u);
  EXPECT_GE(outlets.size(), 8u);
  EXPECT_GE(story_outlets.size(), 15u);
  EXPECT_GE(story_outlets["musk-openai-offer"].size(), 4u);
  int multi_outlet_stories = 0;
  for (const auto& [story, its_outlets] : story_outlets) {
    if (its_outlets.size() >= 2) ++multi_outlet_stories;
  }
  EXPECT_GE(multi_outlet_stories, 8);
  EXPECT_GE(encodings["windows-1252"], 2);
  EXPECT_GE(encodings["iso-8859-1"], 1);
  EXPECT_GE(encodings["utf-8-bom"], 1);
}

TEST_F(CorpusGoldTest, EveryGoldStringIsReallyInItsPage) {
  for (const GoldPage& page : gold()) {
    SCOPED_TRACE(page.file);
    const std::string text = VisibleTextOf(page.path);
    ASSERT_FALSE(text.empty());
    EXPECT_NE(text.find(NormaliseForComparison(page.title)), std::string::npos)
        << page.title;
    for (const std::string& s : page.must_contain) {
      EXPECT_NE(text.find(NormaliseForComparison(s)), std::string::npos) << s;
    }
    // Chrome strings must be in the page too, or they test nothing.
    for (const std::string& s : page.must_not_contain) {
      EXPECT_NE(text.find(NormaliseForComparison(s)), std::string::npos) << s;
    }
    EXPECT_GE(page.must_contain.size(), 2u);
    EXPECT_GE(page.must_not_contain.size(), 2u);
    EXPECT_FALSE(page.entities.empty());
  }
}

TEST_F(CorpusGoldTest, EncodingsInGoldAreWhatThePagesDeclare) {
  for (const GoldPage& page : gold()) {
    SCOPED_TRACE(page.file);
    const std::string bytes = ReadFile(page.path);
    const std::string declared = internal::DeclaredCharset(bytes);
    if (page.encoding == "utf-8-bom") {
      EXPECT_EQ(bytes.substr(0, 3), "\xEF\xBB\xBF");
    } else if (page.encoding == "utf-8") {
      EXPECT_EQ(declared, "UTF-8");
      EXPECT_TRUE(internal::IsValidUtf8(bytes));
    } else {
      // windows-1252 and iso-8859-1 labels both decode as windows-1252, as in
      // browsers.
      EXPECT_EQ(declared, "WINDOWS-1252");
      EXPECT_FALSE(internal::IsValidUtf8(bytes));
    }
  }
}

// Bars on the bundled corpus: every must-contain sentence in, every chrome
// string out, every title, date and outlet right (the extraction issue's bar),
// authors at least 80 %.
constexpr double kMinContains = 100, kMinChrome = 100, kMinTitle = 100,
                 kMinDate = 100, kMinOutlet = 100, kMinAuthor = 80;

// How the extractor does on the corpus: a table on stdout, and a failure below
// the bars.
TEST_F(CorpusGoldTest, ExtractionMeetsTheBarsOnTheCorpus) {
  int contains_ok = 0, contains_all = 0, chrome_ok = 0, chrome_all = 0;
  int title_ok = 0, date_ok = 0, outlet_ok = 0, author_ok = 0, author_all = 0;
  for (const GoldPage& page : gold()) {
    absl::StatusOr<Article> article = ExtractArticleFromFile(page.path);
    ASSERT_TRUE(article.ok()) << page.file << ": " << article.status();
    const std::string text = NormaliseForComparison(article->text);
    for (const std::string& s : page.must_contain) {
      ++contains_all;
      if (text.find(NormaliseForComparison(s)) != std::string::npos) {
        ++contains_ok;
      } else {
        std::printf("  missing   %s: %s\n", page.file.c_str(),
                    s.substr(0, 70).c_str());
      }
    }
    for (const std::string& s : page.must_not_contain) {
      ++chrome_all;
      if (text.find(NormaliseForComparison(s)) == std::string::npos) {
        ++chrome_ok;
      } else {
        std::printf("  leaked    %s: %s\n", page.file.c_str(),
                    s.substr(0, 70).c_str());
      }
    }
    if (NormaliseForComparison(article->title) ==
        NormaliseForComparison(page.title)) {
      ++title_ok;
    } else {
      std::printf("  title     %s: got \"%s\"\n", page.file.c_str(),
                  article->title.c_str());
    }
    const std::string published =
        article->published ? article->published->ToIso8601() : "-";
    if (published == page.published) {
      ++date_ok;
    } else {
      std::printf("  date      %s: got %s, gold %s\n", page.file.c_str(),
                  published.c_str(), page.published.c_str());
    }
    if (NormaliseForComparison(article->outlet) ==
        NormaliseForComparison(page.outlet)) {
      ++outlet_ok;
    } else {
      std::printf("  outlet    %s: got \"%s\"\n", page.file.c_str(),
                  article->outlet.c_str());
    }
    if (page.author) {
      ++author_all;
      if (article->author == *page.author) {
        ++author_ok;
      } else {
        std::printf("  author    %s: got \"%s\", gold \"%s\"\n",
                    page.file.c_str(), article->author.c_str(),
                    page.author->c_str());
      }
    }
  }
  const double n = static_cast<double>(gold().size());
  auto pct = [](int ok, double all) {
    return all == 0 ? 100.0 : 100.0 * ok / all;
  };
  std::printf("extraction on corpora/ (%zu pages)\n", gold().size());
  std::printf("  must-contain found   %6.1f %%\n",
              pct(contains_ok, contains_all));
  std::printf("  chrome kept out      %6.1f %%\n", pct(chrome_ok, chrome_all));
  std::printf("  title exact          %6.1f %%\n", pct(title_ok, n));
  std::printf("  published exact      %6.1f %%\n", pct(date_ok, n));
  std::printf("  outlet exact         %6.1f %%\n", pct(outlet_ok, n));
  std::printf("  author exact         %6.1f %%\n", pct(author_ok, author_all));
  EXPECT_GE(pct(contains_ok, contains_all), kMinContains);
  EXPECT_GE(pct(chrome_ok, chrome_all), kMinChrome);
  EXPECT_GE(pct(title_ok, n), kMinTitle);
  EXPECT_GE(pct(date_ok, n), kMinDate);
  EXPECT_GE(pct(outlet_ok, n), kMinOutlet);
  EXPECT_GE(pct(author_ok, author_all), kMinAuthor);
}

}  // namespace
}  // namespace newsq::testing
