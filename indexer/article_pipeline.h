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
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "newsq/article.h"

namespace newsq::internal {

// One input made ready for the writer: an article with its analysed text, or
// the reason it cannot be indexed.
struct PreparedArticle {
  // Where it comes from: a page file, a JSON line, or (failed) a JSON lines
  // source that could not be opened or read to its end.
  enum class Origin { kPage, kLine, kLineSource };
  Origin origin = Origin::kPage;
  // Not ok: `failure` says why, naming the file or line.
  bool ok = false;
  std::string failure;

  Article article;
  std::string story_key;  // the story label a JSON line gave; empty: group
  std::string article_id;
  std::string content_hash;  // DocumentBuilder::ContentHash(article)
  Xapian::Document text;     // DocumentBuilder::BuildText(article)
  // Roughly what the article holds in memory, for the writer's chunks.
  int64_t memory_bytes = 0;
};

class ArticlePipeline {
 public:
  // Inputs come in this order: the page files, then every line of each JSON
  // lines source ("-" is standard input). Starts WorkerCount(jobs) worker
  // threads and a reader thread at once. The reader stays at most
  // `ahead_inputs` inputs, or what was prepared of them at most `ahead_bytes`
  // (PreparedArticle::memory_bytes), ahead of the caller: memory stays
  // bounded whatever the number of inputs.
  ArticlePipeline(std::vector<std::string> page_files,
                  std::vector<std::string> line_sources, int jobs,
                  int64_t ahead_inputs, int64_t ahead_bytes);
  // Stops the threads, dropping what they prepared and nobody took.
  ~ArticlePipeline();
  ArticlePipeline(const ArticlePipeline&) = delete;
  ArticlePipeline& operator=(const ArticlePipeline&) = delete;

  // The next inputs, in input order; empty once every input was handed out.
  // How inputs are cut into slices depends on the inputs only, never on the
  // number of workers or on timing. A JSON lines source that cannot be opened
  // or read to its end comes as a failed PreparedArticle.
  std::vector<PreparedArticle> NextSlice();

  // The worker count when the caller asks for `requested` (0: one per core).
  static int WorkerCount(int requested);

 private:
  // An input: a page file, or a JSON line with its location.
  struct Input {
    std::string path_or_line;
    std::string line_location;  // empty for a page file
  };
  struct Slice {
    std::vector<Input> inputs;
    std::vector<PreparedArticle> prepared;
    int64_t memory_bytes = 0;  // of `prepared`, once done
    bool claimed = false;
    bool done = false;
  };

  void ReadInputs(std::vector<std::string> page_files,
                  std::vector<std::string> line_sources);
  // False when the pipeline is stopping.
  bool Enqueue(std::unique_ptr<Slice> slice);
  void Work();

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::unique_ptr<Slice>> slices_;  // in input order
  const int64_t ahead_inputs_;
  const int64_t ahead_bytes_;
  // In slices_, for the reader's bounds: inputs, and the memory of those
  // prepared.
  int64_t inputs_queued_ = 0;
  int64_t bytes_queued_ = 0;
  bool reading_done_ = false;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
  std::thread reader_;
};

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_ARTICLE_PIPELINE_H_
