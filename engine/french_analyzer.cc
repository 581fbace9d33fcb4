#include "engine/french_analyzer.h"

#include <utf8proc.h>

#include "absl/container/flat_hash_set.h"
#include "engine/french_stemmer.h"
#include "engine/french_stopwords.h"
#include "engine/text_folding.h"

namespace newsq::internal {
namespace {

bool IsWordCodepoint(utf8proc_int32_t cp) {
  // Most of a French text is ASCII: no table lookup for it.
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= '0' && cp <= '9');
  }
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ND:
      return true;
    default:
      return false;
  }
}

}  // namespace

FrenchAnalyzer::FrenchAnalyzer(bool stem_cache)
    : stem_(MakeFrenchStem(stem_cache)),
      stopper_(std::make_unique<Xapian::SimpleStopper>()) {
  for (std::string_view word : FrenchStopWords())
    stopper_->add(std::string(word));
}

FrenchAnalyzer::DocumentTerms FrenchAnalyzer::StartDocument(
    Xapian::Document& doc) const {
  DocumentTerms terms;
  // Every word by its stem, with its position: a capitalised word (a name, a
  // sentence's first word) is the same word as in lower case, and a phrase
  // matches every inflection ("gilet jaune", "gilets jaunes"). Stop words are
  // stemmed too: phrases ("coupure de courant") need their places, and a query
  // of stop words alone searches them.
  terms.stems.set_document(doc);
  terms.stems.set_stemmer(stem_);
  terms.stems.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
  // The words as written, but stop words, without positions (they are the
  // costliest postings for Xapian's writer, and the stems hold them): what
  // ranks an exact form first, and what wildcards expand over.
  terms.words.set_document(doc);
  terms.words.set_stemming_strategy(Xapian::TermGenerator::STEM_NONE);
  terms.words.set_stopper(stopper_.get());
  terms.words.set_stopper_strategy(Xapian::TermGenerator::STOP_ALL);
  return terms;
}

void FrenchAnalyzer::IndexText(DocumentTerms& terms, std::string_view text,
                               Xapian::termcount wdf_increment,
                               std::string_view prefix) const {
  // TermGenerator lowercases every term itself.
  const std::string folded = FoldAccentsKeepingCase(text);
  terms.stems.index_text(folded, wdf_increment, std::string(prefix));
  terms.words.index_text_without_positions(folded, wdf_increment,
                                           std::string(prefix));
}

Xapian::QueryParser FrenchAnalyzer::MakeQueryParser(QueryTerms terms) const {
  Xapian::QueryParser parser;
  parser.set_stemmer(stem_);
  parser.set_stemming_strategy(terms == QueryTerms::kStems
                                   ? Xapian::QueryParser::STEM_ALL_Z
                                   : Xapian::QueryParser::STEM_NONE);
  parser.set_stopper(stopper_.get());
  return parser;
}

std::string FrenchAnalyzer::Fold(std::string_view text) const {
  return FoldText(text);
}

std::string FrenchAnalyzer::FoldQuery(std::string_view query) const {
  return FoldAccentsKeepingCase(query);
}

std::string FrenchAnalyzer::Stem(std::string_view folded_word) const {
  return stem_(std::string(folded_word));
}

bool FrenchAnalyzer::IsStopWord(std::string_view folded_word) const {
  // A set of views into FrenchStopWords()' static storage: no string is built
  // per call, which matters to story grouping, that asks for every term of
  // every candidate.
  static const auto* words = [] {
    auto* set = new absl::flat_hash_set<std::string_view>();
    for (std::string_view word : FrenchStopWords()) set->insert(word);
    return set;
  }();
  return words->contains(folded_word);
}

std::vector<FrenchAnalyzer::Word> FrenchAnalyzer::Words(
    std::string_view text,
    const std::function<bool(std::string_view raw)>& analyse_if) const {
  std::vector<Word> words;
  // French prose averages a word every six or seven bytes; growing the vector
  // instead would move every word several times.
  words.reserve(text.size() / 6 + 1);
  ForEachWord(text, [&](size_t begin, size_t end) {
    Word word{begin, end, {}, {}};
    const std::string_view raw = text.substr(begin, end - begin);
    if (!analyse_if || analyse_if(raw)) {
      word.folded = Fold(raw);
      word.stem = Stem(word.folded);
    }
    words.push_back(std::move(word));
  });
  return words;
}

void FrenchAnalyzer::ForEachWord(
    std::string_view text,
    absl::FunctionRef<void(size_t begin, size_t end)> on_word) const {
  ForEachWordWhile(text, [&](size_t begin, size_t end) {
    on_word(begin, end);
    return true;
  });
}

void FrenchAnalyzer::ForEachWordWhile(
    std::string_view text,
    absl::FunctionRef<bool(size_t begin, size_t end)> on_word) const {
  // Whether to go on after the word [begin, end).
  auto finish = [&](size_t begin, size_t end) {
    return end <= begin || on_word(begin, end);
  };
  const auto* data = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  const auto size = static_cast<utf8proc_ssize_t>(text.size());
  utf8proc_ssize_t pos = 0;
  size_t word_begin = 0;
  bool in_word = false;
  while (pos < size) {
    utf8proc_int32_t cp = data[pos];
    utf8proc_ssize_t n = 1;  // ASCII, most of a French text, needs no decoding
    if (cp >= 0x80) {
      n = utf8proc_iterate(data + pos, size - pos, &cp);
      if (n <= 0) {
        n = 1;
        cp = -1;
      }
    }
    bool is_word = cp >= 0 && IsWordCodepoint(cp);
    if (!is_word && in_word && cp >= 0 &&
        IsApostrophe(static_cast<char32_t>(cp))) {
      // An apostrophe between two letters: either it follows an elided word
      // ("l’offre" is "l" then "offre"), or it is inside the word
      // ("aujourd'hui").
      utf8proc_int32_t next;
      if (pos + n < size &&
          utf8proc_iterate(data + pos + n, size - pos - n, &next) > 0 &&
          IsWordCodepoint(next)) {
        const size_t here = static_cast<size_t>(pos);
        if (IsElision(Fold(text.substr(word_begin, here - word_begin)))) {
          if (!finish(word_begin, here)) return;
          word_begin = static_cast<size_t>(pos + n);
        }
        pos += n;
        continue;
      }
    }
    if (is_word && !in_word) {
      word_begin = static_cast<size_t>(pos);
      in_word = true;
    } else if (!is_word && in_word) {
      if (!finish(word_begin, static_cast<size_t>(pos))) return;
      in_word = false;
    }
    pos += n;
  }
  if (in_word) finish(word_begin, text.size());
}

}  // namespace newsq::internal
