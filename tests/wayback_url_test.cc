#include "extract/wayback_url.h"

#include <gtest/gtest.h>

namespace newsq::internal {
namespace {

TEST(WaybackUrlTest, ACapturesAddressGivesTheOriginal) {
  EXPECT_EQ(WaybackOriginal("https://web.archive.org/web/20070228213001/"
                            "http://www.x.fr:80/site/a.html"),
            "http://www.x.fr/site/a.html");
  EXPECT_EQ(WaybackOriginal("https://web.archive.org/web/2019id_/"
                            "https://www.x.fr:443/a?b=1"),
            "https://www.x.fr/a?b=1");
  // No scheme, or the one slash a copied address keeps.
  EXPECT_EQ(WaybackOriginal("http://web.archive.org/web/2020/www.x.fr/b"),
            "http://www.x.fr/b");
  EXPECT_EQ(WaybackOriginal("https://web.archive.org/web/2020/https:/x.fr"),
            "https://x.fr/");
  EXPECT_EQ(WaybackOriginal("https://wayback.archive.org/web/1999/x.be/c "
                            "and the rest of a banner"),
            "http://x.be/c");
  // A port other than the default stays.
  EXPECT_EQ(
      WaybackOriginal("https://web.archive.org/web/2020/http://x.fr:8080/"),
      "http://x.fr:8080/");
}

TEST(WaybackUrlTest, OtherAddressesAreNoCapture) {
  for (const char* url :
       {"", "https://www.lemonde.fr/web/2020/x.fr/a",
        "https://web.archive.org/", "https://web.archive.org/web/",
        "https://web.archive.org/web/*/x.fr/*",
        "https://web.archive.org/web/2020/",
        "https://web.archive.org/web/2020/localhost/a", "pages/a.html",
        "https://archive.org/details/x"}) {
    EXPECT_EQ(WaybackOriginal(url), std::nullopt) << url;
  }
}

}  // namespace
}  // namespace newsq::internal
