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

// A window never ends on an elided article: "Le timing n …" said nothing.
TEST(SnippetTest, AWindowEndsBeforeAnElidedArticle) {
  FrenchAnalyzer analyzer;
  QueryWords query;
  query.stems.insert(analyzer.Stem("timing"));
  for (const char* apostrophe : {"'", "\u2019"}) {
    const std::string text = std::string("Le timing n") + apostrophe +
                             "est pas anodin pour le groupe.";
    const Snippet s = MakeSnippet(analyzer, text, query, 3);
    EXPECT_EQ(Marked(s), "Le [timing] …") << apostrophe;
  }
}

// Reading stops `max_words` words after the first window holding every query
// word: a later window with more matches is never read, and the snippet says
// the text goes on.
TEST(SnippetTest, StopsReadingAfterTheFirstWindowWithEveryQueryWord) {
  FrenchAnalyzer analyzer;
  QueryWords query;
  query.stems.insert(analyzer.Stem("musk"));
  query.stems.insert(analyzer.Stem("openai"));
  std::string text = "Musk quitte OpenAI.";
  for (int i = 0; i < 20; ++i) text += " mot";
  text += " Musk, Musk et OpenAI, OpenAI.";
  const Snippet s = MakeSnippet(analyzer, text, query, 6);
  EXPECT_EQ(Marked(s), "[Musk] quitte [OpenAI]. mot mot mot …");
}

// A text missing a query word is read to its end, for the window holding
// the most of the others.
TEST(SnippetTest, ReadsOnWhileAQueryWordIsMissing) {
  FrenchAnalyzer analyzer;
  QueryWords query;
  query.stems.insert(analyzer.Stem("musk"));
  query.stems.insert(analyzer.Stem("openai"));
  query.stems.insert(analyzer.Stem("tesla"));
  std::string text = "Musk quitte OpenAI.";
  for (int i = 0; i < 20; ++i) text += " mot";
  text += " Musk, Musk et OpenAI, OpenAI.";
  const Snippet s = MakeSnippet(analyzer, text, query, 10);
  EXPECT_EQ(Marked(s),
            "… mot mot mot mot [Musk], [Musk] et [OpenAI], [OpenAI].");
}

TEST(SnippetTest, NoMatchGivesTheStartOfTheText) {
  FrenchAnalyzer analyzer;
  const Snippet s =
      MakeSnippet(analyzer, "Un deux trois quatre.", QueryWords{}, 2);
  EXPECT_EQ(Marked(s), "Un deux …");
}

// MakeSnippet folds and stems only the words that a WordPrefilter keeps:
// a word must never be declined by a query made of its own stem or its own
// folded form, whatever its case, accents or ligatures.
TEST(SnippetTest, PrefilterKeepsEveryWordThatCanMatch) {
  FrenchAnalyzer analyzer;
  const std::string text =
      "ÉLYSÉE Élysée élysée Œuvre œuvres Île îles Ça ça OpenAI openai MUSK "
      "Musk l’Europe aujourd'hui 2025 A a à y Y Zoé naïve ex-président "
      "Ægypte cœur Straße ﬁnance";
  for (const FrenchAnalyzer::Word& word : analyzer.Words(text)) {
    const std::string_view raw =
        std::string_view(text).substr(word.begin, word.end - word.begin);
    SCOPED_TRACE(std::string(raw));
    QueryWords by_stem;
    by_stem.stems.insert(word.stem);
    EXPECT_TRUE(WordPrefilter(by_stem).MayMatch(raw));
    QueryWords by_form;
    by_form.folded.insert(word.folded);
    EXPECT_TRUE(WordPrefilter(by_form).MayMatch(raw));
  }
}

TEST(SnippetTest, PrefilterDeclinesWordsOpeningOtherwise) {
  FrenchAnalyzer analyzer;
  QueryWords query;
  query.stems.insert(analyzer.Stem("musk"));
  query.folded.insert("openai");
  const WordPrefilter prefilter(query);
  EXPECT_FALSE(prefilter.MayMatch("table"));
  EXPECT_FALSE(prefilter.MayMatch("Mars"));
  EXPECT_TRUE(prefilter.MayMatch("Muskiens"));
  EXPECT_TRUE(prefilter.MayMatch("OPEN"));
  EXPECT_TRUE(prefilter.MayMatch("été"));  // an accent may fold into anything
  EXPECT_TRUE(prefilter.MayMatch("m"));    // a one-letter word opens "musk"
  EXPECT_FALSE(WordPrefilter(QueryWords{}).MayMatch("musk"));
}

TEST(SnippetTest, HighlightsCapitalisedAndAccentedForms) {
  FrenchAnalyzer analyzer;
  QueryWords query;
  query.stems.insert(analyzer.Stem("etat"));
  query.folded.insert("macron");
  const Snippet s = MakeSnippet(
      analyzer, "MACRON parle de l’ÉTAT et des États, pas de la table.", query,
      30);
  EXPECT_EQ(Marked(s),
            "[MACRON] parle de l’[ÉTAT] et des [États], pas de la table.");
}

}  // namespace
}  // namespace newsq::internal
