// Internal: sentences annotated with named entities, as the public corpora in
// ../shared/corpora/ner/ write them (CoNLL columns, Europeana's BIO,
// HIPE-2022's TSV), for the recogniser's quality test and for training its type
// model.
#ifndef NEWSQ_ENTITIES_TRAINING_NER_CORPUS_H_
#define NEWSQ_ENTITIES_TRAINING_NER_CORPUS_H_

#include <cstddef>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace newsq::internal::ner_corpus {

struct Token {
  std::string text;
  std::string tag;  // "O", "B-PER", "I-LOC", ... (types upper-cased)
  bool space_after = true;
};
using Sentence = std::vector<Token>;

// "pers" and "PER" are PER; "loc" LOC; "org" ORG; other types (time, prod,
// MISC) are "": not scored.
std::string ScoredType(std::string type);

// Text as a reader would see it: tokens [begin, end) joined by spaces, except
// after an elided particle ("d'" "OpenAI") and where the corpus says no space
// follows.
std::string Join(const Sentence& sentence, size_t begin, size_t end);

// A sentence's gold entities of scored types as (FilterKey of the name, type).
// An entity starts at B-, or at I- after another type or O (IOB1, as
// Europeana writes). A person's leading courtesy titles ("M. Heath", which
// HIPE-2022 keeps) are left out of the name, as the recogniser leaves them out.
std::multiset<std::pair<std::string, std::string>> GoldEntities(
    const Sentence& sentence);

// CoNLL-like files: a token per line, `token_column` and `tag_column`
// (0-based, separated by tabs or spaces), a blank line between sentences.
// Empty when the file cannot be read.
std::vector<Sentence> ReadColumns(const std::string& path, size_t token_column,
                                  size_t tag_column);

// Europeana's file has no blank lines: its "sentences" are cut after each
// full stop, question or exclamation mark outside an entity.
std::vector<Sentence> SplitAtFullStops(const std::vector<Sentence>& text);

// HIPE-2022 TSV (TOKEN and NE-COARSE-LIT columns), without the documents
// that have no annotated entity (see ner_corpus.cc).
std::vector<Sentence> ReadHipe(const std::string& path);

}  // namespace newsq::internal::ner_corpus

#endif  // NEWSQ_ENTITIES_TRAINING_NER_CORPUS_H_
