// BlankEmptyBrackets: which brackets Xapian would read as no query.
#include "query/empty_brackets.h"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <string_view>

#include "engine/french_analyzer.h"

namespace newsq::internal {
namespace {

constexpr std::array<std::string_view, 1> kTitle = {"title"};

std::string Blanked(const std::string& text) {
  static const FrenchAnalyzer* analyzer = new FrenchAnalyzer();
  Xapian::QueryParser parser = analyzer->MakeQueryParser();
  parser.add_prefix("title", "S");
  return BlankEmptyBrackets(parser,
                            Xapian::QueryParser::FLAG_DEFAULT |
                                Xapian::QueryParser::FLAG_LOVEHATE |
                                Xapian::QueryParser::FLAG_PURE_NOT |
                                Xapian::QueryParser::FLAG_WILDCARD,
                            kTitle, text);
}

TEST(EmptyBracketsTest, StopWordsAloneAreBlankedWithTheirField) {
  EXPECT_EQ(Blanked("-x -(le, la)"), "-x -        ");
  EXPECT_EQ(Blanked("-x -title:(le;la) y"), "-x -              y");
  EXPECT_EQ(Blanked("x (,)"), "x    ");
  // Unclosed: to the end, as Xapian closes it.
  EXPECT_EQ(Blanked("-x -(de,la"), "-x -      ");
}

TEST(EmptyBracketsTest, InnermostFirst) {
  EXPECT_EQ(Blanked("-x -(le,de (la,les))"), "-x -                ");
  EXPECT_EQ(Blanked("-x -(grève (la,les))"), "-x -(grève         )");
}

// Xapian reads a lone word, stop word or not, and stop words that only blanks
// separate.
TEST(EmptyBracketsTest, BracketsThatFindSomethingStay) {
  for (const char* kept : {"-x -(le grève)", "(le la)", "-x -(le (la))",
                           "-x -(de la", "-x -(\"le la\")", "-x -(gr*)",
                           "-x -(outlet:le)", "x -(-y)", "(title:x)"}) {
    EXPECT_EQ(Blanked(kept), kept) << kept;
  }
}

TEST(EmptyBracketsTest, OnlyWhereXapianOpensABracket) {
  // After a word or a filter's colon "(" is part of the word or the value.
  EXPECT_EQ(Blanked("x(le,la)"), "x(le,la)");
  EXPECT_EQ(Blanked("outlet:(le)"), "outlet:(le)");
  // After a blank, a control character counts as one, as for Xapian.
  EXPECT_EQ(Blanked(std::string("x\0(le,la)", 9)),
            std::string("x\0       ", 9));
}

}  // namespace
}  // namespace newsq::internal
