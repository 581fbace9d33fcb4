#include <gtest/gtest.h>

#include "absl/strings/str_join.h"
#include "engine/french_analyzer.h"
#include "engine/text_folding.h"

namespace newsq::internal {
namespace {

TEST(TextFoldingTest, FoldsCaseAccentsApostrophesAndElisions) {
  const std::pair<const char*, const char*> cases[] = {
      {"Élysée", "elysee"},
      {"l’offre de Musk", "l offre de musk"},
      {"L'OFFRE", "l offre"},
      {"qu’il jusqu'ici lorsqu’on", "qu il jusqu ici lorsqu on"},
      {"aujourd’hui", "aujourd'hui"},
      {"presqu'île", "presqu'ile"},
      {"œuvre Cæsar", "oeuvre caesar"},
      {"97,4\u00a0milliards", "97,4 milliards"},
      {"E\u0301cole", "ecole"},  // decomposed accent
  };
  for (const auto& [input, expected] : cases) {
    EXPECT_EQ(FoldText(input), expected) << input;
  }
}

// Words of letters only take a shortcut around utf8proc; a trailing period
// sends the same word the long way (it is kept as it is), so both must agree.
TEST(TextFoldingTest, TheShortcutForPlainWordsFoldsAsUtf8procDoes) {
  std::vector<std::string> words = {"Macron", "eTe", "Z"};
  for (unsigned c = 0xC0; c <= 0xFF; ++c) {
    const std::string letter = {'\xC3', static_cast<char>(0x80 + (c - 0xC0))};
    words.push_back(letter);
    words.push_back("Cr" + letter + "pe");
  }
  for (const std::string& word : words) {
    SCOPED_TRACE(word);
    const std::string folded = FoldText(word + ".");
    ASSERT_EQ(folded.back(), '.');
    EXPECT_EQ(FoldText(word), folded.substr(0, folded.size() - 1));
    const std::string kept = FoldAccentsKeepingCase(word + ".");
    EXPECT_EQ(FoldAccentsKeepingCase(word), kept.substr(0, kept.size() - 1));
  }
}

// Texts are folded one code point at a time, with shortcuts; utf8proc maps a
// text as a whole. Every code point below U+40000 but NUL (ASCII controls
// included), between letters and before a combining accent, Hangul jamo, and
// invalid bytes must fold the same both ways, with and without case folding.
TEST(TextFoldingTest, FoldingByCodePointEqualsMappingTheWholeText) {
  auto utf8 = [](char32_t cp) {
    std::string out;
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
  };
  std::vector<std::string> texts = {
      "L’ÉCOLE d'été, Œuvre « 2 000 000 » député·e·s\xff\xfe fin", "\xC3",
      "a\xE2\x80",
      // A combining accent opening the text: "\xCC\x81" "e", split so that
      // the 'e' is no third hex digit of the escape.
      "\xCC\x81"
      "e",
      "\xE1\x84\x80\xE1\x85\xA1 han", "\xE3\x84\xB1\xE3\x85\x8F compat"};
  std::string text;
  for (char32_t cp = 0x01; cp < 0x40000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    text += "a" + utf8(cp) + "\xCC\x81" + utf8(cp) + "B ";
    if (text.size() > 4000) {
      texts.push_back(text);
      text.clear();
    }
  }
  texts.push_back(text);
  int differences = 0;
  for (const std::string& t : texts) {
    for (bool keep_case : {false, true}) {
      const std::string fast =
          keep_case ? FoldAccentsKeepingCase(t) : FoldText(t);
      if (fast != FoldByWholeTextMapping(t, keep_case) && ++differences < 5)
        ADD_FAILURE() << "keep_case " << keep_case << " differs on: " << t;
    }
  }
  EXPECT_EQ(differences, 0);
}

// Snippets stem only the words whose first two letters start a query word
// (WordPrefilter): that holds only if stemming never touches them.
TEST(FrenchAnalyzerTest, StemsKeepTheFirstTwoLettersOfTheWord) {
  FrenchAnalyzer analyzer;
  const std::string text =
      "Les chevaux aux yeux bleus ont été vus où naguère ils étaient, "
      "aïeux, oui, ouïe, œil, été, eu, y, à, ai, eût, aimées, députées, "
      "quelques qu'il queue, Yves, yaourt, intéressantes, opérationnelles, "
      "anticonstitutionnellement, réélection, ré-élu, ÉLYSÉE, Œuvre, Île, "
      "iranien, ukrainiens, oiseaux, eaux, beaux, nouvelle, ouvrières";
  for (const FrenchAnalyzer::Word& word : analyzer.Words(text)) {
    SCOPED_TRACE(word.folded);
    const size_t head = std::min<size_t>(2, word.stem.size());
    EXPECT_EQ(word.stem.substr(0, head), word.folded.substr(0, head));
  }
}

TEST(TextFoldingTest, QueryFoldingKeepsCapitals) {
  EXPECT_EQ(FoldAccentsKeepingCase("L’offre d’OpenAI à l'Élysée"),
            "L offre d OpenAI a l Elysee");
}

// Case never hides a match: a capitalised query word is searched by its stem,
// as in lower case; the words-as-written parser keeps the form typed.
TEST(TextFoldingTest, LetterCaseOfTheFirstCharacter) {
  for (const char* capital : {"Anne", "Élodie", "Łukasz", "Œuvre"})
    EXPECT_TRUE(OpensWithCapital(capital) && !OpensWithLowerCase(capital))
        << capital;
  for (const char* lower : {"anne", "été", "à Paris", "ß"})
    EXPECT_TRUE(OpensWithLowerCase(lower) && !OpensWithCapital(lower)) << lower;
  // A sign in the Latin-1 block, a digit, nothing, a cut or stray byte.
  for (const char* neither : {"×", "3 mai", "", "\xC3", "\x89a"})
    EXPECT_FALSE(OpensWithCapital(neither) || OpensWithLowerCase(neither))
        << neither;
}

TEST(FrenchAnalyzerTest, CapitalisedQueryWordsAreStemmedLikeOthers) {
  FrenchAnalyzer analyzer;
  Xapian::QueryParser stems = analyzer.MakeQueryParser();
  EXPECT_EQ(
      stems.parse_query(analyzer.FoldQuery("Retraites")).get_description(),
      "Query(Zretrait@1)");
  EXPECT_EQ(
      stems.parse_query(analyzer.FoldQuery("retraites")).get_description(),
      "Query(Zretrait@1)");
  Xapian::QueryParser words =
      analyzer.MakeQueryParser(FrenchAnalyzer::QueryTerms::kWordsAsWritten);
  EXPECT_EQ(
      words.parse_query(analyzer.FoldQuery("Retraites")).get_description(),
      "Query(retraites@1)");
}

TEST(TextFoldingTest, InvalidUtf8NeverEscapes) {
  const std::string folded = FoldText("caf\xC3 \xFF");
  EXPECT_NE(folded.find("\xEF\xBF\xBD"), std::string::npos);
}

std::string Stems(const FrenchAnalyzer& analyzer, std::string_view text) {
  std::vector<std::string> stems;
  for (const auto& word : analyzer.Words(text)) stems.push_back(word.stem);
  return absl::StrJoin(stems, " ");
}

TEST(FrenchAnalyzerTest, AccentedAndBareFormsShareStems) {
  FrenchAnalyzer analyzer;
  EXPECT_EQ(Stems(analyzer, "grève écoles Paris"),
            Stems(analyzer, "greve ecoles paris"));
  EXPECT_EQ(Stems(analyzer, "députés"), Stems(analyzer, "deputes"));
  EXPECT_EQ(Stems(analyzer, "l’offre"), "l " + analyzer.Stem("offre"));
  EXPECT_EQ(analyzer.Stem("offres"), analyzer.Stem("offre"));
}

TEST(FrenchAnalyzerTest, WordsKeepTheirPlaceInTheOriginalText) {
  FrenchAnalyzer analyzer;
  const std::string text = "Selon l’Élysée, aujourd'hui.";
  const auto words = analyzer.Words(text);
  ASSERT_EQ(words.size(), 4u);
  EXPECT_EQ(text.substr(words[1].begin, words[1].end - words[1].begin), "l");
  EXPECT_EQ(text.substr(words[2].begin, words[2].end - words[2].begin),
            "Élysée");
  EXPECT_EQ(words[2].folded, "elysee");
  EXPECT_EQ(text.substr(words[3].begin, words[3].end - words[3].begin),
            "aujourd'hui");
}

// The indexer and the query parser must produce the same terms for the same
// words.
TEST(FrenchAnalyzerTest, IndexAndQuerySidesAgree) {
  FrenchAnalyzer analyzer;
  const char* text =
      "L’offre d’Elon Musk pour OpenAI : les députés s’inquiètent";
  Xapian::Document doc;
  FrenchAnalyzer::DocumentTerms terms = analyzer.StartDocument(doc);
  analyzer.IndexText(terms, text);
  Xapian::QueryParser parser = analyzer.MakeQueryParser();
  const Xapian::Query query = parser.parse_query(analyzer.FoldQuery(text));
  for (auto it = query.get_unique_terms_begin();
       it != query.get_unique_terms_end(); ++it) {
    bool found = false;
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
      found |= (*t == *it);
    EXPECT_TRUE(found) << "query term not indexed: " << *it;
  }
}

// The document `text` makes, as the indexer builds it.
Xapian::Document Indexed(const FrenchAnalyzer& analyzer,
                         std::string_view text) {
  Xapian::Document doc;
  FrenchAnalyzer::DocumentTerms generators = analyzer.StartDocument(doc);
  analyzer.IndexText(generators, text);
  return doc;
}

// Its terms, in order, space-separated.
std::string TermsOf(const Xapian::Document& doc) {
  std::vector<std::string> terms;
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
    terms.push_back(*t);
  return absl::StrJoin(terms, " ");
}

// Every word is indexed by its stem at its position, capitalised or not, stop
// words included (phrases need their places); the words as written, but stop
// words, are indexed without positions.
TEST(FrenchAnalyzerTest, StemsCarryPositionsAndWordsAsWrittenDoNot) {
  FrenchAnalyzer analyzer;
  const Xapian::Document doc =
      Indexed(analyzer, "Les grèves de la SNCF ont été suivies");
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    if (std::string(*t).starts_with("Z")) {
      EXPECT_GT(t.positionlist_count(), 0u) << *t;
    } else {
      EXPECT_EQ(t.positionlist_count(), 0u) << *t;
    }
  }
  EXPECT_EQ(TermsOf(doc),
            "Zde Zete Zgrev Zla Zle Zont Zsncf Zsuiv greves sncf suivies");
}

// A sentence's capitalised first word and a name typed in capitals are the
// same words as in lower case: their stems are indexed.
TEST(FrenchAnalyzerTest, CapitalisedWordsAreStemmedToo) {
  FrenchAnalyzer analyzer;
  EXPECT_EQ(TermsOf(Indexed(analyzer, "Manifestations contre la RÉFORME")),
            "Zcontr Zla Zmanifest Zreform contre manifestations reforme");
}

TEST(FrenchAnalyzerTest, StopWordsAreFunctionWordsOnly) {
  FrenchAnalyzer analyzer;
  EXPECT_TRUE(analyzer.IsStopWord("les"));
  EXPECT_TRUE(analyzer.IsStopWord("ete"));
  EXPECT_FALSE(analyzer.IsStopWord("musk"));
  EXPECT_FALSE(analyzer.IsStopWord("greve"));
}

}  // namespace
}  // namespace newsq::internal
