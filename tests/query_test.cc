// The query layer through the public API, on the bundled corpus: filters,
// dates, collapsing, lead choice, paging, ranking boosts, snippets, spelling
// and related stories. Totals and facets are in facets_test.cc.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "engine/database.h"
#include "engine/french_analyzer.h"
#include "engine/schema.h"
#include "engine/text_folding.h"
#include "newsq/newsq.h"
#include "query/facet_columns.h"
#include "query/story_search.h"
#include "query/story_view.h"
#include "tests/query_fixture.h"
#include "tests/rounded_scores.h"

namespace newsq::testing {
namespace {
TEST_F(QueryTest, OutletFilterInQueryAndFlagMatchExactlyThatOutlet) {
  const std::set<std::string> expected = StoredIds(
      [](const StoredArticle& a) { return a.article.outlet == "Tech Sphère"; });
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(MatchingIds(Request("outlet:\"Tech Sphère\"")), expected);
  EXPECT_EQ(MatchingIds(Request("outlet:tech-sphere")), expected);
  SearchRequest flag = Request("");
  flag.outlets = {"TECH SPHERE"};
  EXPECT_EQ(MatchingIds(flag), expected);
  // Excluded, the outlet is gone from the matches of a word query.
  for (const std::string& id :
       MatchingIds(Request("OpenAI -outlet:\"Tech Sphère\"")))
    EXPECT_NE(Stored(id).article.outlet, "Tech Sphère");
}

TEST_F(QueryTest, TwoOutletsMeanEitherTwoEntitiesMeanBoth) {
  const std::set<std::string> either = StoredIds([](const StoredArticle& a) {
    return a.article.outlet == "Tech Sphère" ||
           a.article.outlet == "Le Matin Express";
  });
  EXPECT_EQ(MatchingIds(
                Request("outlet:\"Tech Sphère\" outlet:\"Le Matin Express\"")),
            either);
  auto names = [](const StoredArticle& a, const std::string& name) {
    return std::any_of(a.article.entities.begin(), a.article.entities.end(),
                       [&](const Entity& e) { return e.name == name; });
  };
  const std::set<std::string> both = StoredIds([&](const StoredArticle& a) {
    return names(a, "Elon Musk") && names(a, "Sam Altman");
  });
  ASSERT_FALSE(both.empty());
  EXPECT_EQ(MatchingIds(Request("entity:\"Elon Musk\" entity:\"Sam Altman\"")),
            both);
  SearchRequest flags = Request("");
  flags.entities = {"elon musk", "sam altman"};
  EXPECT_EQ(MatchingIds(flags), both);
}

TEST_F(QueryTest, AuthorLanguageAndStoryFilters) {
  const std::set<std::string> by_author = StoredIds([](const StoredArticle& a) {
    return a.article.author.find("Julien Mercier") != std::string::npos;
  });
  ASSERT_FALSE(by_author.empty());
  EXPECT_EQ(MatchingIds(Request("author:\"Julien Mercier\"")), by_author);
  EXPECT_EQ(MatchingIds(Request("lang:fr")),
            StoredIds([](const StoredArticle& a) {
              return a.article.language == "fr";
            }));
  const std::string story = stored_->front().story_id;
  EXPECT_EQ(
      MatchingIds(Request("story:" + story)),
      StoredIds([&](const StoredArticle& a) { return a.story_id == story; }));
}

TEST_F(QueryTest, DateFiltersUseTheArticlesOwnDay) {
  auto day_of = [](const StoredArticle& a) {
    return a.article.published ? a.article.published->LocalDay() : "";
  };
  EXPECT_EQ(MatchingIds(Request("date:2025-02-11")),
            StoredIds([&](const StoredArticle& a) {
              return day_of(a) == "2025-02-11";
            }));
  EXPECT_EQ(MatchingIds(Request("since:2025-02-12")),
            StoredIds([&](const StoredArticle& a) {
              return !day_of(a).empty() && day_of(a) >= "2025-02-12";
            }));
  EXPECT_EQ(MatchingIds(Request("until:2025-02-10")),
            StoredIds([&](const StoredArticle& a) {
              return !day_of(a).empty() && day_of(a) <= "2025-02-10";
            }));
  EXPECT_EQ(
      MatchingIds(Request("date:2025-02")),
      StoredIds([&](const StoredArticle& a) { return !day_of(a).empty(); }));
  // Relative: two days before "now" (2025-02-14 12:00 +01:00).
  const std::set<std::string> recent = StoredIds([](const StoredArticle& a) {
    return a.article.published &&
           a.article.published->unix_seconds >= kNow.unix_seconds - 2 * 86400;
  });
  ASSERT_FALSE(recent.empty());
  EXPECT_EQ(MatchingIds(Request("since:2d")), recent);
  EXPECT_EQ(MatchingIds(Request("depuis:2j")), recent);
  SearchRequest flag = Request("");
  flag.since = "48h";
  EXPECT_EQ(MatchingIds(flag), recent);
}

TEST_F(QueryTest, BadSyntaxGetsAMessageNamingTheProblem) {
  struct Case {
    const char* query;
    const char* says;
  };
  for (const Case& c :
       {Case{"Musk since:2025-13-01", "since:2025-13-01"},
        Case{"Musk date:hier", "date:hier"}, Case{"Musk since:7x", "since:7x"},
        Case{"Musk foo:bar", "unknown filter \"foo:\""},
        Case{"outlet:\"\"", "outlet"},
        Case{"Musk since:", "\"since:\" has no value"},
        // A bad date negated in brackets beside a lone sign crashed Xapian's
        // parser (found by tests/fuzz).
        Case{"( -jusque:a -, ( -jusque:c", "jusque:a"}}) {
    absl::StatusOr<SearchResult> result = searcher_->Search(Request(c.query));
    ASSERT_FALSE(result.ok()) << c.query;
    EXPECT_EQ(result.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(result.status().message().find(c.says), std::string::npos)
        << result.status();
  }
  SearchRequest bad_facet = Request("Musk");
  bad_facet.facets = {"colour"};
  EXPECT_EQ(searcher_->Search(bad_facet).status().code(),
            absl::StatusCode::kInvalidArgument);
  // A URL or a time is not a filter.
  EXPECT_TRUE(searcher_->Search(Request("https://www.techsphere.fr")).ok());
}

// ET, OU and SAUF, as Europresse takes them, are AND, OR and NOT (issue 22);
// in lower case or in quotes they are words.
TEST_F(QueryTest, FrenchOperatorsAreTheBooleanOnes) {
  struct Pair {
    const char* french;
    const char* english;
  };
  for (const Pair& p :
       {Pair{"Musk ET Altman", "Musk AND Altman"},
        Pair{"Musk OU Trump", "Musk OR Trump"},
        Pair{"Musk SAUF Tesla", "Musk NOT Tesla"},
        Pair{"(Musk OU Altman) ET OpenAI", "(Musk OR Altman) AND OpenAI"}}) {
    const std::set<std::string> english = MatchingIds(Request(p.english));
    EXPECT_FALSE(english.empty()) << p.english;
    EXPECT_EQ(MatchingIds(Request(p.french)), english) << p.french;
  }
  // "et" is a word: both words are wanted, but one is enough.
  EXPECT_EQ(MatchingIds(Request("Musk et Altman")),
            MatchingIds(Request("Musk Altman")));
  EXPECT_NE(MatchingIds(Request("Musk ET Trump")),
            MatchingIds(Request("Musk OU Trump")));
}

// A query of exclusions only keeps every article without them, as NOT does;
// Xapian alone would read "-Musk" as Musk.
TEST_F(QueryTest, ExclusionsAloneKeepEveryOtherArticle) {
  const std::set<std::string> all =
      StoredIds([](const StoredArticle&) { return true; });
  for (const char* excluded :
       {"Musk", "\"Elon Musk\"", "outlet:\"Tech Sphère\"", "grève"}) {
    const std::set<std::string> with = MatchingIds(Request(excluded));
    ASSERT_FALSE(with.empty()) << excluded;
    std::set<std::string> without;
    std::set_difference(all.begin(), all.end(), with.begin(), with.end(),
                        std::inserter(without, without.begin()));
    EXPECT_EQ(MatchingIds(Request(std::string("-") + excluded)), without)
        << excluded;
  }
  EXPECT_EQ(MatchingIds(Request("-Musk -grève")),
            MatchingIds(Request("NOT Musk NOT grève")));
  // However it is typed: curly quotes, guillemets, a tab, a lone sign left
  // over, an elided article before the word.
  const std::set<std::string> without_musk = MatchingIds(Request("NOT Musk"));
  for (const char* typed :
       {"-\u201cElon Musk\u201d", "-\u00ab Musk \u00bb", "-Musk\t-Musk",
        "-Musk -", "- -Musk", "-Musk -\u2026"}) {
    EXPECT_EQ(MatchingIds(Request(typed)), without_musk) << typed;
  }
  EXPECT_EQ(MatchingIds(Request("-l'\u00c9lys\u00e9e")),
            MatchingIds(Request("NOT \u00c9lys\u00e9e")));
  EXPECT_EQ(MatchingIds(Request("Musk -l'\u00c9lys\u00e9e")),
            MatchingIds(Request("Musk -\u00c9lys\u00e9e")));
  // An operator or a sign before no word is no exclusion to rewrite: no
  // error names a NOT the user never typed.
  for (const char* typed : {"-AND", "-\"\"", "-"}) {
    absl::StatusOr<SearchResult> result = searcher_->Search(Request(typed));
    if (!result.ok())
      EXPECT_EQ(result.status().message().find("NOT"), std::string::npos)
          << typed << ": " << result.status();
  }
  // A bracket is one part: excluded as a word is.
  const std::set<std::string> neither =
      MatchingIds(Request("NOT Musk NOT Altman NOT grève"));
  ASSERT_FALSE(neither.empty());
  EXPECT_EQ(MatchingIds(Request("-Musk -(Altman OR grève)")), neither);
  EXPECT_EQ(MatchingIds(Request("-Musk -(Altman grève")), neither);
  // Beside a word, "-" excludes from that word's matches, as before.
  EXPECT_EQ(MatchingIds(Request("OpenAI -Musk")),
            MatchingIds(Request("OpenAI NOT Musk")));
}

// A bracket of stop words stands for nothing, signed or not. Xapian 1.4
// alone dies on a second sign before one (tests/fuzz found "-u -, (a,c").
TEST_F(QueryTest, BracketsOfStopWordsAloneStandForNothing) {
  const std::set<std::string> without_musk = MatchingIds(Request("NOT Musk"));
  ASSERT_FALSE(without_musk.empty());
  for (const char* typed :
       {"-Musk -(le, la)", "-Musk -(le ; de (la,les))", "-Musk -title:(de,la)",
        "-Musk -(du,les", "-Musk (le,la)"}) {
    EXPECT_EQ(MatchingIds(Request(typed)), without_musk) << typed;
  }
  const std::set<std::string> musk = MatchingIds(Request("+Musk"));
  ASSERT_FALSE(musk.empty());
  for (const char* typed : {"+Musk +(de;la)", "+Musk +titre:(le, la)"})
    EXPECT_EQ(MatchingIds(Request(typed)), musk) << typed;
  EXPECT_EQ(MatchingIds(Request("openai -musk -(le, la)")),
            MatchingIds(Request("openai -musk")));
  // A bracket with a word keeps its sign, and so does a lone stop word, as
  // outside brackets.
  EXPECT_EQ(MatchingIds(Request("-Musk -(le Altman)")),
            MatchingIds(Request("NOT Musk NOT Altman")));
  EXPECT_EQ(MatchingIds(Request("-Musk -(les")),
            MatchingIds(Request("-Musk -les")));
}

// A filter's name is read whatever its case: caps lock on, or a phone's
// capital, never loses the filter.
TEST_F(QueryTest, FilterNamesAreReadInAnyCase) {
  for (const char* filter : {"since:2025-02-12 Musk", "outlet:techsphere.fr",
                             "entity:Altman", "title:OpenAI"}) {
    const std::set<std::string> expected = MatchingIds(Request(filter));
    ASSERT_FALSE(expected.empty()) << filter;
    std::string upper = filter;
    const size_t colon = upper.find(':');
    for (size_t i = 0; i < colon; ++i)
      upper[i] = static_cast<char>(std::toupper(upper[i]));
    std::string capitalised = filter;
    capitalised[0] = static_cast<char>(std::toupper(capitalised[0]));
    EXPECT_EQ(MatchingIds(Request(upper)), expected) << upper;
    EXPECT_EQ(MatchingIds(Request(capitalised)), expected) << capitalised;
  }
}

// Past kMaxQueryBytes or kMaxQueryWildcards a query is refused with the
// reason, before it costs anything; at the bounds it runs.
TEST_F(QueryTest, QueriesPastTheBoundsAreRefusedNamingTheBound) {
  std::string words;
  while (words.size() + 6 <= kMaxQueryBytes) words += "Musk ";
  EXPECT_TRUE(searcher_->Search(Request(words)).ok());
  absl::StatusOr<SearchResult> too_long =
      searcher_->Search(Request(words + "OpenAI"));
  ASSERT_EQ(too_long.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(too_long.status().message().find("query too long"),
            std::string::npos);
  std::string wildcards;
  for (int i = 0; i < kMaxQueryWildcards; ++i) wildcards += "mi* ";
  EXPECT_TRUE(searcher_->Search(Request(wildcards)).ok());
  absl::StatusOr<SearchResult> too_many =
      searcher_->Search(Request(wildcards + "op*"));
  ASSERT_EQ(too_many.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(too_many.status().message().find("too many wildcards: 65"),
            std::string::npos);
  // A long query that cannot be parsed is quoted by its start only.
  absl::StatusOr<SearchResult> bad =
      searcher_->Search(Request(std::string(2000, 'a') + " foo:bar"));
  ASSERT_FALSE(bad.ok());
  EXPECT_LT(bad.status().message().size(), 600u) << bad.status();
}

TEST_F(QueryTest, WildcardsMatchEveryWordWithThatStart) {
  // "grév*" finds grève, grèves and gréviste: every article holding a word
  // that starts so.
  const std::set<std::string> expected = StoredIds([](const StoredArticle& a) {
    const std::string text =
        " " + internal::FoldText(a.article.title + " " + a.article.text);
    return text.find(" grev") != std::string::npos;
  });
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(MatchingIds(Request("grév*")), expected);
}

TEST_F(QueryTest, CollapsedTotalsAgreeWithTheArticleList) {
  for (const char* query : {"OpenAI Musk", "grève", "lang:fr", "Paris"}) {
    const SearchResult collapsed = Search(Request(query));
    const std::set<std::string> ids = MatchingIds(Request(query));
    std::set<std::string> stories;
    for (const std::string& id : ids) stories.insert(Stored(id).story_id);
    EXPECT_TRUE(collapsed.total.exact) << query;
    EXPECT_EQ(collapsed.total.articles, static_cast<int64_t>(ids.size()))
        << query;
    EXPECT_EQ(collapsed.total.stories, static_cast<int64_t>(stories.size()))
        << query;
    // Each story once, and matching_articles counts its matches.
    std::set<std::string> shown;
    for (const StoryHit& story : collapsed.stories) {
      EXPECT_TRUE(shown.insert(story.story_id).second) << story.story_id;
      int64_t matches = 0;
      for (const std::string& id : ids)
        matches += Stored(id).story_id == story.story_id;
      EXPECT_EQ(story.matching_articles, matches) << query;
    }
    EXPECT_EQ(shown, stories) << query;
  }
}

TEST_F(QueryTest, StoryFactsInResultsAreThoseOfTheWholeStory) {
  for (const StoryHit& hit :
       Search(Request("Paris OR OpenAI OR grève")).stories) {
    absl::StatusOr<StoryHit> whole = searcher_->Story(hit.story_id);
    ASSERT_TRUE(whole.ok());
    EXPECT_EQ(hit.size, whole->size);
    EXPECT_EQ(hit.outlets, whole->outlets);
    EXPECT_EQ(hit.first_published, whole->first_published);
    EXPECT_EQ(hit.last_published, whole->last_published);
    // Each article says its story, as in search results.
    for (const ArticleHit& article : whole->articles)
      EXPECT_EQ(article.story_id, hit.story_id) << article.id;
  }
}

TEST_F(QueryTest, PagingNeverRepeatsAStory) {
  for (SortOrder sort : {SortOrder::kRelevance, SortOrder::kDate}) {
    SearchRequest request = Request("lang:fr Paris OR grève OR Musk");
    request.sort = sort;
    request.limit = 3;
    std::set<std::string> seen;
    int64_t total = -1;
    for (request.offset = 0;; request.offset += request.limit) {
      const SearchResult page = Search(request);
      total = page.total.stories;
      if (page.stories.empty()) break;
      for (const StoryHit& story : page.stories)
        EXPECT_TRUE(seen.insert(story.story_id).second) << story.story_id;
    }
    EXPECT_GT(total, 3);
    EXPECT_EQ(static_cast<int64_t>(seen.size()), total);
  }
}

TEST_F(QueryTest, LeadIsTheBestMatchOrTheEarliestOnRequest) {
  SearchRequest request = Request("OpenAI Musk");
  request.per_story = 10;
  const SearchResult best = Search(request);
  ASSERT_FALSE(best.stories.empty());
  for (const StoryHit& story : best.stories) {
    std::set<std::string> ids;
    for (const ArticleHit& hit : story.articles) {
      EXPECT_EQ(hit.story_id, story.story_id);
      EXPECT_LE(hit.score, story.articles.front().score);
      EXPECT_TRUE(ids.insert(hit.id).second);
    }
    EXPECT_EQ(static_cast<int64_t>(story.articles.size()),
              std::min<int64_t>(story.matching_articles, 11));
  }
  request.lead = LeadChoice::kEarliest;
  request.per_story = 0;
  for (const StoryHit& story : Search(request).stories) {
    ASSERT_EQ(story.articles.size(), 1u);
    const ArticleHit& lead = story.articles.front();
    SearchRequest within = Request("OpenAI Musk");
    within.story_id = story.story_id;
    for (const std::string& id : MatchingIds(within)) {
      const auto& published = Stored(id).article.published;
      if (published && lead.published) {
        EXPECT_LE(lead.published->unix_seconds, published->unix_seconds);
      }
    }
  }
}

TEST_F(QueryTest, NoCollapseListsArticles) {
  SearchRequest request = Request("OpenAI Musk");
  request.collapse = false;
  const SearchResult result = Search(request);
  EXPECT_TRUE(result.stories.empty());
  EXPECT_EQ(static_cast<int64_t>(result.articles.size()),
            result.total.articles);
  std::set<std::string> stories;
  for (const ArticleHit& hit : result.articles) stories.insert(hit.story_id);
  EXPECT_LT(stories.size(), result.articles.size());  // some story repeats
}

TEST_F(QueryTest, SortByDateIsNewestFirst) {
  SearchRequest request = Request("Musk OR grève OR OpenAI");
  request.sort = SortOrder::kDate;
  const SearchResult result = Search(request);
  ASSERT_GT(result.stories.size(), 2u);
  for (size_t i = 1; i < result.stories.size(); ++i) {
    EXPECT_GE(result.stories[i - 1].articles.front().published->unix_seconds,
              result.stories[i].articles.front().published->unix_seconds);
  }
}

TEST_F(QueryTest, ExplainedPartsAddUpAndBoostsFollowTheirRules) {
  SearchRequest request = Request("OpenAI");
  request.explain = true;
  request.recency_half_life_days = 1;
  request.recency_weight = 2;
  const SearchResult result = Search(request);
  ASSERT_FALSE(result.stories.empty());
  for (const StoryHit& story : result.stories) {
    const ArticleHit& lead = story.articles.front();
    ASSERT_TRUE(lead.explanation.has_value());
    const ScoreExplanation& e = *lead.explanation;
    EXPECT_NEAR(e.relevance + e.recency + e.coverage, lead.score, 1e-6);
    EXPECT_GT(e.relevance, 0);
    EXPECT_EQ(e.story_outlets, static_cast<int>(story.outlets.size()));
    EXPECT_NEAR(
        e.coverage,
        story.outlets.size() < 2
            ? 0
            : 0.5 * std::log2(static_cast<double>(story.outlets.size())),
        1e-9);
    ASSERT_TRUE(e.age_days.has_value());
    EXPECT_NEAR(e.recency, 2 * std::exp2(-*e.age_days), 1e-9);
  }
  // An archive search (a date filter) and a date sort have no boosts.
  request.query = "OpenAI since:2025-02-01";
  for (const StoryHit& story : Search(request).stories)
    EXPECT_EQ(story.articles.front().explanation->recency, 0);
  request.sort = SortOrder::kDate;
  for (const StoryHit& story : Search(request).stories)
    EXPECT_EQ(story.articles.front().explanation->coverage, 0);
}

// A long-lived searcher loads the facet columns after its first searches and
// then reads the boosts from them instead of the value streams: the ranking and
// every score must stay exactly what a fresh searcher gives.
TEST_F(QueryTest, BoostsReadFromLoadedColumnsScoreAsFromTheIndex) {
  auto fresh = Searcher::Open(*db_path_);
  ASSERT_TRUE(fresh.ok()) << fresh.status();
  std::vector<SearchRequest> requests;
  for (const char* query : {"OpenAI", "Musk OR tarifs", "Bruxelles", "le"}) {
    SearchRequest request = Request(query);
    request.explain = true;
    request.recency_half_life_days = 2;
    request.recency_weight = 1.5;
    requests.push_back(request);
    request.collapse = false;
    requests.push_back(request);
  }
  // The first pass is what a one-shot searcher sees (boosts from the index);
  // the searcher has loaded its columns by the second pass.
  std::vector<SearchResult> first;
  for (const SearchRequest& request : requests) {
    absl::StatusOr<SearchResult> result = (*fresh)->Search(request);
    ASSERT_TRUE(result.ok()) << result.status();
    first.push_back(*result);
  }
  for (size_t i = 0; i < requests.size(); ++i) {
    SCOPED_TRACE(requests[i].query);
    absl::StatusOr<SearchResult> again = (*fresh)->Search(requests[i]);
    ASSERT_TRUE(again.ok()) << again.status();
    ASSERT_EQ(again->stories.size(), first[i].stories.size());
    ASSERT_EQ(again->articles.size(), first[i].articles.size());
    for (size_t s = 0; s < again->stories.size(); ++s) {
      EXPECT_EQ(again->stories[s].story_id, first[i].stories[s].story_id);
      EXPECT_EQ(again->stories[s].score, first[i].stories[s].score);
    }
    const std::vector<ArticleHit>& before = first[i].articles;
    for (size_t a = 0; a < before.size(); ++a) {
      EXPECT_EQ(again->articles[a].id, before[a].id);
      EXPECT_EQ(again->articles[a].score, before[a].score);
      EXPECT_EQ(again->articles[a].explanation->recency,
                before[a].explanation->recency);
    }
  }
  EXPECT_GT(first[0].stories.size(), 1u);
}

// Search results describe each story from the loaded columns when a searcher
// has them: the same size, outlets and first and last dates (offsets
// included) as read from the index.
TEST_F(QueryTest, StorySummariesFromColumnsEqualThoseFromTheIndex) {
  const Xapian::Database db(*db_path_);
  const std::shared_ptr<const internal::FacetColumns> columns =
      internal::FacetColumns::Load(db, /*with_entities=*/false);
  std::map<std::string, Xapian::docid> member_of_story;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    member_of_story.emplace(
        db.get_document(*it).get_value(internal::schema::kStorySlot), *it);
  }
  ASSERT_GT(member_of_story.size(), 10u);
  size_t several_outlets = 0, with_offsets = 0;
  for (const auto& [story_id, member] : member_of_story) {
    SCOPED_TRACE(story_id);
    StoryHit from_index, from_columns;
    ASSERT_TRUE(internal::SummarizeStoryFromIndex(db, story_id, member,
                                                  &from_index, nullptr)
                    .ok());
    ASSERT_TRUE(internal::SummarizeStoryFromIndex(db, story_id, member,
                                                  &from_columns, columns.get())
                    .ok());
    EXPECT_EQ(from_columns.size, from_index.size);
    EXPECT_EQ(from_columns.outlets, from_index.outlets);
    EXPECT_EQ(from_columns.first_published, from_index.first_published);
    EXPECT_EQ(from_columns.last_published, from_index.last_published);
    if (from_index.first_published &&
        from_index.first_published->utc_offset_minutes != 0) {
      ++with_offsets;
    }
    if (from_index.outlets.size() > 1) ++several_outlets;
  }
  EXPECT_GT(several_outlets, 3u);
  EXPECT_GT(with_offsets, 3u);
}

TEST_F(QueryTest, RecencyLiftsNewerStories) {
  // With a one-hour half-life counted from the newest article, only the
  // newest story keeps a boost; a big weight puts it first.
  SearchRequest request = Request("OpenAI");
  request.recency_half_life_days = 1.0 / 24;
  request.recency_weight = 100;
  request.coverage_weight = 0;
  int64_t newest = 0;
  for (const std::string& id : MatchingIds(Request("OpenAI"))) {
    newest = std::max(newest, Stored(id).article.published->unix_seconds);
  }
  request.now = DateTime{newest, 0};
  const SearchResult result = Search(request);
  ASSERT_FALSE(result.stories.empty());
  EXPECT_EQ(result.stories.front().articles.front().published->unix_seconds,
            newest);
}

TEST_F(QueryTest, SnippetsHighlightTheMatchedWords) {
  const SearchResult result = Search(Request("grève écoles"));
  ASSERT_FALSE(result.stories.empty());
  const Snippet& snippet = result.stories.front().articles.front().snippet;
  ASSERT_FALSE(snippet.highlights.empty());
  for (const auto& [begin, end] : snippet.highlights) {
    const std::string word = snippet.text.substr(begin, end - begin);
    EXPECT_TRUE(word.starts_with("grève") || word.starts_with("école")) << word;
  }
}

TEST_F(QueryTest, AWordNoArticleHoldsGetsASuggestion) {
  // The correction keeps the capitals and accents typed (issue 22).
  const SearchResult result = Search(Request("Muks OpenAI"));
  EXPECT_EQ(result.suggestion, "Musk OpenAI");
  EXPECT_EQ(Search(Request("Musk OpenAI")).suggestion, "");
  EXPECT_EQ(Search(Request("grêve")).suggestion, "");  // folds to "greve"
  EXPECT_EQ(Search(Request("grevve")).suggestion, "greve");
  EXPECT_EQ(Search(Request("grèvve")).suggestion, "grève");
  EXPECT_EQ(Search(Request("-Grèvve")).suggestion, "-Grève");
}

// Typo tolerance (issue 22): a word no article holds is searched as the
// closest indexed spelling, and the answer says so; off, nothing is found.
TEST_F(QueryTest, AMisspeltWordIsSearchedAsTheClosestSpelling) {
  const std::set<std::string> right = MatchingIds(Request("écoles"));
  ASSERT_FALSE(right.empty());
  const SearchResult corrected = Search(Request("écolles"));
  ASSERT_EQ(corrected.corrections.size(), 1u);
  EXPECT_EQ(corrected.corrections[0].typed, "écolles");
  EXPECT_EQ(corrected.corrections[0].searched,
            std::vector<std::string>{"écoles"});
  EXPECT_FALSE(corrected.corrections[0].typed_searched);
  EXPECT_EQ(MatchingIds(Request("écolles")), right);

  SearchRequest exact = Request("écolles");
  exact.typo_tolerance = false;
  EXPECT_TRUE(Search(exact).corrections.empty());
  EXPECT_TRUE(MatchingIds(exact).empty());
  // Accents and case are no typos; a short word gets no guess.
  EXPECT_TRUE(Search(Request("GREVE ECOLES")).corrections.empty());
  EXPECT_TRUE(Search(Request("Muks")).corrections.empty());
}

// An outlet no article has is most likely one that some have, by one of its
// words or mistyped: the suggestion names it as pages do (issue 22).
TEST_F(QueryTest, AnUnknownOutletGetsTheOutletMeant) {
  EXPECT_EQ(Search(Request("outlet:Sphere")).suggestion,
            "outlet:\"Tech Sphère\"");
  EXPECT_EQ(Search(Request("Musk media:gazete")).suggestion,
            "Musk media:\"La Gazette du Rhône\"");
  EXPECT_EQ(
      Search(Request("(outlet:techsphere OR outlet:matin) Musk")).suggestion,
      "(outlet:\"Tech Sphère\" OR outlet:\"Le Matin Express\") Musk");
  // Known outlets, however written, and guesses from too little, stay.
  EXPECT_EQ(Search(Request("outlet:\"tech sphere\" Musk")).suggestion, "");
  EXPECT_EQ(Search(Request("outlet:le")).suggestion, "");
  EXPECT_EQ(Search(Request("outlet:zzzzzz")).suggestion, "");
}

TEST_F(QueryTest, RelatedStoriesShareTheSubjectButNotTheStory) {
  const SearchResult musk = Search(Request("\"97,4 milliards\""));
  ASSERT_FALSE(musk.stories.empty());
  const std::string story = musk.stories.front().story_id;
  absl::StatusOr<SearchResult> related = searcher_->Related(story, Request(""));
  ASSERT_TRUE(related.ok()) << related.status();
  ASSERT_FALSE(related->stories.empty());
  bool about_openai = false;
  for (const StoryHit& hit : related->stories) {
    EXPECT_NE(hit.story_id, story);
    about_openai |=
        hit.articles.front().title.find("OpenAI") != std::string::npos;
  }
  EXPECT_TRUE(about_openai);
  // An article id names its story.
  absl::StatusOr<SearchResult> by_article =
      searcher_->Related(musk.stories.front().articles.front().id, Request(""));
  ASSERT_TRUE(by_article.ok());
  EXPECT_EQ(by_article->stories.front().story_id,
            related->stories.front().story_id);
  EXPECT_EQ(searcher_->Related("0000000000000000", Request("")).status().code(),
            absl::StatusCode::kNotFound);
}

// A searcher whose facet columns are loaded ranks a small collapsed search in
// one weighted match over every matching article, finding the page's stories
// and the counts in it; without columns, Xapian's collapsed match and a
// second match for the counts answer. Both must give the same stories, leads,
// order, scores, totals, facets and snippets.
// Searchers on several threads at once, one each, as the server runs them:
// the empty query (every article), the biggest stories and the top entities
// all match everything. Xapian's shared MatchAll constant, copied on every
// thread, once crashed the server this way (query/match_all.h).
TEST_F(QueryTest, SearchersOnSeveralThreadsAtOnceMatchEverything) {
  constexpr int kThreads = 4;
  constexpr int kRounds = 500;
  std::vector<std::unique_ptr<Searcher>> searchers;
  for (int t = 0; t < kThreads; ++t) {
    auto searcher = Searcher::Open(*db_path_);
    ASSERT_TRUE(searcher.ok()) << searcher.status();
    searchers.push_back(*std::move(searcher));
  }
  std::vector<int> failures(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      Searcher& searcher = *searchers[t];
      for (int round = 0; round < kRounds; ++round) {
        const SearchRequest every = Request("");
        if (!searcher.Search(every).ok()) ++failures[t];
        if (!searcher.Stories(StoriesRequest()).ok()) ++failures[t];
        if (!searcher.Entities(every).ok()) ++failures[t];
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int t = 0; t < kThreads; ++t) EXPECT_EQ(failures[t], 0) << t;
}

TEST_F(QueryTest, CollapsedSearchesRankedInOneMatchAnswerAsInTwo) {
  // The corpus database may be an archive of shards (one per core).
  absl::StatusOr<internal::ReadableDatabase> opened =
      internal::OpenReadableShards(*db_path_);
  ASSERT_TRUE(opened.ok()) << opened.status();
  const Xapian::Database& db = opened->db;
  const internal::FrenchAnalyzer analyzer;
  internal::FacetColumnsCache loaded;
  loaded.SetShards(opened->ShardDatabases(), opened->AnyRemote());
  ASSERT_NE(
      loaded.For(db, /*with_entities=*/true, [&] { return db.get_doccount(); }),
      nullptr);
  std::vector<SearchRequest> requests;
  auto add = [&](const std::string& query, auto&& tweak) {
    SearchRequest request = Request(query);
    request.limit = 10;
    request.facets = {kOutletFacet, kEntityFacet, kDayFacet};
    tweak(request);
    requests.push_back(request);
  };
  const auto as_is = [](SearchRequest&) {};
  for (const char* query : {"OpenAI Musk", "Musk OR tarifs", "le", "grève",
                            "outlet:\"Tech Sphère\"", "entity:musk"}) {
    add(query, as_is);
  }
  add("Musk", [](SearchRequest& r) { r.sort = SortOrder::kDate; });
  add("Musk", [](SearchRequest& r) {
    r.offset = 2;
    r.limit = 3;
  });
  add("Musk", [](SearchRequest& r) { r.per_story = 2; });
  add("Musk", [](SearchRequest& r) { r.lead = LeadChoice::kEarliest; });
  add("Musk", [](SearchRequest& r) { r.explain = true; });
  add("Musk", [](SearchRequest& r) { r.facets.clear(); });
  add("", [](SearchRequest& r) { r.since = "2025-02-11"; });
  for (const SearchRequest& request : requests) {
    SCOPED_TRACE(request.query);
    absl::StatusOr<SearchResult> two_matches =
        internal::SearchStories(db, analyzer, request, nullptr);
    absl::StatusOr<SearchResult> one_match =
        internal::SearchStories(db, analyzer, request, &loaded);
    ASSERT_TRUE(two_matches.ok()) << two_matches.status();
    ASSERT_TRUE(one_match.ok()) << one_match.status();
    EXPECT_FALSE(one_match->stories.empty());
    EXPECT_EQ(WithRoundedScores(ToJson(*one_match)),
              WithRoundedScores(ToJson(*two_matches)));
  }
}

}  // namespace
}  // namespace newsq::testing
