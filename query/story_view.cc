#include "query/story_view.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <span>
#include <tuple>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "engine/article_codec.h"
#include "engine/schema.h"
#include "query/counting_match.h"
#include "query/filters.h"
#include "query/match_all.h"

namespace newsq::internal {
namespace {

int64_t SortKey(const std::optional<DateTime>& date) {
  return date ? date->unix_seconds : INT64_MAX;
}

}  // namespace

namespace {

// Outlet names by their number of articles, most first; ties keep the map's
// (alphabetical) order.
std::vector<std::string> MostArticlesFirst(
    const std::map<std::string, int>& outlet_counts) {
  std::vector<std::pair<std::string, int>> outlets(outlet_counts.begin(),
                                                   outlet_counts.end());
  std::stable_sort(
      outlets.begin(), outlets.end(),
      [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::string> names;
  for (const auto& [outlet, count] : outlets) names.push_back(outlet);
  return names;
}

}  // namespace

void SummarizeStory(const std::vector<Article>& members, StoryHit* story) {
  story->size = static_cast<int64_t>(members.size());
  std::map<std::string, int> outlet_counts;
  for (const Article& a : members) {
    if (!a.outlet.empty()) ++outlet_counts[a.outlet];
    if (!a.published) continue;
    if (!story->first_published ||
        a.published->unix_seconds < story->first_published->unix_seconds) {
      story->first_published = a.published;
    }
    if (!story->last_published ||
        a.published->unix_seconds > story->last_published->unix_seconds) {
      story->last_published = a.published;
    }
  }
  story->outlets = MostArticlesFirst(outlet_counts);
}

namespace {

// A member's publication as its page gave it: from slot kPublishedIsoSlot, else
// (databases older than the slot) from its stored article.
absl::StatusOr<std::optional<DateTime>> PublishedOf(
    const Xapian::Document& document) {
  if (std::optional<DateTime> date = DateTime::FromIso8601(
          document.get_value(schema::kPublishedIsoSlot))) {
    return date;
  }
  absl::StatusOr<StoredArticle> stored =
      StoredArticleFromData(document.get_data());
  if (!stored.ok()) return stored.status();
  return stored->article.published;
}

// The earliest and latest dated members, as (unix seconds, document).
struct DatedMembers {
  std::optional<std::pair<double, Xapian::docid>> first, last;
  void Add(double seconds, Xapian::docid doc) {
    if (!first || seconds < first->first) first = {{seconds, doc}};
    if (!last || seconds > last->first) last = {{seconds, doc}};
  }
};

// Sets `story`'s first and last publication to those of its earliest and
// latest dated members, as `date_of(seconds, document)` gives them.
template <typename DateOf>
absl::Status SetFirstAndLast(const DatedMembers& dated, DateOf date_of,
                             StoryHit* story) {
  story->first_published.reset();
  story->last_published.reset();
  for (const auto& [member, published] :
       {std::pair{&dated.first, &story->first_published},
        std::pair{&dated.last, &story->last_published}}) {
    if (!*member) continue;
    absl::StatusOr<std::optional<DateTime>> date =
        date_of((*member)->first, (*member)->second);
    if (!date.ok()) return date.status();
    *published = *date;
  }
  return absl::OkStatus();
}

// The story of `member` from loaded columns: no index access unless a date's
// offset is unknown. False when `member` is not in the columns.
absl::StatusOr<bool> SummarizeFromColumns(const Xapian::Database& db,
                                          const FacetColumns& columns,
                                          Xapian::docid member,
                                          StoryHit* story) {
  if (member >= columns.story.of_doc.size()) return false;
  const uint32_t story_index = columns.story.of_doc[member];
  if (story_index == 0) return false;
  const std::span<const Xapian::docid> docs = columns.DocsOfStory(story_index);
  story->size = static_cast<int64_t>(docs.size());
  absl::flat_hash_map<uint32_t, int> articles_by_outlet;
  DatedMembers dated;
  for (const Xapian::docid doc : docs) {
    if (const uint32_t outlet = columns.outlet.of_doc[doc]; outlet != 0)
      ++articles_by_outlet[outlet];
    if (!std::isnan(columns.published[doc]))
      dated.Add(columns.published[doc], doc);
  }
  std::map<std::string, int> outlet_counts;
  for (const auto& [outlet, articles] : articles_by_outlet)
    outlet_counts[columns.outlet.Name(outlet)] = articles;
  story->outlets = MostArticlesFirst(outlet_counts);
  absl::Status dates = SetFirstAndLast(
      dated,
      [&](double seconds,
          Xapian::docid doc) -> absl::StatusOr<std::optional<DateTime>> {
        const int16_t offset = columns.published_offset[doc];
        if (offset == FacetColumns::kUnknownOffset)
          return PublishedOf(db.get_document(doc));
        if (offset == FacetColumns::kDayOnly)
          return DateTime{static_cast<int64_t>(seconds), 0, true};
        return DateTime{static_cast<int64_t>(seconds), offset};
      },
      story);
  if (!dates.ok()) return dates;
  return true;
}

}  // namespace

absl::Status SummarizeStoryFromIndex(const Xapian::Database& db,
                                     const std::string& story_id,
                                     Xapian::docid member, StoryHit* story,
                                     const FacetColumns* columns) {
  story->story_id = story_id;
  return SummarizeStoriesFromIndex(db, std::span<StoryHit>(story, 1),
                                   std::span<const Xapian::docid>(&member, 1),
                                   columns);
}

absl::Status SummarizeStoriesFromIndex(const Xapian::Database& db,
                                       std::span<StoryHit> stories,
                                       std::span<const Xapian::docid> members,
                                       const FacetColumns* columns) {
  absl::flat_hash_map<std::string, StoryHit*> left;
  std::vector<Xapian::Query> terms;
  for (size_t i = 0; i < stories.size(); ++i) {
    if (columns != nullptr) {
      absl::StatusOr<bool> summarized =
          SummarizeFromColumns(db, *columns, members[i], &stories[i]);
      if (!summarized.ok()) return summarized.status();
      if (*summarized) continue;
    }
    if (left.emplace(stories[i].story_id, &stories[i]).second) {
      terms.emplace_back(std::string(schema::kStory) + stories[i].story_id);
    }
  }
  if (left.empty()) return absl::OkStatus();
  const Xapian::Query members_of_all(Xapian::Query::OP_OR, terms.begin(),
                                     terms.end());

  // Sizes and outlets: each distinct (story, outlet, day, entities) of the
  // members with its number of articles.
  Xapian::ValueCountMatchSpy keys(schema::kFacetKeySlot);
  RunCountingMatch(db, members_of_all, keys, db.get_doccount());
  absl::flat_hash_map<StoryHit*, std::map<std::string, int>> outlet_counts;
  for (auto& [id, story] : left) story->size = 0;
  for (auto it = keys.values_begin(); it != keys.values_end(); ++it) {
    const std::string key = *it;
    const schema::FacetKeyFields fields = schema::ParseFacetKey(key);
    auto story = left.find(std::string(fields.story));
    if (story == left.end()) continue;
    const int articles = static_cast<int>(it.get_termfreq());
    story->second->size += articles;
    if (!fields.outlet.empty())
      outlet_counts[story->second][std::string(fields.outlet)] += articles;
  }

  // The earliest and the latest dated member of each story: the matches
  // sorted by publication (ties by document id, as DatedMembers keeps them),
  // collapsed on the story, keep each story's first.
  Xapian::Enquire dating(db);
  dating.set_query(Xapian::Query(
      Xapian::Query::OP_FILTER, members_of_all,
      Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kPublishedSlot,
                    std::string(1, '\0'))));
  dating.set_weighting_scheme(Xapian::BoolWeight());
  dating.set_collapse_key(schema::kStorySlot);
  absl::flat_hash_map<StoryHit*, DatedMembers> dated;
  std::map<Xapian::docid, Xapian::Document> fetched;
  for (const bool latest : {false, true}) {
    dating.set_sort_by_value(schema::kPublishedSlot, latest);
    const Xapian::MSet ends =
        dating.get_mset(0, static_cast<Xapian::doccount>(left.size()));
    if (!ends.empty()) ends.fetch(ends.begin(), ends.end());  // one request
    for (auto it = ends.begin(); it != ends.end(); ++it) {
      const Xapian::Document document = it.get_document();
      auto story = left.find(document.get_value(schema::kStorySlot));
      if (story == left.end()) continue;
      dated[story->second].Add(Xapian::sortable_unserialise(
                                   document.get_value(schema::kPublishedSlot)),
                               *it);
      fetched.emplace(*it, document);
    }
  }
  for (auto& [id, story] : left) {
    story->outlets = MostArticlesFirst(outlet_counts[story]);
    absl::Status dates = SetFirstAndLast(
        dated[story],
        [&](double, Xapian::docid doc) { return PublishedOf(fetched.at(doc)); },
        story);
    if (!dates.ok()) return dates;
  }
  return absl::OkStatus();
}

namespace {

// Ids are lower-case hex ("1368689748fa8ad5"); one copied in capitals
// ("1368689748FA8AD5") names the same article or story. Other ids (outside
// labels) are read as given.
std::string HexIdAsWritten(const Xapian::Database& db, std::string_view prefix,
                           const std::string& id) {
  if (db.term_exists(std::string(prefix) + id)) return id;
  if (id.empty() || !std::all_of(id.begin(), id.end(), [](char c) {
        return absl::ascii_isxdigit(static_cast<unsigned char>(c));
      }))
    return id;
  return absl::AsciiStrToLower(id);
}

}  // namespace

absl::StatusOr<std::vector<StoredArticle>> ReadStory(
    const Xapian::Database& db, const std::string& story_id) {
  const std::string term = std::string(schema::kStory) +
                           HexIdAsWritten(db, schema::kStory, story_id);
  std::vector<StoredArticle> members;
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    absl::StatusOr<StoredArticle> stored =
        StoredArticleFromData(db.get_document(*it).get_data());
    if (!stored.ok()) return stored.status();
    members.push_back(*std::move(stored));
  }
  return members;
}

std::optional<std::string> StoryOfArticle(const Xapian::Database& db,
                                          const std::string& article_id) {
  const std::string term = std::string(schema::kArticleId) +
                           HexIdAsWritten(db, schema::kArticleId, article_id);
  auto article = db.postlist_begin(term);
  if (article == db.postlist_end(term)) return std::nullopt;
  return db.get_document(*article).get_value(schema::kStorySlot);
}

absl::StatusOr<StoryHit> ViewStory(const Xapian::Database& db,
                                   const std::string& typed_id) {
  const std::string story_id = HexIdAsWritten(db, schema::kStory, typed_id);
  absl::StatusOr<std::vector<StoredArticle>> read = ReadStory(db, story_id);
  if (!read.ok()) return read.status();
  std::vector<StoredArticle>& members = *read;
  if (members.empty())
    return absl::NotFoundError(absl::StrCat("no story ", story_id));
  std::stable_sort(
      members.begin(), members.end(), [](const auto& a, const auto& b) {
        return SortKey(a.article.published) < SortKey(b.article.published);
      });

  StoryHit story;
  story.story_id = story_id;
  std::vector<Article> articles;
  for (const StoredArticle& member : members)
    articles.push_back(member.article);
  SummarizeStory(articles, &story);
  size_t lead = 0;
  bool lead_is_full = false;
  for (size_t i = 0; i < members.size(); ++i) {
    const Article& a = members[i].article;
    const bool full = a.text.size() >= kFullReportChars;
    if (full && !lead_is_full) {
      lead = i;
      lead_is_full = true;
    } else if (!lead_is_full &&
               a.text.size() > members[lead].article.text.size()) {
      lead = i;
    }
  }
  auto hit_of = [](const StoredArticle& stored) {
    ArticleHit hit;
    hit.id = stored.id;
    hit.story_id = stored.story_id;
    hit.url = stored.article.Identity();
    hit.title = stored.article.title;
    hit.outlet = stored.article.outlet;
    hit.published = stored.article.published;
    hit.snippet.text = stored.article.description;
    return hit;
  };
  story.articles.push_back(hit_of(members[lead]));
  for (size_t i = 0; i < members.size(); ++i) {
    if (i != lead) story.articles.push_back(hit_of(members[i]));
  }
  return story;
}

absl::StatusOr<std::vector<StoryHit>> BiggestStories(
    const Xapian::Database& db, const StoriesRequest& request) {
  Xapian::Query query = MatchAllQuery();
  const int64_t now =
      request.now ? request.now->unix_seconds : NowUnixSeconds();
  for (const auto& [field, name, value] :
       {std::tuple(FilterField::kSince, "since", &request.since),
        std::tuple(FilterField::kUntil, "until", &request.until)}) {
    if (value->empty()) continue;
    absl::StatusOr<Xapian::Query> period =
        FilterQuery(field, name, *value, now);
    if (!period.ok()) return period.status();
    query = Xapian::Query(Xapian::Query::OP_FILTER, query, *period);
  }
  // Counted from the value stream of every matching article, before any
  // collapsing.
  Xapian::ValueCountMatchSpy sizes(schema::kStorySlot);
  RunCountingMatch(db, query, sizes, db.get_doccount());
  std::vector<std::pair<int64_t, std::string>> ranked;
  for (auto it = sizes.values_begin(); it != sizes.values_end(); ++it) {
    ranked.emplace_back(static_cast<int64_t>(it.get_termfreq()), *it);
  }
  std::vector<StoryHit> stories;
  std::stable_sort(
      ranked.begin(), ranked.end(),
      [](const auto& a, const auto& b) { return a.first > b.first; });
  for (const auto& [count, story_id] : ranked) {
    if (static_cast<int>(stories.size()) >= request.limit) break;
    absl::StatusOr<StoryHit> story = ViewStory(db, story_id);
    // A story counted from this revision's values must have articles in it:
    // none means a writer's commit changed the blocks under this read (seen
    // with a commit per article on a loaded machine), and the caller's retry
    // reopens and reads again, as for Xapian's own sign of it.
    if (absl::IsNotFound(story.status()))
      throw Xapian::DatabaseModifiedError(
          absl::StrCat("story ", story_id, " counted but not read"));
    if (!story.ok()) return story.status();
    stories.push_back(*std::move(story));
  }
  return stories;
}

}  // namespace newsq::internal
