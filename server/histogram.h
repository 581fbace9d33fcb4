// The matches over time, as bars: one per day over a short period, one per
// month or year over longer ones, each a link that narrows the search to it.
#ifndef NEWSQ_SERVER_HISTOGRAM_H_
#define NEWSQ_SERVER_HISTOGRAM_H_

#include <string>
#include <vector>

#include "newsq/search.h"
#include "server/page_state.h"

namespace newsq::server {

// The histogram of the "day" facet's values (YYYY-MM-DD) as an SVG figure
// with its first and last period named; "" when they fall in one period.
std::string HistogramHtml(const std::vector<FacetValue>& days,
                          const PageState& state);

}  // namespace newsq::server

#endif  // NEWSQ_SERVER_HISTOGRAM_H_
