#include "entities/training/ner_corpus.h"

#include <cctype>
#include <fstream>
#include <sstream>

#include "engine/text_folding.h"

namespace newsq::internal::ner_corpus {
namespace {

// Courtesy titles that HIPE-2022 keeps inside a person's mention ("M. Heath",
// a fifth of its person mentions) while Europeana, WikiNEuRal and our own
// annotation rule (corpora/README.md) name the person without them.
bool IsCourtesyTitle(const std::string& token) {
  static const std::set<std::string> kTitles = {"M",    "MM",    "Mme", "Mmes",
                                                "Mlle", "Mlles", "Mgr", "Dr"};
  return kTitles.count(token.ends_with(".") ? token.substr(0, token.size() - 1)
                                            : token) > 0;
}

std::string UpperTag(std::string tag) {
  if (tag.size() > 2) {
    for (size_t i = 2; i < tag.size(); ++i)
      tag[i] = static_cast<char>(std::toupper(tag[i]));
  }
  return tag;
}

}  // namespace

std::string ScoredType(std::string type) {
  for (char& c : type) c = static_cast<char>(std::toupper(c));
  if (type == "PERS" || type == "PER") return "PER";
  if (type == "LOC" || type == "ORG") return type;
  return "";
}

std::string Join(const Sentence& sentence, size_t begin, size_t end) {
  std::string text;
  for (size_t i = begin; i < end; ++i) {
    text += sentence[i].text;
    const std::string& t = sentence[i].text;
    const bool elided = t.ends_with("'") || t.ends_with("\xE2\x80\x99");
    if (i + 1 < end && sentence[i].space_after && !elided) text += ' ';
  }
  return text;
}

std::multiset<std::pair<std::string, std::string>> GoldEntities(
    const Sentence& sentence) {
  std::multiset<std::pair<std::string, std::string>> gold;
  size_t i = 0;
  while (i < sentence.size()) {
    const std::string& tag = sentence[i].tag;
    if (tag.size() < 3 || tag[1] != '-') {
      ++i;
      continue;
    }
    const std::string type = tag.substr(2);
    size_t j = i + 1;
    while (j < sentence.size() && sentence[j].tag == "I-" + type) ++j;
    const std::string scored = ScoredType(type);
    size_t name_begin = i;
    while (scored == "PER" && name_begin + 1 < j &&
           IsCourtesyTitle(sentence[name_begin].text)) {
      ++name_begin;
      if (name_begin + 1 < j && sentence[name_begin].text == ".") ++name_begin;
    }
    if (!scored.empty())
      gold.emplace(FilterKey(Join(sentence, name_begin, j)), scored);
    i = j;
  }
  return gold;
}

std::vector<Sentence> ReadColumns(const std::string& path, size_t token_column,
                                  size_t tag_column) {
  std::vector<Sentence> sentences(1);
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line == "\r") {
      if (!sentences.back().empty()) sentences.emplace_back();
      continue;
    }
    std::vector<std::string> columns;
    std::istringstream fields(line);
    for (std::string f; fields >> f;) columns.push_back(f);
    if (columns.size() <= std::max(token_column, tag_column)) continue;
    sentences.back().push_back(
        {columns[token_column], UpperTag(columns[tag_column]), true});
  }
  if (sentences.back().empty()) sentences.pop_back();
  return sentences;
}

std::vector<Sentence> SplitAtFullStops(const std::vector<Sentence>& text) {
  std::vector<Sentence> sentences(1);
  for (const Sentence& part : text) {
    for (const Token& token : part) {
      sentences.back().push_back(token);
      if (token.tag == "O" &&
          (token.text == "." || token.text == "?" || token.text == "!"))
        sentences.emplace_back();
    }
  }
  if (sentences.back().empty()) sentences.pop_back();
  return sentences;
}

// HIPE-2022 TSV: TOKEN and NE-COARSE-LIT columns; MISC says NoSpaceAfter and
// EndOfSentence; "#" lines are comments, "# hipe2022:document_id" opens a
// document. A document without a single annotated entity is left out: it was
// not annotated rather than free of names (20 of Le Temps's 51 dev documents,
// over a third of its tokens, have "Genève" and "Gambetta" tagged O
// throughout), so scoring it would count every name found there as wrong.
std::vector<Sentence> ReadHipe(const std::string& path) {
  std::vector<Sentence> sentences;
  std::vector<Sentence> document(1);
  bool document_annotated = false;
  auto close_document = [&] {
    if (document.back().empty()) document.pop_back();
    if (document_annotated)
      sentences.insert(sentences.end(), document.begin(), document.end());
    document.assign(1, Sentence());
    document_annotated = false;
  };
  std::ifstream in(path);
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.starts_with("# hipe2022:document_id")) close_document();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> columns;
    std::istringstream fields(line);
    for (std::string f; std::getline(fields, f, '\t');) columns.push_back(f);
    if (header) {
      header = false;
      continue;
    }
    if (columns.size() < 10) continue;
    const std::string& misc = columns[9];
    document.back().push_back({columns[0], UpperTag(columns[1]),
                               misc.find("NoSpaceAfter") == std::string::npos});
    if (columns[1] != "O") document_annotated = true;
    if (misc.find("EndOfSentence") != std::string::npos)
      document.emplace_back();
  }
  close_document();
  return sentences;
}

}  // namespace newsq::internal::ner_corpus
