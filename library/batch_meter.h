// Internal to library/: the one rule that ends a batch of writes.
#ifndef NEWSQ_LIBRARY_BATCH_METER_H_
#define NEWSQ_LIBRARY_BATCH_METER_H_

#include <cstdint>

#include "newsq/article.h"
#include "newsq/index.h"

namespace newsq::internal {

// The batch being written, measured against the sizes that end it
// (IndexOptions::batch_size articles, batch_bytes of text: title, description
// and body), so that every writer loop commits by the same rule.
class BatchMeter {
 public:
  explicit BatchMeter(const IndexOptions& options)
      : max_articles_(options.batch_size), max_bytes_(options.batch_bytes) {}

  // Counts `article` in. True when the batch is now full: the caller commits,
  // and the next article starts a new batch.
  bool AddAndCheckFull(const Article& article) {
    bytes_ +=
        static_cast<int64_t>(article.title.size() + article.description.size() +
                             article.text.size());
    if (++articles_ < max_articles_ && bytes_ < max_bytes_) return false;
    articles_ = bytes_ = 0;
    return true;
  }

 private:
  const int64_t max_articles_;
  const int64_t max_bytes_;
  int64_t articles_ = 0;
  int64_t bytes_ = 0;
};

}  // namespace newsq::internal

#endif  // NEWSQ_LIBRARY_BATCH_METER_H_
