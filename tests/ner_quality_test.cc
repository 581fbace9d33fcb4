// Named-entity recognition measured (the entity issue's table): the bundled
// corpus's gold entities per article, modern French sentences from WikiNEuRal
// (silver), and historical OCR'd newspapers from Europeana and HIPE-2022 (gold,
// no bar). Prints the table; fails when a figure falls below its floor.
//
// The recogniser names entities in a text rather than tagging tokens, so
// annotated sentences are scored by what it names: each sentence's text is
// rebuilt from its tokens, and its gold entities (spans joined the same way,
// with their types) are compared with the recognised ones as multisets of
// (name, type). Within a sentence this equals span matching unless one name
// occurs twice with different types. PER, ORG and LOC are scored; MISC is left
// out on both sides, as the bar asks.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "engine/text_folding.h"
#include "entities/entities.h"
#include "newsq/extract.h"
#include "tests/gold.h"

namespace newsq::testing {
namespace {

namespace fs = std::filesystem;

const std::string kNerDir = std::string(NEWSQ_SHARED_CORPORA_DIR) + "/ner";

struct Token {
  std::string text;
  std::string tag;  // "O", "B-PER", "I-LOC", ... (types upper-cased)
  bool space_after = true;
};
using Sentence = std::vector<Token>;

// "pers" and "PER" are PER; "loc" LOC; "org" ORG; other types (time, prod,
// MISC) are not scored.
std::string ScoredType(std::string type) {
  for (char& c : type) c = static_cast<char>(std::toupper(c));
  if (type == "PERS" || type == "PER") return "PER";
  if (type == "LOC" || type == "ORG") return type;
  return "";
}

struct Counts {
  int64_t true_positives = 0;
  int64_t predicted = 0;
  int64_t gold = 0;
  void Add(const Counts& o) {
    true_positives += o.true_positives;
    predicted += o.predicted;
    gold += o.gold;
  }
  double Precision() const {
    return predicted ? static_cast<double>(true_positives) / predicted : 0;
  }
  double Recall() const {
    return gold ? static_cast<double>(true_positives) / gold : 0;
  }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

// Text as a reader would see it: tokens joined by spaces, except after an
// elided particle ("d'" "OpenAI") and where the corpus says no space follows.
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

// Courtesy titles that HIPE-2022 keeps inside a person's mention ("M. Heath",
// a fifth of its person mentions) while Europeana, WikiNEuRal and our own
// annotation rule (corpora/README.md) name the person without them.
bool IsCourtesyTitle(const std::string& token) {
  static const std::set<std::string> kTitles = {
      "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Dr"};
  return kTitles.count(token.ends_with(".") ? token.substr(0, token.size() - 1)
                                            : token) > 0;
}

// Gold entities of a sentence as (folded name, type). An entity starts at
// B-, or at I- after another type or O (IOB1, as Europeana writes). A
// person's leading courtesy titles are left out of the name, as the
// recogniser leaves them out.
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
      gold.emplace(internal::FilterKey(Join(sentence, name_begin, j)), scored);
    i = j;
  }
  return gold;
}

Counts Score(const Sentence& sentence) {
  const auto gold = GoldEntities(sentence);
  std::multiset<std::pair<std::string, std::string>> found;
  for (const Entity& e :
       internal::FindEntities("", Join(sentence, 0, sentence.size()))) {
    const std::string type = ScoredType(e.type);
    if (type.empty()) continue;
    for (int m = 0; m < std::max(e.mentions, 1); ++m)
      found.emplace(internal::FilterKey(e.name), type);
  }
  Counts counts;
  counts.gold = static_cast<int64_t>(gold.size());
  counts.predicted = static_cast<int64_t>(found.size());
  for (auto it = gold.begin(); it != gold.end(); it = gold.upper_bound(*it)) {
    counts.true_positives +=
        static_cast<int64_t>(std::min(gold.count(*it), found.count(*it)));
  }
  return counts;
}

std::string UpperTag(std::string tag) {
  if (tag.size() > 2) {
    for (size_t i = 2; i < tag.size(); ++i)
      tag[i] = static_cast<char>(std::toupper(tag[i]));
  }
  return tag;
}

// CoNLL-like files: a token per line, `token_column` and `tag_column`
// (0-based, separated by tabs or spaces), a blank line between sentences.
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

// Europeana's file has no blank lines: its "sentences" are cut after each
// full stop, question or exclamation mark outside an entity.
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
    document.back().push_back(
        {columns[0], UpperTag(columns[1]),
         misc.find("NoSpaceAfter") == std::string::npos});
    if (columns[1] != "O") document_annotated = true;
    if (misc.find("EndOfSentence") != std::string::npos)
      document.emplace_back();
  }
  close_document();
  return sentences;
}

