// What the fuzz targets found, as plain tests where the bug shows without a
// sanitizer. The inputs themselves stay in corpus/ as regression-*, which the
// fuzz tests replay under ASan, UBSan and LeakSanitizer on every run.
#include <gtest/gtest.h>
#include <xapian.h>

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "engine/french_analyzer.h"
#include "query/query_parser.h"

namespace newsq::internal {
namespace {

// The prepared text with runs of spaces collapsed, for exact comparison.
std::string Prepared(const FrenchAnalyzer& analyzer, const std::string& text) {
  std::vector<std::string> words =
      absl::StrSplit(PrepareQueryText(analyzer, text), ' ', absl::SkipEmpty());
  return absl::StrJoin(words, " ");
}

// Whether `query` finds a one-document index holding `text`.
bool Matches(const FrenchAnalyzer& analyzer, const std::string& query,
             const std::string& text) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::Document doc;
  FrenchAnalyzer::DocumentTerms terms = analyzer.StartDocument(doc);
  analyzer.IndexText(terms, text);
  db.add_document(doc);
  absl::StatusOr<ParsedQuery> parsed = ParseUserQuery(db, analyzer, query);
  EXPECT_TRUE(parsed.ok()) << query << ": " << parsed.status();
  if (!parsed.ok()) return false;
  Xapian::Enquire enquire(db);
  enquire.set_query(parsed->query);
  return enquire.get_mset(0, 1).size() == 1;
}

// regression-leak-bad-filter-value.txt: the filter threw through Xapian's
// parser, which leaked the query it was building. It now reports the problem
// without throwing, with the same message.
TEST(FuzzRegressionTest, BadFilterValueIsStillAnInvalidArgument) {
  FrenchAnalyzer analyzer;
  Xapian::Database db;
  for (const std::string query :
       {"since:2025-13-01", "Musk since:x OpenAI", "date:x until:y"}) {
    absl::StatusOr<ParsedQuery> parsed = ParseUserQuery(db, analyzer, query);
    ASSERT_EQ(parsed.status().code(), absl::StatusCode::kInvalidArgument)
        << query;
    EXPECT_NE(parsed.status().message().find("cannot parse query \"" + query),
              std::string::npos)
        << parsed.status();
  }
  // The first bad filter is the one named.
  EXPECT_NE(ParseUserQuery(db, analyzer, "date:x until:y")
                .status()
                .message()
                .find("date:x"),
            std::string::npos);
}

// regression-leak-near-*.txt: Xapian 1.4's parser honours NEAR and ADJ only
// between two isolated words; elsewhere it reads the query with no operators
// at all (and leaked a term on some of those paths). newsq drops them.
TEST(FuzzRegressionTest, ProximityOperatorsAreDropped) {
  FrenchAnalyzer analyzer;
  const struct {
    const char* query;
    const char* prepared;
  } kCases[] = {
      {"-t NEAR r-e", "-t r-e"},
      {"-t\tNEAR\tr:e", "-t\t \tr:e"},
      {"OR NEAR/3", "OR"},
      {"OR-NEAR/3", "OR-"},
      {"x XOR-ADJ/2 Musk", "x XOR- Musk"},
      {"Grand-NEAR/3 x", "Grand-NEAR/3 x"},
      {"Musk ADJ/3 Jean-Luc", "Musk Jean-Luc"},
      {"Musk NEAR \"Sam Altman\"", "Musk \"Sam Altman\""},
      {"Musk NEAR Le Monde", "Musk \"Le Monde\""},
      {"Musk NEAR-Altman", "Musk Altman"},
      {"x NEAR/NEAR/3 y", "x y"},
      {"OR NEAR/NEAR/3 du", "OR du"},
      // A quote inside a filter's value opens no phrase
      // (regression-leak-near-after-filter-quote.txt).
      {"entite:x\"y NEAR/3", "entite:x\"y"},
      {"outlet:\"Le Monde\" NEAR x", "outlet:\"Le Monde\" x"},
      // The value runs on past DEL, as in Xapian, so the quote after it opens
      // no phrase either (regression-leak-near-after-filter-del.txt).
      {"entite:x\x7f\"y NEAR/3", "entite:x\x7f\"y"},
      // Words: inside quotes, after a joiner, or not quite the operator.
      {"\"Musk NEAR Jean-Luc\"", "\"Musk NEAR Jean-Luc\""},
      {"x-NEAR r-e", "x-NEAR r-e"},
      {"NEARLY Near near", "NEARLY Near near"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(Prepared(analyzer, c.query), c.prepared) << c.query;
  }
  // The exclusion beside it holds, where Xapian's fallback searched "Musk".
  EXPECT_FALSE(Matches(analyzer, "Gaza -Musk NEAR Jean-Luc", "Musk à Gaza"));
  EXPECT_TRUE(Matches(analyzer, "Gaza -Musk NEAR Jean-Luc",
                      "Jean-Luc Mélenchon à Gaza"));
  // The words still search, however far apart.
  EXPECT_TRUE(Matches(analyzer, "Musk NEAR Altman",
                      "Musk a fait une offre. Un deux trois quatre cinq six "
                      "sept huit neuf dix onze douze. Altman refuse."));
}

// regression-stop-word-bracket.txt, regression-hated-stop-bracket.txt:
// Xapian 1.4.22's parser dies on a null pointer when a second loved or hated
// part is a bracket of stop words that no blank alone separates. newsq blanks
// such a bracket before Xapian reads the query.
TEST(FuzzRegressionTest, SignedBracketsOfStopWordsAreBlanked) {
  FrenchAnalyzer analyzer;
  EXPECT_EQ(PrepareQueryText(analyzer, std::string("-u\0-, (a\x9a"
                                                   "c",
                                                   10))
                .find('('),
            std::string::npos);
  EXPECT_EQ(Prepared(analyzer, "-sport -(le, la)"), "NOT sport");
  EXPECT_EQ(Prepared(analyzer, "+Musk +titre:(de;la) x"), "+Musk + x");
  // The query still finds what its words find.
  EXPECT_TRUE(Matches(analyzer, "grève -sport -(le, la)", "La grève"));
  EXPECT_FALSE(
      Matches(analyzer, "grève -sport -(le, la)", "La grève du sport"));
}

}  // namespace
}  // namespace newsq::internal
