// DateTime (newsq/article.h): civil-time arithmetic without time zones, since
// pages state their own UTC offset and that is all newsq keeps.
#include <cstdio>
#include <string>

#include "absl/strings/ascii.h"
#include "engine/ascii.h"
#include "newsq/article.h"

namespace newsq {
namespace {

// Days from 1970-01-01 to the given proleptic Gregorian date (Howard Hinnant's
// algorithm).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

struct Civil {
  int64_t year;
  unsigned month, day;
};

Civil CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp + (mp < 10 ? 3 : -9);
  return {static_cast<int64_t>(yoe) + era * 400 + (m <= 2), m, d};
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

int64_t FloorDiv(int64_t a, int64_t b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// Reads exactly `n` digits at `pos`; -1 when they are not there.
int ReadDigits(std::string_view s, size_t& pos, int n) {
  if (pos + n > s.size()) return -1;
  int value = 0;
  for (int i = 0; i < n; ++i) {
    const char c = s[pos + i];
    if (!absl::ascii_isdigit(static_cast<unsigned char>(c))) return -1;
    value = value * 10 + (c - '0');
  }
  pos += n;
  return value;
}

}  // namespace

std::optional<DateTime> DateTime::FromCivil(int year, int month, int day,
                                            int hour, int minute, int second,
                                            int utc_offset_minutes) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 ||
      day > DaysInMonth(year, month) || hour < 0 || hour > 23 || minute < 0 ||
      minute > 59 || second < 0 || second > 60 ||
      utc_offset_minutes < -18 * 60 || utc_offset_minutes > 18 * 60) {
    return std::nullopt;
  }
  const int64_t local = DaysFromCivil(year, month, day) * 86400 + hour * 3600 +
                        minute * 60 + std::min(second, 59);
  return DateTime{local - utc_offset_minutes * 60, utc_offset_minutes};
}

std::optional<DateTime> DateTime::FromIso8601(std::string_view s) {
  s = internal::TrimAscii(s);
  size_t pos = 0;
  const int year = ReadDigits(s, pos, 4);
  if (year < 0 || pos >= s.size() || s[pos++] != '-') return std::nullopt;
  const int month = ReadDigits(s, pos, 2);
  if (month < 0 || pos >= s.size() || s[pos++] != '-') return std::nullopt;
  const int day = ReadDigits(s, pos, 2);
  if (day < 0) return std::nullopt;
  int hour = 0, minute = 0, second = 0, offset = 0;
  const bool has_time =
      pos < s.size() && (s[pos] == 'T' || s[pos] == 't' || s[pos] == ' ');
  if (has_time) {
    ++pos;
    hour = ReadDigits(s, pos, 2);
    if (hour < 0 || pos >= s.size() || s[pos++] != ':') return std::nullopt;
    minute = ReadDigits(s, pos, 2);
    if (minute < 0) return std::nullopt;
    if (pos < s.size() && s[pos] == ':') {
      ++pos;
      second = ReadDigits(s, pos, 2);
      if (second < 0) return std::nullopt;
      if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
        ++pos;
        while (pos < s.size() &&
               absl::ascii_isdigit(static_cast<unsigned char>(s[pos])))
          ++pos;
      }
    }
    if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z')) {
      ++pos;
    } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
      const int sign = s[pos++] == '-' ? -1 : 1;
      const int oh = ReadDigits(s, pos, 2);
      if (oh < 0) return std::nullopt;
      if (pos < s.size() && s[pos] == ':') ++pos;
      int om = 0;
      if (pos < s.size()) {
        om = ReadDigits(s, pos, 2);
        if (om < 0) return std::nullopt;
      }
      offset = sign * (oh * 60 + om);
    }
  }
  if (pos != s.size()) return std::nullopt;
  if (!has_time) return FromDay(year, month, day);
  return FromCivil(year, month, day, hour, minute, second, offset);
}

std::optional<DateTime> DateTime::FromDay(int year, int month, int day) {
  std::optional<DateTime> date = FromCivil(year, month, day, 0, 0, 0, 0);
  if (date) date->day_only = true;
  return date;
}

std::string DateTime::ToIso8601() const {
  if (day_only) return LocalDay();
  return ToIso8601DateTime();
}

std::string DateTime::ToIso8601DateTime() const {
  const int64_t local = unix_seconds + utc_offset_minutes * 60;
  const int64_t days = FloorDiv(local, 86400);
  const int64_t secs = local - days * 86400;
  const Civil c = CivilFromDays(days);
  const int off =
      utc_offset_minutes < 0 ? -utc_offset_minutes : utc_offset_minutes;
  char buf[40];
  std::snprintf(
      buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:%02lld%c%02d:%02d",
      static_cast<long long>(c.year), c.month, c.day,
      static_cast<long long>(secs / 3600),
      static_cast<long long>(secs / 60 % 60), static_cast<long long>(secs % 60),
      utc_offset_minutes < 0 ? '-' : '+', off / 60, off % 60);
  return buf;
}

std::string DateTime::LocalDay() const {
  return ToIso8601DateTime().substr(0, 10);
}

}  // namespace newsq
