// Dates and counts as a French reader writes them: "12 mars 2025",
// "1 234".
#ifndef NEWSQ_SERVER_FRENCH_DATES_H_
#define NEWSQ_SERVER_FRENCH_DATES_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace newsq::server {

// "2025-03-12" as "12 mars 2025", "2025-03" as "mars 2025" ("1er" for the
// first of a month); anything else as it is.
std::string FrenchDay(std::string_view iso_day);

// 1234567 as "1 234 567", with narrow no-break spaces between groups.
std::string FrenchCount(int64_t count);

// "1 article", "3 articles": `count` and the noun, plural from 2.
std::string CountOf(int64_t count, std::string_view singular,
                    std::string_view plural);

}  // namespace newsq::server

#endif  // NEWSQ_SERVER_FRENCH_DATES_H_
