// Typo tolerance's candidates two ways (docs/performance.md, "Typos"): newsq's
// scan of the first letter's slice of the words indexed as written
// (query/spelling ClosestIndexedWords), against Xapian's spelling data
// (add_spelling at indexing, get_spelling_suggestion at search). Typos are
// made from the database's most frequent words of six letters or more (one
// neighbour swap, deletion or doubled letter each, in turn; none that is
// itself an indexed word). Prints, for each way, the median and p99 time of a
// lookup and how often the word the typo came from is the answer; for
// Xapian's, also what its spelling data costs the writer: the first ARTICLES
// articles' words added as TermGenerator's FLAG_SPELLING adds them, committed
// every 1,000, against writing nothing else.
//
//   build/bench/spelling_bench DB [TYPOS=300] [ARTICLES=5000]
#include <unistd.h>
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "query/spelling.h"
#include "query/typo_tolerance.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double MicrosSince(Clock::time_point start) {
  return std::chrono::duration<double, std::micro>(Clock::now() - start)
      .count();
}

double Percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  return values[static_cast<size_t>(p * (values.size() - 1))];
}

bool IsPlainWord(const std::string& term) {
  return !term.empty() && std::all_of(term.begin(), term.end(), [](char c) {
    return c >= 'a' && c <= 'z';
  });
}

// Calls `visit` with each word indexed as written (unprefixed, lower case).
template <typename Visit>
void ForEachWord(const Xapian::Database& db, Visit visit) {
  auto it = db.allterms_begin();
  it.skip_to("a");
  for (; it != db.allterms_end(); ++it) {
    const std::string term = *it;
    if (term[0] > 'z') break;
    if (IsPlainWord(term)) visit(it, term);
  }
}

struct Typo {
  std::string typed;
  std::string meant;
};

// One typo per frequent word, of three kinds in turn.
std::vector<Typo> MakeTypos(const Xapian::Database& db, size_t count) {
  std::vector<std::pair<Xapian::doccount, std::string>> words;
  ForEachWord(db, [&](const Xapian::TermIterator& it, const std::string& term) {
    if (term.size() >= 6) words.emplace_back(it.get_termfreq(), term);
  });
  std::sort(words.rbegin(), words.rend());
  std::vector<Typo> typos;
  for (const auto& [frequency, word] : words) {
    if (typos.size() == count) break;
    std::string typed = word;
    const size_t at = word.size() / 2;
    switch (typos.size() % 3) {
      case 0:
        std::swap(typed[at], typed[at + 1]);
        break;
      case 1:
        typed.erase(at, 1);
        break;
      default:
        typed.insert(at, 1, typed[at]);
        break;
    }
    if (typed == word || db.term_exists(typed)) continue;
    typos.push_back({typed, word});
  }
  return typos;
}

void Report(const char* name, const std::vector<double>& micros, int right,
            size_t total) {
  std::printf("%-28s median %8.1f us  p99 %8.1f us  meant word found %d/%zu\n",
              name, Percentile(micros, 0.5), Percentile(micros, 0.99), right,
              total);
}

// Seconds to write the first `articles` documents of `db` into a fresh
// database, their words' spelling data too when `spelling` is set.
double TimeWrite(const Xapian::Database& db, size_t articles, bool spelling,
                 const fs::path& path) {
  fs::remove_all(path);
  // Everything read before the clock starts: documents in memory, and the
  // words whose spelling data each adds.
  std::vector<Xapian::Document> documents;
  std::vector<std::vector<std::pair<std::string, Xapian::termcount>>> words;
  for (auto it = db.postlist_begin("");
       it != db.postlist_end("") && documents.size() < articles; ++it) {
    const Xapian::Document doc = db.get_document(*it);
    Xapian::Document copy;
    words.emplace_back();
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p)
        copy.add_posting(*t, *p, 0);
      copy.add_term(*t, t.get_wdf());
      if (IsPlainWord(*t)) words.back().emplace_back(*t, t.get_wdf());
    }
    copy.set_data(doc.get_data());
    documents.push_back(std::move(copy));
  }
  const auto start = Clock::now();
  Xapian::WritableDatabase out(path.string(), Xapian::DB_CREATE);
  for (size_t i = 0; i < documents.size(); ++i) {
    if (spelling) {
      for (const auto& [word, wdf] : words[i]) out.add_spelling(word, wdf);
    }
    out.add_document(documents[i]);
    if ((i + 1) % 1000 == 0) out.commit();
  }
  out.commit();
  return MicrosSince(start) / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s DB [TYPOS=300] [ARTICLES=5000]\n", argv[0]);
    return 2;
  }
  const size_t typo_count = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 300;
  const size_t articles = argc > 3 ? std::strtoul(argv[3], nullptr, 10) : 5000;
  Xapian::Database db(argv[1]);
  const std::vector<Typo> typos = MakeTypos(db, typo_count);
  std::printf("%zu typos of the most frequent words, %u articles\n",
              typos.size(), db.get_doccount());

  std::vector<double> scan_micros;
  int scan_right = 0;
  for (const Typo& typo : typos) {
    const auto start = Clock::now();
    const auto found = newsq::internal::ClosestIndexedWords(
        db, typo.typed, newsq::internal::TyposAllowed(typo.typed.size()), 3);
    scan_micros.push_back(MicrosSince(start));
    if (!found.empty() && found.front().word == typo.meant) ++scan_right;
  }
  Report("newsq first-letter scan", scan_micros, scan_right, typos.size());

  // Xapian's spelling data for the whole vocabulary, as indexing would have
  // left it (each word with its frequency).
  const fs::path dir = fs::temp_directory_path() /
                       ("newsq_spelling_" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  {
    Xapian::WritableDatabase spelling((dir / "vocabulary").string(),
                                      Xapian::DB_CREATE);
    ForEachWord(db,
                [&](const Xapian::TermIterator& it, const std::string& term) {
                  spelling.add_spelling(term, it.get_termfreq());
                });
    spelling.commit();
    std::vector<double> micros;
    int right = 0;
    for (const Typo& typo : typos) {
      const auto start = Clock::now();
      const std::string suggestion = spelling.get_spelling_suggestion(
          typo.typed, newsq::internal::TyposAllowed(typo.typed.size()));
      micros.push_back(MicrosSince(start));
      if (suggestion == typo.meant) ++right;
    }
    Report("Xapian get_spelling_suggestion", micros, right, typos.size());
  }

  const double plain = TimeWrite(db, articles, false, dir / "plain");
  const double with_spelling = TimeWrite(db, articles, true, dir / "spelling");
  std::printf(
      "writing %zu articles: %.2f s, with Xapian's spelling data %.2f s "
      "(%+.0f %%)\n",
      articles, plain, with_spelling, 100.0 * (with_spelling / plain - 1));
  fs::remove_all(dir);
  return 0;
}
