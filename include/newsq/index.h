// newsq/index.h: writing articles into a newsq database, grouped into stories.
//
// IndexWriter opens (or creates) a database directory for writing. Each added
// article gets a stable article id (from its identity, see Article::Identity())
// and joins a story: the likeliest story among articles published within
// `story_window_days` of it, when its likelihood reaches `story_threshold`,
// else a new story whose id is the article's own id. A joining article also
// brings into its story the lone articles (stories of one) whose likelihood
// reaches `story_threshold` too: an article indexed before the rest of its
// story was weighed on less evidence. Adding an article whose identity is
// already indexed replaces it and keeps its story.
//
// Example:
//   auto writer = newsq::IndexWriter::Open("/tmp/news.db");
//   if (!writer.ok()) return writer.status();
//   for (const newsq::Article& a : articles) {
//     absl::StatusOr<newsq::AddResult> added = (*writer)->Add(a);
//     ...
//   }
//   absl::Status committed = (*writer)->Commit();
//
// Thread safety: an IndexWriter must be used by one thread at a time. Only one
// writer, in any process, may hold a database at once: Open, Upgrade and
// Reindex take the lock file `<db_path>.lock` beside the database and fail
// with kUnavailable, naming the holding process, while another holds it.
// Searchers may read meanwhile and see committed changes once they reopen
// (Searcher::Reopen(), or a new Searcher).
#ifndef NEWSQ_INDEX_H_
#define NEWSQ_INDEX_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "newsq/article.h"

