#include "server/french_dates.h"

#include <charconv>
#include <system_error>

#include "absl/strings/str_cat.h"

namespace newsq::server {
namespace {

constexpr const char* kMonths[] = {
    "janvier", "février", "mars",      "avril",   "mai",      "juin",
    "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};

// U+202F NARROW NO-BREAK SPACE, the French thousands separator.
constexpr char kThousands[] = "\u202f";

// The whole of `text` as a number.
bool ParseNumber(std::string_view text, int& out) {
  const auto [end, error] =
      std::from_chars(text.data(), text.data() + text.size(), out);
  return error == std::errc() && end == text.data() + text.size();
}

}  // namespace

std::string FrenchDay(std::string_view iso_day) {
  int year = 0, month = 0, day = 0;
  const bool has_month = iso_day.size() >= 7 && iso_day[4] == '-' &&
                         ParseNumber(iso_day.substr(0, 4), year) &&
                         ParseNumber(iso_day.substr(5, 2), month) &&
                         month >= 1 && month <= 12;
  if (!has_month) return std::string(iso_day);
  const std::string month_year = absl::StrCat(kMonths[month - 1], " ", year);
  if (iso_day.size() == 7) return month_year;
  if (iso_day.size() != 10 || iso_day[7] != '-' ||
      !ParseNumber(iso_day.substr(8, 2), day) || day < 1 || day > 31)
    return std::string(iso_day);
  return absl::StrCat(day == 1 ? "1er" : absl::StrCat(day), " ", month_year);
}

std::string FrenchCount(int64_t count) {
  const std::string digits = absl::StrCat(count < 0 ? -count : count);
  std::string out = count < 0 ? "-" : "";
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += kThousands;
    out += digits[i];
  }
  return out;
}

std::string CountOf(int64_t count, std::string_view singular,
                    std::string_view plural) {
  return absl::StrCat(
      FrenchCount(count), " ",
      std::string(count >= 2 || count <= -2 ? plural : singular));
}

}  // namespace newsq::server
