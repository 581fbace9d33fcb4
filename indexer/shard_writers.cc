#include "indexer/shard_writers.h"

#include <utility>

#include "engine/xapian_status.h"

namespace newsq::internal {

ShardWriters::ShardWriters(std::vector<Xapian::WritableDatabase> shards,
                           std::vector<std::string> names) {
  for (size_t i = 0; i < shards.size(); ++i) {
    auto shard = std::make_unique<Shard>();
    shard->db = std::move(shards[i]);
    shard->name = i < names.size() ? names[i] : "";
    shards_.push_back(std::move(shard));
  }
  try {
    for (auto& shard : shards_)
      shard->thread = std::thread([this, &shard = *shard] { Run(shard); });
  } catch (...) {
    // No destructor runs for a constructor that throws: stop what started.
    Stop();
    throw;
  }
}

ShardWriters::~ShardWriters() { Stop(); }

void ShardWriters::Stop() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  for (auto& shard : shards_) {
    if (shard->thread.joinable()) shard->thread.join();
  }
}

absl::Status ShardWriters::Put(Xapian::docid docid, Xapian::Document doc) {
  const size_t n = shards_.size();
  return Queue((docid - 1) % n,
               Work{.docid = static_cast<Xapian::docid>((docid - 1) / n + 1),
                    .doc = std::move(doc)});
}

absl::Status ShardWriters::Queue(size_t index, Work work) {
  Shard& shard = *shards_[index];
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(
      lock, [&] { return !failure_.ok() || shard.queue.size() < kQueueLimit; });
  if (!failure_.ok()) return failure_;
  shard.queue.push_back(std::move(work));
  lock.unlock();
  changed_.notify_all();
  return absl::OkStatus();
}

absl::Status ShardWriters::Finish() {
  std::unique_lock<std::mutex> lock(mutex_);
  // Even after a failure, until no shard is inside Xapian: the caller may
  // close the databases next. (A failed shard drops its queue at once.)
  changed_.wait(lock, [&] {
    for (const auto& shard : shards_) {
      if (shard->busy || (failure_.ok() && !shard->queue.empty())) return false;
    }
    return true;
  });
  return failure_;
}

absl::Status ShardWriters::Commit() {
  for (size_t i = 0; i < shards_.size(); ++i) {
    if (absl::Status queued = Queue(i, Work{.commit = true}); !queued.ok())
      return queued;
  }
  return Finish();
}

void ShardWriters::Run(Shard& shard) {
  std::unique_lock<std::mutex> lock(mutex_);
  while (true) {
    changed_.wait(lock, [&] { return stopping_ || !shard.queue.empty(); });
    if (stopping_) return;
    Work work = std::move(shard.queue.front());
    shard.queue.pop_front();
    if (!failure_.ok()) continue;  // dropped: the batch is lost anyway
    shard.busy = true;
    lock.unlock();
    // Room in the queue for the writer.
    changed_.notify_all();
    absl::Status status;
    try {
      if (work.commit) {
        shard.db.commit_transaction();
        shard.db.begin_transaction();
      } else {
        shard.db.replace_document(work.docid, work.doc);
      }
    } catch (const Xapian::Error& e) {
      status = StatusFromXapian(
          e, work.commit ? "cannot commit" : "cannot write an article",
          shard.name);
    } catch (const std::exception& e) {
      status = absl::InternalError(std::string("cannot write to ") +
                                   shard.name + ": " + e.what());
    }
    // The document's last handle goes on this thread, outside the lock.
    work.doc = Xapian::Document();
    lock.lock();
    shard.busy = false;
    if (!status.ok() && failure_.ok()) failure_ = std::move(status);
    changed_.notify_all();
  }
}

}  // namespace newsq::internal