namespace newsq {

struct IndexOptions {
  // Story candidates are articles published at most this many days before or
  // after the new article. Default: 3.
  int story_window_days = 3;
  // Minimum likelihood, in [0, 1], for an article to join an existing story:
  // the probability that a logistic model, learnt from stories grouped by
  // people and by Google News, gives the story. It weighs the cosines between
  // the article's TF-IDF vector over French stems (title words weighing three
  // times body words, the IDF counting French news at large) and both the
  // centroid of the story's articles found in the window and the closest of
  // them, the words and headline names shared with that article, and how long
  // the article is (docs/stories.md). The likeliest story joins, and brings
  // with it the stories of one article that reach the threshold too. Articles
  // with the same headline (five words or more, within 14 days) or a
  // near-duplicate text join without it; above 1, nothing else joins.
  // Default: 0.7, where Google News' stories are grouped with a precision of
  // 0.95 and every measured set is more precise and better in F1 than at the
  // earlier default (0.6, before lone articles moved); 0.6 joins more (higher
  // recall on stories the model never saw, lower precision).
  double story_threshold = 0.7;
  // AddPages and Reindex commit in batches: a crash or a kill loses at most
  // the batch in progress, and readers see whole batches only. A batch ends at
  // this many articles, or sooner at `batch_bytes`. Default:
  // kDefaultBatchSize. Must be at least 1.
  static constexpr int64_t kDefaultBatchSize = 10000;
  int64_t batch_size = kDefaultBatchSize;
  // A batch also ends once its articles' text (title, description and body)
  // reaches this many bytes. What Xapian holds until a commit grows with the
  // text, so this, not the count, sizes the batches of ordinary articles: by
  // the writer's memory, whatever their length. Default:
  // kDefaultBatchBytes (4 MiB, about 1,700 news articles). Must be at least
  // 1.
  static constexpr int64_t kDefaultBatchBytes = int64_t{4} << 20;
  int64_t batch_bytes = kDefaultBatchBytes;
  // Threads that read, parse, extract and analyse pages in AddPages and
  // Reindex while one thread writes; 0 (the default) means one per core. The
  // index comes out the same whatever the number.
  int jobs = 0;
  // Shards of a new database, each written by its own thread: above 1, Open
  // creates a sharded archive (a folder of that many Xapian databases behind
  // a stub file, which every reader opens as one; docs/index_format.md);
  // Reindex writes the new database so. 0 (the default) keeps what is there,
  // and gives a new database one shard per core, at most 4 (one shard is a
  // plain database). An existing database with another shard count is an
  // error (kFailedPrecondition): Reindex changes it, and keeps it when this
  // is 0. Articles, story grouping and story ids come out the same whatever
  // the number.
  int shards = 0;
};

// How Reindex builds and switches.
struct ReindexOptions {
  IndexOptions index;
  // Compacts the new database before it goes live (Xapian's compaction, as
  // xapian-compact does, in 32 KiB blocks, every document keeping its
  // number): a third smaller and up to a third faster to search at 289k
  // articles, for about a quarter more rebuilding time (docs/performance.md).
  // Default: off.
  bool compact = false;
  // Where the old database goes once the new one is live: removed when empty
  // (the default); else moved to this path (which must not exist, on the
  // same file system), to roll back to or to delete later.
  std::string keep_previous;
};

// What AddPages does besides adding.
struct PagesOptions {
  // Deletes the indexed articles that were read from files under the folders
  // in `paths` and whose files are gone. A folder that cannot be listed prunes
  // nothing, and an article read again in this run (under another file name
  // with the same canonical URL) is kept.
  bool prune = false;
};

enum class AddOutcome {
  kAdded,      // a new identity
  kUpdated,    // the identity was indexed with other content; replaced, story
               // kept
  kUnchanged,  // the identity was indexed with exactly this content; nothing
               // written
  kOlderCopy,  // the identity was indexed from another source (`url`) in a
               // later version (modification, else publication date; a tie
               // goes to the source whose name sorts last): this copy is left
               // out, nothing written. For a page read from a file: its own
               // file under another path never wins, nor, on a tie, a file
               // named by an absolute path and gone since.
};

struct AddResult {
  AddOutcome outcome = AddOutcome::kAdded;
  std::string article_id;  // 16 hex digits, stable across runs and machines
  std::string story_id;    // normally the id of the article that started
                           // the story (docs/index_format.md, Story id)
  bool new_story = false;  // true when the article started a story
  // Articles indexed before, each a story of its own until now, that this one
  // brought into its story (each as likely to share it as story_threshold
  // says a story must be): their story id is now `story_id`.
  std::vector<std::string> moved_article_ids;
};

// What IndexWriter::AddPages did.
struct PagesReport {
  int64_t added = 0;
  int64_t updated = 0;
  int64_t unchanged = 0;
  int64_t failed = 0;  // pages that could not be read or held no article
  int64_t pruned = 0;  // articles deleted because their files are gone
  // Pages left out because another page of the run, or of the index, holds
  // the same article (the same canonical URL) in a later version
  // (AddOutcome::kOlderCopy), and second copies of an article this run read
  // already (the later of the two is kept).
  int64_t duplicates = 0;
  // Articles indexed before, each a story of its own, that a later article of
  // the run brought into its story (AddResult::moved_article_ids).
  int64_t moved = 0;
  // One "<path>: <reason>" line per failed page or unreadable path, in order;
  // for a web archive's record, "<path>: record at offset <N>: <reason>".
  std::vector<std::string> failures;
  // Web archives' records that hold no page to index, by kind (their sum is
  // `skipped_records.total()`); damaged records are failures instead.
  struct SkippedRecords {
    int64_t requests = 0;     // what the crawler sent
    int64_t revisits = 0;     // "unchanged since": no page of their own
    int64_t redirects = 0;    // HTTP 3xx
    int64_t http_errors = 0;  // HTTP 4xx, 5xx and any other non-2xx status
    int64_t not_html = 0;     // images, style sheets, scripts, PDFs, feeds...
    int64_t other = 0;        // warcinfo, metadata, DNS and other records
    int64_t total() const {
      return requests + revisits + redirects + http_errors + not_html + other;
    }
  };
  SkippedRecords skipped_records;
};

// Progress of AddPages, reported after each page is read and after each is
// indexed.
struct PagesProgress {
  // Pages to read: the page files found, plus the JSON lines and archived
  // pages read so far (their number is known only once read).
  int64_t pages_total = 0;
  int64_t pages_read = 0;
  int64_t articles_indexed = 0;
  // True when `pages_total` is final: the run reads page files only.
  bool total_known = true;
};

// One local shard of a database, as IndexWriter::Check found it.
struct ShardCheck {
  // The shard's path: the database itself when it is one.
  std::string where;
  // OK when every table of the shard reads back whole; kDataLoss when one
  // is damaged, the message naming the shard and what the checker found;
  // kUnimplemented for a remote shard, not checked; kPermissionDenied for a
  // file this process may not read; kAborted when the checker was stopped
  // (killed) before it could say.
  absl::Status status;
};

class IndexWriter {
 public:
  // Opens the database at `db_path` for writing, creating the directory (and
  // its parents) if needed. Errors: kUnavailable when another writer holds the
  // database; kPermissionDenied, kDataLoss (corrupt database) or kInternal,
  // each naming the path and the cause.
  static absl::StatusOr<std::unique_ptr<IndexWriter>> Open(
      const std::string& db_path, const IndexOptions& options = {});

