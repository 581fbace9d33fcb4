// What each kind of posting costs Xapian's writer: reads the first articles of
// a newsq database back (terms, positions, values, stored data), then writes
// them into fresh glass databases, once per term layout, and prints the median
// time of each layout. Nothing of newsq runs while the time is taken, so the
// figures are Xapian's alone (docs/performance.md, "Stop words' stems").
//
//   build/bench/posting_replay DB [ARTICLES=5000] [RUNS=3] [BATCH=1000]
//                              [SHARDS=1]
//
// BATCH articles are committed at a time (newsq's batches hold about 1,700
// news articles). With SHARDS > 1, the articles are dealt round-robin to that
// many databases, each written by its own thread, as shard writers would: a
// batch still spans BATCH articles, BATCH / SHARDS in each shard.
//
// Layouts: `all` (as stored), `no-stopword-stems` (without the Z and ZS stems
// of stop words; a database written since they are no longer indexed has none
// to drop), `no-positions`, and `lucene` (stems carry the positions of their
// words, which are dropped; words without a stem, such as names, stay).
#include <unistd.h>
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "engine/french_analyzer.h"
#include "engine/french_stopwords.h"

namespace {

namespace fs = std::filesystem;

struct Term {
  std::string name;
  Xapian::termcount wdf = 0;
  std::vector<Xapian::termpos> positions;
};

struct StoredDocument {
  std::vector<Term> terms;
  std::vector<std::pair<Xapian::valueno, std::string>> values;
  std::string data;
};

enum class Layout { kAll, kNoStopWordStems, kNoPositions, kLucene };

constexpr std::pair<Layout, const char*> kLayouts[] = {
    {Layout::kAll, "all"},
    {Layout::kNoStopWordStems, "no-stopword-stems"},
    {Layout::kNoPositions, "no-positions"},
    {Layout::kLucene, "lucene"},
};

std::vector<StoredDocument> ReadDocuments(const Xapian::Database& db,
                                          size_t count) {
  std::vector<StoredDocument> documents;
  for (auto it = db.postlist_begin("");
       it != db.postlist_end("") && documents.size() < count; ++it) {
    const Xapian::Document doc = db.get_document(*it);
    StoredDocument stored;
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      Term term{*t, t.get_wdf(), {}};
      for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p)
        term.positions.push_back(*p);
      stored.terms.push_back(std::move(term));
    }
    for (auto v = doc.values_begin(); v != doc.values_end(); ++v)
      stored.values.emplace_back(v.get_valueno(), *v);
    stored.data = doc.get_data();
    documents.push_back(std::move(stored));
  }
  return documents;
}

bool IsStem(const std::string& term) { return term.starts_with("Z"); }

// The stem part of a Z or ZS term.
std::string StemOf(const std::string& term) {
  return term.substr(term.starts_with("ZS") ? 2 : 1);
}

// `terms` laid out as `layout` asks.
std::vector<Term> Arrange(const std::vector<Term>& terms, Layout layout,
                          const newsq::internal::FrenchAnalyzer& analyzer,
                          const std::set<std::string>& stop_word_stems) {
  std::vector<Term> out;
  switch (layout) {
    case Layout::kAll:
      return terms;
    case Layout::kNoStopWordStems:
      for (const Term& term : terms) {
        if (!IsStem(term.name) || !stop_word_stems.contains(StemOf(term.name)))
          out.push_back(term);
      }
      return out;
    case Layout::kNoPositions:
      for (Term term : terms) {
        term.positions.clear();
        out.push_back(std::move(term));
      }
      return out;
    case Layout::kLucene: {
      // Body stems (Z, not ZS) take the positions of the words they stem.
      std::map<std::string, Term> stems;
      for (const Term& term : terms) {
        if (IsStem(term.name) && !term.name.starts_with("ZS"))
          stems.emplace(term.name, term);
      }
      for (const Term& term : terms) {
        const bool is_word = term.name[0] < 'A' || term.name[0] > 'Z';
        if (is_word) {
          auto stem = stems.find("Z" + analyzer.Stem(term.name));
          if (stem != stems.end()) {
            auto& positions = stem->second.positions;
            positions.insert(positions.end(), term.positions.begin(),
                             term.positions.end());
            continue;
          }
        }
        if (!stems.contains(term.name)) out.push_back(term);
      }
      for (auto& [name, term] : stems) {
        std::sort(term.positions.begin(), term.positions.end());
        term.positions.erase(
            std::unique(term.positions.begin(), term.positions.end()),
            term.positions.end());
        out.push_back(std::move(term));
      }
      return out;
    }
  }
  return out;
}

struct Arranged {
  std::vector<Xapian::Document> documents;
  double postings_per_article = 0;
  double positions_per_article = 0;
};

