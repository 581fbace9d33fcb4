#include "query/story_search.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

#include "absl/strings/str_cat.h"
#include "engine/article_codec.h"
#include "engine/schema.h"
#include "query/counting_match.h"
#include "query/facet_counter.h"
#include "query/filters.h"
#include "query/match_all.h"
#include "query/ranking.h"
#include "query/spelling.h"
#include "query/story_collapse.h"
#include "query/story_view.h"
#include "query/typo_tolerance.h"

namespace newsq::internal {
namespace {

std::optional<double> PublishedSecondsOf(const Xapian::Document& doc) {
  const std::string value = doc.get_value(schema::kPublishedSlot);
  if (value.empty()) return std::nullopt;
  return Xapian::sortable_unserialise(value);
}

// The request's "now", else the clock's.
int64_t NowSeconds(const SearchRequest& request) {
  return request.now ? request.now->unix_seconds : NowUnixSeconds();
}

// `request` with its "now" fixed, so that parsing (since:7d) and running
// (recency, --since 7d) read the clock once and agree.
SearchRequest WithFixedNow(const SearchRequest& request) {
  SearchRequest fixed = request;
  fixed.now = DateTime{NowSeconds(request), 0};
  return fixed;
}

int StoryOutletsOf(const Xapian::Document& doc) {
  const std::string value = doc.get_value(schema::kStoryOutletsSlot);
  return value.empty() ? 0
                       : static_cast<int>(Xapian::sortable_unserialise(value));
}

// The request's own filters (SearchRequest fields), ANDed; an empty query when
// there are none. Values of one field are ORed, except entities and authors,
// which must all be there.
absl::StatusOr<Xapian::Query> RequestFilters(const Xapian::Database& db,
                                             const SearchRequest& request,
                                             int64_t now, bool* has_date) {
  std::vector<Xapian::Query> all;
  auto add = [&](FilterField field, std::string_view name,
                 const std::vector<std::string>& values,
                 bool each_required) -> absl::Status {
    std::vector<Xapian::Query> any;
    for (const std::string& value : values) {
      absl::StatusOr<Xapian::Query> q =
          FilterQuery(field, name, value, now, &db);
      if (!q.ok()) return q.status();
      (each_required ? all : any).push_back(*q);
    }
    if (!any.empty())
      all.emplace_back(Xapian::Query::OP_OR, any.begin(), any.end());
    return absl::OkStatus();
  };
  auto single = [](const std::string& value) {
    return value.empty() ? std::vector<std::string>{}
                         : std::vector<std::string>{value};
  };
  for (absl::Status status :
       {add(FilterField::kOutlet, "outlet", request.outlets, false),
        add(FilterField::kEntity, "entity", request.entities, true),
        add(FilterField::kAuthor, "author", request.authors, true),
        add(FilterField::kLanguage, "lang", request.languages, false),
        add(FilterField::kSection, "section", request.sections, false),
        add(FilterField::kStory, "story", single(request.story_id), false),
        add(FilterField::kSince, "since", single(request.since), false),
        add(FilterField::kUntil, "until", single(request.until), false)}) {
    if (!status.ok()) return status;
  }
  *has_date = !request.since.empty() || !request.until.empty();
  if (all.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_AND, all.begin(), all.end());
}

// Everything one search needs besides the database.
struct SearchContext {
  const FrenchAnalyzer& analyzer;
  const SearchRequest& request;
  const QueryWords& words;
  Boosts boosts;
  Xapian::Query ranked;  // filters and boosts included
};

ArticleHit MakeArticleHit(const SearchContext& context,
                          const Xapian::Document& doc,
                          const StoredArticle& stored, double weight) {
  ArticleHit hit;
  hit.id = stored.id;
  hit.story_id = stored.story_id;
  hit.url = stored.article.Identity();
  hit.title = stored.article.title;
  hit.outlet = stored.article.outlet;
  hit.published = stored.article.published;
  // An article stored without its date has the time the page was dated by in
  // the index (read only then: a value read costs a B-tree lookup).
  if (!hit.published) {
    if (const std::optional<double> published = PublishedSecondsOf(doc))
      hit.published = DateTime{static_cast<int64_t>(*published), 0};
  }
  hit.snippet =
      MakeSnippet(context.analyzer, stored.article.text, context.words);
  hit.score = weight;
  if (context.request.explain) {
    ScoreExplanation parts;
    parts.story_outlets = StoryOutletsOf(doc);
    const std::optional<int64_t> day =
        FacetColumns::DayNumber(doc.get_value(schema::kDaySlot));
    parts.recency = context.boosts.RecencyOfDay(day);
    parts.coverage = context.boosts.Coverage(parts.story_outlets);
    parts.relevance = weight - parts.recency - parts.coverage;
    if (day) parts.age_days = context.boosts.Today() - *day;
    hit.explanation = parts;
  }
  return hit;
}

absl::StatusOr<ArticleHit> HitOf(const SearchContext& context,
                                 const Xapian::Document& doc, double weight) {
  absl::StatusOr<StoredArticle> stored = StoredArticleFromData(doc.get_data());
  if (!stored.ok()) return stored.status();
  return MakeArticleHit(context, doc, *stored, weight);
}

// One entry of the page: an article, or a story as its best article.
struct PageEntry {
  Xapian::docid docid = 0;  // in the whole database
  double weight = 0;
  Xapian::Document doc;
  // Matching articles of its story left out of a collapsed list by Xapian's
  // collapse (0 when the page was collapsed otherwise).
  Xapian::doccount collapsed = 0;
};

PageEntry EntryOf(const Xapian::MSetIterator& it) {
  return {*it, it.get_weight(), it.get_document(), it.get_collapse_count()};
}

// The story's lead and up to `per_story` more of its matching articles, best
// first: the collapsed list's representative is the story's best match (or,
// sorted by date, its newest); --lead earliest and --per-story need a search
// within the story.
absl::StatusOr<std::vector<ArticleHit>> StoryArticles(
    const Xapian::Database& db, const SearchContext& context,
    const PageEntry& representative) {
  const SearchRequest& request = context.request;
  std::vector<ArticleHit> hits;
  if (request.lead == LeadChoice::kBestMatch && request.per_story == 0) {
    absl::StatusOr<ArticleHit> hit =
        HitOf(context, representative.doc, representative.weight);
    if (!hit.ok()) return hit.status();
    hits.push_back(*std::move(hit));
    return hits;
  }
  const std::string story_term =
      absl::StrCat(std::string(schema::kStory),
                   representative.doc.get_value(schema::kStorySlot));
  Xapian::Enquire within(db);
  within.set_query(Xapian::Query(Xapian::Query::OP_FILTER, context.ranked,
                                 Xapian::Query(story_term)));
  std::optional<Xapian::docid> lead;
  if (request.lead == LeadChoice::kEarliest) {
    within.set_sort_by_value_then_relevance(schema::kPublishedSlot, false);
    const Xapian::MSet earliest = within.get_mset(0, 1);
    if (!earliest.empty()) {
      lead = *earliest.begin();
      absl::StatusOr<ArticleHit> hit =
          HitOf(context, earliest.begin().get_document(),
                earliest.begin().get_weight());
      if (!hit.ok()) return hit.status();
      hits.push_back(*std::move(hit));
    }
    within.set_sort_by_relevance();
  }
  const Xapian::MSet best =
      within.get_mset(0, static_cast<Xapian::doccount>(request.per_story + 1));
  for (auto it = best.begin(); it != best.end(); ++it) {
    if (lead && *it == *lead) continue;
    if (hits.size() == static_cast<size_t>(request.per_story) + 1) break;
    absl::StatusOr<ArticleHit> hit =
        HitOf(context, it.get_document(), it.get_weight());
    if (!hit.ok()) return hit.status();
    hits.push_back(*std::move(hit));
  }
  return hits;
}

}  // namespace

QueryWords WordsOf(const Xapian::Query& query) {
  QueryWords words;
  for (auto it = query.get_unique_terms_begin();
       it != query.get_unique_terms_end(); ++it) {
    const std::string term = *it;
    if (term.empty()) continue;
    if (term[0] == schema::kStem) {
      words.stems.insert(term.substr(1));
    } else if (!(term[0] >= 'A' && term[0] <= 'Z')) {
      words.folded.insert(term);
    }
  }
  return words;
}

absl::StatusOr<SearchResult> SearchStories(const Xapian::Database& db,
                                           const FrenchAnalyzer& analyzer,
                                           const SearchRequest& user_request,
                                           FacetColumnsCache* columns) {
  const SearchRequest request = WithFixedNow(user_request);
  absl::StatusOr<ParsedQuery> parsed =
      ParseUserQuery(db, analyzer, request.query, request.now->unix_seconds);
  if (!parsed.ok()) return parsed.status();
  std::vector<Correction> corrections;
  if (request.typo_tolerance && !parsed->filters_only) {
    TolerantQuery tolerant = TolerateTypos(db, analyzer, request.query);
    if (!tolerant.corrections.empty()) {
      // The query as typed parsed: so does this one, short of its growing past
      // kMaxQueryBytes; then the words are searched as typed.
      absl::StatusOr<ParsedQuery> corrected = ParseUserQuery(
          db, analyzer, tolerant.text, request.now->unix_seconds);
      if (corrected.ok()) {
        parsed = std::move(corrected);
        corrections = std::move(tolerant.corrections);
      }
    }
  }
  absl::StatusOr<SearchResult> result = RunSearch(
      db, analyzer, request, *parsed, WordsOf(parsed->query), columns);
  if (!result.ok()) return result;
  result->corrections = std::move(corrections);
  // A word no article holds is a typo more often than not, even when the
  // other words find plenty; so is an outlet no article has.
  result->suggestion = SuggestQuery(db, analyzer, request.query);
  return result;
}

absl::StatusOr<std::vector<FacetValue>> TopEntities(
    const Xapian::Database& db, const FrenchAnalyzer& analyzer,
    const SearchRequest& request, FacetColumnsCache* columns) {
  SearchRequest counting = WithFixedNow(request);
  absl::StatusOr<ParsedQuery> parsed =
      ParseUserQuery(db, analyzer, counting.query, counting.now->unix_seconds);
  if (!parsed.ok()) return parsed.status();
  if (parsed->query.empty()) parsed->query = MatchAllQuery();
  counting.facets = {kEntityFacet};
  counting.limit = 0;
  counting.offset = 0;
  counting.per_story = 0;
  absl::StatusOr<SearchResult> result =
      RunSearch(db, analyzer, counting, *parsed, QueryWords{}, columns);
  if (!result.ok()) return result.status();
  return std::move(result->facets[kEntityFacet]);
}

namespace {

// The recency and coverage boosts `request` asks for. An archive search (one
// with a date filter) and a search by date get no recency boost.
Boosts BoostsFor(const SearchRequest& request, bool archive, int64_t now) {
  Boosts boosts;
  boosts.now_seconds = now;
  if (request.sort == SortOrder::kRelevance) {
    if (!archive) {
      boosts.recency_weight = request.recency_weight;
      boosts.recency_half_life_days = request.recency_half_life_days;
    }
    boosts.coverage_weight = request.coverage_weight;
  }
  return boosts;
}

// The page: Xapian's top results, which it finds exactly while pruning
// matches that cannot reach them, so a page costs little however many
// articles match. StoryCollapser::Before orders stories as this does.
Xapian::MSet RankPage(const Xapian::Database& db,
                      const SearchContext& context) {
  const SearchRequest& request = context.request;
  Xapian::Enquire enquire(db);
  enquire.set_query(context.ranked);
  if (request.sort == SortOrder::kDate)
    enquire.set_sort_by_value_then_relevance(schema::kPublishedSlot, true);
  if (request.collapse) enquire.set_collapse_key(schema::kStorySlot);
  return enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                          static_cast<Xapian::doccount>(request.limit));
}

// What the counting match found.
struct MatchCounts {
  std::unique_ptr<FacetCounter> counter;
  // The facet columns it read, if loaded; the story summaries read them too.
  std::shared_ptr<const FacetColumns> columns;
  // True when the counter saw every match, so that its counts are exact.
  bool all_seen = false;
};

// The counts: a second match over the same filtered `query`, unweighted and
// not collapsed, which sees every matching article (exact mode: Xapian checks
// every document) or at least facet_sample of them (sampled, then scaled).
// Ranking and counting apart, neither pays for the other: the page is pruned,
// and the count computes no weights.
absl::StatusOr<MatchCounts> CountMatches(const Xapian::Database& db,
                                         const SearchRequest& request,
                                         const Xapian::Query& query,
                                         const Xapian::MSet& page,
                                         FacetColumnsCache* columns) {
  const bool exact = request.facet_mode == FacetMode::kExact;
  const bool counting = exact || !request.facets.empty();
  MatchCounts counts;
  if (counting && columns != nullptr) {
    counts.columns =
        columns->For(db, FacetCounter::CountsEntities(request.facets),
                     [&] { return page.get_uncollapsed_matches_estimated(); });
  }
  absl::StatusOr<std::unique_ptr<FacetCounter>> counter =
      FacetCounter::Create(request.facets, counts.columns);
  if (!counter.ok()) return counter.status();
  counts.counter = *std::move(counter);
  if (!counting) return counts;
  if (!counts.counter->uses_columns()) {
    // Xapian's own spy, which a remote shard runs too: over the facet keys, or
    // over the story alone when only totals are counted (less to send).
    const Xapian::doccount check_at_least =
        exact ? db.get_doccount()
              : static_cast<Xapian::doccount>(
                    std::max<int64_t>(request.facet_sample, 1));
    Xapian::ValueCountMatchSpy keys(
        request.facets.empty() ? schema::kStorySlot : schema::kFacetKeySlot);
    const Xapian::MSet counted =
        RunCountingMatch(db, query, keys, check_at_least);
    counts.counter->CountFacetKeys(keys);
    counts.counter->Finish();
    // Sampled, the spy has seen every match when Xapian knows the exact number
    // of matches and it is the number seen. (Each remote shard checks the
    // sample in its own documents, so the number seen may pass the sample.)
    counts.all_seen =
        exact || (counted.get_matches_lower_bound() ==
                      counted.get_matches_upper_bound() &&
                  keys.get_total() == counted.get_matches_lower_bound());
    return counts;
  }
  // A database of several shards is counted shard by shard, since Xapian
  // hands the spy each shard's own ids (FacetCounter::SetShard).
  std::vector<Xapian::Database> parts = {db};
  if (db.size() > 1) parts = columns->Shards();
  const Xapian::doccount sample =
      static_cast<Xapian::doccount>(std::max<int64_t>(
          request.facet_sample / static_cast<int64_t>(parts.size()), 1));
  counts.all_seen = true;
  for (size_t i = 0; i < parts.size(); ++i) {
    const Xapian::doccount check_at_least =
        exact ? parts[i].get_doccount() : sample;
    const int64_t seen_before = counts.counter->articles_seen();
    counts.counter->SetShard(parts.size() > 1 ? i : 0, parts.size());
    RunCountingMatch(parts[i], query, *counts.counter, check_at_least);
    counts.all_seen = counts.all_seen &&
                      (exact || counts.counter->articles_seen() - seen_before <
                                    static_cast<int64_t>(check_at_least));
  }
  counts.counter->Finish();
  return counts;
}

// Fills the result's totals and facets from the counts, or, where they are
// not exact, from Xapian's estimates.
void FillTotals(const SearchRequest& request, const Xapian::MSet& page,
                const MatchCounts& match_counts, SearchResult& result) {
  const FacetCounter& counts = *match_counts.counter;
  const bool all_seen = match_counts.all_seen;
  if (all_seen) {
    result.total.articles = counts.articles_seen();
    result.total.stories = counts.stories_seen();
    result.total.exact = true;
  } else {
    result.total.articles = page.get_uncollapsed_matches_estimated();
    result.total.stories = request.collapse ? page.get_matches_estimated()
                           : counts.articles_seen() > 0
                               ? counts.stories_seen() * result.total.articles /
                                     counts.articles_seen()
                               : result.total.articles;
  }
  if (!request.facets.empty()) {
    const double scale = all_seen || counts.articles_seen() == 0
                             ? 1.0
                             : static_cast<double>(result.total.articles) /
                                   static_cast<double>(counts.articles_seen());
    result.facets = counts.Facets(request.facet_limit, scale);
    result.facets_exact = all_seen;
  }
}

// A collapsed search's page, its totals and facets from one weighted match
// that checks every document, for a database whose facet columns `columns`
// are loaded: the collapser keeps each story's best article while `counter`
// counts. Returns the MSet of that match (no documents; its bounds count the
// matches) and the page's leads.
struct CollapsedMatch {
  Xapian::MSet counted;
  std::vector<StoryCollapser::Lead> leads;
};

CollapsedMatch CollapseInCountingMatch(const Xapian::Database& db,
                                       const SearchContext& context,
                                       const FacetColumns& columns,
                                       FacetCounter& counter) {
  const SearchRequest& request = context.request;
  StoryCollapser collapser(columns, counter, request.sort == SortOrder::kDate);
  Xapian::Enquire enquire(db);
  enquire.set_query(collapser.WithShardMarker(context.ranked));
  enquire.add_matchspy(&collapser);
  CollapsedMatch match;
  match.counted = enquire.get_mset(0, 0, db.get_doccount());
  counter.Finish();
  match.leads = collapser.Page(static_cast<size_t>(request.offset),
                               static_cast<size_t>(request.limit));
  return match;
}

// The story of the page's hit `it`: its lead and the other articles shown
// (the story's facts come later, for the whole page at once).
absl::StatusOr<StoryHit> StoryOfHit(const Xapian::Database& db,
                                    const SearchContext& context,
                                    const PageEntry& entry,
                                    const MatchCounts& counts) {
  StoryHit story;
  story.score = entry.weight;
  story.matching_articles = counts.all_seen ? counts.counter->ArticlesOfStoryOf(
                                                  entry.docid, entry.doc)
                                            : entry.collapsed + 1;
  absl::StatusOr<std::vector<ArticleHit>> shown =
      StoryArticles(db, context, entry);
  if (!shown.ok()) return shown.status();
  story.articles = *std::move(shown);
  // The stored articles name their story, as the story slot does (both are
  // written together), without a value read per story.
  story.story_id = story.articles.empty()
                       ? entry.doc.get_value(schema::kStorySlot)
                       : story.articles.front().story_id;
  return story;
}

}  // namespace

