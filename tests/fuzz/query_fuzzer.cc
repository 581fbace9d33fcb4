// libFuzzer target: arbitrary bytes as what a user types after `newsq search`,
// parsed and then searched on a tiny in-memory index of four articles.
//
// A crash, a sanitizer report, a leak, an input that runs over libFuzzer's
// -timeout, or a Xapian exception leaving the search is a finding (library/
// would turn that exception into a failure, exit 1, for what is a bad query at
// worst). kInvalidArgument is the expected answer to nonsense.
#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "engine/french_analyzer.h"
#include "indexer/document_builder.h"
#include "newsq/article.h"
#include "newsq/search.h"
#include "query/query_parser.h"
#include "query/story_search.h"

namespace {

using newsq::Article;
using newsq::DateTime;
using newsq::internal::FrenchAnalyzer;

newsq::Article MakeArticle(const char* url, const char* outlet,
                           const char* published, const char* title,
                           const char* text,
                           std::vector<newsq::Entity> entities) {
  Article a;
  a.url = url;
  a.outlet = outlet;
  a.published = DateTime::FromIso8601(published);
  a.title = title;
  a.text = text;
  a.language = "fr";
  a.section = "economie";
  a.author = "Julien Mercier";
  a.entities = std::move(entities);
  return a;
}

// Four articles in three stories, with every filter's field set, so that
// filters, facets, wildcards, snippets and spelling all have something to
// read.
Xapian::Database* MakeIndex(const FrenchAnalyzer& analyzer) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  newsq::internal::DocumentBuilder builder(analyzer);
  const struct {
    Article article;
    const char* story;
  } kArticles[] = {
      {MakeArticle("https://tech.example/musk-openai", "Tech Sphère",
                   "2025-02-11T08:30:00+01:00",
                   "Elon Musk propose 97,4 milliards pour OpenAI",
                   "Le consortium mené par Elon Musk propose 97,4 milliards "
                   "de dollars pour prendre le contrôle d'OpenAI. Sam Altman "
                   "a répondu sur X par une contre-offre ironique.",
                   {{"Elon Musk", "PER", 2, {}},
                    {"OpenAI", "ORG", 2, {}},
                    {"Sam Altman", "PER", 1, {}}}),
       "00000000000000a1"},
      {MakeArticle("https://lemonde.example/openai-offre", "Le Monde",
                   "2025-02-11T17:00:00+01:00",
                   "Sam Altman refuse l'offre de Musk",
                   "Le patron d'OpenAI, Sam Altman, refuse l'offre de rachat "
                   "d'Elon Musk et parle d'une manœuvre.",
                   {{"Sam Altman", "PER", 2, {}}, {"OpenAI", "ORG", 1, {}}}),
       "00000000000000a1"},
      {MakeArticle("https://gazette.example/greve-ecoles", "La Gazette",
                   "2025-02-07T06:00:00+01:00",
                   "Grève des écoles à Paris : une classe sur trois fermée",
                   "La grève des enseignants parisiens contre la carte "
                   "scolaire ferme une classe sur trois. Les grévistes "
                   "manifestent devant le rectorat.",
                   {{"Paris", "LOC", 1, {}}}),
       "00000000000000b2"},
      {MakeArticle("https://echo.example/gabon-delestages", "L'Écho",
                   "2024-12-30T12:00:00+01:00",
                   "Gabon : les délestages reprennent à Libreville",
                   "La SEEG annonce de nouveaux délestages à Libreville, "
                   "plongée dans le noir trois heures par jour.",
                   {{"Gabon", "LOC", 1, {}},
                    {"SEEG", "ORG", 1, {"Société d'énergie"}}}),
       "00000000000000c3"},
  };
  int n = 0;
  for (const auto& [article, story] : kArticles) {
    db.add_document(
        builder.Build(article, "000000000000000" + std::to_string(++n), story));
  }
  db.commit();
  return new Xapian::Database(db);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const FrenchAnalyzer* analyzer = new FrenchAnalyzer();
  static const Xapian::Database* db = MakeIndex(*analyzer);
  const std::string text(reinterpret_cast<const char*>(data), size);
  // The day after the articles, as the tests fix it, so that since:7d
  // keeps the same articles on any day the fuzzer runs.
  newsq::SearchRequest request;
  request.query = text;
  request.now = DateTime::FromIso8601("2025-02-14T12:00:00+01:00");
  request.facets = {"outlet", "entity", "day"};
  request.per_story = 1;
  request.explain = true;
  try {
    // The parser alone, as `newsq search` meets it first.
    newsq::internal::ParseUserQuery(*db, *analyzer, text,
                                    request.now->unix_seconds)
        .IgnoreError();
    // The whole search: filters, ranking, collapsing, facets, snippets,
    // spelling.
    newsq::internal::SearchStories(*db, *analyzer, request, nullptr)
        .IgnoreError();
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "Xapian exception from the search: %s\n",
                 e.get_description().c_str());
    std::abort();
  }
  return 0;
}
