// Named-entity recognition measured (the entity issue's table): the bundled
// corpus's gold entities per article, modern French sentences from WikiNEuRal
// (silver), and historical OCR'd newspapers from Europeana and HIPE-2022 (gold,
// no bar). Prints the table; fails when a figure falls below its floor. With
// NEWSQ_NER_ERRORS=FILE, every missed and wrong entity is listed there.
//
// The recogniser names entities in a text rather than tagging tokens, so
// annotated sentences are scored by what it names: each sentence's text is
// rebuilt from its tokens, and its gold entities (spans joined the same way,
// with their types) are compared with the recognised ones as multisets of
// (name, type). Within a sentence this equals span matching unless one name
// occurs twice with different types. PER, ORG and LOC are scored; MISC is left
// out on both sides, as the bar asks.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "engine/text_folding.h"
#include "entities/entities.h"
#include "entities/training/ner_corpus.h"
#include "newsq/extract.h"
#include "tests/gold.h"
#include "tests/trainer_output.h"

namespace newsq::testing {
namespace {

namespace fs = std::filesystem;
using internal::ner_corpus::GoldEntities;
using internal::ner_corpus::Join;
using internal::ner_corpus::ReadColumns;
using internal::ner_corpus::ReadHipe;
using internal::ner_corpus::ScoredType;
using internal::ner_corpus::Sentence;
using internal::ner_corpus::SplitAtFullStops;

const std::string kNerDir = std::string(NEWSQ_SHARED_CORPORA_DIR) + "/ner";

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

// Where the errors go, one line each ("missed", "wrong", or "unscored" for a
// name found with a type left out of the score; then the type, the name and
// the sentence), when NEWSQ_NER_ERRORS names a file: for whoever improves the
// recogniser. Null otherwise.
std::FILE* ErrorLog() {
  static std::FILE* log = [] {
    const char* path = std::getenv("NEWSQ_NER_ERRORS");
    return path == nullptr ? nullptr : std::fopen(path, "w");
  }();
  return log;
}

using NamedEntities = std::multiset<std::pair<std::string, std::string>>;

// Writes to the error log each (name, type) of `these` beyond its count in
// `others`.
void LogUnmatched(const char* what, const NamedEntities& these,
                  const NamedEntities& others, const std::string& text) {
  for (auto it = these.begin(); it != these.end();
       it = these.upper_bound(*it)) {
    for (size_t n = others.count(*it); n < these.count(*it); ++n) {
      std::fprintf(ErrorLog(), "%s\t%s\t%s\t%s\n", what, it->second.c_str(),
                   it->first.c_str(), text.c_str());
    }
  }
}

Counts Score(const Sentence& sentence) {
  const auto gold = GoldEntities(sentence);
  const std::string text = Join(sentence, 0, sentence.size());
  NamedEntities found;
  for (const Entity& e : internal::FindEntities("", text)) {
    const std::string type = ScoredType(e.type);
    if (type.empty()) {
      if (ErrorLog() != nullptr) {
        std::fprintf(ErrorLog(), "unscored\t%s\t%s\t%s\n", e.type.c_str(),
                     internal::FilterKey(e.name).c_str(), text.c_str());
      }
      continue;
    }
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
  if (ErrorLog() != nullptr) {
    LogUnmatched("missed", gold, found, text);
    LogUnmatched("wrong", found, gold, text);
  }
  return counts;
}

Counts ScoreAll(const std::string& set,
                const std::vector<Sentence>& sentences) {
  if (ErrorLog() != nullptr) std::fprintf(ErrorLog(), "# %s\n", set.c_str());
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
  // The bars. The gold follows the annotation rule in
  // corpora/README.md (every named entity of the article, in its fullest
  // form).
  EXPECT_GE(precision, 0.90);
  EXPECT_GE(recall, 0.90);
}

// The check on an index of OrangeSum: none of the 100 entities that
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

// The shipped weights are what the trainer writes from today's rules and
// data: a rule that changes which names the recogniser finds changes the
// training examples, and the model must be retrained with it
// (scripts/train-entity-types). Training is deterministic and takes a second.
TEST(NerQualityTest, ShippedTypeModelIsTheTrainersOutput) {
  if (!fs::exists(kNerDir)) GTEST_SKIP() << "no " << kNerDir;
  EXPECT_TRUE(TrainerWritesShippedWeights(
      std::string(NEWSQ_TYPE_MODEL_TRAINER) + " " + kNerDir,
      NEWSQ_TYPE_MODEL_WEIGHTS, "scripts/train-entity-types"));
}

// The shipped list of registered places is what scripts/make-place-names
// writes from the iso-codes installed (scripts/install-deps installs them).
TEST(NerQualityTest, ShippedPlaceNamesAreTheGeneratorsOutput) {
  const std::string iso_codes = "/usr/share/iso-codes/json";
  if (!fs::exists(iso_codes)) GTEST_SKIP() << "no " << iso_codes;
  EXPECT_TRUE(TrainerWritesShippedWeights(
      std::string(NEWSQ_PLACE_NAMES_GENERATOR) + " " + iso_codes +
          " /usr/share/locale",
      NEWSQ_PLACE_NAMES, "scripts/make-place-names"));
}

// The shipped names typed from the news are what scripts/make-news-names
// writes from OrangeSum with today's rules.
TEST(NerQualityTest, ShippedNewsNamesAreTheGeneratorsOutput) {
  const std::string orangesum =
      std::string(NEWSQ_SHARED_CORPORA_DIR) + "/orangesum";
  if (!fs::exists(orangesum + "/orangesum_parsed.jsonl.zst"))
    GTEST_SKIP() << "no " << orangesum;
  EXPECT_TRUE(TrainerWritesShippedWeights(
      std::string(NEWSQ_NEWS_NAMES_GENERATOR) + " " + orangesum,
      NEWSQ_NEWS_NAMES, "scripts/make-news-names"));
}

TEST(NerQualityTest, AnnotatedSentences) {
  if (!fs::exists(kNerDir)) GTEST_SKIP() << "no " << kNerDir;
  std::printf(
      "entity recognition, typed PER+ORG+LOC, entity-level (sentences)\n");
  const auto wikineural = ReadColumns(kNerDir + "/wikineural/val.conllu", 1, 2);
  const Counts modern = ScoreAll("wikineural", wikineural);
  PrintRow("wikineural val (modern, silver)", wikineural.size(), modern,
           "bar F1 0.80");
  const auto europeana = SplitAtFullStops(
      ReadColumns(kNerDir + "/europeana-newspapers/enp_FR.bnf.bio", 0, 1));
  const Counts historical = ScoreAll("europeana", europeana);
  PrintRow("europeana bnf (historical OCR)", europeana.size(), historical,
           "no bar");
  // Historical sets have no bar, but must not regress once measured: the
  // floors sit just under today's figures (HIPE scored on its annotated
  // documents, without courtesy titles; see docs/entities.md).
  struct Hipe {
    const char* set;
    double floor;
  };
  for (const Hipe& hipe :
       {Hipe{"hipe2020", 0.62}, Hipe{"letemps", 0.68}, Hipe{"newseye", 0.50}}) {
    const auto sentences = ReadHipe(kNerDir + "/hipe2022/HIPE-2022-v2.1-" +
                                    std::string(hipe.set) + "-dev-fr.tsv");
    const Counts counts = ScoreAll(hipe.set, sentences);
    PrintRow((std::string("hipe2022 ") + hipe.set + " dev").c_str(),
             sentences.size(), counts, "no bar");
    EXPECT_GT(sentences.size(), 500u) << hipe.set;
    EXPECT_GE(counts.F1(), hipe.floor) << hipe.set;
  }
  ASSERT_GT(wikineural.size(), 1000u);
  ASSERT_GT(europeana.size(), 1000u);
  // The quality issue's bar (the first issue's was 0.70).
  EXPECT_GE(modern.F1(), 0.80);
  // Floor just under today's figure.
  EXPECT_GE(historical.F1(), 0.60);
}

}  // namespace
}  // namespace newsq::testing
