#include "indexer/pending_articles.h"

#include <algorithm>

#include "engine/schema.h"

namespace newsq::internal {

std::string PendingArticle::Value(Xapian::valueno slot) const {
  for (const auto& [at, value] : values) {
    if (at == slot) return value;
  }
  return "";
}

bool PendingArticles::Kept(std::string_view term) {
  return schema::IsGroupingTerm(term) || term.starts_with(schema::kArticleId) ||
         term.starts_with(schema::kStory) ||
         term.starts_with(schema::kHeadline) ||
         term.starts_with(schema::kPersonSurname);
}

void PendingArticles::Put(Xapian::docid docid, const Xapian::Document& doc) {
  PendingArticle article;
  for (auto it = doc.values_begin(); it != doc.values_end(); ++it)
    article.values.emplace_back(it.get_valueno(), *it);
  article.data = doc.get_data();
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    std::string term = *it;
    if (!Kept(term)) continue;
    if (schema::IsGroupingTerm(term))
      article.grouping_terms.emplace_back(term, it.get_wdf());
    article.kept_terms.push_back(std::move(term));
  }
  auto [slot, added] = articles_.try_emplace(docid);
  if (!added) {
    Unlink(docid, slot->second);
  } else if (!shadowed_.contains(docid)) {
    ++added_;
  }
  for (const std::string& term : article.kept_terms)
    holders_[term].push_back(docid);
  slot->second = std::move(article);
}

void PendingArticles::Shadow(Xapian::docid docid,
                             const std::vector<std::string>& old_terms) {
  if (!shadowed_.insert(docid).second) return;
  for (const std::string& term : old_terms) {
    if (Kept(term)) ++shadowed_terms_[term];
  }
}

void PendingArticles::Unlink(Xapian::docid docid,
                             const PendingArticle& article) {
  for (const std::string& term : article.kept_terms) {
    std::vector<Xapian::docid>& docs = holders_[term];
    docs.erase(std::remove(docs.begin(), docs.end(), docid), docs.end());
  }
}

const PendingArticle* PendingArticles::Find(Xapian::docid docid) const {
  auto it = articles_.find(docid);
  return it == articles_.end() ? nullptr : &it->second;
}

int64_t PendingArticles::TermFreqChange(const std::string& term) const {
  int64_t change = 0;
  if (auto it = holders_.find(term); it != holders_.end())
    change += static_cast<int64_t>(it->second.size());
  if (auto it = shadowed_terms_.find(term); it != shadowed_terms_.end())
    change -= it->second;
  return change;
}

std::vector<Xapian::docid> PendingArticles::Holders(
    const std::string& term) const {
  auto it = holders_.find(term);
  if (it == holders_.end()) return {};
  std::vector<Xapian::docid> docs = it->second;
  // New articles come in docid order; a replaced one may come back later.
  std::sort(docs.begin(), docs.end());
  return docs;
}

void PendingArticles::Clear() {
  articles_.clear();
  holders_.clear();
  shadowed_.clear();
  shadowed_terms_.clear();
  added_ = 0;
}

}  // namespace newsq::internal
