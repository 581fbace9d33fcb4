// Internal: the names a headline carries, for story grouping.
#ifndef NEWSQ_INDEXER_HEADLINE_NAMES_H_
#define NEWSQ_INDEXER_HEADLINE_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

#include "engine/french_analyzer.h"

namespace newsq::internal {

// The stems of the capitalised words of `title` (names, acronyms, and the
// headline's first word, which a kicker such as "Canicule" often is), stop
// words left out, each once, in the order met; a hyphenated name is one, its
// parts' stems joined by '-'. An elision before a name is not part of it
// ("d'Apple" gives "appl"). The stems are the analyzer's, so that "Céline"
// and "Celine" give the same one.
std::vector<std::string> HeadlineNameStems(const FrenchAnalyzer& analyzer,
                                           std::string_view title);

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_HEADLINE_NAMES_H_
