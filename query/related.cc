#include "query/related.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <queue>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "engine/schema.h"
#include "query/story_search.h"
#include "query/story_view.h"

namespace newsq::internal {
namespace {

// Stems of the story's text a related story would share.
constexpr size_t kFeedbackTerms = 25;
// Enough of a big story's articles to find its words.
constexpr size_t kFeedbackArticles = 50;

// Free-text stems ("Z" then a lower-case letter) that are not stop words:
// not field terms, unstemmed forms or numbers.
bool IsFeedbackStem(const FrenchAnalyzer& analyzer, const std::string& term) {
  return term.size() > 3 && schema::IsTextStem(term) && term[1] >= 'a' &&
         term[1] <= 'z' && !analyzer.IsStopWord(term.substr(1));
}

// The stems that tell the `members` (documents of one story) from the rest of
// the archive, ranked as Xapian's TradEWeight ranks expansion terms: the
// Robertson-Sparck Jones relevance weight, times the members' within-document
// frequency of the stem, normalised by their lengths as BM25 does (k = 1).
// Computed here, from the statistics of the database as a whole, because
// Xapian 1.4's own expansion over several shards weighs each shard apart and
// chooses other terms than one database holding the same articles would. Ties
// go to the term first in byte order.
std::vector<std::string> FeedbackTerms(
    const Xapian::Database& db, const FrenchAnalyzer& analyzer,
    const std::vector<Xapian::docid>& members, size_t count) {
  struct Held {
    double members = 0;     // members holding the stem
    double multiplier = 0;  // their normalised within-document frequencies
  };
  absl::flat_hash_map<std::string, Held> held;
  const double average_length = std::max(db.get_avlength(), 1.0);
  for (Xapian::docid member : members) {
    const double length = db.get_doclength(member) / average_length;
    for (auto it = db.termlist_begin(member); it != db.termlist_end(member);
         ++it) {
      const std::string term = *it;
      if (!IsFeedbackStem(analyzer, term)) continue;
      const double wdf = it.get_wdf();
      Held& stem = held[term];
      stem.members += 1;
      stem.multiplier += 2 * wdf / (length + wdf);
    }
  }
  const double articles = db.get_doccount();
  const double relevant = static_cast<double>(members.size());
  // A stem's weight with `n` articles of the archive holding it.
  auto weight = [&](const Held& stem, double n) {
    const double r = stem.members;
    double odds = (r + 0.5) * (articles - n - relevant + r + 0.5) /
                  ((relevant - r + 0.5) * (n - r + 0.5));
    if (odds < 2) odds = odds * 0.5 + 1;  // as TradEWeight keeps it positive
    return stem.multiplier * std::log(odds);
  };
  // The weight falls as n grows, and n is at least the members holding the
  // stem: with n = members, each stem's weight is bounded without reading
  // its frequency. Stems are read best bound first, and the reading stops
  // once `count` stems weigh more than any bound left: a big story holds
  // thousands of stems, and reading each one's frequency made related
  // stories slow enough that a writer committing every article kept
  // discarding the revision they were read from.
  std::vector<std::pair<double, const std::pair<const std::string, Held>*>>
      bounded;
  bounded.reserve(held.size());
  for (const auto& entry : held)
    bounded.emplace_back(weight(entry.second, entry.second.members), &entry);
  std::sort(bounded.begin(), bounded.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first
                              : a.second->first < b.second->first;
  });
  // Best first: higher weight, then the term first in byte order.
  auto better = [](const std::pair<double, std::string>& a,
                   const std::pair<double, std::string>& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  };
  // The `count` best so far, the worst of them on top.
  std::priority_queue<std::pair<double, std::string>,
                      std::vector<std::pair<double, std::string>>,
                      decltype(better)>
      best(better);
  for (const auto& [bound, entry] : bounded) {
    if (count == 0 || (best.size() == count && best.top().first > bound)) break;
    best.emplace(weight(entry->second, db.get_termfreq(entry->first)),
                 entry->first);
    if (best.size() > count) best.pop();
  }
  std::vector<std::pair<double, std::string>> ranked;
  for (; !best.empty(); best.pop()) ranked.push_back(best.top());
  std::sort(ranked.begin(), ranked.end(), better);
  const size_t kept = ranked.size();
  std::vector<std::string> terms;
  for (size_t i = 0; i < kept; ++i) terms.push_back(ranked[i].second);
  return terms;
}

}  // namespace

absl::StatusOr<SearchResult> RelatedStories(const Xapian::Database& db,
                                            const FrenchAnalyzer& analyzer,
                                            const std::string& id,
                                            const SearchRequest& request,
                                            FacetColumnsCache* columns) {
  std::string story_id = id;
  if (!db.term_exists(absl::StrCat(std::string(schema::kStory), id))) {
    std::optional<std::string> story = StoryOfArticle(db, id);
    if (!story) {
      return absl::NotFoundError(
          absl::StrCat("no story or article with id ", id));
    }
    story_id = *std::move(story);
  }
  const std::string story_term =
      absl::StrCat(std::string(schema::kStory), story_id);
  std::vector<Xapian::docid> members;
  for (auto it = db.postlist_begin(story_term);
       it != db.postlist_end(story_term) && members.size() < kFeedbackArticles;
       ++it) {
    members.push_back(*it);
  }
  std::vector<Xapian::Query> terms;
  for (const std::string& term :
       FeedbackTerms(db, analyzer, members, kFeedbackTerms))
    terms.emplace_back(term);

  ParsedQuery parsed;
  if (!terms.empty()) {
    parsed.query = Xapian::Query(
        Xapian::Query::OP_AND_NOT,
        Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()),
        Xapian::Query(story_term));
  }
  SearchRequest related = request;
  related.query = absl::StrCat("related:", id);
  return RunSearch(db, analyzer, related, parsed, WordsOf(parsed.query),
                   columns);
}

}  // namespace newsq::internal
