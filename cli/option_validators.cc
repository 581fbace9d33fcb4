#include "cli/option_validators.h"

#include <cmath>
#include <cstdlib>
#include <string>

namespace newsq::cli {
namespace {

// A validator accepting the decimal digits of a number at least `least`.
CLI::Validator CountValidator(int least, const std::string& what) {
  return CLI::Validator(
      [least, what](std::string& value) -> std::string {
        const bool digits =
            !value.empty() && value.size() <= 18 &&
            value.find_first_not_of("0123456789") == std::string::npos;
        if (digits && std::stoll(value) >= least) return "";
        return value + " is not " + what;
      },
      "COUNT");
}

}  // namespace

const CLI::Validator& DaysOrZero() {
  static const CLI::Validator* validator = new CLI::Validator(
      [](std::string& value) -> std::string {
        // Plain decimals only: strtod would also read "nan", "inf" and hex.
        const bool decimal =
            !value.empty() &&
            value.find_first_not_of("0123456789.") == std::string::npos;
        char* end = nullptr;
        const double days = decimal ? std::strtod(value.c_str(), &end) : -1;
        if (decimal && *end == '\0' && std::isfinite(days) && days >= 0)
          return "";
        return value + " is not a number of days of 0 or more";
      },
      "DAYS");
  return *validator;
}

const CLI::Validator& NotEmpty() {
  static const CLI::Validator* validator = new CLI::Validator(
      [](std::string& value) -> std::string {
        return value.empty() ? "the value is empty" : "";
      },
      "");
  return *validator;
}

const CLI::Validator& CountOrZero() {
  static const CLI::Validator* validator =
      new CLI::Validator(CountValidator(0, "a whole number of 0 or more"));
  return *validator;
}

const CLI::Validator& PositiveCount() {
  static const CLI::Validator* validator =
      new CLI::Validator(CountValidator(1, "a whole number of 1 or more"));
  return *validator;
}

}  // namespace newsq::cli
