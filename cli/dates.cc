// How the newsq program prints a date.
#include "cli/dates.h"

namespace newsq::cli {

std::string DateOrDash(const std::optional<DateTime>& date, bool day_only) {
  if (!date) return "-";
  return day_only ? date->LocalDay() : date->ToIso8601();
}

}  // namespace newsq::cli
