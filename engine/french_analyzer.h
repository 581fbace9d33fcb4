// Internal: the one French analyser used wherever text becomes terms (indexing,
// query parsing, snippets, story similarity), so that both sides of a search
// always agree.
//
// The chain: FoldText (case, accents, apostrophes, elisions) -> Xapian's word
// splitting -> Snowball French stemming. Every word, whatever its case, is
// indexed by its stem (Xapian's "Z" prefix), which carries the word's
// positions, so that phrases match inflected forms; the folded word as written
// is indexed too, without positions, so that the exact form can rank first and
// wildcards can expand. Stop words are indexed by their stem only (phrases need
// their places), and dropped from queries unless they are all the query has.
#ifndef NEWSQ_ENGINE_FRENCH_ANALYZER_H_
#define NEWSQ_ENGINE_FRENCH_ANALYZER_H_

#include <xapian.h>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/functional/function_ref.h"

namespace newsq::internal {

class FrenchAnalyzer {
 public:
  // `stem_cache`: keep recent stems (the default); false only to measure what
  // it saves.
  explicit FrenchAnalyzer(bool stem_cache = true);

  // One word of a text: its byte range in the original text, its folded form
  // and its stem.
  struct Word {
    size_t begin = 0;
    size_t end = 0;
    std::string folded;
    std::string stem;
  };

  // The term generators of one document, set up by StartDocument(): one for
  // the stems, with positions, one for the words as written, without.
  struct DocumentTerms {
    Xapian::TermGenerator stems;
    Xapian::TermGenerator words;
  };

  // Generators that add terms to `doc`, which must outlive them.
  DocumentTerms StartDocument(Xapian::Document& doc) const;

  // Adds `text`'s terms to the document of `terms`: the stem of every word
  // (kStem, `prefix`, stem: "Zgrev", "ZSgrev") at its position, and each
  // folded word that is not a stop word (`prefix`, word: "greves") without
  // positions. `prefix` is "" for free text. Successive calls continue the
  // positions; terms.stems.increase_termpos() keeps a phrase from spanning
  // two texts.
  void IndexText(DocumentTerms& terms, std::string_view text,
                 Xapian::termcount wdf_increment = 1,
                 std::string_view prefix = "") const;

  // Which terms a QueryParser makes of the words it reads.
  enum class QueryTerms {
    // The stems ("Zgrev"), as matching uses them: every form of the word
    // matches, whatever its case.
    kStems,
    // The folded words as typed ("greves"), to rank exact forms first.
    kWordsAsWritten,
  };

  // A QueryParser set up with this analyser's stemmer and stop words. Callers
  // add prefixes and the database, then parse text passed through FoldQuery().
  Xapian::QueryParser MakeQueryParser(
      QueryTerms terms = QueryTerms::kStems) const;

  // What a query becomes before QueryParser reads it: like Fold(), but capitals
  // are kept, since the query syntax reads some capitalised words (AND, OR,
  // ET, "Le Monde"); Xapian lowercases the terms it makes.
  std::string FoldQuery(std::string_view query) const;

  // FoldText(text): see text_folding.h.
  std::string Fold(std::string_view text) const;

  // Stem of an already folded word.
  std::string Stem(std::string_view folded_word) const;

  // True for French function words (folded), which never carry a query alone.
  bool IsStopWord(std::string_view folded_word) const;

  // The words of `text` in order, with their byte ranges in `text`. Elided
  // articles are words of their own ("l’offre" gives "l" and "offre"); hyphens
  // separate words.
  // `analyse_if`, when given, is asked for each word as it is in `text`
  // whether it needs its folded form and stem; the words it declines keep
  // both empty. Folding and stemming are most of the cost, and a snippet only
  // needs the words that may match the query.
  std::vector<Word> Words(
      std::string_view text,
      const std::function<bool(std::string_view raw)>& analyse_if = {}) const;

  // The byte range [begin, end) in `text` of each word Words() gives, in
  // order, without folding or stemming any: for a caller that needs only some
  // words' forms (a snippet) or none.
  void ForEachWord(
      std::string_view text,
      absl::FunctionRef<void(size_t begin, size_t end)> on_word) const;
  // The same, stopping after the first word for which `on_word` returns false.
  void ForEachWordWhile(
      std::string_view text,
      absl::FunctionRef<bool(size_t begin, size_t end)> on_word) const;

  // Not copyable: the stemmer's cache is per instance, and an instance is per
  // thread.
  FrenchAnalyzer(const FrenchAnalyzer&) = delete;
  FrenchAnalyzer& operator=(const FrenchAnalyzer&) = delete;

 private:
  mutable Xapian::Stem stem_;
  std::unique_ptr<Xapian::SimpleStopper> stopper_;
};

}  // namespace newsq::internal

#endif  // NEWSQ_ENGINE_FRENCH_ANALYZER_H_
