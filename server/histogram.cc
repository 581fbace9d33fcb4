#include "server/histogram.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "server/french_dates.h"
#include "server/html.h"

namespace newsq::server {
namespace {

// Past this many days the bars are months, past this many months years: a
// bar stays wide enough to see and to click.
constexpr int64_t kMostDailyBars = 92;
constexpr int64_t kMostMonthlyBars = 120;

// Days since 1970-01-01 of a facet's "YYYY-MM-DD", read by the public
// DateTime (midnight UTC), or nullopt for anything else.
std::optional<int64_t> DayNumber(const std::string& day) {
  std::optional<DateTime> midnight = DateTime::FromIso8601(day);
  if (day.size() != 10 || !midnight) return std::nullopt;
  return midnight->unix_seconds / 86400;
}

// "YYYY-MM-DD" of a day number.
std::string IsoDay(int64_t number) {
  return DateTime{number * 86400, 0}.LocalDay();
}

// Months since year 0 of "YYYY-MM-DD".
int64_t MonthIndex(const std::string& iso_day) {
  int year = 0, month = 0;
  (void)absl::SimpleAtoi(iso_day.substr(0, 4), &year);
  (void)absl::SimpleAtoi(iso_day.substr(5, 2), &month);
  return int64_t{year} * 12 + month;
}

enum class Period { kDay, kMonth, kYear };

// The period of "YYYY-MM-DD" as the query language takes it: "2025-03-12",
// "2025-03" or "2025".
std::string PeriodKey(const std::string& iso_day, Period period) {
  return iso_day.substr(0, period == Period::kDay     ? 10
                           : period == Period::kMonth ? 7
                                                      : 4);
}

}  // namespace

std::string HistogramHtml(const std::vector<FacetValue>& days,
                          const PageState& state) {
  std::map<int64_t, int64_t> per_day;
  for (const FacetValue& value : days) {
    if (std::optional<int64_t> day = DayNumber(value.value))
      per_day[*day] += value.articles;
  }
  if (per_day.size() < 2) return "";
  const int64_t first = per_day.begin()->first;
  const int64_t last = per_day.rbegin()->first;
  const int64_t months =
      MonthIndex(IsoDay(last)) - MonthIndex(IsoDay(first)) + 1;
  const Period period = last - first < kMostDailyBars ? Period::kDay
                        : months <= kMostMonthlyBars  ? Period::kMonth
                                                      : Period::kYear;
  // Every period from the first to the last, empty ones included, in order.
  std::vector<std::pair<std::string, int64_t>> bars;
  for (int64_t number = first; number <= last; ++number) {
    const std::string key = PeriodKey(IsoDay(number), period);
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
