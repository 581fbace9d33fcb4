// How the newsq program prints a date.
#ifndef NEWSQ_CLI_DATES_H_
#define NEWSQ_CLI_DATES_H_

#include <optional>
#include <string>

#include "newsq/article.h"

namespace newsq::cli {

// ISO 8601, or the day alone, or "-" when unknown.
std::string DateOrDash(const std::optional<DateTime>& date,
                       bool day_only = false);

}  // namespace newsq::cli

#endif  // NEWSQ_CLI_DATES_H_
