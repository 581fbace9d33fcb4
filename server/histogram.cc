#include "server/histogram.h"

#include <algorithm>
#include <cstdint>
#include <map>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "server/french_dates.h"
#include "server/html.h"

namespace newsq::server {
namespace {

// Past this many days the bars are months, past this many months years: a
// bar stays wide enough to see and to click.
constexpr int64_t kMostDailyBars = 92;
constexpr int64_t kMostMonthlyBars = 120;

struct Day {
  int year = 0, month = 0, day = 0;
};

bool ParseDay(const std::string& text, Day& out) {
  return text.size() == 10 && text[4] == '-' && text[7] == '-' &&
         absl::SimpleAtoi(text.substr(0, 4), &out.year) &&
         absl::SimpleAtoi(text.substr(5, 2), &out.month) &&
         absl::SimpleAtoi(text.substr(8, 2), &out.day) && out.month >= 1 &&
         out.month <= 12 && out.day >= 1 && out.day <= 31;
}

// Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil).
int64_t DayNumber(const Day& d) {
  const int64_t y = d.year - (d.month <= 2);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy =
      (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Day CivilDay(int64_t number) {
  number += 719468;
  const int64_t era = (number >= 0 ? number : number - 146096) / 146097;
  const int64_t doe = number - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  Day d;
  d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  d.year = static_cast<int>(yoe + era * 400 + (d.month <= 2));
  return d;
}

enum class Period { kDay, kMonth, kYear };

// The period's name as the query language takes it: "2025-03-12",
// "2025-03" or "2025".
std::string PeriodKey(const Day& d, Period period) {
  switch (period) {
    case Period::kDay:
      return absl::StrFormat("%04d-%02d-%02d", d.year, d.month, d.day);
    case Period::kMonth:
      return absl::StrFormat("%04d-%02d", d.year, d.month);
    case Period::kYear:
      return absl::StrFormat("%04d", d.year);
  }
  return "";
}

}  // namespace

std::string HistogramHtml(const std::vector<FacetValue>& days,
                          const PageState& state) {
  std::map<int64_t, int64_t> per_day;
  for (const FacetValue& value : days) {
    Day d;
    if (ParseDay(value.value, d)) per_day[DayNumber(d)] += value.articles;
  }
  if (per_day.size() < 2) return "";
  const int64_t first = per_day.begin()->first;
  const int64_t last = per_day.rbegin()->first;
  const Day first_day = CivilDay(first), last_day = CivilDay(last);
  const int64_t months = (last_day.year - first_day.year) * 12 +
                         (last_day.month - first_day.month) + 1;
  const Period period = last - first < kMostDailyBars ? Period::kDay
                        : months <= kMostMonthlyBars  ? Period::kMonth
                                                      : Period::kYear;
  // Every period from the first to the last, empty ones included, in order.
  std::vector<std::pair<std::string, int64_t>> bars;
  for (int64_t number = first; number <= last; ++number) {
    const std::string key = PeriodKey(CivilDay(number), period);
    if (bars.empty() || bars.back().first != key) bars.push_back({key, 0});
    if (auto it = per_day.find(number); it != per_day.end())
      bars.back().second += it->second;
  }
  if (bars.size() < 2) return "";
  int64_t highest = 1;
  for (const auto& bar : bars) highest = std::max(highest, bar.second);

  constexpr int kBarWidth = 10, kHeight = 60;
  std::string svg = absl::StrCat(
      "<figure class=\"histogramme\">\n<svg viewBox=\"0 0 ",
      bars.size() * kBarWidth, " ", kHeight,
      "\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"Articles "
      "par période\">\n");
  for (size_t i = 0; i < bars.size(); ++i) {
    const auto& [key, count] = bars[i];
    // A period with articles shows at least a sliver.
    const int height =
        count == 0
            ? 0
            : std::max<int>(2, static_cast<int>(count * kHeight / highest));
    const std::string label = absl::StrCat(
        FrenchDay(key), " : ", CountOf(count, "article", "articles"));
    PageState narrowed = state;
    narrowed.since = narrowed.until = key;
    absl::StrAppend(&svg, "<a href=\"", EscapeHtml(narrowed.ToLink().Str()),
                    "\"><rect x=\"", i * kBarWidth + 1, "\" y=\"",
                    kHeight - height, "\" width=\"", kBarWidth - 2,
                    "\" height=\"", height, "\"/><rect class=\"zone\" x=\"",
                    i * kBarWidth, "\" y=\"0\" width=\"", kBarWidth,
                    "\" height=\"", kHeight, "\"><title>", EscapeHtml(label),
                    "</title></rect></a>\n");
  }
  absl::StrAppend(&svg, "</svg>\n<figcaption><span>",
                  EscapeHtml(FrenchDay(bars.front().first)), "</span><span>",
                  EscapeHtml(FrenchDay(bars.back().first)),
                  "</span></figcaption>\n</figure>\n");
  return svg;
}

}  // namespace newsq::server
