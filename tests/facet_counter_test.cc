// Counting from facet columns (a long-lived local searcher) and counting
// Xapian's value-count spy over the facet key (remote shards, one-shot
// searches) give the same facets, names included.
#include "query/facet_counter.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>
#include <vector>

#include "engine/schema.h"
#include "indexer/document_builder.h"
#include "newsq/article.h"
#include "tests/scratch_dir.h"

namespace newsq::internal {
namespace {

std::map<std::string, std::vector<FacetValue>> Count(
    const Xapian::Database& db, const Xapian::Query& query,
    std::shared_ptr<const FacetColumns> columns) {
  const std::vector<std::string> facets = {kOutletFacet, kEntityFacet,
                                           kDayFacet};
  absl::StatusOr<std::unique_ptr<FacetCounter>> counter =
      FacetCounter::Create(facets, columns);
  EXPECT_TRUE(counter.ok());
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  Xapian::ValueCountMatchSpy keys(schema::kFacetKeySlot);
  if (columns) {
    enquire.add_matchspy(counter->get());
  } else {
    enquire.add_matchspy(&keys);
  }
  enquire.get_mset(0, 0, db.get_doccount());
  if (!columns) (*counter)->CountFacetKeys(keys);
  (*counter)->Finish();
  return (*counter)->Facets(10, 1.0);
}

std::string Dump(const std::map<std::string, std::vector<FacetValue>>& facets) {
  std::string out;
  for (const auto& [name, values] : facets) {
    out += name + ":";
    for (const FacetValue& v : values) {
      out += " " + v.value + "=" + std::to_string(v.articles) + "/" +
             std::to_string(v.stories);
    }
    out += "\n";
  }
  return out;
}

TEST(FacetCounterTest, ColumnsAndTheFacetKeySpyCountAndNameAlike) {
  newsq::testing::ScratchDir dir("facet_counter");
  Xapian::WritableDatabase db((dir.path() / "db").string(), Xapian::DB_CREATE);
  // The archive writes "Élysée" three times and "Elysée" twice; the matches
  // (articles 3 to 5) write "Elysée" twice and "Élysée" once, so they name
  // the entity "Elysée".
  const std::vector<std::vector<std::string>> names = {{"Élysée", "Paris"},
                                                       {"Élysée"},
                                                       {"Elysée", "Paris"},
                                                       {"Elysée", "Élysée"},
                                                       {"Macron"}};
  for (size_t i = 0; i < names.size(); ++i) {
    Article article;
    article.title = "Titre";
    article.text = "Texte.";
    article.outlet = i % 2 == 0 ? "Le Soir" : "Le Temps";
    article.published = DateTime::FromIso8601(
        i < 3 ? "2025-02-10T10:00:00+01:00" : "2025-02-11T10:00:00+01:00");
    for (const std::string& name : names[i])
      article.entities.push_back({.name = name, .type = Entity::kPlace});
    Xapian::Document doc;
    DocumentBuilder::Complete(doc, article, "a" + std::to_string(i + 1),
                              i < 3 ? "s1" : "s2", "hash");
    db.add_document(doc);
  }
  db.commit();
  std::vector<Xapian::Query> matching;
  for (const char* id : {"a3", "a4", "a5"})
    matching.emplace_back(std::string(schema::kArticleId) + id);
  const Xapian::Query query(Xapian::Query::OP_OR, matching.begin(),
                            matching.end());

  const auto from_columns =
      Count(db, query, FacetColumns::Load(db, /*with_entities=*/true));
  const auto from_keys = Count(db, query, nullptr);
  EXPECT_EQ(Dump(from_columns), Dump(from_keys));
  const std::vector<FacetValue>& entities = from_keys.at(kEntityFacet);
  ASSERT_FALSE(entities.empty());
  EXPECT_EQ(entities.front().value, "Elysée");
  EXPECT_EQ(entities.front().articles, 2);
  EXPECT_EQ(entities.front().stories, 2);
}

}  // namespace
}  // namespace newsq::internal
