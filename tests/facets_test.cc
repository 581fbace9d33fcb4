// Totals and facets through the public API, on the bundled corpus: each count
// against a brute-force count over every stored article, exact, sampled, and
// with and without the facet columns a long-lived searcher loads.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "engine/schema.h"
#include "engine/text_folding.h"
#include "newsq/newsq.h"
#include "query/facet_columns.h"
#include "query/story_view.h"
#include "tests/query_fixture.h"

namespace newsq::testing {
namespace {

TEST_F(QueryTest, FacetCountsMatchABruteForceCount) {
  for (const char* query : {"OpenAI Musk", "since:2025-02-11", "grève"}) {
    SearchRequest request = Request(query);
    request.facets = {"outlet", "entity", "day"};
    request.facet_limit = 1000;
    const SearchResult result = Search(request);
    ASSERT_TRUE(result.facets_exact);
    // The brute force: every matching stored article, every value it holds.
    std::map<std::string, std::map<std::string, std::set<std::string>>>
        articles, stories;
    for (const std::string& id : MatchingIds(Request(query))) {
      const StoredArticle& a = Stored(id);
      auto count = [&](const std::string& facet, const std::string& value) {
        articles[facet][value].insert(a.id);
        stories[facet][value].insert(a.story_id);
      };
      count("outlet", a.article.outlet);
      if (a.article.published) count("day", a.article.published->LocalDay());
      // Spellings of one entity (apostrophes, accents, case) are one value.
      for (const Entity& e : a.article.entities)
        count("entity", internal::FilterKey(e.name));
    }
    for (const char* facet : {"outlet", "entity", "day"}) {
      const std::vector<FacetValue>& values = result.facets.at(facet);
      EXPECT_EQ(values.size(), articles[facet].size()) << query << " " << facet;
      for (const FacetValue& v : values) {
        const std::string key = std::string(facet) == "entity"
                                    ? internal::FilterKey(v.value)
                                    : v.value;
        EXPECT_EQ(v.articles, static_cast<int64_t>(articles[facet][key].size()))
            << query << " " << facet << "=" << v.value;
        EXPECT_EQ(v.stories, static_cast<int64_t>(stories[facet][key].size()))
            << query << " " << facet << "=" << v.value;
      }
      EXPECT_TRUE(std::is_sorted(values.begin(), values.end(),
                                 [](const FacetValue& a, const FacetValue& b) {
                                   return a.articles > b.articles;
                                 }));
    }
  }
}

TEST_F(QueryTest, EntitiesOfAPeriodAreCountedOverItsArticles) {
  SearchRequest request = Request("");
  request.since = "2025-02-12";
  request.facet_limit = 1000;
  absl::StatusOr<std::vector<FacetValue>> entities =
      searcher_->Entities(request);
  ASSERT_TRUE(entities.ok()) << entities.status();
  std::map<std::string, std::set<std::string>> articles, stories;
  for (const StoredArticle& a : *stored_) {
    if (!a.article.published || a.article.published->LocalDay() < "2025-02-12")
      continue;
    for (const Entity& e : a.article.entities) {
      articles[internal::FilterKey(e.name)].insert(a.id);
      stories[internal::FilterKey(e.name)].insert(a.story_id);
    }
  }
  ASSERT_FALSE(articles.empty());
  EXPECT_EQ(entities->size(), articles.size());
  for (const FacetValue& v : *entities) {
    const std::string key = internal::FilterKey(v.value);
    EXPECT_EQ(v.articles, static_cast<int64_t>(articles[key].size())) << key;
    EXPECT_EQ(v.stories, static_cast<int64_t>(stories[key].size())) << key;
  }
  // No period: every article counts.
  request.since.clear();
  request.facet_limit = 1;
  entities = searcher_->Entities(request);
  ASSERT_TRUE(entities.ok());
  ASSERT_EQ(entities->size(), 1u);
  int64_t most = 0;
  for (const StoredArticle& a : *stored_) {
    bool names = false;
    for (const Entity& e : a.article.entities) {
      names |= internal::FilterKey(e.name) ==
               internal::FilterKey(entities->front().value);
    }
    most += names;
  }
  EXPECT_EQ(entities->front().articles, most);
}

TEST_F(QueryTest, SampledFacetsOverEveryMatchEqualExactOnes) {
  SearchRequest exact = Request("Paris");
  exact.facets = {"outlet", "day"};
  SearchRequest sampled = exact;
  sampled.facet_mode = FacetMode::kSampled;
  sampled.facet_sample = 1000;  // more than the corpus: the sample is all
  const SearchResult a = Search(exact);
  const SearchResult b = Search(sampled);
  EXPECT_TRUE(b.facets_exact);
  EXPECT_EQ(b.total.articles, a.total.articles);
  for (const char* facet : {"outlet", "day"}) {
    ASSERT_EQ(a.facets.at(facet).size(), b.facets.at(facet).size());
    for (size_t i = 0; i < a.facets.at(facet).size(); ++i) {
      EXPECT_EQ(a.facets.at(facet)[i].articles, b.facets.at(facet)[i].articles);
    }
  }
}

TEST_F(QueryTest, CountsAreTheSameWithAndWithoutLoadedColumns) {
  // A fresh searcher's first search with few matches reads each match's
  // values; this suite's searcher has searched before and counts from loaded
  // columns. Both must count the same.
  auto fresh = Searcher::Open(*db_path_);
  ASSERT_TRUE(fresh.ok());
  SearchRequest request = Request("\"97,4 milliards\"");
  request.facets = {"outlet", "entity", "day"};
  request.facet_limit = 100;
  absl::StatusOr<SearchResult> direct = (*fresh)->Search(request);
  ASSERT_TRUE(direct.ok());
  const SearchResult loaded = Search(request);
  ASSERT_GT(direct->total.articles, 1);
  EXPECT_EQ(direct->total.articles, loaded.total.articles);
  EXPECT_EQ(direct->total.stories, loaded.total.stories);
  for (const char* facet : {"outlet", "entity", "day"}) {
    const auto& a = direct->facets.at(facet);
    const auto& b = loaded.facets.at(facet);
    ASSERT_EQ(a.size(), b.size()) << facet;
    for (size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(a[i].value, b[i].value);
      EXPECT_EQ(a[i].articles, b[i].articles);
      EXPECT_EQ(a[i].stories, b[i].stories);
    }
  }
  ASSERT_EQ(direct->stories.size(), loaded.stories.size());
  for (size_t i = 0; i < direct->stories.size(); ++i) {
    EXPECT_EQ(direct->stories[i].matching_articles,
              loaded.stories[i].matching_articles);
  }
}

// Totals come from the same count whether facets are asked for or not (with
// facets, matches are also ordered story by story).
TEST_F(QueryTest, TotalsAreTheSameWithAndWithoutFacets) {
  for (const char* query : {"le", "Musk OR tarifs", "OpenAI", "Bruxelles"}) {
    SCOPED_TRACE(query);
    SearchRequest request = Request(query);
    const SearchResult plain = Search(request);
    request.facets = {"outlet", "day"};
    const SearchResult faceted = Search(request);
    EXPECT_TRUE(plain.total.exact);
    EXPECT_EQ(plain.total.articles, faceted.total.articles);
    EXPECT_EQ(plain.total.stories, faceted.total.stories);
    ASSERT_EQ(plain.stories.size(), faceted.stories.size());
    for (size_t i = 0; i < plain.stories.size(); ++i) {
      EXPECT_EQ(plain.stories[i].matching_articles,
                faceted.stories[i].matching_articles);
    }
    if (std::string(query) == "le") {
      EXPECT_GT(plain.total.stories, 10);
      EXPECT_LT(plain.total.stories, plain.total.articles);
    }
  }
}

// Columns are loaded without entities until a search counts them; the
// searcher then completes them, and counts as a searcher reading values does.
TEST_F(QueryTest, EntityCountsAfterColumnsLoadedWithoutThem) {
  auto warm = Searcher::Open(*db_path_);
  ASSERT_TRUE(warm.ok());
  for (int i = 0; i < 3; ++i) {  // enough searches to keep columns
    absl::StatusOr<SearchResult> broad = (*warm)->Search(Request("le"));
    ASSERT_TRUE(broad.ok());
    ASSERT_GT(broad->total.articles, 10);
  }
  auto fresh = Searcher::Open(*db_path_);
  ASSERT_TRUE(fresh.ok());
  SearchRequest request = Request("\"97,4 milliards\"");
  request.facets = {"entity"};
  request.facet_limit = 100;
  absl::StatusOr<SearchResult> direct = (*fresh)->Search(request);
  absl::StatusOr<SearchResult> completed = (*warm)->Search(request);
  ASSERT_TRUE(direct.ok());
  ASSERT_TRUE(completed.ok());
  const auto& a = direct->facets.at("entity");
  const auto& b = completed->facets.at("entity");
  ASSERT_GT(a.size(), 2u);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].value, b[i].value);
    EXPECT_EQ(a[i].articles, b[i].articles);
    EXPECT_EQ(a[i].stories, b[i].stories);
  }
}

