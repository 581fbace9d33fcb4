// Internal: the threads that write a database's shards, one per shard, so
// that Xapian's work on each (inverting documents, merging them in at each
// commit) runs beside the others' and beside the thread that decides what to
// write.
#ifndef NEWSQ_INDEXER_SHARD_WRITERS_H_
#define NEWSQ_INDEXER_SHARD_WRITERS_H_

#include <xapian.h>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"

namespace newsq::internal {

// Writes documents by global docid into shards whose docids interleave as
// Xapian numbers a sharded database: global docid d is docid (d - 1) / N + 1
// of shard (d - 1) % N, N being the shard count (one for a plain database).
// Each shard's thread applies its work in the order it was queued.
//
// The shards must be inside a transaction when this starts, and stay so:
// Commit() commits each and begins the next. Nothing else may touch a shard's
// WritableDatabase (nor a database combining them) while work is queued: call
// Finish() first. Once a shard fails, its thread drops the work that follows,
// and every later call returns that failure.
//
// Not thread-safe: one thread (the writer's) calls it.
class ShardWriters {
 public:
  // `shards` in archive order, `names` for error messages (their paths).
  // Throws std::system_error, as std::thread does, when a thread cannot
  // start (those that did are stopped).
  ShardWriters(std::vector<Xapian::WritableDatabase> shards,
               std::vector<std::string> names);
  // Stops the threads; queued work is dropped (the transaction then holds
  // what was written, which closing the databases discards).
  ~ShardWriters();
  ShardWriters(const ShardWriters&) = delete;
  ShardWriters& operator=(const ShardWriters&) = delete;

  size_t size() const { return shards_.size(); }

  // Queues `doc` to be written as global docid `docid`, replacing what is
  // there (Xapian::WritableDatabase::replace_document, which adds a docid
  // not yet used). Waits while the shard's queue is full, so that memory stays
  // bounded whatever the batch size. Returns the first failure of any shard.
  absl::Status Put(Xapian::docid docid, Xapian::Document doc);

  // Waits until every shard has done its queued work, or, once a shard
  // failed, until none is still writing; returns the first failure of any
  // shard. After it, no thread touches the databases until the next call.
  absl::Status Finish();

  // Commits every shard's transaction and begins the next, the shards in
  // parallel; returns once all are done, with the first failure. A failure
  // may leave some shards committed and others not (each shard is
  // consistent on its own; docs/index_format.md).
  absl::Status Commit();

 private:
  struct Work {
    bool commit = false;
    Xapian::docid docid = 0;  // the shard's own docid
    Xapian::Document doc;
  };
  struct Shard {
    Xapian::WritableDatabase db;
    std::string name;
    std::deque<Work> queue;
    bool busy = false;
    std::thread thread;
  };

  // Stops and joins the threads that started.
  void Stop();
  // Queues `work` for shard `index`, waiting for room.
  absl::Status Queue(size_t index, Work work);
  void Run(Shard& shard);
  // Work queued per shard at most.
  static constexpr size_t kQueueLimit = 64;

  std::vector<std::unique_ptr<Shard>> shards_;
  std::mutex mutex_;
  std::condition_variable changed_;
  absl::Status failure_;
  bool stopping_ = false;
};

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_SHARD_WRITERS_H_