  // Brings the database at `db_path` to this version's index format: every
  // stored article is indexed again into a new database beside it, keeping its
  // article id and story id, then the new database takes the old one's place
  // and the old one is kept beside it as `<db_path>.format<N>` (nothing is
  // lost; delete it once satisfied). Returns the backup's path, or "" when the
  // database is already current or absent. The database must not be in use.
  // Errors: kUnavailable when a writer holds it; kDataLoss for a stored article
  // that cannot be read; kInternal otherwise, naming the path; the old database
  // is then untouched.
  static absl::StatusOr<std::string> Upgrade(const std::string& db_path);

  // Makes the database at `db_path` one compact Xapian database: a sharded
  // archive's shards merged (every article under the number the archive gave
  // it, so that searches answer exactly as before), or one database compacted
  // (Xapian's compactor, as xapian-compact). Built beside it, then swapped in
  // as Reindex swaps; for archives that are no longer written, since a merged
  // database is written by one thread. Returns the articles it holds.
  // Errors: kUnavailable when a writer holds it; kNotFound when there is no
  // database; database and file system failures naming the path, the
  // database then untouched.
  static absl::StatusOr<int64_t> Compact(const std::string& db_path);

  // Reads every table of every local shard of the database at `db_path`
  // through, with Xapian's checker (`xapian-check`, from xapian-tools) run as
  // a child process: Xapian 1.4 can crash on some damaged tables rather than
  // report them, and a crash of the checker is reported as damage. Returns
  // one entry per shard, in archive order; a remote one is listed as not
  // checked (check it where it is served). Reads the whole database: about
  // as long as copying it, and without a time limit. Holds the writer lock
  // of the database and of every database its stub's shards belong to
  // meanwhile, so that no commit changes a table under the checker. Changes
  // nothing: a damaged database is rebuilt from its pages (Reindex). Errors:
  // kNotFound when there is no database; kUnavailable when a writer holds it;
  // kFailedPrecondition when the checker cannot be run; kInvalidArgument for a
  // stub Xapian would not read.
  static absl::StatusOr<std::vector<ShardCheck>> Check(
      const std::string& db_path);

  // Indexes one article. The article needs a non-empty `url` and some title or
  // text (kInvalidArgument otherwise). Changes become visible to readers at
  // Commit().
  absl::StatusOr<AddResult> Add(const Article& article);

  // Indexes one article into the story named by `story_key`, a label that an
  // outside source (a crawler, a labelled corpus) gives, without grouping: all
  // articles added with the same key share one story, whose id is derived from
  // the key. An update of an indexed identity keeps its story, as Add() does.
  // Errors as Add().
  absl::StatusOr<AddResult> AddToStory(const Article& article,
                                       const std::string& story_key);

