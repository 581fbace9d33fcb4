// Searcher (newsq/search.h): reading a database for stories. The query layer
// does the work; this file opens the database, retries each read when a
// writer's commit changes the database under it, and turns Xapian exceptions
// into statuses.
#include <xapian.h>

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "engine/article_codec.h"
#include "engine/database.h"
#include "engine/french_analyzer.h"
#include "engine/schema.h"
#include "engine/shards.h"
#include "engine/status_macros.h"
#include "engine/xapian_status.h"
#include "newsq/search.h"
#include "query/facet_columns.h"
#include "query/related.h"
#include "query/story_search.h"
#include "query/story_view.h"

namespace newsq {
using internal::StatusFromXapian;

namespace {

// How many times a read, or a reopen, is tried again after a writer's commit
// got in its way.
constexpr int kReadRetries = 8;

// Reopens `db` on the latest committed revision. A reopen while a writer
// commits can itself read a block the writer is rewriting ("Expected block
// 29 to be level 1, not 0", seen with a commit per article): it is tried
// again, and only an error that stays is reported.
absl::Status ReopenDatabase(Xapian::Database& db, const std::string& path) {
  for (int attempt = 0;; ++attempt) {
    try {
      db.reopen();
      return absl::OkStatus();
    } catch (const Xapian::DatabaseError& e) {
      if (attempt == kReadRetries)
        return StatusFromXapian(e, "cannot reopen", path);
    } catch (const Xapian::Error& e) {
      return StatusFromXapian(e, "cannot reopen", path);
    }
  }
}

// Runs `read` over `db`. A writer may commit while we read: Xapian then says
// the revision we read was discarded, or, when the writer reused a block
// before the reader noticed the change, reads a garbled block ("EOF reading
// block"). Both go away once the reader reopens on the new revision, so this
// reopens and reads again, up to kReadRetries times; an error that stays is
// real and is reported. A remote shard that stops answering, or whose server
// closed an idle connection, is a network error: when `recover` reconnects (or
// leaves the shard out), the read is tried again. `read` returns a status or a
// StatusOr.
template <typename Read>
auto RetryingRead(
    Xapian::Database& db, const std::string& path, std::string_view what,
    const std::function<bool(const Xapian::NetworkError&)>& recover, Read read)
    -> decltype(read(std::as_const(db))) {
  for (int attempt = 0;; ++attempt) {
    try {
      return read(std::as_const(db));
    } catch (const Xapian::DatabaseError& e) {
      if (attempt == kReadRetries) return StatusFromXapian(e, what, path);
      if (absl::Status reopened = ReopenDatabase(db, path); !reopened.ok())
        return reopened;
    } catch (const Xapian::NetworkError& e) {
      if (attempt == kReadRetries || !recover(e))
        return StatusFromXapian(e, what, path);
    } catch (const Xapian::Error& e) {
      return StatusFromXapian(e, what, path);
    } catch (const std::exception& e) {
      return absl::InternalError(
          absl::StrCat(std::string(what), ": ", path, ": ", e.what()));
    }
  }
}

}  // namespace

struct Searcher::Impl {
  std::string path;
  SearcherOptions options;
  internal::ReadableDatabase opened;
  internal::FrenchAnalyzer analyzer;
  internal::FacetColumnsCache columns;

  // Opens the database (again), leaving out `left_out` and, when a partial
  // answer is allowed, the shards that do not answer.
  absl::Status Open(const std::vector<MissingShard>& left_out = {}) {
    NEWSQ_ASSIGN_OR_RETURN(opened, internal::OpenReadableShards(
                                       path, options.allow_partial, left_out));
    // New handles: columns loaded from the old ones are not reused.
    columns = internal::FacetColumnsCache();
    columns.SetShards(opened.ShardDatabases(), opened.AnyRemote());
    return absl::OkStatus();
  }

  // After a network error: with a partial answer allowed, reopens without
  // the shard the error names (a stuck server would otherwise take a timeout
  // at every try); else, or when the error names none, reconnects once, for
  // a server that closed an idle connection.
  bool Recover(const Xapian::NetworkError& error, bool& reconnected) {
    if (options.allow_partial) {
      std::vector<MissingShard> left_out;
      for (const internal::ReadableShard& shard : opened.shards) {
        if (shard.remote && error.get_context() ==
                                absl::StrCat("remote:tcp(", shard.where, ")"))
          left_out.push_back({shard.where, error.get_description()});
      }
      if (!left_out.empty()) return Open(left_out).ok();
    }
    if (reconnected) return false;
    reconnected = true;
    return Open().ok();
  }

