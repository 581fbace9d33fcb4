// Internal: the pipeline's articles cut into chunks that the writer adds in
// publication order.
#ifndef NEWSQ_INDEXER_ARTICLE_CHUNKS_H_
#define NEWSQ_INDEXER_ARTICLE_CHUNKS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "indexer/article_pipeline.h"

namespace newsq::internal {

// Takes the articles of an ArticlePipeline in chunks of at most
// kChunkArticles articles or kChunkBytes of memory. The pipeline prepares the
// next chunk meanwhile, so about two chunks are in memory at once. Within a
// chunk, one page per article is kept (KeepOnePagePerArticle) and the
// articles are sorted in publication order, so that the partition into
// stories does not depend on file names. Not thread-safe.
class ArticleChunks {
 public:
  static constexpr int64_t kChunkArticles = 5000;
  static constexpr int64_t kChunkBytes = int64_t{256} << 20;

  // As ArticlePipeline's constructor.
  ArticleChunks(PipelineInputs inputs, int jobs);

  // The next chunk, empty once every input was read. `on_input` sees each
  // input as it is read, failed or not (for progress and failures), before
  // the failed ones are dropped. `*left_out` grows by the pages left out as
  // older copies of another page of the chunk.
  std::vector<PreparedArticle> Next(
      const std::function<void(PreparedArticle&)>& on_input, int64_t* left_out);

 private:
  ArticlePipeline pipeline_;
  bool more_ = true;
};

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_ARTICLE_CHUNKS_H_