Counts ScoreAll(const std::vector<Sentence>& sentences) {
  Counts total;
  for (const Sentence& s : sentences) total.Add(Score(s));
  return total;
}

void PrintRow(const char* name, size_t sentences, const Counts& c,
              const char* bar) {
  std::printf("  %-34s %6zu  P %.3f  R %.3f  F1 %.4f   %s\n", name, sentences,
              c.Precision(), c.Recall(), c.F1(), bar);
}

TEST(NerQualityTest, CorpusGoldEntitiesPerArticle) {
  double precision = 0, recall = 0;
  int pages = 0;
  for (const GoldPage& page : LoadGold(NEWSQ_CORPORA_DIR)) {
    if (page.entities.empty()) continue;
    absl::StatusOr<Article> article = ExtractArticleFromFile(page.path);
    ASSERT_TRUE(article.ok()) << page.file;
    std::set<std::string> gold, found;
    for (const GoldEntity& e : page.entities)
      gold.insert(internal::FilterKey(e.name));
    for (const Entity& e : article->entities)
      found.insert(internal::FilterKey(e.name));
    int common = 0;
    for (const std::string& name : found) common += gold.count(name);
    precision += found.empty() ? 0 : static_cast<double>(common) / found.size();
    recall += static_cast<double>(common) / gold.size();
    ++pages;
  }
  ASSERT_GT(pages, 50);
  precision /= pages;
  recall /= pages;
  std::printf("entities of corpora/ (%d articles, names, mean per article)\n",
              pages);
  std::printf("  precision %.3f (bar 0.90)  recall %.3f (bar 0.90)\n",
              precision, recall);
  // The issue's bars. The gold follows the annotation rule in
  // corpora/README.md (every named entity of the article, in its fullest
  // form).
  EXPECT_GE(precision, 0.90);
  EXPECT_GE(recall, 0.90);
}

// The issue's check on an index of OrangeSum: none of the 100 entities that
// most articles name is a common word capitalised at a sentence start. Run on
// the fixed 2,000-page sample that the extraction test uses. A single-word
// name is judged common when, capitalised, it mostly opens sentences, and
// inside sentences the texts write it in lower case over six times as often
// as capitalised ("Selon": "selon" everywhere, "Selon" only first; "Paris":
// capitalised everywhere; "Orange": the colour is common, 5 to 1, but so is
// the company).
// True when a word after `previous` (a whitespace-separated chunk, "" at the
// start) begins a sentence, a quotation or an aside.
bool OpensSentence(const std::string& previous) {
  if (previous.empty()) return true;
  for (std::string_view end :
       {".", "!", "?", ":", "\xC2\xAB", "\"", "\xE2\x80\x9C", "(",
        "\xE2\x80\x94", "\xE2\x80\x93", "-"}) {
    if (previous.ends_with(end)) return true;
  }
  return false;
}

