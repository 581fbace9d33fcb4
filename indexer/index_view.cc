#include "indexer/index_view.h"

#include <algorithm>

#include "engine/schema.h"

namespace newsq::internal {

Xapian::doccount IndexView::doccount() const {
  return committed_.get_doccount() + (pending_ ? pending_->added() : 0);
}

Xapian::doccount IndexView::termfreq(const std::string& term) const {
  const int64_t committed = committed_.get_termfreq(term);
  if (!pending_) return static_cast<Xapian::doccount>(committed);
  return static_cast<Xapian::doccount>(committed +
                                       pending_->TermFreqChange(term));
}

bool IndexView::term_exists(const std::string& term) const {
  if (!pending_) return committed_.term_exists(term);
  return termfreq(term) > 0;
}

std::vector<Xapian::docid> IndexView::PendingHolders(
    const std::string& term) const {
  if (!pending_) return {};
  return pending_->Holders(term);
}

std::vector<Xapian::docid> IndexView::Holders(const std::string& term,
                                              size_t limit) const {
  const std::vector<Xapian::docid> pending = PendingHolders(term);
  std::vector<Xapian::docid> holders;
  auto next_pending = pending.begin();
  for (auto it = committed_.postlist_begin(term);
       it != committed_.postlist_end(term) && holders.size() < limit; ++it) {
    // A replaced article holds the term if its pending version does.
    if (Replaced(*it)) continue;
    while (next_pending != pending.end() && *next_pending < *it &&
           holders.size() < limit) {
      holders.push_back(*next_pending++);
    }
    if (holders.size() < limit) holders.push_back(*it);
  }
  while (next_pending != pending.end() && holders.size() < limit)
    holders.push_back(*next_pending++);
  return holders;
}

ViewedArticle IndexView::Read(Xapian::docid docid) const {
  ViewedArticle article;
  article.pending_ = Pending(docid);
  if (!article.pending_) article.committed_ = committed_.get_document(docid);
  return article;
}

std::vector<std::pair<std::string, Xapian::termcount>> GroupingTermsIn(
    Xapian::TermIterator begin, Xapian::TermIterator end) {
  std::vector<std::pair<std::string, Xapian::termcount>> terms;
  for (auto it = begin; it != end; ++it) {
    std::string term = *it;
    if (schema::IsGroupingTerm(term))
      terms.emplace_back(std::move(term), it.get_wdf());
  }
  return terms;
}

std::vector<std::pair<std::string, Xapian::termcount>> IndexView::GroupingTerms(
    Xapian::docid docid) const {
  if (const PendingArticle* article = Pending(docid))
    return article->grouping_terms;
  return GroupingTermsIn(committed_.termlist_begin(docid),
                         committed_.termlist_end(docid));
}

std::vector<std::string> IndexView::KeptTerms(Xapian::docid docid) const {
  if (const PendingArticle* article = Pending(docid))
    return article->kept_terms;
  std::vector<std::string> terms;
  for (auto it = committed_.termlist_begin(docid);
       it != committed_.termlist_end(docid); ++it) {
    std::string term = *it;
    if (PendingArticles::Kept(term)) terms.push_back(std::move(term));
  }
  return terms;
}

}  // namespace newsq::internal
