// Internal: the articles a writer has handed to its shard writers since the
// last commit, kept for the writer's own questions until the commit makes
// them visible in the database.
#ifndef NEWSQ_INDEXER_PENDING_ARTICLES_H_
#define NEWSQ_INDEXER_PENDING_ARTICLES_H_

#include <xapian.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"

namespace newsq::internal {

// What the writer reads again of an article it wrote in this batch: its
// values, its stored data, the terms story grouping reads and the terms it
// looks up.
struct PendingArticle {
  std::vector<std::pair<Xapian::valueno, std::string>> values;  // slot order
  std::string data;
  // The terms story grouping reads (schema::IsGroupingTerm) with their wdf, in
  // term order.
  std::vector<std::pair<std::string, Xapian::termcount>> grouping_terms;
  // Every kept term (PendingArticles::Kept), stems included, in term order.
  std::vector<std::string> kept_terms;

  // The value in `slot`, "" when the article has none.
  std::string Value(Xapian::valueno slot) const;
};

// The batch's articles by global docid, with the documents holding each kept
// term. The shard writers own the Xapian documents once they are queued (a
// Xapian::Document is not safe to share between threads), so this keeps a
// copy of what the writer reads: the commit's snapshot answers for the rest.
// Not thread-safe: the writer's thread owns it.
class PendingArticles {
 public:
  // Whether a term is kept, so that Holders() and TermFreqChange() answer for
  // it: the terms story grouping reads (free-text stems, headline names), and
  // the article id, story, headline and surname terms (schema::kArticleId,
  // kStory, kHeadline, kPersonSurname).
  static bool Kept(std::string_view term);

  // Records `doc` as the article now at `docid`: a new article, or a new
  // version of a pending one. For a new version of a committed article, call
  // Shadow() first.
  void Put(Xapian::docid docid, const Xapian::Document& doc);

  // The committed article at `docid`, whose kept terms were `old_terms`, is
  // being replaced in this batch: until the commit, readers take its pending
  // version and stop counting its old terms.
  void Shadow(Xapian::docid docid, const std::vector<std::string>& old_terms);

  // The pending version of `docid`, or null.
  const PendingArticle* Find(Xapian::docid docid) const;
  // Whether the committed article `docid` has a pending version.
  bool Shadows(Xapian::docid docid) const { return shadowed_.contains(docid); }

  // Articles added (not replacements of committed ones).
  Xapian::doccount added() const { return added_; }
  // How many more articles hold kept `term` than the committed ones say: the
  // pending holders minus the shadowed articles that held it.
  int64_t TermFreqChange(const std::string& term) const;
  // The pending articles holding kept `term`, in docid order.
  std::vector<Xapian::docid> Holders(const std::string& term) const;

  // Forgets the batch: call once it is committed.
  void Clear();

 private:
  void Unlink(Xapian::docid docid, const PendingArticle& article);

  absl::flat_hash_map<Xapian::docid, PendingArticle> articles_;
  // Kept term -> the pending articles holding it, in the order they came.
  absl::flat_hash_map<std::string, std::vector<Xapian::docid>> holders_;
  // Committed articles replaced in this batch, and how many of them held
  // each kept term.
  absl::flat_hash_set<Xapian::docid> shadowed_;
  absl::flat_hash_map<std::string, int64_t> shadowed_terms_;
  Xapian::doccount added_ = 0;
};

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_PENDING_ARTICLES_H_