TEST(NerQualityTest, NoCommonWordAmongTheTopEntitiesOfOrangeSum) {
  const char* dir_env = std::getenv("NEWSQ_ORANGESUM_SAMPLE");
  const std::string dir = dir_env != nullptr ? dir_env : "";
  if (dir.empty() || !fs::exists(dir + "/pages"))
    GTEST_SKIP() << "no OrangeSum sample (NEWSQ_ORANGESUM_SAMPLE)";
  std::map<std::string, int> articles_naming;
  std::map<std::string, int> lower, capitalised_inside, capitalised_first;
  for (const auto& entry : fs::directory_iterator(dir + "/pages")) {
    absl::StatusOr<Article> article = ExtractArticleFromFile(entry.path());
    if (!article.ok()) continue;
    for (const Entity& e : article->entities) ++articles_naming[e.name];
    // Word counts: lower case anywhere, capitalised after another word.
    std::istringstream words(article->text);
    std::string previous;
    for (std::string chunk; words >> chunk; previous = chunk) {
      std::string word = chunk;
      while (!word.empty() &&
             std::ispunct(static_cast<unsigned char>(word.back())))
        word.pop_back();
      if (word.empty()) continue;
      if (std::islower(static_cast<unsigned char>(word[0]))) {
        ++lower[word];
      } else if (OpensSentence(previous)) {
        ++capitalised_first[word];
      } else {
        ++capitalised_inside[word];
      }
    }
  }
  ASSERT_GT(articles_naming.size(), 100u);
  std::vector<std::pair<int, std::string>> top;
  for (const auto& [name, count] : articles_naming)
    top.emplace_back(count, name);
  std::sort(top.rbegin(), top.rend());
  top.resize(100);
  std::vector<std::string> common;
  for (const auto& [count, name] : top) {
    if (name.find(' ') != std::string::npos || name.size() < 2) continue;
    std::string lowered = name;
    lowered[0] = static_cast<char>(std::tolower(lowered[0]));
    if (lowered != name && lower[lowered] > 6 * capitalised_inside[name] &&
        capitalised_first[name] > capitalised_inside[name])
      common.push_back(name);
  }
  std::printf("top 100 entities of the OrangeSum sample: %zu common words",
              common.size());
  for (const std::string& name : common) std::printf(" [%s]", name.c_str());
  std::printf("\n");
  EXPECT_TRUE(common.empty());
}

TEST(NerQualityTest, AnnotatedSentences) {
  if (!fs::exists(kNerDir)) GTEST_SKIP() << "no " << kNerDir;
  std::printf(
      "entity recognition, typed PER+ORG+LOC, entity-level (sentences)\n");
  const auto wikineural = ReadColumns(kNerDir + "/wikineural/val.conllu", 1, 2);
  const Counts modern = ScoreAll(wikineural);
  PrintRow("wikineural val (modern, silver)", wikineural.size(), modern,
           "bar F1 0.70");
  const auto europeana = SplitAtFullStops(
      ReadColumns(kNerDir + "/europeana-newspapers/enp_FR.bnf.bio", 0, 1));
  const Counts historical = ScoreAll(europeana);
  PrintRow("europeana bnf (historical OCR)", europeana.size(), historical,
           "no bar");
  // Historical sets have no bar, but must not regress once measured: the
  // floors sit just under today's figures (HIPE scored on its annotated
  // documents, without courtesy titles; see docs/entities.md).
  struct Hipe {
    const char* set;
    double floor;
  };
  for (const Hipe& hipe : {Hipe{"hipe2020", 0.52}, Hipe{"letemps", 0.52},
                           Hipe{"newseye", 0.39}}) {
    const auto sentences = ReadHipe(kNerDir + "/hipe2022/HIPE-2022-v2.1-" +
                                    std::string(hipe.set) + "-dev-fr.tsv");
    const Counts counts = ScoreAll(sentences);
    PrintRow((std::string("hipe2022 ") + hipe.set + " dev").c_str(),
             sentences.size(), counts, "no bar");
    EXPECT_GT(sentences.size(), 500u) << hipe.set;
    EXPECT_GE(counts.F1(), hipe.floor) << hipe.set;
  }
  ASSERT_GT(wikineural.size(), 1000u);
  ASSERT_GT(europeana.size(), 1000u);
  EXPECT_GE(modern.F1(), 0.70);  // the issue's bar
  // Floor just under today's figure.
  EXPECT_GE(historical.F1(), 0.42);
}

}  // namespace
}  // namespace newsq::testing
