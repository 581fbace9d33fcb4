#include "indexer/story_grouper.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "engine/schema.h"
#include "indexer/near_duplicates.h"
#include "indexer/news_frequencies.h"

namespace newsq::internal {
namespace {

// Terms retrieved per new article, and candidates scored. Enough for a story
// covered by dozens of outlets in the window; the cost does not grow with the
// index.
constexpr size_t kQueryTerms = 30;
constexpr Xapian::doccount kCandidates = 40;

// An article with the same headline joins the story when it is at most this
// many days from the nearest one: a running story's updates ("Coronavirus : le
// point sur la pandémie dans le monde") come out daily, sometimes with a gap of
// a week. On OrangeSum's list of articles sharing a headline, a 3-day chain
// keeps 65 % of the pairs together, 7 days 91 %, 14 days 99 %.
constexpr int kHeadlineWindowDays = 14;

// A TF-IDF vector over stems, in term order: Xapian's term lists come in that
// order, so vectors are built sorted, compared by merging, and summed in the
// same order on every run (floating-point addition depends on order; a hash
// map's order changes from one process to the next).
using TermVector = std::vector<std::pair<const StoryGrouper::Stem*, double>>;

// Profiles kept at most: about 2.5 KB each, and a few days of a large crawl.
constexpr size_t kCachedProfiles = 16384;

// Weights profiles with the IDF over `db` and the news at large, looking up
// the document frequency of stems met for the first time. The news' counts
// (news_frequencies.h) are added to the index's, as if its articles were
// indexed too: in a small index, a word common in the news ("match",
// "nouveau") would otherwise weigh as much as a rare name for want of
// articles to tell them apart, and a few hundred headlines group as if every
// shared word were news. As the index grows, its own counts take over.
class Weigher {
 public:
  explicit Weigher(const IndexView& db)
      : db_(db), n_(static_cast<double>(db.doccount()) + 1 + NewsArticles()) {}

  TermVector Weigh(const StoryGrouper::WeightedStems& profile) const {
    TermVector vector;
    vector.reserve(profile.size());
    for (const auto& [stem, tf] : profile) {
      if (stem->df < 0)
        stem->df = static_cast<double>(db_.termfreq(stem->term)) +
                   NewsDocumentFrequency(stem->term);
      vector.emplace_back(stem, tf * (Idf(stem) + 1.0));
    }
    return vector;
  }

  // log(n / (df + 1)), n counting the new article and the news' articles;
  // `stem`'s df must have been looked up by Weigh.
  double Idf(const StoryGrouper::Stem* stem) const {
    return std::log(n_ / (stem->df + 1));
  }
  // The IDF of a stem no indexed article holds: the most any can have.
  double MaxIdf() const { return std::log(n_); }

