// Internal: which story a new article belongs to.
#ifndef NEWSQ_INDEXER_STORY_GROUPER_H_
#define NEWSQ_INDEXER_STORY_GROUPER_H_

#include <xapian.h>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "engine/french_analyzer.h"
#include "indexer/index_view.h"
#include "indexer/story_join_model.h"
#include "newsq/article.h"
#include "newsq/index.h"

namespace newsq::internal {

// Finds the story of a new article among the articles already in the database,
// by asking the index itself, within the time window: an article with the same
// headline, else a near-duplicate text (SimHash), else the story the join
// model (story_join_model.h) finds the likeliest, when that likelihood reaches
// IndexOptions::story_threshold. The model weighs what is measured between the
// article and each story its words retrieve: cosines of TF-IDF vectors over
// French stems (stop words left out) with the story's centroid and its closest
// article, the stems and headline names shared with that article.
// An article that joins a story also brings into it the lone articles (stories
// of one article) whose likelihood reaches the threshold too: an article
// indexed before the story's other articles was weighed against less evidence
// than the article that comes after them, and would otherwise stay a story of
// its own for good.
// Stateless between calls but for caches that the writer keeps exact: the
// document frequency of each stem met (NoteAdded) and the stems of recently
// compared articles (forgotten by ForgetFrequencies). Not thread-safe.
class StoryGrouper {
 public:
  // `model` must outlive the grouper.
  StoryGrouper(const FrenchAnalyzer& analyzer, const IndexOptions& options,
               const StoryJoinModel& model = StoryJoinModel::Shipped());

  struct Match {
    std::string story_id;
    // The join model's probability; 1 for the same headline or text.
    double probability = 0;
    // The lone articles of other stories that move into `story_id` with the
    // new article, in the order their stories were retrieved; none for a
    // story found by its headline or text.
    std::vector<Xapian::docid> absorbed;
  };

  // The story that `doc` (built by DocumentBuilder, not yet in `db`) should
  // join, or nullopt for a new story. `db` is the writer's view: the
  // committed articles are found by Xapian (the best kCandidates for the
  // article's heaviest stems), the pending ones by their stems (the best
  // kCandidates by similarity); both are compared the same way. The caller
  // moves the match's absorbed articles into its story.
  std::optional<Match> FindStory(
      const IndexView& db, const Xapian::Document& doc,
      const std::optional<DateTime>& published) const;

  // A story weighed for an article, with what was measured.
  struct Candidate {
    std::string story_id;
    JoinEvidence evidence;
    // The story's candidate closest to the article.
    Xapian::docid closest = 0;
  };
  // What FindStory decides from: the story the article joins without weighing
  // (the same headline, a near-duplicate text), else the candidate stories in
  // the order their first article was retrieved (none for an undated
  // article). For the join model's trainer, which labels the candidates.
  struct Weighing {
    std::optional<std::string> certain;
    std::vector<Candidate> candidates;
  };
  Weighing Weigh(const IndexView& db, const Xapian::Document& doc,
                 const std::optional<DateTime>& published) const;

  // Keeps the cached document frequencies exact: call after adding `doc` to the
  // database FindStory reads, and ForgetFrequencies() after replacing
  // documents with other grouping terms or deleting documents (which also
  // forgets the cached stem profiles).
  void NoteAdded(const Xapian::Document& doc);
  void ForgetFrequencies();

  // A stem of the index (a "Z" term that is no stop word), interned: its text
  // and, once looked up, its document frequency, kept exact by NoteAdded.
  struct Stem {
    std::string term;
    // The index's count plus the news' (news_frequencies.h).
    mutable double df = -1;  // < 0: not looked up yet
    // A number or a day's or month's name: what the articles of one day all
    // say ("vendredi 10 janvier 2020"), so no sign of one event.
    bool calendar = false;
  };
  // Stems with their term-frequency factor 1 + log(wdf), in term order: a
  // TF-IDF vector before the IDF, which changes as articles come.
  using WeightedStems = std::vector<std::pair<const Stem*, double>>;
  // What the grouper reads of an article: its weighted stems and its
  // headline's names (schema::kHeadlineName terms, sorted).
  struct Profile {
    WeightedStems stems;
    std::vector<std::string> headline_names;
  };

 private:
  // Adds `term` to `profile` if it is a stem that counts or a headline name.
  void AddToProfile(const std::string& term, Xapian::termcount wdf,
                    Profile& profile) const;
  Profile ProfileOf(const Xapian::Document& doc) const;
  // The profile of indexed document `doc`, read once and then cached: the
  // same articles of the window are candidates for many new articles. (A
  // replaced article's profile goes with ForgetFrequencies().)
  const Profile& CachedProfileOf(const IndexView& db, Xapian::docid doc) const;

  // The story of the nearest article in the window with the same headline key
  // (XH term).
  std::optional<std::string> FindSameHeadline(
      const IndexView& db, const Xapian::Document& doc,
      const std::optional<DateTime>& published) const;
  // The pending articles of `db` holding one of `terms`, published within
  // `days` of `published` (any, when it is not set), in docid order.
  std::vector<Xapian::docid> PendingInWindow(
      const IndexView& db, const std::vector<std::string>& terms,
      const std::optional<DateTime>& published, int days) const;
  // Articles published within `days` of `published` (which must be set).
  Xapian::Query WindowFilter(const std::optional<DateTime>& published,
                             int days) const;

  const FrenchAnalyzer& analyzer_;
  IndexOptions options_;
  const StoryJoinModel& model_;
  // The stem terms of the days' and months' names.
  absl::flat_hash_set<std::string> calendar_terms_;
  mutable absl::flat_hash_map<std::string, std::unique_ptr<Stem>> stems_;
  mutable absl::flat_hash_map<Xapian::docid, Profile> profiles_;
};

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_STORY_GROUPER_H_
