#include "indexer/headline_names.h"

#include <algorithm>

#include "engine/ascii.h"
#include "entities/entity_lexicon.h"
#include "entities/entity_tokens.h"

namespace newsq::internal {

std::vector<std::string> HeadlineNameStems(const FrenchAnalyzer& analyzer,
                                           std::string_view title) {
  std::vector<std::string> stems;
  for (const EntityToken& token : TokeniseForEntities(title)) {
    if (!token.capitalised && !token.acronym) continue;
    // A hyphenated name ("Jean-Luc") is one name: its parts' stems joined.
    const std::vector<FrenchAnalyzer::Word> words = analyzer.Words(token.text);
    // "Les", "Pour": a headline's first word is often a function word.
    if (words.size() == 1 && analyzer.IsStopWord(words[0].folded)) continue;
    std::string stem;
    for (const FrenchAnalyzer::Word& word : words) {
      if (!stem.empty()) stem += '-';
      stem += word.stem;
    }
    if (stem.empty()) continue;
    if (std::find(stems.begin(), stems.end(), stem) == stems.end())
      stems.push_back(std::move(stem));
  }
  return stems;
}

namespace {

// The lower-case words a place's or a heading's name holds ("Pays de la
// Loire", "Bourg-lès-Valence" is one word).
bool IsLinkWord(const std::string& word) {
  return Particles().contains(word) || word == "les" || word == "sur" ||
         word == "et";
}

}  // namespace

size_t KickerLength(std::string_view title) {
  size_t end = std::string_view::npos;
  size_t closer_size = 0;
  for (std::string_view closer : {". ", " | ", " - ", " \u2013 "}) {
    if (const size_t at = title.find(closer); at < end) {
      end = at;
      closer_size = closer.size();
    }
  }
  if (end == std::string_view::npos || end == 0) return 0;
  const std::string_view kicker = title.substr(0, end);
  // An ellipsis ("Macron... et après ?") or an abbreviation ("U.S.") is no
  // label's end.
  if (kicker.find('.') != std::string_view::npos) return 0;
  const std::vector<EntityToken> tokens = TokeniseForEntities(kicker);
  if (tokens.empty() || tokens.size() > kMaxKickerWords) return 0;
  // The headline goes on past the label: "Nantes | Ouest-France" ends on the
  // outlet's name instead.
  if (WordCount(title.substr(end + closer_size)) <= tokens.size()) return 0;
  // A label is a name or a heading, every word capitalised bar the small
  // words of a place's name; a sentence ("Le pape est mort. Le monde
  // pleure") has lower-case words.
  for (const EntityToken& token : tokens) {
    if (!token.capitalised && !token.acronym && !IsLinkWord(token.text))
      return 0;
  }
  // "M. Macron", "Mme. Roux", "J. Dupont", "St. Louis", "10. 000": a title,
  // an initial or a number before a full stop.
  const EntityToken& last = tokens.back();
  const bool abbreviated =
      last.text.size() == 1 || (last.text.size() == 2 && !last.acronym &&
                                !last.elided_before);  // "St", not "d'Or"
  if (abbreviated || CourtesyTitles().contains(last.text) ||
      IsNumber(last.text))
    return 0;
  return end + closer_size;
}

}  // namespace newsq::internal