 private:
  const IndexView& db_;
  double n_;
};

// Orders two interned stems by their text; one stem is one object.
int CompareStems(const StoryGrouper::Stem* a, const StoryGrouper::Stem* b) {
  return a == b ? 0 : a->term.compare(b->term);
}

double Norm(const TermVector& v) {
  double sum = 0;
  for (const auto& [term, weight] : v) sum += weight * weight;
  return std::sqrt(sum);
}

// Calls `both(stem, weight_in_a, weight_in_b)` for each stem of both vectors,
// in term order.
template <typename Both>
void ForEachShared(const TermVector& a, const TermVector& b, Both both) {
  auto ia = a.begin();
  auto ib = b.begin();
  while (ia != a.end() && ib != b.end()) {
    const int order = CompareStems(ia->first, ib->first);
    if (order < 0) {
      ++ia;
    } else if (order > 0) {
      ++ib;
    } else {
      both(ia->first, ia->second, ib->second);
      ++ia;
      ++ib;
    }
  }
}

// The headline names (schema::kHeadlineName terms) two sorted lists share.
std::vector<std::string> NamesInBoth(const std::vector<std::string>& names,
                                     const std::vector<std::string>& others) {
  std::vector<std::string> in_both;
  std::set_intersection(names.begin(), names.end(), others.begin(),
                        others.end(), std::back_inserter(in_both));
  return in_both;
}

// A name both headlines carry is one word the two share, but a compound
// one's parts ("Saint-Malo", "Plonévez-du-Faou") are shared stems each: two
// pages of one town would otherwise share "two words" and look alike.
// Returns how many of `shared_terms` (the shared stem terms) to take back so
// that the names count one stem each: the distinct parts of `shared_names`
// found among them, less the number of names those parts come from. Never
// more than the parts found, so never more than `shared_terms.size()`.
size_t ExtraStemsOfSharedNames(
    const std::vector<std::string>& shared_names,
    const std::vector<std::string_view>& shared_terms) {
  std::vector<std::string_view> parts_found;  // distinct, in shared_terms
  size_t names_found = 0;
  for (const std::string& name : shared_names) {
    const std::string_view stem =
        std::string_view(name).substr(schema::kHeadlineName.size());
    bool found = false;
    for (size_t start = 0; start <= stem.size();) {
      const size_t end = std::min(stem.find('-', start), stem.size());
      const std::string term = std::string(1, schema::kStem) +
                               std::string(stem.substr(start, end - start));
      const auto shared =
          std::find(shared_terms.begin(), shared_terms.end(), term);
      if (shared != shared_terms.end()) {
        found = true;
        if (std::find(parts_found.begin(), parts_found.end(), *shared) ==
            parts_found.end())
          parts_found.push_back(*shared);
      }
      start = end + 1;
    }
    names_found += found;
  }
  return parts_found.size() > names_found ? parts_found.size() - names_found
                                          : 0;
}

// True for a stem term ("Z2020", "Z10") that is a number.
bool IsNumberTerm(std::string_view term) {
  term.remove_prefix(1);
  return !term.empty() && std::all_of(term.begin(), term.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == ',' || c == '.';
  });
}

// Cosine of two vectors whose norms the caller already has: the new article's
// norm is the same for every candidate and centroid it is compared with.
double Cosine(const TermVector& a, double norm_a, const TermVector& b,
              double norm_b) {
  double dot = 0;
  ForEachShared(a, b, [&dot](const StoryGrouper::Stem*, double wa, double wb) {
    dot += wa * wb;
  });
  const double norms = norm_a * norm_b;
  return norms == 0 ? 0 : dot / norms;
}

// Adds `member` / `norm` into `centroid`, both in term order.
void AddToCentroid(const TermVector& member, double norm,
                   TermVector& centroid) {
  TermVector sum;
  sum.reserve(centroid.size() + member.size());
  auto ic = centroid.begin();
  auto im = member.begin();
  while (ic != centroid.end() || im != member.end()) {
    const int order = ic == centroid.end() ? 1
                      : im == member.end() ? -1
                                           : CompareStems(ic->first, im->first);
    if (order < 0) {
      sum.push_back(*ic++);
    } else if (order > 0) {
      sum.emplace_back(im->first, im->second / norm);
      ++im;
    } else {
      sum.emplace_back(ic->first, ic->second + im->second / norm);
      ++ic;
      ++im;
    }
  }
  centroid = std::move(sum);
}

std::optional<uint64_t> SimHashOf(const std::string& hex) {
  if (hex.size() != 16) return std::nullopt;
  return std::strtoull(hex.c_str(), nullptr, 16);
}

// The publication time of an article's kPublishedSlot value, NAN for none.
double SecondsOf(const std::string& value) {
  return value.empty() ? NAN : Xapian::sortable_unserialise(value);
}

// Whether `story` is a story that article `docid` started and that no other
// joined. Only such a story moves into another: a larger one was grouped on
// more evidence, and merging two would chain topics together; a story named
// by an outside label (StoryIdForKey, no article's id) is the caller's.
bool StartedAlone(const IndexView& db, const std::string& story,
                  Xapian::docid docid) {
  const std::vector<Xapian::docid> members =
      db.Holders(std::string(schema::kStory) + story, 2);
  return members.size() == 1 && members.front() == docid &&
         db.Holders(std::string(schema::kArticleId) + story, 1) == members;
}

}  // namespace