Arranged Build(const std::vector<StoredDocument>& stored, Layout layout,
               const newsq::internal::FrenchAnalyzer& analyzer,
               const std::set<std::string>& stop_word_stems) {
  Arranged arranged;
  size_t postings = 0, positions = 0;
  for (const StoredDocument& source : stored) {
    Xapian::Document doc;
    for (const Term& term :
         Arrange(source.terms, layout, analyzer, stop_word_stems)) {
      for (Xapian::termpos position : term.positions)
        doc.add_posting(term.name, position, 0);
      doc.add_term(term.name, term.wdf);
      ++postings;
      positions += term.positions.size();
    }
    for (const auto& [slot, value] : source.values) doc.add_value(slot, value);
    doc.set_data(source.data);
    arranged.documents.push_back(std::move(doc));
  }
  arranged.postings_per_article = double(postings) / stored.size();
  arranged.positions_per_article = double(positions) / stored.size();
  return arranged;
}

// Writes every `shards`-th document of `documents`, from the `first`, into a
// new database at `path`, committing every `batch`.
void WriteShard(const std::vector<Xapian::Document>& documents, size_t first,
                size_t shards, size_t batch, const fs::path& path) {
  Xapian::WritableDatabase db(path.string(), Xapian::DB_CREATE);
  db.begin_transaction();
  size_t in_batch = 0;
  for (size_t i = first; i < documents.size(); i += shards) {
    db.add_document(documents[i]);
    if (++in_batch == batch) {
      db.commit_transaction();
      db.begin_transaction();
      in_batch = 0;
    }
  }
  db.commit_transaction();
}

// Seconds to write `documents` into `shards` new databases under `path`, one
// thread each, `batch` articles committed at a time over all of them.
double TimeWrite(const std::vector<Xapian::Document>& documents,
                 const fs::path& path, size_t batch, size_t shards) {
  fs::remove_all(path);
  fs::create_directories(path);
  const size_t shard_batch = std::max<size_t>(1, batch / shards);
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> writers;
  for (size_t shard = 0; shard < shards; ++shard) {
    writers.emplace_back(WriteShard, std::cref(documents), shard, shards,
                         shard_batch,
                         path / ("shard-" + std::to_string(shard)));
  }
  for (std::thread& writer : writers) writer.join();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  fs::remove_all(path);
  return seconds;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr,
                 "usage: %s DB [ARTICLES=5000] [RUNS=3] [BATCH=1000] "
                 "[SHARDS=1]\n",
                 argv[0]);
    return 2;
  }
  const size_t articles = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 5000;
  const int runs = argc > 3 ? std::atoi(argv[3]) : 3;
  const size_t batch = argc > 4 ? std::strtoul(argv[4], nullptr, 10) : 1000;
  const size_t shards = argc > 5 ? std::strtoul(argv[5], nullptr, 10) : 1;
  if (runs < 1 || batch < 1 || shards < 1) {
    std::fprintf(stderr, "RUNS, BATCH and SHARDS must be at least 1\n");
    return 2;
  }
  newsq::internal::FrenchAnalyzer analyzer;
  std::set<std::string> stop_word_stems;
  for (std::string_view word : newsq::internal::FrenchStopWords())
    stop_word_stems.insert(analyzer.Stem(word));
  try {
    const std::vector<StoredDocument> stored =
        ReadDocuments(Xapian::Database(argv[1]), articles);
    if (stored.empty()) {
      std::fprintf(stderr, "%s: no documents\n", argv[1]);
      return 1;
    }
    const fs::path scratch = fs::temp_directory_path() /
                             ("posting_replay." + std::to_string(getpid()));
    std::map<Layout, Arranged> arranged;
    std::map<Layout, std::vector<double>> times;
    for (const auto& [layout, name] : kLayouts)
      arranged[layout] = Build(stored, layout, analyzer, stop_word_stems);
    // Layouts interleaved, run after run, so that the machine's drift spreads
    // over all of them.
    for (int run = 0; run < runs; ++run) {
      for (const auto& [layout, name] : kLayouts)
        times[layout].push_back(
            TimeWrite(arranged[layout].documents, scratch, batch, shards));
    }
    std::printf(
        "%zu articles, %d runs, %zu per commit, %zu shards, median seconds\n",
        stored.size(), runs, batch, shards);
    for (const auto& [layout, name] : kLayouts) {
      std::vector<double>& t = times[layout];
      std::sort(t.begin(), t.end());
      const double median = t[t.size() / 2];
      std::printf(
          "%-18s %7.1f postings %7.1f positions per article  %6.2f s  "
          "%5.0f articles/s\n",
          name, arranged[layout].postings_per_article,
          arranged[layout].positions_per_article, median,
          stored.size() / median);
    }
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "%s: %s\n", argv[1], e.get_description().c_str());
    return 1;
  }
  return 0;
}
