// Which <h1> the tag reader takes for the headline when a page has two, and
// which end of a <title> names the site.
#include <gtest/gtest.h>

#include <string>

#include "extract/html_dom.h"
#include "extract/metadata_tags.h"

namespace newsq::internal {
namespace {

RawTags TagsOf(const std::string& title, const std::string& body) {
  HtmlDocument document("<html><head><title>" + title +
                        "</title></head><body>" + body + "</body></html>");
  return CollectTags(document.root());
}

TEST(HeadlineTagsTest, TheShorterEndOfTheTitleIsTheSitesName) {
  EXPECT_TRUE(IsShorterTitlePart("Le Site", "Un titre assez long - Le Site"));
  EXPECT_TRUE(IsShorterTitlePart("Le Site", "Le Site | Un titre assez long"));
  EXPECT_FALSE(IsShorterTitlePart("Un titre assez long",
                                  "Un titre assez long - Le Site"));
  // The end at the other side, not all that follows: Medium's "Headline | par
  // X | Blog | Medium".
  EXPECT_FALSE(IsShorterTitlePart("Le vélo n'est pas un luxe",
                                  "Le vélo n'est pas un luxe | par Karim "
                                  "Aït-Saïd | Le Contrepoint | Medium"));
  EXPECT_FALSE(IsShorterTitlePart("Le Site", "Le Site"));
  EXPECT_FALSE(IsShorterTitlePart("", "Un titre - Le Site"));
}

TEST(HeadlineTagsTest, TheArticlesH1AfterTheSitesOne) {
  const RawTags jimdo =
      TagsOf("Assemblée générale 2025 : la roue tournera - Les Amis du Moulin",
             "<h1>Les Amis du Moulin</h1><div><h1>Assemblée générale 2025 : la "
             "roue tournera</h1></div>");
  EXPECT_EQ(jimdo.h1, "Assemblée générale 2025 : la roue tournera");
  EXPECT_EQ(jimdo.site_h1, "Les Amis du Moulin");
  // The headline first, as the <title>'s longer end: a later <h1> (a sidebar's)
  // does not replace it.
  const RawTags headline_first =
      TagsOf("Grève des éboueurs : la mairie cède - Le Journal",
             "<h1>Grève des éboueurs : la mairie cède</h1><aside><h1>Les plus "
             "lus</h1></aside>");
  EXPECT_EQ(headline_first.h1, "Grève des éboueurs : la mairie cède");
  EXPECT_TRUE(headline_first.site_h1.empty());
}

}  // namespace
}  // namespace newsq::internal