  // Reads every HTML page under `paths` (files, or folders walked recursively
  // for .html, .htm, .xhtml and .shtml files), extracts its article and adds
  // it; paths ending in .jsonl or .jsonl.gz, and "-" for standard input, hold
  // articles already extracted, one JSON object per line (docs/json.md), added
  // to the story their "story" label names when they give one. Web archives
  // (.warc, .warc.gz, .arc, .arc.gz in folders; any file named directly whose
  // content is one) are read record by record: each HTML page that a server
  // sent with a 2xx status, or that a resource record holds, is extracted as
  // a page file is, with the record's target URI as its url and the record's
  // date as its publication date when the page gives none; other records are
  // counted in `skipped_records`, damaged ones in `failed`. Pages are read
  // and analysed on IndexOptions::jobs threads while this thread writes; the
  // database comes out the same whatever their number. Articles are taken in
  // chunks (5,000 articles or 256 MiB of them, so that memory stays bounded)
  // and each chunk is added in publication order, so that the stories come out
  // the same whatever order the files of a chunk are listed in. An article
  // already indexed with the same content is left as it is (`unchanged`), so
  // running twice in a row writes nothing the second time. Commits once a
  // batch reaches `IndexOptions::batch_bytes` of text or `batch_size`
  // articles, and at the end: after an interruption, every committed batch
  // stays and a new run adds the rest without duplicates. A page that cannot be
  // read or holds no article is counted in `failed` and skipped; the others are
  // indexed. Errors (returned) are only database failures; what was committed
  // before one stays committed.
  absl::StatusOr<PagesReport> AddPages(
      const std::vector<std::string>& paths,
      const std::function<void(const PagesProgress&)>& on_progress = nullptr,
      const PagesOptions& pages_options = {});

  // What Reindex did.
  struct ReindexReport {
    PagesReport pages;            // the pages read into the new database
    int64_t articles = 0;         // articles in the new database
    int64_t stories = 0;          // stories in the new database
    int64_t stories_kept = 0;     // of which keep an id of the old database
    int64_t articles_before = 0;  // articles the old database held
  };

  // Rebuilds the database at `db_path` from the pages under `paths`, without
  // downtime: a new database is built beside it (`<db_path>.reindexing`),
  // grouped into stories afresh, each story keeping the id of the old story
  // that held most of its articles, compacted if asked; then it takes the old
  // one's place in one atomic step (rename(2) with RENAME_EXCHANGE), and the
  // old one is removed or kept (ReindexOptions::keep_previous).
  // Searchers that are open keep reading the old articles until they reopen;
  // new Searchers see the new ones; nobody ever sees a half-built database.
  // Holds the writer lock throughout. Errors: kUnavailable (another writer),
  // kFailedPrecondition when no page could be indexed (naming the first
  // failed paths and their reasons), database and file
  // system failures naming the path; in every error case the live database is
  // untouched and the partial one removed.
  static absl::StatusOr<ReindexReport> Reindex(
      const std::string& db_path, const std::vector<std::string>& paths,
      const ReindexOptions& options = {},
      const std::function<void(const PagesProgress&)>& on_progress = nullptr);

  // What Recluster did.
  struct ReclusterReport {
    int64_t articles = 0;
    int64_t stories_before = 0;
    int64_t stories_after = 0;
    int64_t articles_moved = 0;  // articles whose story id changed
  };

  // Rebuilds the partition into stories from scratch, as if every article were
  // indexed again in publication order with the current options, and keeps each
  // surviving story's id (the old id most of its articles had). Commits what
  // Add() had pending first, then the new partition in one commit: readers see
  // the old stories or the new ones, never a mix. Errors: database failures,
  // naming the path.
  absl::StatusOr<ReclusterReport> Recluster();

  // Makes every Add() so far durable and visible to readers, atomically.
  absl::Status Commit();

  // Number of articles and of distinct stories in the database, including
  // uncommitted ones.
  int64_t article_count() const;
  int64_t story_count() const;

  // Closes the database. Changes not committed are discarded, so a crash or an
  // early return never leaves half a batch behind.
  ~IndexWriter();

  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

 private:
  struct Impl;
  explicit IndexWriter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsq

#endif  // NEWSQ_INDEX_H_
