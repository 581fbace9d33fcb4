#include "query/facet_columns.h"

#include <algorithm>
#include <cmath>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "engine/schema.h"
#include "newsq/article.h"
#include "query/canonical_names.h"

namespace newsq::internal {
namespace {

// Fills `column` from value slot `slot`, interning the values.
void LoadColumn(const Xapian::Database& db, Xapian::valueno slot,
                Xapian::docid last, FacetColumns::Column& column) {
  column.of_doc.assign(last + 1, 0);
  absl::flat_hash_map<std::string, uint32_t> ids;
  for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot);
       ++it) {
    std::string value = *it;
    auto [entry, inserted] =
        ids.try_emplace(value, static_cast<uint32_t>(column.names.size() + 1));
    if (inserted) column.names.push_back(std::move(value));
    column.of_doc[it.get_docid()] = entry->second;
  }
}

// The story -> documents index, by a counting sort of the story column.
void IndexStories(FacetColumns& columns) {
  const std::vector<uint32_t>& story_of = columns.story.of_doc;
  columns.story_begin.assign(columns.story.names.size() + 1, 0);
  for (const uint32_t story : story_of) {
    if (story != 0) ++columns.story_begin[story];
  }
  // story_begin[s] counts story s's documents: make it where story s + 1's
  // start, so that story s's are [story_begin[s - 1], story_begin[s]).
  for (size_t s = 1; s < columns.story_begin.size(); ++s)
    columns.story_begin[s] += columns.story_begin[s - 1];
  columns.story_docs.resize(columns.story_begin.back());
  std::vector<uint32_t> next(columns.story_begin.begin(),
                             columns.story_begin.end() - 1);
  for (Xapian::docid doc = 0; doc < story_of.size(); ++doc) {
    if (story_of[doc] != 0) columns.story_docs[next[story_of[doc] - 1]++] = doc;
  }
}

// A search expected to match at least one document in this many loads the
// columns even on a fresh searcher: it would read the values of a large share
// of the documents one lookup at a time anyway, and later searches get the
// columns for free. (bench/run-query at 289k articles: a broad faceted search
// takes 1.2 s on a fresh searcher, loading included, 0.07 s once loaded.)
constexpr Xapian::doccount kMatchShareForLoading = 8;
// A searcher that has counted this many searches is long-lived: keep columns.
constexpr int kSearchesBeforeCaching = 2;

}  // namespace

std::optional<int64_t> FacetColumns::DayNumber(std::string_view yyyymmdd) {
  if (yyyymmdd.size() != 8) return std::nullopt;
  int parts[3] = {0, 0, 0};
  const size_t widths[3] = {4, 2, 2};
  size_t at = 0;
  for (int i = 0; i < 3; ++i) {
    for (size_t j = 0; j < widths[i]; ++j, ++at) {
      const char c = yyyymmdd[at];
      if (c < '0' || c > '9') return std::nullopt;
      parts[i] = parts[i] * 10 + (c - '0');
    }
  }
  const std::optional<DateTime> midnight =
      DateTime::FromCivil(parts[0], parts[1], parts[2], 0, 0, 0, 0);
  if (!midnight) return std::nullopt;
  return midnight->unix_seconds / 86400;
}

std::shared_ptr<const FacetColumns> FacetColumns::Load(
    const Xapian::Database& db, bool with_entities) {
  auto columns = std::make_shared<FacetColumns>();
  if (db.size() > 1) {
    // "uuid0:uuid1:...", in the shards' order.
    for (absl::string_view uuid : absl::StrSplit(db.get_uuid(), ':'))
      columns->shard_uuids.emplace_back(uuid.data(), uuid.size());
  }
  const Xapian::docid last = db.get_lastdocid();
  LoadColumn(db, schema::kStorySlot, last, columns->story);
  LoadColumn(db, schema::kOutletSlot, last, columns->outlet);
  LoadColumn(db, schema::kDaySlot, last, columns->day);
  columns->day_numbers.assign(columns->day.names.size() + 1, std::nullopt);
  for (size_t id = 1; id < columns->day_numbers.size(); ++id)
    columns->day_numbers[id] = DayNumber(columns->day.Name(id));
  columns->published.assign(last + 1, std::nan(""));
  for (auto it = db.valuestream_begin(schema::kPublishedSlot);
       it != db.valuestream_end(schema::kPublishedSlot); ++it) {
    columns->published[it.get_docid()] = Xapian::sortable_unserialise(*it);
  }
  columns->published_offset.assign(last + 1, FacetColumns::kUnknownOffset);
  for (auto it = db.valuestream_begin(schema::kPublishedIsoSlot);
       it != db.valuestream_end(schema::kPublishedIsoSlot); ++it) {
    if (std::optional<DateTime> date = DateTime::FromIso8601(*it))
      columns->published_offset[it.get_docid()] =
          date->day_only ? FacetColumns::kDayOnly
                         : static_cast<int16_t>(date->utc_offset_minutes);
  }
  IndexStories(*columns);
  columns->story_outlets.assign(last + 1, -1);
  for (auto it = db.valuestream_begin(schema::kStoryOutletsSlot);
       it != db.valuestream_end(schema::kStoryOutletsSlot); ++it) {
    columns->story_outlets[it.get_docid()] =
        static_cast<int32_t>(Xapian::sortable_unserialise(*it));
  }
  columns->boost_key.assign(last + 1, 0);
  for (Xapian::docid doc = 1; doc <= last; ++doc) {
    const int32_t outlets = columns->story_outlets[doc];
    const uint32_t outlet_class =
        outlets < 0
            ? 0
            : static_cast<uint32_t>(std::min(outlets, kMaxOutletClass)) + 1;
    columns->boost_key[doc] =
        columns->day.of_doc[doc] * kOutletClasses + outlet_class;
  }
  if (with_entities) columns->entities = LoadEntities(db);
  return columns;
}

