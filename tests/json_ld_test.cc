// The JSON-LD salvage: what a broken block still says, read by a scan that
// stays linear (issue 21: std::regex crashed on a 20 KB headline).
#include "extract/json_ld.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace newsq::internal {
namespace {

TEST(JsonLdSalvageTest, BrokenBlockStillGivesItsFields) {
  // No closing brace: not JSON, but an article's fields are all there.
  const nlohmann::json salvaged = ParseJsonLd(
      R"({"@type": "NewsArticle", "headline" :  "L\u2019\u00e9t\u00e9 \"chaud\"",
          "datePublished": "2025-02-11T09:45:00+01:00",
          "author": [{"@type": "Person", "name": "Jeanne Martin"}],
          "articleSection": "Climat",)");
  ASSERT_TRUE(salvaged.is_object());
  EXPECT_EQ(salvaged.value("headline", ""), "L’été \"chaud\"");
  EXPECT_EQ(salvaged.value("datePublished", ""), "2025-02-11T09:45:00+01:00");
  EXPECT_EQ(salvaged.value("author", ""), "Jeanne Martin");
  EXPECT_EQ(salvaged.value("articleSection", ""), "Climat");
}

TEST(JsonLdSalvageTest, AKeyWithoutAStringValueIsPassedOver) {
  const nlohmann::json salvaged = ParseJsonLd(
      R"({"@type": "NewsArticle", "headline": 5, "x": {"headline": "Le bon titre"},
          "author": {"@id": "#a"}, "author": {"name": "Paul Durand"} )");
  EXPECT_EQ(salvaged.value("headline", ""), "Le bon titre");
  EXPECT_EQ(salvaged.value("author", ""), "Paul Durand");
}

TEST(JsonLdSalvageTest, HugeOrUnterminatedValuesDoNotCrash) {
  const std::string huge(1 << 20, 'a');
  nlohmann::json salvaged = ParseJsonLd(
      R"({"@type": "NewsArticle", "headline": ")" + huge + R"(", "author": {)");
  EXPECT_EQ(salvaged.value("headline", "").size(), huge.size());
  std::string many;
  for (int i = 0; i < 20000; ++i) many += R"("author": {"headline": ")";
  salvaged = ParseJsonLd(R"({"@type": "NewsArticle", )" + many);
  EXPECT_FALSE(salvaged.contains("headline"));
  EXPECT_FALSE(salvaged.contains("author"));
}

// Character references a CMS left in its JSON-LD's text are decoded (Yoast:
// "d&#039;eau"); an "&" that starts none stays.
// A "@graph" that lists related articles beside the page's own: the page's
// is the one that names the page's address, however it spells it.
TEST(JsonLdArticleTest, ThePagesOwnArticleAmongSeveral) {
  const std::vector<nlohmann::json> blocks = {nlohmann::json::parse(R"({
      "@graph": [
        {"@type": "NewsArticle", "headline": "Un kayakiste secouru",
         "url": "https://www.kreolactu.re/faits-divers/kayakiste-91502"},
        {"@type": "WebSite", "url": "https://www.kreolactu.re/"},
        {"@type": "NewsArticle", "headline": "La route du littoral fermée",
         "mainEntityOfPage": {"@id": "http://kreolactu.re/societe/route-91544/"}}
      ]})")};
  const auto headline_for = [&blocks](std::string_view page_url) {
    const nlohmann::json* article = FindPagesArticleObject(blocks, page_url);
    return article == nullptr ? std::string("none")
                              : article->value("headline", "");
  };
  EXPECT_EQ(headline_for("https://www.kreolactu.re/societe/route-91544?utm=x"),
            "La route du littoral fermée");
  EXPECT_EQ(
      headline_for("https://www.kreolactu.re/faits-divers/kayakiste-91502"),
      "Un kayakiste secouru");
  // An address none names, or none at all: the first article.
  EXPECT_EQ(headline_for("https://www.kreolactu.re/autre-page"),
            "Un kayakiste secouru");
  EXPECT_EQ(headline_for(""), "Un kayakiste secouru");
  EXPECT_EQ(FindPagesArticleObject({}, "https://www.kreolactu.re/"), nullptr);
}

TEST(JsonLdTextTest, CharacterReferencesAreDecoded) {
  const nlohmann::json article = nlohmann::json::parse(
      R"({"headline": "Tours d&#039;eau : l&#x2019;eau &amp; le gaz &laquo; AT&T &#0; &#99999999; &zz; &#xD800; »",
          "author": {"name": "Ren&eacute;e Dupont"}})");
  EXPECT_EQ(JsonString(article, "headline"),
            "Tours d'eau : l\u2019eau & le gaz \u00ab AT&T &#0; &#99999999; "
            "&zz; &#xD800; »");
  EXPECT_EQ(JsonAuthor(article, {}), "Ren\u00e9e Dupont");
}

}  // namespace
}  // namespace newsq::internal