Xapian::Query StoryGrouper::WindowFilter(
    const std::optional<DateTime>& published, int days) const {
  const double window = days * 86400.0;
  const double at = static_cast<double>(published->unix_seconds);
  // The publication-day terms (XD) of the window select its articles through
  // short posting lists, so that the cost stays that of the window however
  // large the index grows; a value range alone would check the date of every
  // article holding the query's words. XD days are in each article's own
  // offset, hence the extra day on each side; the range then trims the window
  // to the second.
  std::vector<Xapian::Query> day_terms;
  for (int offset = -days - 1; offset <= days + 1; ++offset) {
    DateTime day{published->unix_seconds + int64_t{offset} * 86400, 0};
    std::string yyyymmdd = day.LocalDay();
    yyyymmdd.erase(std::remove(yyyymmdd.begin(), yyyymmdd.end(), '-'),
                   yyyymmdd.end());
    day_terms.emplace_back(std::string(schema::kDay) + yyyymmdd);
  }
  return Xapian::Query(
      Xapian::Query::OP_AND,
      Xapian::Query(Xapian::Query::OP_OR, day_terms.begin(), day_terms.end()),
      Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kPublishedSlot,
                    Xapian::sortable_serialise(at - window),
                    Xapian::sortable_serialise(at + window)));
}

std::optional<std::string> StoryGrouper::FindSameHeadline(
    const IndexView& db, const Xapian::Document& doc,
    const std::optional<DateTime>& published) const {
  std::string key_term;
  const std::string prefix(schema::kHeadline);
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    if (std::string(*it).starts_with(prefix)) key_term = *it;
  }
  if (key_term.empty()) return std::nullopt;
  // The first articles with that headline in docid order, committed ones
  // first (pending ones come after them, bar replacements).
  constexpr Xapian::doccount kCompared = 50;
  Xapian::Query query(key_term);
  if (published) {
    query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                          WindowFilter(published, kHeadlineWindowDays));
  }
  Xapian::Enquire enquire(db.committed());
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  std::vector<Xapian::docid> same;
  const Xapian::MSet committed = enquire.get_mset(0, kCompared);
  for (auto it = committed.begin(); it != committed.end(); ++it) {
    if (!db.Replaced(*it)) same.push_back(*it);
  }
  for (Xapian::docid pending :
       PendingInWindow(db, {key_term}, published, kHeadlineWindowDays)) {
    if (same.size() >= kCompared) break;
    same.push_back(pending);
  }
  // The nearest in time: a running story's updates follow each other.
  std::optional<std::string> nearest;
  double nearest_gap = INFINITY;
  for (Xapian::docid docid : same) {
    const ViewedArticle other = db.Read(docid);
    const double gap =
        published ? std::abs(SecondsOf(other.Value(schema::kPublishedSlot)) -
                             published->unix_seconds)
                  : 0;
    if (!nearest || gap < nearest_gap) {
      nearest = other.Value(schema::kStorySlot);
      nearest_gap = gap;
    }
  }
  return nearest;
}

std::vector<Xapian::docid> StoryGrouper::PendingInWindow(
    const IndexView& db, const std::vector<std::string>& terms,
    const std::optional<DateTime>& published, int days) const {
  std::vector<Xapian::docid> found;
  for (const std::string& term : terms) {
    for (Xapian::docid docid : db.PendingHolders(term)) found.push_back(docid);
  }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  if (!published) return found;
  // As WindowFilter: an article without a date is outside every window.
  const double window = days * 86400.0;
  const double at = static_cast<double>(published->unix_seconds);
  std::erase_if(found, [&](Xapian::docid docid) {
    const double seconds =
        SecondsOf(db.Read(docid).Value(schema::kPublishedSlot));
    return !(std::abs(seconds - at) <= window);
  });
  return found;
}

std::optional<StoryGrouper::Match> StoryGrouper::FindStory(
    const IndexView& db, const Xapian::Document& doc,
    const std::optional<DateTime>& published) const {
  const Weighing weighing = Weigh(db, doc, published);
  if (weighing.certain) return Match{*weighing.certain, 1.0, {}};
  std::vector<double> probabilities;
  std::optional<Match> best;
  for (const Candidate& candidate : weighing.candidates) {
    const double probability = model_.Probability(candidate.evidence);
    probabilities.push_back(probability);
    if (probability >= options_.story_threshold &&
        (!best || probability > best->probability)) {
      best = Match{candidate.story_id, probability, {}};
    }
  }
  if (!best) return best;
  for (size_t i = 0; i < weighing.candidates.size(); ++i) {
    const Candidate& candidate = weighing.candidates[i];
    if (probabilities[i] < options_.story_threshold ||
        candidate.story_id == best->story_id)
      continue;
    if (StartedAlone(db, candidate.story_id, candidate.closest))
      best->absorbed.push_back(candidate.closest);
  }
  return best;
}

