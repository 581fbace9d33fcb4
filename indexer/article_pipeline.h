// Internal: the parallel half of `newsq index`. Pages are read, decoded,
// parsed, extracted, analysed and entity-tagged (and JSON lines parsed) on
// worker threads; the writer's thread takes the results in input order, one
// slice at a time, and is the only one to touch the database.
#ifndef NEWSQ_INDEXER_ARTICLE_PIPELINE_H_
#define NEWSQ_INDEXER_ARTICLE_PIPELINE_H_

#include <xapian.h>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "extract/archived_page.h"
#include "newsq/article.h"

namespace newsq::internal {

// One input made ready for the writer: an article with its analysed text, or
// the reason it cannot be indexed.
struct PreparedArticle {
  // Where it comes from: a page file, a JSON line, a web archive's record, or
  // (failed) a JSON lines or archive file that could not be opened or read to
  // its end.
  enum class Origin { kPage, kLine, kRecord, kSource };
  Origin origin = Origin::kPage;
  // Not ok: `failure` says why, naming the file, line or record; or, for a
  // record that holds no page, `skipped` says what it holds.
  bool ok = false;
  std::string failure;
  std::optional<SkippedRecord> skipped;

  Article article;
  std::string story_key;  // the story label a JSON line gave; empty: group
  std::string article_id;
  std::string content_hash;  // DocumentBuilder::ContentHash(article)
  Xapian::Document text;     // DocumentBuilder::BuildText(article)
  // Roughly what the article holds in memory, for the writer's chunks.
  int64_t memory_bytes = 0;
};

// One input as the pipeline's reader found it: a page file, a JSON line, an
// archived page, or what the reader already knows: a failure, a record
// skipped.
struct PipelineInput {
  PreparedArticle::Origin origin = PreparedArticle::Origin::kPage;
  std::string path_or_line;  // the page file's path, or the JSON line
  std::string location;      // the line's location, or the failure
  ArchivedPage page;
  std::optional<SkippedRecord> skipped;
  bool failed = false;

  int64_t Bytes() const {
    return static_cast<int64_t>(path_or_line.size() + page.body.size());
  }
};

// What a run reads.
struct PipelineInputs {
  std::vector<std::string> page_files;
  std::vector<std::string> line_sources;  // JSON lines; "-" is standard input
  std::vector<std::string> archives;      // WARC or ARC files
};

class ArticlePipeline {
 public:
  // Inputs come in this order: the page files, then every line of each JSON
  // lines source, then every record of each archive. Starts WorkerCount(jobs)
  // worker threads and a reader thread at once. The reader stays at most
  // `ahead_inputs` inputs, or at most `ahead_bytes` of them (the bytes read,
  // then PreparedArticle::memory_bytes once prepared), ahead of the caller:
  // memory stays bounded whatever the number and size of the inputs.
  ArticlePipeline(PipelineInputs inputs, int jobs, int64_t ahead_inputs,
                  int64_t ahead_bytes);
  // Stops the threads, dropping what they prepared and nobody took.
  ~ArticlePipeline();
  ArticlePipeline(const ArticlePipeline&) = delete;
  ArticlePipeline& operator=(const ArticlePipeline&) = delete;

  // The next inputs, in input order; empty once every input was handed out.
  // How inputs are cut into slices depends on the inputs only, never on the
  // number of workers or on timing. A JSON lines or archive file that cannot
  // be opened or read to its end, and an archive's damaged record, come as a
  // failed PreparedArticle, and a record that holds no page as a skipped one.
  std::vector<PreparedArticle> NextSlice();

  // The worker count when the caller asks for `requested` (0: one per core).
  static int WorkerCount(int requested);

 private:
  struct Slice {
    std::vector<PipelineInput> inputs;  // cleared once prepared
    int64_t input_count = 0;
    std::vector<PreparedArticle> prepared;
    // Of `inputs` until done, then of `prepared`.
    int64_t memory_bytes = 0;
    bool claimed = false;
    bool done = false;
  };

  void ReadInputs(PipelineInputs inputs);
  // False when the pipeline is stopping.
  bool Enqueue(std::unique_ptr<Slice> slice);
  void Work();

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::unique_ptr<Slice>> slices_;  // in input order
  const int64_t ahead_inputs_;
  const int64_t ahead_bytes_;
  // In slices_, for the reader's bounds: inputs, and their memory.
  int64_t inputs_queued_ = 0;
  int64_t bytes_queued_ = 0;
  bool reading_done_ = false;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
  std::thread reader_;
};

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_ARTICLE_PIPELINE_H_
