// Internal: the database as the writer sees it while shard writers write it:
// the last commit, read through a snapshot, and the articles written since.
#ifndef NEWSQ_INDEXER_INDEX_VIEW_H_
#define NEWSQ_INDEXER_INDEX_VIEW_H_

#include <xapian.h>

#include <cstddef>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "indexer/pending_articles.h"

namespace newsq::internal {

// The terms story grouping reads (schema::IsGroupingTerm) among a document's
// terms [begin, end), with their wdf, in term order.
std::vector<std::pair<std::string, Xapian::termcount>> GroupingTermsIn(
    Xapian::TermIterator begin, Xapian::TermIterator end);

// One article as a view reads it: its pending version, or the committed one
// (read once, its values on demand).
class ViewedArticle {
 public:
  // The value in `slot`, "" for none.
  std::string Value(Xapian::valueno slot) const {
    return pending_ ? pending_->Value(slot) : committed_.get_value(slot);
  }
  std::string Data() const {
    return pending_ ? pending_->data : committed_.get_data();
  }

 private:
  friend class IndexView;
  const PendingArticle* pending_ = nullptr;
  Xapian::Document committed_;
};

// Answers the writer's questions (does an article exist, which articles hold
// a term, what does an article store) as one database holding the committed
// articles and the pending ones would, with the same docids. Questions about
// terms are asked of kept terms only (PendingArticles::Kept): the others are
// not kept for pending articles. Both `committed` and `pending` must outlive
// the view; a view without pending articles reads `committed` alone.
// Xapian errors propagate. Not thread-safe.
class IndexView {
 public:
  explicit IndexView(const Xapian::Database& committed,
                     const PendingArticles* pending = nullptr)
      : committed_(committed), pending_(pending) {}

  Xapian::doccount doccount() const;
  Xapian::doccount termfreq(const std::string& term) const;
  bool term_exists(const std::string& term) const;
  // The articles holding `term`, in docid order, at most `limit` of them.
  std::vector<Xapian::docid> Holders(
      const std::string& term,
      size_t limit = std::numeric_limits<size_t>::max()) const;

  // What article `docid` stores.
  ViewedArticle Read(Xapian::docid docid) const;
  // The terms story grouping reads of it (schema::IsGroupingTerm) with their
  // wdf, in term order.
  std::vector<std::pair<std::string, Xapian::termcount>> GroupingTerms(
      Xapian::docid docid) const;
  // Its kept terms, in term order.
  std::vector<std::string> KeptTerms(Xapian::docid docid) const;

  // The last commit; pending articles are not in it, and articles they
  // replace are there in their old version.
  const Xapian::Database& committed() const { return committed_; }
  // The pending version of `docid`, or null when it has none.
  const PendingArticle* Pending(Xapian::docid docid) const {
    return pending_ ? pending_->Find(docid) : nullptr;
  }
  // The pending articles holding `term`, in docid order.
  std::vector<Xapian::docid> PendingHolders(const std::string& term) const;
  // Whether the committed article `docid` is read from its pending version.
  bool Replaced(Xapian::docid docid) const {
    return pending_ != nullptr && pending_->Shadows(docid);
  }

 private:
  const Xapian::Database& committed_;
  const PendingArticles* pending_;
};

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_INDEX_VIEW_H_