StoryGrouper::Weighing StoryGrouper::Weigh(
    const IndexView& db, const Xapian::Document& doc,
    const std::optional<DateTime>& published) const {
  Weighing weighing;
  if (db.doccount() == 0) return weighing;
  // 1. The same headline in the window is the same story.
  if (std::optional<std::string> same = FindSameHeadline(db, doc, published)) {
    weighing.certain = std::move(same);
    return weighing;
  }

  // 2. Candidates: the articles of the window that share the new article's most
  // distinctive stems.
  const Weigher weigher(db);
  const Profile profile = ProfileOf(doc);
  const TermVector vector = weigher.Weigh(profile.stems);
  if (vector.empty()) return weighing;
  const double vector_norm = Norm(vector);
  // The heaviest stems first; ties: the later term first.
  std::vector<std::pair<double, const std::string*>> ranked;
  for (const auto& [stem, weight] : vector)
    ranked.emplace_back(weight, &stem->term);
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : *a.second > *b.second;
  });
  if (ranked.size() > kQueryTerms) ranked.resize(kQueryTerms);
  std::vector<std::string> terms;
  for (const auto& [weight, term] : ranked) terms.push_back(*term);
  Xapian::Query query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  if (published) {
    query = Xapian::Query(Xapian::Query::OP_FILTER, query,
                          WindowFilter(published, options_.story_window_days));
  }
  Xapian::Enquire enquire(db.committed());
  enquire.set_query(query);
  const Xapian::MSet committed = enquire.get_mset(0, kCandidates);
  // Committed candidates in Xapian's order, then the pending ones, the most
  // similar first (ties: the earlier), as many.
  std::vector<Xapian::docid> candidates;
  for (auto it = committed.begin(); it != committed.end(); ++it)
    candidates.push_back(*it);
  std::vector<std::pair<double, Xapian::docid>> pending;
  for (Xapian::docid docid :
       PendingInWindow(db, terms, published, options_.story_window_days)) {
    // A replaced article Xapian found in its committed version.
    if (std::find(candidates.begin(), candidates.end(), docid) !=
        candidates.end())
      continue;
    const TermVector other = weigher.Weigh(CachedProfileOf(db, docid).stems);
    pending.emplace_back(Cosine(vector, vector_norm, other, Norm(other)),
                         docid);
  }
  std::sort(pending.begin(), pending.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  if (pending.size() > kCandidates) pending.resize(kCandidates);
  for (const auto& [similarity, docid] : pending) candidates.push_back(docid);

  // 3. A near-duplicate text (SimHash a few bits away) is the same story;
  // otherwise each candidate story is weighed as a whole: the centroid of its
  // retrieved articles, and its closest article. Against the closest article
  // alone (single link), the centroid keeps a story from chaining through one
  // loose article and lets the varied wording of many outlets add up.
  const std::optional<uint64_t> own =
      SimHashOf(doc.get_value(schema::kSimHashSlot));
  struct StoryMeasures {
    TermVector centroid;
    JoinEvidence evidence;
    Xapian::docid closest = 0;
    bool dated = false;  // evidence.hours_apart is set
  };
  absl::flat_hash_map<std::string, StoryMeasures> measures;
  // Stories in the order their first article ranks.
  std::vector<std::string> stories;
  for (Xapian::docid candidate : candidates) {
    const ViewedArticle article = db.Read(candidate);
    const std::string story = article.Value(schema::kStorySlot);
    if (own) {
      if (std::optional<uint64_t> other =
              SimHashOf(article.Value(schema::kSimHashSlot));
          other && HammingDistance(*own, *other) <= kNearDuplicateBits) {
        weighing.certain = story;
        return weighing;
      }
    }
    // Without a date, an article has no window: similar words alone would
    // join it to a story of any year (the same topic, another event). It
    // joins on its headline or its very text only.
    if (!published) continue;
    const Profile& other_profile = CachedProfileOf(db, candidate);
    const TermVector other = weigher.Weigh(other_profile.stems);
    // Unit-length members, so that long articles do not outweigh briefs in the
    // centroid.
    const double norm = Norm(other);
    if (norm == 0) continue;
    auto [entry, first] = measures.try_emplace(story);
    if (first) stories.push_back(story);
    StoryMeasures& story_measures = entry->second;
    AddToCentroid(other, norm, story_measures.centroid);
    JoinEvidence& evidence = story_measures.evidence;
    const double hours_apart =
        std::abs(SecondsOf(article.Value(schema::kPublishedSlot)) -
                 static_cast<double>(published->unix_seconds)) /
        3600.0;
    // Candidates are found within the window, so they are dated; one stored
    // without a time (NAN) is never the nearest.
    if (!std::isnan(hours_apart) &&
        (!story_measures.dated || hours_apart < evidence.hours_apart)) {
      evidence.hours_apart = hours_apart;
      story_measures.dated = true;
    }
    ++evidence.story_candidates;
    const double cosine = Cosine(vector, vector_norm, other, norm);
    if (evidence.story_candidates > 1 && cosine <= evidence.closest_cosine)
      continue;
    evidence.closest_cosine = cosine;
    story_measures.closest = candidate;
    evidence.shared_stems = 0;
    double own_shared = 0, other_shared = 0, rarest = 0;
    std::vector<std::string_view> shared_terms;
    ForEachShared(vector, other,
                  [&](const Stem* stem, double own_weight, double weight) {
                    if (stem->calendar) return;
                    ++evidence.shared_stems;
                    shared_terms.push_back(stem->term);
                    own_shared += own_weight * own_weight;
                    other_shared += weight * weight;
                    rarest = std::max(rarest, weigher.Idf(stem));
                  });
    evidence.own_share = own_shared / (vector_norm * vector_norm);
    evidence.closest_share = other_shared / (norm * norm);
    evidence.rarest_shared = rarest / weigher.MaxIdf();
    const std::vector<std::string> shared_names =
        NamesInBoth(profile.headline_names, other_profile.headline_names);
    evidence.shared_headline_names = shared_names.size();
    evidence.shared_stems -=
        ExtraStemsOfSharedNames(shared_names, shared_terms);
  }
  for (const std::string& story : stories) {
    StoryMeasures& story_measures = measures[story];
    JoinEvidence& evidence = story_measures.evidence;
    evidence.centroid_cosine =
        Cosine(vector, vector_norm, story_measures.centroid,
               Norm(story_measures.centroid));
    evidence.own_stems = vector.size();
    weighing.candidates.push_back({story, evidence, story_measures.closest});
  }
  return weighing;
}

