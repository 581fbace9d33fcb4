#include "query/related.h"

#include <vector>

#include "absl/strings/str_cat.h"
#include "engine/schema.h"
#include "query/story_search.h"

namespace newsq::internal {
namespace {

// Stems of the story's text a related story would share.
constexpr Xapian::termcount kFeedbackTerms = 25;
// Enough of a big story's articles to find its words.
constexpr size_t kFeedbackArticles = 50;

// Keeps free-text stems ("Z" then a lower-case letter) that are not stop
// words; drops field terms, unstemmed forms and numbers.
class TextStemDecider : public Xapian::ExpandDecider {
 public:
  explicit TextStemDecider(const FrenchAnalyzer& analyzer)
      : analyzer_(analyzer) {}
  bool operator()(const std::string& term) const override {
    return term.size() > 3 && schema::IsTextStem(term) && term[1] >= 'a' &&
           term[1] <= 'z' && !analyzer_.IsStopWord(term.substr(1));
  }

 private:
  const FrenchAnalyzer& analyzer_;
};

}  // namespace

absl::StatusOr<SearchResult> RelatedStories(const Xapian::Database& db,
                                            const FrenchAnalyzer& analyzer,
                                            const std::string& id,
                                            const SearchRequest& request,
                                            FacetColumnsCache* columns) {
  std::string story_id = id;
  if (!db.term_exists(absl::StrCat(std::string(schema::kStory), id))) {
    const std::string article_term =
        absl::StrCat(std::string(schema::kArticleId), id);
    auto article = db.postlist_begin(article_term);
    if (article == db.postlist_end(article_term)) {
      return absl::NotFoundError(
          absl::StrCat("no story or article with id ", id));
    }
    story_id = db.get_document(*article).get_value(schema::kStorySlot);
  }
  const std::string story_term =
      absl::StrCat(std::string(schema::kStory), story_id);
  Xapian::RSet members;
  for (auto it = db.postlist_begin(story_term);
       it != db.postlist_end(story_term) && members.size() < kFeedbackArticles;
       ++it) {
    members.add_document(*it);
  }
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(story_term));
  const TextStemDecider decider(analyzer);
  const Xapian::ESet eset = enquire.get_eset(kFeedbackTerms, members, &decider);
  std::vector<Xapian::Query> terms;
  for (auto it = eset.begin(); it != eset.end(); ++it) terms.emplace_back(*it);

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
