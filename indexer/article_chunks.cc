#include "indexer/article_chunks.h"

#include <algorithm>

#include "indexer/article_versions.h"

namespace newsq::internal {

ArticleChunks::ArticleChunks(PipelineInputs inputs, int jobs)
    : pipeline_(std::move(inputs), jobs, kChunkArticles, kChunkBytes) {}

std::vector<PreparedArticle> ArticleChunks::Next(
    const std::function<void(PreparedArticle&)>& on_input, int64_t* left_out) {
  std::vector<PreparedArticle> chunk;
  int64_t chunk_bytes = 0;
  // Reads until the chunk is full or the inputs end: only the last chunk
  // can be empty.
  while (more_ && static_cast<int64_t>(chunk.size()) < kChunkArticles &&
         chunk_bytes < kChunkBytes) {
    std::vector<PreparedArticle> slice = pipeline_.NextSlice();
    more_ = !slice.empty();
    for (PreparedArticle& prepared : slice) {
      on_input(prepared);
      if (!prepared.ok) continue;
      chunk_bytes += prepared.memory_bytes;
      chunk.push_back(std::move(prepared));
    }
  }
  *left_out += KeepOnePagePerArticle(chunk);
  // Undated articles come last, and ties are broken by identity so the order
  // is total.
  std::stable_sort(chunk.begin(), chunk.end(),
                   [](const PreparedArticle& a, const PreparedArticle& b) {
                     return PublishedBefore(
                         a.article.published, a.article.Identity(),
                         b.article.published, b.article.Identity());
                   });
  return chunk;
}

}  // namespace newsq::internal
