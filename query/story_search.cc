#include "query/story_search.h"

#include <algorithm>
#include <map>

#include "absl/strings/str_cat.h"
#include "engine/article_codec.h"
#include "engine/schema.h"
#include "query/query_parser.h"
#include "query/snippet.h"
#include "query/story_view.h"

namespace newsq::internal {
namespace {

// The stems and folded words of the positive part of a parsed query.
QueryWords WordsOf(const Xapian::Query& query) {
  QueryWords words;
  for (auto it = query.get_unique_terms_begin();
       it != query.get_unique_terms_end(); ++it) {
    const std::string term = *it;
    if (term.empty()) continue;
    if (term[0] == 'Z') {
      words.stems.insert(term.substr(1));
    } else if (!(term[0] >= 'A' && term[0] <= 'Z')) {
      words.folded.insert(term);
    }
  }
  return words;
}

std::optional<DateTime> PublishedOf(const Xapian::Document& doc) {
  const std::string value = doc.get_value(schema::kPublishedSlot);
  if (value.empty()) return std::nullopt;
  return DateTime{static_cast<int64_t>(Xapian::sortable_unserialise(value)), 0};
}

}  // namespace

absl::StatusOr<SearchResult> SearchStories(const Xapian::Database& db,
                                           const FrenchAnalyzer& analyzer,
                                           const SearchRequest& request) {
  if (request.offset < 0 || request.limit < 0) {
    return absl::InvalidArgumentError("offset and limit must not be negative");
  }
  SearchResult result;
  result.query = request.query;

  absl::StatusOr<Xapian::Query> parsed =
      ParseUserQuery(db, analyzer, request.query);
  if (!parsed.ok()) return parsed.status();
  const Xapian::Query& query = *parsed;
  if (query.empty()) {
    result.total.exact = true;
    return result;
  }

  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_collapse_key(schema::kStorySlot);
  // A match spy sees every matching article before collapsing, so with every
  // match checked it counts matching articles and their distinct stories
  // exactly (Xapian's own collapsed estimates are only bounds). The query layer
  // issue adds a sampled mode for huge sets.
  Xapian::ValueCountMatchSpy stories_spy(schema::kStorySlot);
  enquire.add_matchspy(&stories_spy);
  const Xapian::MSet mset = enquire.get_mset(
      static_cast<Xapian::doccount>(request.offset),
      static_cast<Xapian::doccount>(request.limit), db.get_doccount());
  result.total.articles = stories_spy.get_total();
  for (auto it = stories_spy.values_begin(); it != stories_spy.values_end();
       ++it) {
    ++result.total.stories;
  }
  result.total.exact = true;

  const QueryWords words = WordsOf(query);
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    const Xapian::Document doc = it.get_document();
    absl::StatusOr<StoredArticle> stored =
        StoredArticleFromJson(doc.get_data());
    if (!stored.ok()) return stored.status();
    StoryHit story;
    story.story_id = doc.get_value(schema::kStorySlot);
    story.score = it.get_weight();
    absl::StatusOr<std::vector<StoredArticle>> members =
        ReadStory(db, story.story_id);
    if (!members.ok()) return members.status();
    std::vector<Article> articles;
    for (StoredArticle& member : *members) {
      articles.push_back(std::move(member.article));
    }
    SummarizeStory(articles, &story);
    ArticleHit lead;
    lead.id = stored->id;
    lead.url = stored->article.Identity();
    lead.title = stored->article.title;
    lead.outlet = stored->article.outlet;
    lead.published = stored->article.published ? stored->article.published
                                               : PublishedOf(doc);
    lead.snippet = MakeSnippet(analyzer, stored->article.text, words);
    story.articles.push_back(std::move(lead));
    result.stories.push_back(std::move(story));
  }
  return result;
}

}  // namespace newsq::internal
