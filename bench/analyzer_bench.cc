// French analyser throughput: the text of real news articles (OrangeSum's
// parsed standfirsts and bodies) through FrenchAnalyzer::IndexText, as the
// indexer runs it, with and without the stem cache. Reports words/s and bytes/s
// (MB/s) on one core; the word scan a search hit's snippet makes; and whole
// snippets.
//
//   NEWSQ_ORANGESUM_SAMPLE=DIR build/bench/analyzer_bench   (bench/run-analyzer
//   does it all)
#include <benchmark/benchmark.h>
#include <xapian.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "engine/french_analyzer.h"
#include "query/snippet.h"

namespace {

struct Corpus {
  std::vector<std::string> texts;
  int64_t bytes = 0;
  int64_t words = 0;
};

const Corpus& Texts() {
  static const Corpus* corpus = [] {
    auto* loaded = new Corpus();
    const char* dir = std::getenv("NEWSQ_ORANGESUM_SAMPLE");
    if (dir == nullptr) return loaded;
    std::ifstream in(std::string(dir) + "/gold.jsonl");
    newsq::internal::FrenchAnalyzer analyzer;
    for (std::string line; std::getline(in, line);) {
      const nlohmann::json article = nlohmann::json::parse(line);
      std::string text =
          article.value("heading", "") + "\n\n" + article.value("article", "");
      loaded->bytes += static_cast<int64_t>(text.size());
      loaded->words += static_cast<int64_t>(analyzer.Words(text).size());
      loaded->texts.push_back(std::move(text));
    }
    return loaded;
  }();
  return *corpus;
}

// True, with the benchmark marked skipped, when no sample was given.
bool SkippedWithoutTexts(benchmark::State& state) {
  if (!Texts().texts.empty()) return false;
  state.SkipWithError("set NEWSQ_ORANGESUM_SAMPLE (scripts/orangesum-sample)");
  return true;
}

void IndexAll(benchmark::State& state, bool stem_cache) {
  if (SkippedWithoutTexts(state)) return;
  const newsq::internal::FrenchAnalyzer analyzer(stem_cache);
  for (auto _ : state) {
    for (const std::string& text : Texts().texts) {
      Xapian::Document doc;
      newsq::internal::FrenchAnalyzer::DocumentTerms terms =
          analyzer.StartDocument(doc);
      analyzer.IndexText(terms, text);
      benchmark::DoNotOptimize(doc);
    }
  }
  state.SetBytesProcessed(state.iterations() * Texts().bytes);
  state.counters["words_per_second"] = benchmark::Counter(
      static_cast<double>(state.iterations() * Texts().words),
      benchmark::Counter::kIsRate);
}

void BM_AnalyzeWithStemCache(benchmark::State& state) { IndexAll(state, true); }
void BM_AnalyzeWithoutStemCache(benchmark::State& state) {
  IndexAll(state, false);
}
// What a search hit's snippet asks of the analyser: every word's place, and
// the folded form and stem of the few that may match the query (here, words
// opening like "musk" or "etat").
void BM_WordsForASnippet(benchmark::State& state) {
  if (SkippedWithoutTexts(state)) return;
  const newsq::internal::FrenchAnalyzer analyzer;
  auto may_match = [](std::string_view raw) {
    return raw.size() >= 2 &&
           ((raw[0] | 0x20) == 'm' || (raw[0] | 0x20) == 'e');
  };
  for (auto _ : state) {
    for (const std::string& text : Texts().texts)
      benchmark::DoNotOptimize(analyzer.Words(text, may_match));
  }
  state.SetBytesProcessed(state.iterations() * Texts().bytes);
}

// One query per sample text, as a hit's words would be: the stems of the
// first and third words of five letters or more of its heading, which it
// holds, most of the time more than once.
const std::vector<newsq::internal::QueryWords>& Queries() {
  static const auto* queries = [] {
    auto* loaded = new std::vector<newsq::internal::QueryWords>();
    const newsq::internal::FrenchAnalyzer analyzer;
    for (const std::string& text : Texts().texts) {
      newsq::internal::QueryWords words;
      int long_words = 0;
      for (const auto& word : analyzer.Words(text.substr(0, text.find('\n')))) {
        if (word.folded.size() < 5) continue;
        if (long_words == 0 || long_words == 2) words.stems.insert(word.stem);
        if (++long_words > 2) break;
      }
      loaded->push_back(std::move(words));
    }
    return loaded;
  }();
  return *queries;
}

void BM_Snippet(benchmark::State& state) {
  if (SkippedWithoutTexts(state)) return;
  const newsq::internal::FrenchAnalyzer analyzer;
  for (auto _ : state) {
    for (size_t i = 0; i < Texts().texts.size(); ++i) {
      const std::string& text = Texts().texts[i];
      const newsq::internal::QueryWords& query = Queries()[i];
      benchmark::DoNotOptimize(
          newsq::internal::MakeSnippet(analyzer, text, query));
    }
  }
  state.SetBytesProcessed(state.iterations() * Texts().bytes);
}

}  // namespace

BENCHMARK(BM_AnalyzeWithStemCache)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_WordsForASnippet)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_Snippet)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_AnalyzeWithoutStemCache)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);

BENCHMARK_MAIN();
