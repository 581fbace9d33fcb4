#include "indexer/headline_names.h"

#include <algorithm>

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

}  // namespace newsq::internal