TEST_F(QueryTest, SpellingsOfAnEntityAreOneFacetValue) {
  // The corpus writes "Afrique de l'Ouest" with straight and curly
  // apostrophes. Both counting paths (a fresh searcher reading values, this
  // suite's warm one with columns) show one value, in the commoner spelling.
  int64_t naming = 0;
  std::map<std::string, int> spellings;
  for (const StoredArticle& a : *stored_) {
    bool names = false;
    for (const Entity& e : a.article.entities) {
      if (internal::FilterKey(e.name) != "afrique de l ouest") continue;
      names = true;
      ++spellings[e.name];
    }
    naming += names;
  }
  ASSERT_GE(spellings.size(), 2u) << "the corpus no longer has two spellings";
  const std::string commonest =
      std::max_element(
          spellings.begin(), spellings.end(),
          [](const auto& a, const auto& b) { return a.second < b.second; })
          ->first;
  SearchRequest request = Request("entity:\"Afrique de l'Ouest\"");
  request.facets = {"entity"};
  request.facet_limit = 1000;
  auto fresh = Searcher::Open(*db_path_);
  ASSERT_TRUE(fresh.ok());
  absl::StatusOr<SearchResult> direct = (*fresh)->Search(request);
  ASSERT_TRUE(direct.ok());
  for (const SearchResult& result : {*direct, Search(request)}) {
    EXPECT_EQ(result.total.articles, naming);
    int values = 0;
    for (const FacetValue& v : result.facets.at("entity")) {
      if (internal::FilterKey(v.value) != "afrique de l ouest") continue;
      ++values;
      EXPECT_EQ(v.articles, naming);
      EXPECT_EQ(v.value, commonest);
    }
    EXPECT_EQ(values, 1);
  }
}

TEST_F(QueryTest, AnEntityFilterMatchesItsAcronymToo) {
  // The Gabon pages spell out "Société d'énergie et d'eau du Gabon (SEEG)":
  // the entity is named by its long form, and entity:SEEG finds the same
  // articles as the long form.
  const std::set<std::string> spelt_out = StoredIds([](const StoredArticle& a) {
    for (const Entity& e : a.article.entities) {
      if (std::find(e.aliases.begin(), e.aliases.end(), "SEEG") !=
          e.aliases.end())
        return true;
    }
    return false;
  });
  ASSERT_GE(spelt_out.size(), 2u) << "no page spells out SEEG any more";
  const std::set<std::string> by_acronym = MatchingIds(Request("entity:SEEG"));
  for (const std::string& id : spelt_out) EXPECT_TRUE(by_acronym.contains(id));
  EXPECT_EQ(
      MatchingIds(Request("entity:\"Société d'énergie et d'eau du Gabon\"")),
      by_acronym);
}

}  // namespace
}  // namespace newsq::testing
