#include <gtest/gtest.h>

#include "newsq/article.h"

namespace newsq {
namespace {

struct IsoCase {
  const char* input;
  const char* expected;  // nullptr: must not parse
};

TEST(DateTimeTest, ParsesAndPrintsIso8601) {
  const IsoCase cases[] = {
      {"2025-02-11T15:14:00+01:00", "2025-02-11T15:14:00+01:00"},
      {"2025-02-11T15:14:00.123+0100", "2025-02-11T15:14:00+01:00"},
      {"2025-02-11T14:14:00Z", "2025-02-11T14:14:00+00:00"},
      // A day alone stays a day: no midnight nobody wrote.
      {"2025-02-11", "2025-02-11"},
      {"2025-02-11 08:05", "2025-02-11T08:05:00+00:00"},
      {"2025-02-12T14:00:00-05:00", "2025-02-12T14:00:00-05:00"},
      {"  2024-02-29T23:59:59+00:00 ", "2024-02-29T23:59:59+00:00"},
      {"2025-02-30", nullptr},
      {"2025-13-01", nullptr},
      {"11/02/2025", nullptr},
      {"2025-02-11T25:00", nullptr},
      {"hier", nullptr},
      {"", nullptr},
  };
  for (const IsoCase& c : cases) {
    SCOPED_TRACE(c.input);
    const std::optional<DateTime> date = DateTime::FromIso8601(c.input);
    if (c.expected == nullptr) {
      EXPECT_FALSE(date.has_value());
    } else {
      ASSERT_TRUE(date.has_value());
      EXPECT_EQ(date->ToIso8601(), c.expected);
    }
  }
}

// A day alone prints as a day, reads back as the same DateTime, and still
// has an instant to be ordered by: its midnight UTC.
TEST(DateTimeTest, ADayAloneRoundTripsAsADay) {
  const std::optional<DateTime> day = DateTime::FromIso8601("2025-03-03");
  ASSERT_TRUE(day.has_value());
  EXPECT_TRUE(day->day_only);
  EXPECT_EQ(day->ToIso8601(), "2025-03-03");
  EXPECT_EQ(day->ToIso8601DateTime(), "2025-03-03T00:00:00+00:00");
  EXPECT_EQ(day->LocalDay(), "2025-03-03");
  EXPECT_EQ(DateTime::FromIso8601(day->ToIso8601()), day);
  EXPECT_EQ(DateTime::FromDay(2025, 3, 3), day);
  EXPECT_FALSE(DateTime::FromDay(2025, 2, 30).has_value());
  const std::optional<DateTime> midnight =
      DateTime::FromIso8601("2025-03-03T00:00:00Z");
  ASSERT_TRUE(midnight.has_value());
  EXPECT_FALSE(midnight->day_only);
  EXPECT_EQ(midnight->unix_seconds, day->unix_seconds);
  EXPECT_NE(midnight, day);
}

TEST(DateTimeTest, OffsetsNameTheSameInstant) {
  const auto paris = DateTime::FromIso8601("2025-02-11T17:30:00+01:00");
  const auto utc = DateTime::FromIso8601("2025-02-11T16:30:00Z");
  ASSERT_TRUE(paris && utc);
  EXPECT_EQ(paris->unix_seconds, utc->unix_seconds);
  EXPECT_EQ(paris->unix_seconds, 1739291400);
}

TEST(DateTimeTest, LocalDayUsesThePagesOwnOffset) {
  const auto late = DateTime::FromIso8601("2025-02-11T23:30:00-05:00");
  ASSERT_TRUE(late);
  EXPECT_EQ(late->LocalDay(), "2025-02-11");  // already 12 February in UTC
}

}  // namespace
}  // namespace newsq
