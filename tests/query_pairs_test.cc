// Search finds what a French reader types (issue 22): for each pair of
// queries, the first (as people type it: sentence case, capitals, a singular
// phrase, ET/OU/SAUF, a typo, a surname, an outlet written another way) finds
// every article the second (the reference form) finds, and the reference finds
// some. Run on 2,000 real OrangeSum pages and the bundled corpus; the words
// are ordinary French news words, not picked from the pages' rare ones.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "newsq/newsq.h"
#include "tests/scratch_dir.h"

namespace newsq::testing {
namespace {

namespace fs = std::filesystem;

struct Pair {
  const char* typed;      // how a reader may type it
  const char* reference;  // the form that finds what is meant
};

// clang-format off
constexpr Pair kPairs[] = {
  // Sentence case and capitals find what lower case finds.
  {"Manifestations", "manifestations"},
  {"Retraites", "retraites"},
  {"ELECTIONS", "elections"},
  {"\u00c9lections municipales", "\u00e9lections municipales"},
  {"CONFINEMENT", "confinement"},
  {"Gouvernement", "gouvernement"},
  {"POLICE", "police"},
  {"Gr\u00e8ve", "gr\u00e8ve"},
  {"SANT\u00c9", "sant\u00e9"},
  {"H\u00f4pital", "h\u00f4pital"},
  {"Pr\u00e9sident", "pr\u00e9sident"},
  {"Gilets Jaunes", "gilets jaunes"},
  {"title:Retraites", "title:retraites"},
  {"titre:Coronavirus", "title:coronavirus"},
  // Phrases in one number find the other.
  {"\"gilet jaune\"", "\"gilets jaunes\""},
  {"\"gilets jaunes\"", "\"gilet jaune\""},
  {"\"Gilets Jaunes\"", "\"gilets jaunes\""},
  {"\"r\u00e9forme des retraites\"", "\"r\u00e9formes des retraites\""},
  {"\"\u00e9lection municipale\"", "\"\u00e9lections municipales\""},
  {"\"force de l'ordre\"", "\"forces de l'ordre\""},
  {"\"coupure de courant\"", "\"coupures de courant\""},
  {"\"pr\u00e9sidents de la R\u00e9publique\"", "\"pr\u00e9sident de la R\u00e9publique\""},
  {"\"\u00e9tat d'urgence\"", "\"\u00e9tats d'urgence\""},
  {"\"Premier ministre\"", "\"premier ministre\""},
  {"\"garde \u00e0 vue\"", "\"gardes \u00e0 vue\""},
  // Europresse's operators are Boolean operators.
  {"Macron ET Philippe", "Macron AND Philippe"},
  {"Macron OU Philippe", "Macron OR Philippe"},
  {"Macron SAUF Philippe", "Macron NOT Philippe"},
  {"police ET manifestation", "police AND manifestation"},
  {"gr\u00e8ve OU manifestation", "gr\u00e8ve OR manifestation"},
  {"coronavirus SAUF Chine", "coronavirus NOT Chine"},
  {"(gr\u00e8ve OU manifestation) ET retraites", "(gr\u00e8ve OR manifestation) AND retraites"},
  {"+retraites -gr\u00e8ve", "retraites SAUF gr\u00e8ve"},
  {"police ET manifestants", "+police +manifestants"},
  // A typo finds what the right spelling finds; accents are no typos.
  {"coronavirsu", "coronavirus"},
  {"Macorn", "Macron"},
  {"confinemnt", "confinement"},
  {"gouvernemnet", "gouvernement"},
  {"manifestatoins", "manifestations"},
  {"pr\u00e9sidentiele", "pr\u00e9sidentielle"},
  {"epidemie", "\u00e9pid\u00e9mie"},
  {"Trmup", "Trump"},
  {"Philppe", "Philippe"},
  {"Castanner", "Castaner"},
  {"masuqe", "masque"},
  {"vaccinn", "vaccin"},
  {"Assembl\u00e9e natinoale", "Assembl\u00e9e nationale"},
  {"hopital", "h\u00f4pital"},
  // A surname finds the people of that name.
  {"entity:Macron", "entity:\"Emmanuel Macron\""},
  {"entity:Philippe", "entity:\"\u00c9douard Philippe\""},
  {"entity:Trump", "entity:\"Donald Trump\""},
  {"entity:castaner", "entity:\"Christophe Castaner\""},
  {"entity:\"Le Pen\"", "entity:\"Marine Le Pen\""},
  {"entity:altman", "entity:\"Sam Altman\""},
  {"entity:musk", "entity:\"Elon Musk\""},
  {"entity:Buzyn", "entity:\"Agn\u00e8s Buzyn\""},
  {"entity:melenchon", "entity:\"Jean-Luc M\u00e9lenchon\""},
  // An outlet by any writing of its name.
  {"outlet:\"orange actualites\"", "outlet:\"Orange Actualit\u00e9s\""},
  {"outlet:\"tech sphere\"", "outlet:\"Tech Sph\u00e8re\""},
  {"outlet:LE-MATIN-EXPRESS", "outlet:\"Le Matin Express\""},
  // Elisions, wildcards and French date filters.
  {"d'Emmanuel Macron", "Emmanuel Macron"},
  {"gr\u00e9v*", "gr\u00e8ve"},
  {"gr\u00e8ve depuis:2019-01", "gr\u00e8ve since:2019-01"},
  {"gr\u00e8ve jusque:2019-12-31", "gr\u00e8ve until:2019-12-31"},
};
// clang-format on

class QueryPairsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const char* sample = std::getenv("NEWSQ_ORANGESUM_SAMPLE");
    if (sample == nullptr || !fs::exists(fs::path(sample) / "pages")) return;
    scratch_ = new ScratchDir("query_pairs");
    db_path_ = new std::string((scratch_->path() / "db").string());
    auto writer = IndexWriter::Open(*db_path_);
    ASSERT_TRUE(writer.ok()) << writer.status();
    ASSERT_TRUE((*writer)
                    ->AddPages({NEWSQ_CORPORA_DIR,
                                (fs::path(sample) / "pages").string()})
                    .ok());
    writer->reset();
    auto searcher = Searcher::Open(*db_path_);
    ASSERT_TRUE(searcher.ok()) << searcher.status();
    searcher_ = searcher->release();
  }
  static void TearDownTestSuite() {
    delete searcher_;
    delete db_path_;
    delete scratch_;
  }