std::shared_ptr<const FacetColumns::Entities> FacetColumns::LoadEntities(
    const Xapian::Database& db) {
  // A list per document, in document order as the stream gives them;
  // documents without entities get empty ranges.
  auto entities = std::make_shared<Entities>();
  const Xapian::docid last = db.get_lastdocid();
  entities->begin.assign(last + 2, 0);
  entities->mention_begin.assign(last + 2, 0);
  CanonicalNames& names = entities->spellings;
  Xapian::docid next = 0;  // documents before `next` have their range start
  auto close_until = [&](Xapian::docid doc) {
    for (; next <= doc; ++next) {
      entities->begin[next] = static_cast<uint32_t>(entities->ids.size());
      entities->mention_begin[next] =
          static_cast<uint32_t>(entities->mentions.size());
    }
  };
  for (auto it = db.valuestream_begin(schema::kEntitiesSlot);
       it != db.valuestream_end(schema::kEntitiesSlot); ++it) {
    close_until(it.get_docid());
    const auto first = entities->begin[it.get_docid()];
    schema::ForEachListed(*it, [&](std::string_view name) {
      const uint32_t spelling = names.InternSpelling(std::string(name));
      entities->mentions.push_back(spelling);
      // Two spellings of one entity in an article count once.
      const uint32_t id = names.EntityOfSpelling(spelling);
      if (std::find(entities->ids.begin() + first, entities->ids.end(), id) ==
          entities->ids.end()) {
        entities->ids.push_back(id);
      }
    });
  }
  close_until(last + 1);
  entities->names = names.DisplayNames();
  return entities;
}

std::string FacetColumnsCache::StateOf(const Xapian::Database& db) const {
  try {
    return absl::StrCat("r", db.get_revision());
  } catch (const Xapian::InvalidOperationError&) {
    return absl::StrCat("n", db.get_doccount(), "/", db.get_lastdocid());
  }
}

void FacetColumnsCache::SetShards(std::vector<Xapian::Database> shards,
                                  bool any_remote) {
  shards_ = std::move(shards);
  any_remote_ = any_remote;
}

bool FacetColumnsCache::KnowsShardsOf(const Xapian::Database& db) const {
  return !any_remote_ && (db.size() <= 1 || shards_.size() == db.size());
}

std::optional<size_t> FacetColumns::ShardOf(
    const Xapian::Database& shard) const {
  if (shard_uuids.empty()) return std::nullopt;
  const auto found =
      std::find(shard_uuids.begin(), shard_uuids.end(), shard.get_uuid());
  if (found == shard_uuids.end()) return std::nullopt;
  return static_cast<size_t>(found - shard_uuids.begin());
}

std::shared_ptr<const FacetColumns> FacetColumnsCache::IfLoaded(
    const Xapian::Database& db) const {
  if (!KnowsShardsOf(db)) return nullptr;  // see For()
  return columns_ && state_ == StateOf(db) ? columns_ : nullptr;
}

std::shared_ptr<const FacetColumns> FacetColumnsCache::For(
    const Xapian::Database& db, bool with_entities,
    const std::function<Xapian::doccount()>& estimate_matches) {
  // Over several shards, Xapian 1.4 hands match spies and posting sources
  // each shard's own document ids: the columns, indexed by the combined ids,
  // serve only callers that know which shard an id comes from (Shards()).
  if (!KnowsShardsOf(db)) return nullptr;
  const std::string state = StateOf(db);
  if (columns_ && state_ == state) {
    if (with_entities && !columns_->entities) {
      // Shared columns never change: searches holding the old ones keep them.
      auto completed = std::make_shared<FacetColumns>(*columns_);
      completed->entities = FacetColumns::LoadEntities(db);
      columns_ = std::move(completed);
    }
    return columns_;
  }
  ++counting_searches_;
  if (counting_searches_ < kSearchesBeforeCaching &&
      estimate_matches() * kMatchShareForLoading < db.get_doccount()) {
    return nullptr;
  }
  columns_ = FacetColumns::Load(db, with_entities);
  state_ = state;
  return columns_;
}

}  // namespace newsq::internal