  // RetryingRead over this searcher's database.
  template <typename Read>
  auto Retrying(std::string_view what, Read read) {
    bool reconnected = false;
    return RetryingRead(
        opened.db, path, what,
        [&](const Xapian::NetworkError& error) {
          return Recover(error, reconnected);
        },
        read);
  }
};

Searcher::Searcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Searcher::~Searcher() = default;

absl::StatusOr<std::unique_ptr<Searcher>> Searcher::Open(
    const std::string& db_path, const SearcherOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->path = db_path;
  impl->options = options;
  NEWSQ_RETURN_IF_ERROR(impl->Open());
  return std::unique_ptr<Searcher>(new Searcher(std::move(impl)));
}

const std::vector<MissingShard>& Searcher::missing_shards() const {
  return impl_->opened.missing;
}

absl::Status Searcher::Reopen() {
  if (!impl_->opened.missing.empty()) return impl_->Open();
  absl::Status reopened = ReopenDatabase(impl_->opened.db, impl_->path);
  // A remote shard's server may have closed the connection: connect again.
  if (absl::IsUnavailable(reopened) && impl_->opened.AnyRemote())
    return impl_->Open();
  return reopened;
}

absl::StatusOr<SearchResult> Searcher::Search(const SearchRequest& request) {
  absl::StatusOr<SearchResult> result =
      impl_->Retrying("search failed", [&](const Xapian::Database& db) {
        return internal::SearchStories(db, impl_->analyzer, request,
                                       &impl_->columns);
      });
  if (result.ok()) result->missing_shards = impl_->opened.missing;
  return result;
}

absl::StatusOr<std::vector<FacetValue>> Searcher::Entities(
    const SearchRequest& request) {
  return impl_->Retrying("cannot count entities",
                         [&](const Xapian::Database& db) {
                           return internal::TopEntities(
                               db, impl_->analyzer, request, &impl_->columns);
                         });
}

absl::StatusOr<SearchResult> Searcher::Related(const std::string& id,
                                               const SearchRequest& request) {
  absl::StatusOr<SearchResult> result = impl_->Retrying(
      "cannot find related stories", [&](const Xapian::Database& db) {
        return internal::RelatedStories(db, impl_->analyzer, id, request,
                                        &impl_->columns);
      });
  if (result.ok()) result->missing_shards = impl_->opened.missing;
  return result;
}

absl::Status Searcher::ForEachArticle(
    const std::function<void(const StoredArticle&)>& visit) {
  const std::string prefix(internal::schema::kArticleId);
  // The last article visited: a read again after a commit goes on after it,
  // so that no article is visited twice.
  std::string last_visited;
  auto visit_the_rest = [&](const Xapian::Database& db) -> absl::Status {
    auto term = db.allterms_begin(prefix);
    if (!last_visited.empty()) term.skip_to(last_visited + '\0');
    for (; term != db.allterms_end(prefix); ++term) {
      for (auto post = db.postlist_begin(*term); post != db.postlist_end(*term);
           ++post) {
        NEWSQ_ASSIGN_OR_RETURN(
            StoredArticle stored,
            internal::StoredArticleFromData(db.get_document(*post).get_data()));
        visit(stored);
        last_visited = *term;
      }
    }
    return absl::OkStatus();
  };
  // A long walk may see many commits: it goes on as long as each attempt
  // visits some articles, and fails when one makes no progress.
  for (;;) {
    const std::string resumed_after = last_visited;
    absl::Status status =
        impl_->Retrying("cannot read articles", visit_the_rest);
    if (status.ok() || last_visited == resumed_after) return status;
  }
}

absl::StatusOr<StoryHit> Searcher::Story(const std::string& story_id) {
  return impl_->Retrying("cannot read story", [&](const Xapian::Database& db) {
    absl::StatusOr<StoryHit> story = internal::ViewStory(db, story_id);
    if (!absl::IsNotFound(story.status())) return story;
    // A lone article's story that moved into another (docs/stories.md): a
    // link to it leads to the story its article is in now.
    const std::optional<std::string> now =
        internal::StoryOfArticle(db, story_id);
    return now && *now != story_id ? internal::ViewStory(db, *now) : story;
  });
}

absl::StatusOr<std::vector<StoryHit>> Searcher::Stories(
    const StoriesRequest& request) {
  if (request.limit < 0)
    return absl::InvalidArgumentError("limit must not be negative");
  return impl_->Retrying("cannot list stories",
                         [&](const Xapian::Database& db) {
                           return internal::BiggestStories(db, request);
                         });
}

namespace {

std::optional<DateTime> DateOfBound(const std::string& serialised) {
  if (serialised.empty()) return std::nullopt;
  return DateTime{
      static_cast<int64_t>(Xapian::sortable_unserialise(serialised)), 0};
}

// The shards a searcher combines, with their articles (remote ones counted
// through their open connection).
std::vector<ShardStats> ShardsOf(const internal::ReadableDatabase& opened) {
  std::vector<ShardStats> listed;
  for (const internal::ReadableShard& shard : opened.shards) {
    listed.push_back({shard.where, shard.remote,
                      static_cast<int64_t>(shard.db.get_doccount())});
  }
  return listed;
}

}  // namespace

absl::StatusOr<DatabaseStats> Searcher::Stats() {
  return impl_->Retrying(
      "cannot read statistics",
      [&](const Xapian::Database& db) -> absl::StatusOr<DatabaseStats> {
        DatabaseStats stats;
        stats.articles = db.get_doccount();
        stats.stories =
            internal::CountTermsWithPrefix(db, internal::schema::kStory);
        stats.outlets =
            internal::CountTermsWithPrefix(db, internal::schema::kOutlet);
        stats.first_published = DateOfBound(
            db.get_value_lower_bound(internal::schema::kPublishedSlot));
        stats.last_published = DateOfBound(
            db.get_value_upper_bound(internal::schema::kPublishedSlot));
        stats.shards = ShardsOf(impl_->opened);
        stats.missing_shards = impl_->opened.missing;
        stats.size_bytes = 0;
        for (const ShardStats& shard : stats.shards) {
          if (!shard.remote)
            stats.size_bytes += internal::DirectorySize(shard.where);
        }
        return stats;
      });
}

}  // namespace newsq
