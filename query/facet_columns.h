// Internal: the values that facets and totals count (story, outlet, day,
// entities) for every document of a database, read once into arrays indexed by
// document id.
#ifndef NEWSQ_QUERY_FACET_COLUMNS_H_
#define NEWSQ_QUERY_FACET_COLUMNS_H_

#include <xapian.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "query/canonical_names.h"

namespace newsq::internal {

// Counting a large result set by reading each match's values from the index
// costs a B-tree lookup per value per match; reading each slot's value stream
// once, in document order, costs a fraction of that per document and is then
// shared by every later search. Ids are dense per column: 0 means "no value",
// name `id` is at names[id - 1]. Immutable once loaded; safe to share between
// threads.
struct FacetColumns {
  struct Column {
    std::vector<uint32_t> of_doc;  // by document id
    std::vector<std::string> names;
    const std::string& Name(uint32_t id) const { return names[id - 1]; }
  };
  Column story, outlet, day;
  // By day id: the day's number (DayNumber of its name), nullopt for a
  // malformed one; [0] (no day) is nullopt.
  std::vector<std::optional<int64_t>> day_numbers;
  // The day number (days since 1970-01-01) of a kDaySlot value ("YYYYMMDD");
  // nullopt when malformed.
  static std::optional<int64_t> DayNumber(std::string_view yyyymmdd);
  // The documents of each story in document order: those of story id `s` are
  // story_docs[story_begin[s - 1] .. story_begin[s]).
  std::vector<uint32_t> story_begin;
  std::vector<Xapian::docid> story_docs;
  std::span<const Xapian::docid> DocsOfStory(uint32_t story) const {
    return std::span<const Xapian::docid>(story_docs)
        .subspan(story_begin[story - 1],
                 story_begin[story] - story_begin[story - 1]);
  }
  // Publication time in unix seconds by document id; NaN for none.
  std::vector<double> published;
  // The UTC offset, in minutes, that the page gave its publication time with,
  // by document id (slot kPublishedIsoSlot); kUnknownOffset where that slot is
  // empty or unreadable (no date, or a database older than the slot);
  // kDayOnly where the page gave the day alone (DateTime::day_only).
  static constexpr int16_t kUnknownOffset = INT16_MIN;
  static constexpr int16_t kDayOnly = INT16_MIN + 1;
  std::vector<int16_t> published_offset;
  // Outlets of the document's story by document id (the coverage boost's
  // input); -1 where no document is (every document has a count).
  std::vector<int32_t> story_outlets;
  // Each document's day id and its story's outlet count in one number, so
  // that the ranking's boosts read one array per match (ranking.cc): day id *
  // kOutletClasses + the count's class, 0 for no count and min(count,
  // kMaxOutletClass) + 1 otherwise. 0 where no document is.
  static constexpr int kMaxOutletClass = 16;
  static constexpr uint32_t kOutletClasses = kMaxOutletClass + 2;
  std::vector<uint32_t> boost_key;
  // Entities, several per document, read only for searches that count them:
  // their names are most of the columns' loading time (3.5 million mentions
  // at 289k articles). nullptr until then.
  struct Entities {
    // Those of document d are ids[begin[d] .. begin[d + 1]).
    std::vector<uint32_t> begin;
    std::vector<uint32_t> ids;
    // By id - 1: each entity's most frequent spelling; spellings with the
    // same filter key share an id (CanonicalNames).
    std::vector<std::string> names;
    // Every spelling written in document d (two spellings of one entity
    // included), as ids of `spellings`: mentions[mention_begin[d] ..
    // mention_begin[d + 1]). A count shows each entity as its most frequent
    // spelling among the matches, as a count without columns does.
    std::vector<uint32_t> mention_begin;
    std::vector<uint32_t> mentions;
    CanonicalNames spellings;
  };
  std::shared_ptr<const Entities> entities;
  // For a database of several shards, each shard's UUID in the shards' order:
  // document d of the shard at index i is document (d - 1) * n + i + 1 of
  // the whole (GlobalDocid), which the columns are indexed by. Empty for one
  // database.
  std::vector<std::string> shard_uuids;
  // The index in shard_uuids of `shard`, one of the shards the columns were
  // loaded from (Xapian hands posting sources each shard in turn); nullopt for
  // a database that is none of them, and for columns of one database.
  std::optional<size_t> ShardOf(const Xapian::Database& shard) const;
  // The whole's id of document `local` of shard `shard` of `shards`.
  static Xapian::docid GlobalDocid(Xapian::docid local, size_t shard,
                                   size_t shards) {
    return static_cast<Xapian::docid>((local - 1) * shards + shard + 1);
  }

  // Reads the seven slots of every document of `db`, and the entity slot too
  // when `with_entities`. Xapian errors propagate.
  static std::shared_ptr<const FacetColumns> Load(const Xapian::Database& db,
                                                  bool with_entities);
  // Reads the entity slot of every document of `db`.
  static std::shared_ptr<const Entities> LoadEntities(
      const Xapian::Database& db);
};

// Keeps the columns of one database while it does not change, and decides when
// loading them pays: when a search is expected to match a large part of the
// database, or when this cache has already served searches (a long-lived
// searcher). Not thread-safe; one per Searcher.
class FacetColumnsCache {
 public:
  // The columns of `db` as it is now, with their entities when
  // `with_entities`, or nullptr when a search expected to match about
  // `estimate_matches()` documents is better served by reading values
  // directly (the estimate is asked for only when columns are not already
  // loaded), and always for a database of several shards that SetShards did
  // not give, or with a remote shard.
  std::shared_ptr<const FacetColumns> For(
      const Xapian::Database& db, bool with_entities,
      const std::function<Xapian::doccount()>& estimate_matches);
  // The columns of `db` when they are loaded and current, else nullptr; never
  // loads them.
  std::shared_ptr<const FacetColumns> IfLoaded(
      const Xapian::Database& db) const;

  // The shards of the database this cache serves, in the order it combines
  // them (OpenReadable's): what lets a count run shard by shard, where Xapian
  // gives a match spy each shard's own ids. Without them, a database of
  // several shards gets no columns; nor does one with a remote shard
  // (`any_remote`), whose values would cross the network one document at a
  // time, and where newsq's own match spies and posting sources cannot run.
  void SetShards(std::vector<Xapian::Database> shards, bool any_remote);
  const std::vector<Xapian::Database>& Shards() const { return shards_; }

 private:
  // What identifies a database state: revision, or for several shards
  // (which have no single revision), document count and last id.
  std::string StateOf(const Xapian::Database& db) const;
  bool KnowsShardsOf(const Xapian::Database& db) const;

  std::vector<Xapian::Database> shards_;
  bool any_remote_ = false;
  std::shared_ptr<const FacetColumns> columns_;
  std::string state_;
  int counting_searches_ = 0;
};

}  // namespace newsq::internal

#endif  // NEWSQ_QUERY_FACET_COLUMNS_H_
