// Internal: what a headline's words are (its names, its kicker), for story
// grouping.
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

// The length in bytes of `title`'s kicker, 0 when it has none: a label of at
// most kMaxKickerWords words closed by a full stop, a bar or a spaced dash
// at the head of the headline ("Betton. Un rendez-vous pour...", "EN DIRECT.
// Retraites...", "Côte d'Or | ...", "Mercato - OM : ...", "Perpignan – Le
// festival..."), through the space after it. It says where or under
// which heading, not what happened: a local outlet's pages of one town all
// open on it. A label is capitalised (but for the small words of a place's
// name: "Pays de la Loire"), is followed by more words than it has, and is
// no sentence, ellipsis, abbreviation, initial or number ("M. Macron",
// "Macron... et après ?"). A colon does not close a kicker: what stands
// before one is most often the subject itself ("Retraites : le
// gouvernement..."). A name as kicker ("Johnny Hallyday. Ses fans...") is
// weighed as a town's would be. Linear in the title's length.
size_t KickerLength(std::string_view title);
inline constexpr int kMaxKickerWords = 4;

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_HEADLINE_NAMES_H_
