#include "extract/archive_today.h"

#include <gtest/gtest.h>

namespace newsq::internal {
namespace {

TEST(ArchiveTodayTest, ACapturesLongAddressGivesTheOriginal) {
  EXPECT_EQ(ArchiveTodayOriginal("https://archive.ph/2025.04.08-061244/"
                                 "https://www.x.ch/geneve/a-5124877"),
            "https://www.x.ch/geneve/a-5124877");
  EXPECT_EQ(ArchiveTodayOriginal("http://archive.is/2019.01.02-030405/"
                                 "http://x.fr/b?id=3"),
            "http://x.fr/b?id=3");
  // A short link names no original; other sites are not the archive.
  EXPECT_EQ(ArchiveTodayOriginal("https://archive.ph/Xq7Tb"), std::nullopt);
  EXPECT_EQ(ArchiveTodayOriginal("https://archive.ph/2025.04.08-061244/"),
            std::nullopt);
  EXPECT_EQ(ArchiveTodayOriginal("https://archive.ph/2025.04.08-0612/"
                                 "https://www.x.ch/a"),
            std::nullopt);
  EXPECT_EQ(ArchiveTodayOriginal("https://www.x.fr/2025.04.08-061244/"
                                 "https://www.y.ch/a"),
            std::nullopt);
}

TEST(ArchiveTodayTest, ItsMirrorsAreTheArchive) {
  for (const char* host : {"archive.ph", "archive.today", "archive.is",
                           "www.archive.li", "ARCHIVE.MD"})
    EXPECT_TRUE(IsArchiveTodayHost(host)) << host;
  for (const char* host : {"archive.org", "web.archive.org", "x.archive.ph",
                           "archive.phone.fr", ""})
    EXPECT_FALSE(IsArchiveTodayHost(host)) << host;
}

}  // namespace
}  // namespace newsq::internal