  // The ids of every article `query` finds.
  static std::set<std::string> Found(const std::string& query) {
    SearchRequest request;
    request.query = query;
    request.collapse = false;
    request.limit = 100000;
    absl::StatusOr<SearchResult> result = searcher_->Search(request);
    EXPECT_TRUE(result.ok()) << query << ": " << result.status();
    std::set<std::string> ids;
    if (!result.ok()) return ids;
    for (const ArticleHit& hit : result->articles) ids.insert(hit.id);
    return ids;
  }

  static ScratchDir* scratch_;
  static std::string* db_path_;
  static Searcher* searcher_;
};

ScratchDir* QueryPairsTest::scratch_ = nullptr;
std::string* QueryPairsTest::db_path_ = nullptr;
Searcher* QueryPairsTest::searcher_ = nullptr;

TEST_F(QueryPairsTest, TheWayPeopleTypeFindsAtLeastTheReference) {
  if (searcher_ == nullptr) {
    GTEST_SKIP() << "no OrangeSum sample (scripts/orangesum-sample makes it; "
                    "NEWSQ_ORANGESUM_SAMPLE names it)";
  }
  int wrong = 0;
  for (const Pair& pair : kPairs) {
    const std::set<std::string> typed = Found(pair.typed);
    const std::set<std::string> reference = Found(pair.reference);
    const bool holds =
        !reference.empty() && std::includes(typed.begin(), typed.end(),
                                            reference.begin(), reference.end());
    std::printf("  %-4s %5zu %5zu  %-42s %s\n", holds ? "ok" : "FAIL",
                typed.size(), reference.size(), pair.typed, pair.reference);
    if (!holds) {
      ++wrong;
      ADD_FAILURE() << "\"" << pair.typed << "\" finds " << typed.size()
                    << " articles, which do not include all "
                    << reference.size() << " of \"" << pair.reference << "\"";
    }
  }
  const size_t pairs = sizeof(kPairs) / sizeof(kPairs[0]);
  std::printf("query pairs: %zu, %d wrong\n", pairs, wrong);
  EXPECT_GE(pairs, 60u);
}

}  // namespace
}  // namespace newsq::testing