StoryGrouper::StoryGrouper(const FrenchAnalyzer& analyzer,
                           const IndexOptions& options,
                           const StoryJoinModel& model)
    : analyzer_(analyzer), options_(options), model_(model) {
  for (std::string_view name :
       {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"}) {
    calendar_terms_.insert(std::string(1, schema::kStem) +
                           analyzer_.Stem(analyzer_.Fold(name)));
  }
}

void StoryGrouper::AddToProfile(const std::string& term, Xapian::termcount wdf,
                                Profile& profile) const {
  if (term.starts_with(schema::kHeadlineName)) {
    profile.headline_names.push_back(term);
    return;
  }
  if (!schema::IsTextStem(term) ||
      analyzer_.IsStopWord(std::string_view(term).substr(1)))
    return;
  std::unique_ptr<Stem>& stem = stems_[term];
  if (!stem) {
    stem = std::make_unique<Stem>(Stem{term});
    stem->calendar = calendar_terms_.contains(term) || IsNumberTerm(term);
  }
  profile.stems.emplace_back(stem.get(),
                             1.0 + std::log(static_cast<double>(wdf)));
}

StoryGrouper::Profile StoryGrouper::ProfileOf(
    const Xapian::Document& doc) const {
  Profile profile;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it)
    AddToProfile(*it, it.get_wdf(), profile);
  return profile;
}

const StoryGrouper::Profile& StoryGrouper::CachedProfileOf(
    const IndexView& db, Xapian::docid doc) const {
  if (auto cached = profiles_.find(doc); cached != profiles_.end())
    return cached->second;
  if (profiles_.size() >= kCachedProfiles) profiles_.clear();
  Profile profile;
  for (const auto& [term, wdf] : db.GroupingTerms(doc))
    AddToProfile(term, wdf, profile);
  return profiles_.emplace(doc, std::move(profile)).first->second;
}

void StoryGrouper::NoteAdded(const Xapian::Document& doc) {
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    if (auto stem = stems_.find(*it);
        stem != stems_.end() && stem->second->df >= 0) {
      stem->second->df += 1;
    }
  }
}

void StoryGrouper::ForgetFrequencies() {
  for (auto& [term, stem] : stems_) stem->df = -1;
  // A replaced document's profile may have changed too.
  profiles_.clear();
}

}  // namespace newsq::internal
