// Typo tolerance (query/typo_tolerance): which words are searched under other
// spellings, and how the query text says it.
#include "query/typo_tolerance.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>
#include <vector>

#include "engine/french_analyzer.h"
#include "query/spelling.h"

namespace newsq::internal {
namespace {

class TypoToleranceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY);
    // "Macron" is common; "Macon" (a town, or a page's typo) is rare.
    for (int i = 0; i < 60; ++i)
      Add("Emmanuel Macron parle du confinement à l'Élysée");
    Add("la foire de Macon");
    Add("les manifestations contre la réforme des retraites");
  }

  void Add(const std::string& text) {
    Xapian::Document doc;
    FrenchAnalyzer::DocumentTerms terms = analyzer_.StartDocument(doc);
    analyzer_.IndexText(terms, text);
    db_.add_document(doc);
  }

  TolerantQuery Tolerate(const std::string& query) {
    return TolerateTypos(db_, analyzer_, query);
  }

  FrenchAnalyzer analyzer_;
  Xapian::WritableDatabase db_;
};

TEST(TyposAllowedTest, GrowWithTheWordsLength) {
  EXPECT_EQ(TyposAllowed(4), 0);
  EXPECT_EQ(TyposAllowed(5), 1);
  EXPECT_EQ(TyposAllowed(8), 1);
  EXPECT_EQ(TyposAllowed(9), 2);
}

TEST_F(TypoToleranceTest, AnUnknownWordIsSearchedAsTheClosestKnownOnes) {
  const TolerantQuery tolerant = Tolerate("Macorn confinemnt");
  EXPECT_EQ(tolerant.text, "(Macron OR Macon) (confinement)");
  ASSERT_EQ(tolerant.corrections.size(), 2u);
  EXPECT_EQ(tolerant.corrections[0].typed, "Macorn");
  EXPECT_EQ(tolerant.corrections[0].searched,
            (std::vector<std::string>{"Macron", "Macon"}));
  EXPECT_FALSE(tolerant.corrections[0].typed_searched);
}

TEST_F(TypoToleranceTest, AccentsCaseAndInflectionsAreNoTypos) {
  EXPECT_TRUE(Tolerate("ELYSEE Confinements").corrections.empty());
  EXPECT_TRUE(Tolerate("élysée manifestation").corrections.empty());
}

TEST_F(TypoToleranceTest, TypedAccentsAndCapitalsAreKept) {
  EXPECT_EQ(Tolerate("Élyssée").text, "(Élysée)");
  EXPECT_EQ(Tolerate("réformme").text, "(réforme)");
  // A word typed in capitals is corrected in capitals, not in a mix.
  EXPECT_EQ(Tolerate("MACORN").text, "(MACRON OR MACON)");
}

TEST_F(TypoToleranceTest, ARareWordBesideAFarCommonerOneIsSearchedAsBoth) {
  const TolerantQuery tolerant = Tolerate("Macon");
  EXPECT_EQ(tolerant.text, "(Macon OR Macron)");
  ASSERT_EQ(tolerant.corrections.size(), 1u);
  EXPECT_TRUE(tolerant.corrections[0].typed_searched);
  // The common word is never taken for a typo of the rare one.
  EXPECT_TRUE(Tolerate("Macron").corrections.empty());
}

TEST_F(TypoToleranceTest, RequiredWordsAreReplacedByTheBestSpellingOnly) {
  EXPECT_EQ(Tolerate("+Macorn").text, "+Macron");
  // Held by an article: a required word stays as typed.
  EXPECT_TRUE(Tolerate("+Macon").corrections.empty());
}

TEST_F(TypoToleranceTest, ExclusionsPhrasesFiltersAndShortWordsStayAsTyped) {
  for (const char* query :
       {"-Macorn", "retraites NOT Macorn", "retraites SAUF Macorn",
        "\"Macorn parle\"", "title:Macorn", "Macrn*", "Macn", "Macorn2"}) {
    const TolerantQuery tolerant = Tolerate(query);
    EXPECT_TRUE(tolerant.corrections.empty()) << query;
    EXPECT_EQ(tolerant.text, query);
  }
}

// Each lookup scans a slice of the vocabulary: a long query of unknown words
// costs kMaxWordsLookedUp lookups at most, the rest searched as typed.
TEST_F(TypoToleranceTest, AQueryLooksUpABoundedNumberOfWords) {
  std::string query;
  for (int i = 0; i < 3 * kMaxWordsLookedUp; ++i) query += "Macorn ";
  EXPECT_EQ(Tolerate(query).corrections.size(),
            static_cast<size_t>(kMaxWordsLookedUp));
  // The suggestion too.
  const std::string suggestion = SuggestQuery(db_, analyzer_, query);
  size_t corrected = 0;
  for (size_t at = suggestion.find("Macron"); at != std::string::npos;
       at = suggestion.find("Macron", at + 1))
    ++corrected;
  EXPECT_EQ(corrected, static_cast<size_t>(kMaxWordsLookedUp));
}

TEST_F(TypoToleranceTest, OperatorsAndParenthesesAroundAWordAreKept) {
  EXPECT_EQ(Tolerate("(Macorn OR retraites)").text,
            "((Macron OR Macon) OR retraites)");
  EXPECT_EQ(Tolerate("retraites ET confinemnt").text,
            "retraites ET (confinement)");
}

}  // namespace
}  // namespace newsq::internal
