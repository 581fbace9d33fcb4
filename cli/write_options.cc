// The flags `newsq index` and `newsq reindex` share, and the exit code of a
// failed write.
#include "cli/write_options.h"

#include "cli/database_option.h"
#include "cli/option_validators.h"

namespace newsq::cli {

IndexOptions WriteOptions::ToIndexOptions() const {
  IndexOptions index_options;
  index_options.batch_size = batch;
  index_options.batch_bytes = batch_mib << 20;
  index_options.jobs = jobs;
  index_options.shards = shards;
  return index_options;
}

void AddWriteOptions(CLI::App& app, WriteOptions& options) {
  AddDatabaseOption(app, options.db);
  app.add_option("PATH", options.paths,
                 "HTML files; folders, walked for .html/.htm pages and web "
                 "archives; web archives (.warc, .warc.gz, .arc, .arc.gz); "
                 "files of articles as JSON lines (.jsonl, .jsonl.gz); or - "
                 "for JSON lines on standard input (fields: docs/json.md)")
      ->required();
  app.add_flag("--wait", options.wait,
               "When another newsq process is writing to the database, wait "
               "for it to finish instead of failing (exit code 75)");
  app.add_option("--batch", options.batch,
                 "At most this many articles per commit: an interrupted run "
                 "keeps every committed batch, and readers only ever see "
                 "whole batches")
      ->check(PositiveCount())
      ->default_val(IndexOptions::kDefaultBatchSize);
  app.add_option("--batch-mib", options.batch_mib,
                 "A batch also ends at this many MiB of article text, which "
                 "bounds the writer's memory and sizes the batches of "
                 "ordinary articles (about 1,700 per 4 MiB)")
      ->check(CLI::Range(int64_t{1}, int64_t{1} << 20))
      ->default_val(IndexOptions::kDefaultBatchBytes >> 20);
  app.add_option("-j,--jobs", options.jobs,
                 "Threads that read and analyse pages while one thread "
                 "writes; 0 means one per core. The index is the same "
                 "whatever the number")
      ->check(CountOrZero())
      ->default_val(0);
  app.add_option("--shards", options.shards,
                 "Write a new database as this many shards, each by its own "
                 "thread: a folder of Xapian databases that every command "
                 "reads as one (docs/index_format.md). 0 keeps what is "
                 "there, and gives a new database one per core, at most 4; "
                 "reindex changes the count")
      ->check(CLI::Range(0, 256))
      ->default_val(0);
}

int FailWrite(const absl::Status& status) {
  Fail(StatusMessage(status));
  return status.code() == absl::StatusCode::kUnavailable ? kExitBusy
                                                         : kExitFailure;
}

}  // namespace newsq::cli
