#include "indexer/story_grouper.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "engine/schema.h"

namespace newsq::internal {
namespace {

// Terms retrieved per new article, and candidates scored. Enough for a story
// covered by dozens of outlets in the window; the cost does not grow with the
// index.
constexpr size_t kQueryTerms = 30;
constexpr Xapian::doccount kCandidates = 40;

using TermVector = absl::flat_hash_map<std::string, double>;

// Stemmed free-text terms carry Xapian's "Z" prefix followed by the folded stem
// (never an upper-case letter, which would be a field prefix such as the
// title's "ZS").
bool IsTextStem(const std::string& term) {
  return term.size() > 1 && term[0] == 'Z' &&
         !(term[1] >= 'A' && term[1] <= 'Z');
}

template <typename TermIterator>
TermVector WeightedStems(TermIterator begin, TermIterator end,
                         const Xapian::Database& db,
                         const FrenchAnalyzer& analyzer) {
  const double n = static_cast<double>(db.get_doccount()) + 1;
  TermVector vector;
  for (auto it = begin; it != end; ++it) {
    const std::string term = *it;
    if (!IsTextStem(term) || analyzer.IsStopWord(term.substr(1))) continue;
    const double df = static_cast<double>(db.get_termfreq(term)) + 1;
    const double idf = std::log(n / df) + 1.0;
    vector[term] = (1.0 + std::log(static_cast<double>(it.get_wdf()))) * idf;
  }
  return vector;
}

double Cosine(const TermVector& a, const TermVector& b) {
  double dot = 0, na = 0, nb = 0;
  for (const auto& [term, w] : a) {
    na += w * w;
    if (auto it = b.find(term); it != b.end()) dot += w * it->second;
  }
  for (const auto& [term, w] : b) nb += w * w;
  return na == 0 || nb == 0 ? 0 : dot / std::sqrt(na * nb);
}

}  // namespace

std::optional<StoryGrouper::Match> StoryGrouper::FindStory(
    const Xapian::Database& db, const Xapian::Document& doc,
    const std::optional<DateTime>& published) const {
  if (db.get_doccount() == 0) return std::nullopt;
  const TermVector vector =
      WeightedStems(doc.termlist_begin(), doc.termlist_end(), db, analyzer_);
  if (vector.empty()) return std::nullopt;

  std::vector<std::pair<double, std::string>> ranked;
  for (const auto& [term, weight] : vector) ranked.emplace_back(weight, term);
  std::sort(ranked.begin(), ranked.end(), std::greater<>());
  if (ranked.size() > kQueryTerms) ranked.resize(kQueryTerms);
  std::vector<Xapian::Query> terms;
  for (const auto& [weight, term] : ranked) terms.emplace_back(term);
  Xapian::Query query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  if (published) {
    const double window = options_.story_window_days * 86400.0;
    const double at = static_cast<double>(published->unix_seconds);
    query = Xapian::Query(
        Xapian::Query::OP_FILTER, query,
        Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kPublishedSlot,
                      Xapian::sortable_serialise(at - window),
                      Xapian::sortable_serialise(at + window)));
  }
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  const Xapian::MSet candidates = enquire.get_mset(0, kCandidates);

  std::optional<Match> best;
  for (auto it = candidates.begin(); it != candidates.end(); ++it) {
    const Xapian::Document candidate = it.get_document();
    const TermVector other = WeightedStems(db.termlist_begin(*it),
                                           db.termlist_end(*it), db, analyzer_);
    const double similarity = Cosine(vector, other);
    if (similarity >= options_.story_threshold &&
        (!best || similarity > best->similarity)) {
      best = Match{candidate.get_value(schema::kStorySlot), similarity};
    }
  }
  return best;
}

}  // namespace newsq::internal
