// The French analyser as a user meets it: does a query find a text? One row per
// case of docs/analysis.md, through the same indexing and query parsing code as
// `newsq search`.
#include <gtest/gtest.h>
#include <xapian.h>

#include <cstdio>

#include "engine/french_analyzer.h"
#include "engine/schema.h"
#include "engine/terms.h"
#include "query/query_parser.h"

namespace newsq::internal {
namespace {

struct Row {
  const char* query;
  const char* text;
  bool should_match;
};

// clang-format off
constexpr Row kRows[] = {
  // Elisions, with straight, curly (U+2019) and modifier (U+02BC) apostrophes.
  {"offre", "l'offre de Musk", true},
  {"offre", "l\u2019offre de Musk", true},
  {"offre", "l\u02BCoffre de Musk", true},
  {"l'offre", "une offre colossale", true},
  {"l\u2019offre de Musk", "Musk a fait une offre", true},
  {"avion", "l'avion a atterri", true},
  {"entreprise", "un chef d\u2019entreprise", true},
  {"ici", "jusqu'ici tout va bien", true},
  {"arrive", "lorsqu'arrive l'hiver", true},
  {"OpenAI", "le patron d\u2019OpenAI", true},
  {"Elysee", "selon l'\u00c9lys\u00e9e", true},
  {"aujourd'hui", "aujourd\u2019hui", true},
  {"aujourd\u2019hui", "aujourd'hui", true},
  {"hui", "aujourd'hui le temps", false},
  {"presqu'\u00eele", "la presqu\u2019\u00eele de Crozon", true},
  {"ile", "la presqu'\u00eele de Crozon", false},
  // Accents, case and Unicode forms.
  {"greve", "gr\u00e8ve", true},
  {"gr\u00e8ve", "greve", true},
  {"ecoles", "\u00e9coles", true},
  {"elysee", "\u00c9LYS\u00c9E", true},
  {"deputes", "d\u00e9put\u00e9s", true},
  {"d\u00e9put\u00e9s", "les d\u00e9put\u00e9es", true},
  {"policier", "une polici\u00e8re bless\u00e9e", true},
  {"policiere", "les policiers", true},
  {"\"premier ministre\"", "la Premi\u00e8re ministre", true},
  {"frontiere", "aux fronti\u00e8res", true},
  {"active", "son activit\u00e9", true},
  {"responsable", "la responsabilit\u00e9", true},
  {"francais", "fran\u00e7ais", true},
  {"noel", "No\u00ebl", true},
  {"oeuvre", "\u0153uvre", true},
  {"coeur", "c\u0153ur", true},
  {"\u00e9cole", "e\u0301cole", true},
  {"e\u0301cole", "\u00e9cole", true},
  {"ecole", "\u00c9COLE", true},
  {"chomage", "ch\u00f4mage", true},
  // Hyphenated compounds, with or without the hyphen.
  {"porte-parole", "le porte-parole du gouvernement", true},
  {"porte parole", "le porte-parole du gouvernement", true},
  {"porte-parole", "le porte parole du gouvernement", true},
  {"porte-parole", "la porte ouverte \u00e0 la parole", false},
  {"Saint-Etienne", "Saint-\u00c9tienne", true},
  {"saint etienne", "Saint-\u00c9tienne", true},
  {"Jean-Luc", "Jean-Luc M\u00e9lenchon", true},
  {"Jean Luc Melenchon", "Jean-Luc M\u00e9lenchon", true},
  {"a-t-il", "a-t-il dit", true},
  {"dit", "a-t-il dit", true},
  {"Al-Haouz", "le s\u00e9isme d'Al Haouz", true},
  // Inclusive writing.
  {"d\u00e9put\u00e9s", "les d\u00e9put\u00e9\u00b7e\u00b7s", true},
  {"d\u00e9put\u00e9", "les d\u00e9put\u00e9\u00b7e\u00b7s", true},
  {"electeurs", "les \u00e9lecteur\u00b7rice\u00b7s", true},
  {"\u00e9lecteurs", "les \u00e9lecteur.rice.s", true},
  {"\u00e9tudiants", "des \u00e9tudiant\u00b7e\u00b7s", true},
  {"rice", "les \u00e9lecteur.rice.s", false},
  {"\u00e9lecteur\u00b7rice\u00b7s", "les \u00e9lecteurs", true},
  // Acronyms with dots.
  {"SNCF", "la S.N.C.F. annonce", true},
  {"S.N.C.F.", "la SNCF annonce", true},
  {"sncf", "la S.N.C.F. annonce", true},
  {"OTAN", "l'O.T.A.N. se r\u00e9unit", true},
  {"USAID", "l'USAID suspend son aide", true},
  // Numbers with French separators.
  {"97,4", "97,4 milliards", true},
  {"97,4 milliards", "une offre de 97,4 milliards de dollars", true},
  {"97", "97,4 milliards", false},
  {"2000", "2 000 euros", true},
  {"2000", "2\u00a0000 euros", true},
  {"2000", "2\u202f000 euros", true},
  {"2 000", "2000 euros", true},
  {"97400000", "97 400 000 dollars", true},
  {"93 %", "93\u00a0% des demandes", true},
  {"93", "93% des demandes", true},
  {"1,5 milliard", "1,5 milliard d'euros", true},
  {"1,5", "15 milliards", false},
  {"9,74", "pour 9,74 milliards", true},
  {"2025", "en 2 025 exemplaires", true},
  // Quotes and phrases.
  {"\"l'offre de Musk\"", "l\u2019offre de Musk", true},
  {"\"offre colossale\"", "une offre colossale", true},
  {"\"offre colossale\"", "une colossale offre", false},
  // Phrases match inflected forms: the stems carry the positions.
  {"\"gilet jaune\"", "les gilets jaunes", true},
  {"\"gilets jaunes\"", "un gilet jaune", true},
  {"\"coupure de courant\"", "des coupures de courant", true},
  {"\"coupure de courant\"", "une coupure du courant", false},
  {"\"gilet jaune\"", "un gilet et un bonnet jaune", false},
  {"\"Le Pen\"", "Marine Le Pen", true},
  {"\u201coffre colossale\u201d", "une colossale offre", false},
  {"escroc", "\u00ab\u00a0escroc\u00a0\u00bb", true},
  {"\u00ab escroc \u00bb", "qualifi\u00e9 d'escroc", true},
  // Stemming of common words.
  {"offres", "l'offre", true},
  {"milliard", "milliards", true},
  {"manifestation", "les manifestations", true},
  {"gr\u00e8ves", "la gr\u00e8ve", true},
  {"syndicats", "le syndicat", true},
  {"\u00e9lections", "l'\u00e9lection", true},
  {"coupures", "une coupure", true},
  {"investissements", "un investissement", true},
  {"rach\u00e8te", "racheter OpenAI", true},
  {"bourses", "la bourse universitaire", true},
  // A capitalised word that names someone or something is searched as
  // written where its stem would find other words (Snowball: openai -> open,
  // dati -> dat as date): here the archive holds no other form of it. An
  // ordinary word the user capitalised is stemmed like any other: its forms
  // as typed are most of what its stem finds.
  {"Gabon", "les Gabonais", false},
  {"gabon", "les Gabonais", true},
  {"Gabon", "au Gabon", true},
  {"Marseille", "la Marseillaise", false},
  {"Musk", "Elon Musk", true},
  {"OpenAI", "l'Open 13 de Marseille", false},
  {"openai", "l'Open 13 de Marseille", true},
  {"Dati", "une date", false},
  {"Dati", "Rachida Dati", true},
  {"Retraites", "la r\u00e9forme des retraites", true},
  {"Manifestations", "une manifestation", true},
  {"ELECTIONS", "les \u00e9lections municipales", true},
  {"R\u00e9forme", "les r\u00e9formes", true},
  {"Altman", "Sam Altman", true},
  {"Paris", "les Parisiens", false},
  {"xAI", "sa soci\u00e9t\u00e9 xAI", true},
  {"ChatGPT", "chatgpt", true},
  {"Zijin", "Zijin Mining", true},
  {"mining", "Zijin Mining", true},
  {"C\u00f4te d'Ivoire", "en C\u00f4te d\u2019Ivoire", true},
  {"cote d ivoire", "en C\u00f4te d'Ivoire", true},
  {"SEEG", "la Soci\u00e9t\u00e9 d'\u00e9nergie et d'eau du Gabon (SEEG)", true},
  // Stop words never empty a query, and never break a name.
  {"le la les", "le la les", true},
  {"de", "de", true},
  // Stop words have no stems in the index: when a query keeps them, they are
  // searched as written; when it has other words, they are dropped.
  {"\u00e9t\u00e9", "il a \u00e9t\u00e9 \u00e9lu", true},
  {"+le gr\u00e8ve", "le temps", true},
  {"le OR gr\u00e8ve", "le temps", true},
  {"la gr\u00e8ve", "la pluie", false},
  {"\"de la\"", "de la pluie", true},
  {"Le Monde", "selon Le Monde", true},
  {"Le Monde", "un monde meilleur", false},
  {"Les \u00c9chos", "selon Les Echos", true},
  {"Les \u00c9chos", "des \u00e9chos lointains", false},
  {"l'offre de Musk", "Musk", true},
  // Operators.
  {"Musk -OpenAI", "Musk et OpenAI", false},
  {"Musk -OpenAI", "Musk au Bureau ovale", true},
  // Letters then digits typed as one word find them written apart too.
  {"covid19", "la Covid-19", true},
  {"covid19", "le covid19", true},
  {"cop21", "la COP 21", true},
  {"Gabon OR Gambie", "la Gambie", true},
  {"Gabon AND Gambie", "la Gambie", false},
  {"(Gabon OR Gambie) AND Gaza", "la Gambie et Gaza", true},
};
// clang-format on

bool Matches(const FrenchAnalyzer& analyzer, const Row& row) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::Document doc;
  FrenchAnalyzer::DocumentTerms terms = analyzer.StartDocument(doc);
  analyzer.IndexText(terms, row.text);
  db.add_document(doc);
  absl::StatusOr<ParsedQuery> query = ParseUserQuery(db, analyzer, row.query);
  EXPECT_TRUE(query.ok()) << row.query << ": " << query.status();
  if (!query.ok()) return false;
  Xapian::Enquire enquire(db);
  enquire.set_query(query->query);
  return enquire.get_mset(0, 1).size() == 1;
}

TEST(AnalysisTableTest, EveryRowBehavesAsDocumented) {
  FrenchAnalyzer analyzer;
  int failures = 0;
  for (const Row& row : kRows) {
    if (Matches(analyzer, row) != row.should_match) {
      ++failures;
      ADD_FAILURE() << "query \"" << row.query << "\" on \"" << row.text
                    << "\" should " << (row.should_match ? "" : "not ")
                    << "match (parsed as: "
                    << PrepareQueryText(analyzer, row.query) << ")";
    }
  }
  const size_t rows = sizeof(kRows) / sizeof(kRows[0]);
  std::printf("analysis table: %zu rows, %d wrong\n", rows, failures);
  EXPECT_GE(rows, 100u);
}

// In an archive, what a capital does depends on what the archive holds: a
// word the articles name as an entity or a surname, or whose forms as typed
// are a minority of what its stem finds, is a name searched as written; an
// ordinary word, capitalised at the start of a query, keeps every form.
TEST(AnalysisTableTest, ACapitalisedNameIsSearchedAsWrittenInAnArchive) {
  FrenchAnalyzer analyzer;
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  auto add = [&](const char* text, const char* surname) {
    Xapian::Document doc;
    FrenchAnalyzer::DocumentTerms terms = analyzer.StartDocument(doc);
    analyzer.IndexText(terms, text);
    if (surname != nullptr)
      doc.add_boolean_term(FilterTerm(schema::kPersonSurname, surname));
    db.add_document(doc);
  };
  add("Rachida Dati au conseil de Paris", "dati");
  add("Rachida Dati et la mairie", "dati");
  add("une date pour le conseil", nullptr);
  add("la date du vote", nullptr);
  add("ces fossiles datent de l'Antiquité", nullptr);
  add("la réforme des retraites", nullptr);
  add("la retraite à 64 ans", nullptr);
  add("l'âge de la retraite", nullptr);
  auto count = [&](const char* query) {
    absl::StatusOr<ParsedQuery> parsed = ParseUserQuery(db, analyzer, query);
    EXPECT_TRUE(parsed.ok()) << query << ": " << parsed.status();
    if (!parsed.ok()) return Xapian::doccount{0};
    Xapian::Enquire enquire(db);
    enquire.set_query(parsed->query);
    return enquire.get_mset(0, 100).size();
  };
  EXPECT_EQ(count("Dati"), 2u);
  EXPECT_EQ(count("dati"), 4u);  // a topic: its stem finds "date" too
  EXPECT_EQ(count("-Dati conseil"), 1u);
  EXPECT_EQ(count("\"Rachida Dati\""), 2u);
  EXPECT_EQ(count("Retraites"), 3u);
  EXPECT_EQ(count("Retraite"), 3u);
}

// A query Xapian cannot read is explained in the operators the user typed.
TEST(AnalysisTableTest, AParseErrorSpeaksTheUsersOperators) {
  FrenchAnalyzer analyzer;
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  absl::StatusOr<ParsedQuery> sauf = ParseUserQuery(db, analyzer, "SAUF");
  ASSERT_FALSE(sauf.ok());
  EXPECT_NE(sauf.status().message().find("SAUF"), std::string::npos)
      << sauf.status();
  EXPECT_EQ(sauf.status().message().find(" NOT "), std::string::npos)
      << sauf.status();
}

}  // namespace
}  // namespace newsq::internal