absl::StatusOr<SearchResult> RunSearch(const Xapian::Database& db,
                                       const FrenchAnalyzer& analyzer,
                                       const SearchRequest& request,
                                       const ParsedQuery& parsed,
                                       const QueryWords& words,
                                       FacetColumnsCache* columns) {
  if (request.offset < 0 || request.limit < 0 || request.per_story < 0) {
    return absl::InvalidArgumentError(
        "offset, limit and per-story must not be negative");
  }
  SearchResult result;
  result.query = request.query;
  for (const std::string& facet : request.facets) result.facets[facet] = {};

  const int64_t now = NowSeconds(request);
  bool date_in_request = false;
  absl::StatusOr<Xapian::Query> filters =
      RequestFilters(db, request, now, &date_in_request);
  if (!filters.ok()) return filters.status();
  Xapian::Query query = parsed.query;
  if (query.empty() && filters->empty()) {
    result.total.exact = true;
    return result;
  }
  if (query.empty()) query = MatchAllQuery();
  if (!filters->empty())
    query = Xapian::Query(Xapian::Query::OP_FILTER, query, *filters);

  const Boosts boosts =
      BoostsFor(request, parsed.has_date_filter || date_in_request, now);
  // A long-lived searcher has the columns: the boosts read them.
  const SearchContext context{
      analyzer, request, words, boosts,
      WithBoosts(query, boosts,
                 columns != nullptr ? columns->IfLoaded(db) : nullptr)};
  // A searcher whose columns are loaded collapses in the match that counts;
  // the others, and every search the columns cannot count, rank the page and
  // count in two matches.
  std::shared_ptr<const FacetColumns> loaded =
      columns != nullptr && request.collapse &&
              request.facet_mode == FacetMode::kExact
          ? columns->IfLoaded(db)
          : nullptr;
  MatchCounts counts;
  std::vector<PageEntry> shown;
  Xapian::MSet page;
  if (loaded != nullptr) {
    absl::StatusOr<std::unique_ptr<FacetCounter>> counter =
        FacetCounter::Create(request.facets, loaded);
    if (!counter.ok()) return counter.status();
    if ((*counter)->uses_columns()) {
      CollapsedMatch match =
          CollapseInCountingMatch(db, context, *loaded, **counter);
      page = std::move(match.counted);
      for (const StoryCollapser::Lead& lead : match.leads) {
        shown.push_back({lead.docid, lead.weight,
                         db.get_document(lead.docid, Xapian::DOC_ASSUME_VALID),
                         0});
      }
      counts = {*std::move(counter), loaded, /*all_seen=*/true};
    }
  }
  if (counts.counter == nullptr) {
    page = RankPage(db, context);
    absl::StatusOr<MatchCounts> counted =
        CountMatches(db, request, query, page, columns);
    if (!counted.ok()) return counted.status();
    counts = *std::move(counted);
    // One request for the page's documents, from a remote shard. (Xapian
    // 1.4's MSet::fetch() without arguments crashes on a page past the
    // first.)
    if (!page.empty()) page.fetch(page.begin(), page.end());
    for (auto it = page.begin(); it != page.end(); ++it)
      shown.push_back(EntryOf(it));
  }
  FillTotals(request, page, counts, result);

  std::vector<Xapian::docid> leads;
  for (const PageEntry& entry : shown) {
    if (request.collapse) {
      absl::StatusOr<StoryHit> story = StoryOfHit(db, context, entry, counts);
      if (!story.ok()) return story.status();
      result.stories.push_back(*std::move(story));
      leads.push_back(entry.docid);
    } else {
      absl::StatusOr<ArticleHit> hit = HitOf(context, entry.doc, entry.weight);
      if (!hit.ok()) return hit.status();
      result.articles.push_back(*std::move(hit));
    }
  }
  if (absl::Status summarized = SummarizeStoriesFromIndex(
          db, result.stories, leads, counts.columns.get());
      !summarized.ok()) {
    return summarized;
  }
  return result;
}

}  // namespace newsq::internal
