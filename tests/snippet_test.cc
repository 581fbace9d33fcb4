#include "query/snippet.h"

#include <gtest/gtest.h>

namespace newsq::internal {
namespace {

std::string Marked(const Snippet& s) {
  std::string out;
  size_t pos = 0;
  for (const auto& [b, e] : s.highlights) {
    out += s.text.substr(pos, b - pos) + "[" + s.text.substr(b, e - b) + "]";
    pos = e;
  }
  return out + s.text.substr(pos);
}

TEST(SnippetTest, HighlightsFrenchFormsOfTheQueryWords) {
  FrenchAnalyzer analyzer;
  QueryWords query;
  query.stems.insert(analyzer.Stem("offres"));
  query.stems.insert(analyzer.Stem("elysee"));
  const Snippet s = MakeSnippet(
      analyzer, "Selon l’Élysée, l’offre reste sur la table.", query, 30);
  EXPECT_EQ(Marked(s), "Selon l’[Élysée], l’[offre] reste sur la table.");
}

TEST(SnippetTest, PicksTheWindowWithTheMostQueryWordsAndMarksCuts) {
  FrenchAnalyzer analyzer;
  QueryWords query;
  query.stems.insert(analyzer.Stem("musk"));
  query.stems.insert(analyzer.Stem("openai"));
  std::string text;
  for (int i = 0; i < 40; ++i) text += "mot ";
  text += "Musk veut OpenAI.\n\nFin du texte ";
  for (int i = 0; i < 40; ++i) text += "encore ";
  const Snippet s = MakeSnippet(analyzer, text, query, 10);
  EXPECT_EQ(Marked(s),
            "… mot mot mot mot [Musk] veut [OpenAI]. Fin du texte …");
}

TEST(SnippetTest, NoMatchGivesTheStartOfTheText) {
  FrenchAnalyzer analyzer;
  const Snippet s =
      MakeSnippet(analyzer, "Un deux trois quatre.", QueryWords{}, 2);
  EXPECT_EQ(Marked(s), "Un deux …");
}

}  // namespace
}  // namespace newsq::internal
