// Internal: "Did you mean", from the index's own vocabulary.
#ifndef NEWSQ_QUERY_SPELLING_H_
#define NEWSQ_QUERY_SPELLING_H_

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "engine/french_analyzer.h"

namespace newsq::internal {

// The query with each word that no indexed article holds replaced by the
// closest word that some do: at most one edit away for words of up to five
// letters, two for longer ones (insertions, deletions, substitutions and
// swaps of neighbours), the most frequent on ties. The first letter is trusted,
// which keeps the search to one slice of the vocabulary. A correction keeps
// the accents and capitals of the letters it shares with the typed word
// ("Macorn" -> "Macron", "présidentiele" -> "présidentielle"). An outlet:
// (or media:) filter that names no indexed outlet becomes the outlet meant:
// one whose name holds its words, else one within two edits, as pages name
// it (outlet:Orange -> outlet:"Orange Actualités"). Other filters, operators
// and quoted text stay as typed. Returns "" when nothing changes.
std::string SuggestQuery(const Xapian::Database& db,
                         const FrenchAnalyzer& analyzer, std::string_view text);

// The most words of one query looked up in the vocabulary, for a suggestion
// or for typo tolerance: each lookup scans a slice of the vocabulary (about
// 1.5 ms at 36,000 articles), and a query may hold hundreds of words. Past
// them, words get no suggestion and are searched as typed.
inline constexpr int kMaxWordsLookedUp = 8;

// `suggestion` (a folded indexed word) written as the user wrote `typed`
// (which folds to `folded`): the letters they share at the start and at the
// end keep the typed characters, accents and capitals included
// ("présidentiele" -> "présidentielle", "Macorn" -> "Macron"), the corrected
// middle comes from the index; a typed "è" that the correction leaves where
// French writes none (before no consonant-and-e syllable, nor a final s) is
// written "e" ("policière" -> "policiers"). When the typed characters do not
// fold one by one into `folded`, the suggestion stays as indexed.
std::string InTypedForm(const FrenchAnalyzer& analyzer, std::string_view typed,
                        const std::string& folded,
                        const std::string& suggestion);

// Up to `count` indexed words (as written, folded) within `limit` edits of
// `folded` (insertions, deletions, substitutions, swaps of neighbours; accents
// and case are folded away before, so never count), the closest first, then
// the most frequent; never `folded` itself. The first letter is trusted:
// scanning one letter's slice of the vocabulary keeps this fast.
struct IndexedWord {
  std::string word;
  int distance = 0;
  Xapian::doccount articles = 0;
};
std::vector<IndexedWord> ClosestIndexedWords(const Xapian::Database& db,
                                             const std::string& folded,
                                             int limit, size_t count);

// Edit distance with swaps of neighbouring letters (optimal string alignment),
// or `limit + 1` as soon as it is known to exceed `limit`.
int BoundedEditDistance(std::string_view a, std::string_view b, int limit);

}  // namespace newsq::internal

#endif  // NEWSQ_QUERY_SPELLING_H_
