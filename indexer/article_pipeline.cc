#include "indexer/article_pipeline.h"

#include <algorithm>
#include <utility>

#include "absl/strings/str_cat.h"
#include "engine/french_analyzer.h"
#include "engine/ids.h"
#include "extract/json_lines.h"
#include "indexer/document_builder.h"
#include "newsq/extract.h"

namespace newsq::internal {
namespace {

// Inputs per slice: enough that taking a slice is rare next to preparing it,
// few enough that workers share the last inputs of a run evenly.
constexpr size_t kSliceInputs = 32;

int64_t MemoryEstimate(const Article& article) {
  // The text is held by the article and, as terms with positions, by the
  // document, whose every term is a map node of its own: measured on
  // OrangeSum, about 15 times the text's size (a 36k-article run peaked at
  // 1.15 GB with two chunks of 10,000 articles of 2.5 KB).
  const int64_t text = static_cast<int64_t>(
      article.title.size() + article.text.size() + article.description.size());
  return 16 * text + 4096;
}

void Prepare(const DocumentBuilder& builder, const std::string& path_or_line,
             const std::string& line_location, PreparedArticle& out) {
  out.origin = line_location.empty() ? PreparedArticle::Origin::kPage
                                     : PreparedArticle::Origin::kLine;
  if (line_location.empty()) {
    absl::StatusOr<Article> article = ExtractArticleFromFile(path_or_line);
    if (!article.ok()) {
      out.failure = std::string(article.status().message());
      return;
    }
    out.article = *std::move(article);
  } else {
    absl::StatusOr<ArticleLine> line = ArticleFromJsonLine(path_or_line);
    if (!line.ok()) {
      out.failure = absl::StrCat(line_location, ": ", line.status().message());
      return;
    }
    out.article = std::move(line->article);
    out.story_key = std::move(line->story_key);
  }
  out.ok = true;
  out.article_id = ArticleIdFor(out.article.Identity());
  out.content_hash = DocumentBuilder::ContentHash(out.article);
  out.text = builder.BuildText(out.article);
  out.memory_bytes = MemoryEstimate(out.article);
}

}  // namespace

int ArticlePipeline::WorkerCount(int requested) {
  if (requested > 0) return requested;
  return std::max(1u, std::thread::hardware_concurrency());
}

ArticlePipeline::ArticlePipeline(std::vector<std::string> page_files,
                                 std::vector<std::string> line_sources,
                                 int jobs, int64_t ahead_inputs,
                                 int64_t ahead_bytes)
    : ahead_inputs_(ahead_inputs), ahead_bytes_(ahead_bytes) {
  const int workers = WorkerCount(jobs);
  for (int i = 0; i < workers; ++i) workers_.emplace_back([this] { Work(); });
  reader_ = std::thread(&ArticlePipeline::ReadInputs, this,
                        std::move(page_files), std::move(line_sources));
}

ArticlePipeline::~ArticlePipeline() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  reader_.join();
  for (std::thread& worker : workers_) worker.join();
}

bool ArticlePipeline::Enqueue(std::unique_ptr<Slice> slice) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] {
    if (stopping_) return true;
    return inputs_queued_ < ahead_inputs_ && bytes_queued_ < ahead_bytes_;
  });
  if (stopping_) return false;
  inputs_queued_ += static_cast<int64_t>(slice->inputs.size());
  slices_.push_back(std::move(slice));
  lock.unlock();
  changed_.notify_all();
  return true;
}

void ArticlePipeline::ReadInputs(std::vector<std::string> page_files,
                                 std::vector<std::string> line_sources) {
  auto slice = std::make_unique<Slice>();
  bool stopped = false;
  // Hands over the slice being filled once it is full (or `flush`).
  auto add = [&](Input input, bool flush) {
    if (stopped) return;
    if (!input.path_or_line.empty() || !input.line_location.empty())
      slice->inputs.push_back(std::move(input));
    if (slice->inputs.size() < kSliceInputs && !flush) return;
    if (slice->inputs.empty()) return;
    stopped = !Enqueue(std::move(slice));
    slice = std::make_unique<Slice>();
  };
  for (std::string& file : page_files) add({std::move(file), ""}, false);
  for (const std::string& source : line_sources) {
    const absl::Status read =
        ReadJsonLineTexts(source, [&](std::string line, std::string location) {
          add({std::move(line), std::move(location)}, false);
        });
    if (!read.ok()) {
      // Handed over on its own, as an input that failed: the slices before it
      // keep their cut, whatever the error.
      add({}, true);
      auto failed = std::make_unique<Slice>();
      failed->prepared.emplace_back();
      failed->prepared.back().origin = PreparedArticle::Origin::kLineSource;
      failed->prepared.back().failure = std::string(read.message());
      failed->claimed = failed->done = true;
      if (!stopped) stopped = !Enqueue(std::move(failed));
    }
  }
  add({}, true);
  {
    std::lock_guard lock(mutex_);
    reading_done_ = true;
  }
  changed_.notify_all();
}

void ArticlePipeline::Work() {
  FrenchAnalyzer analyzer;
  DocumentBuilder builder(analyzer);
  std::unique_lock lock(mutex_);
  for (;;) {
    Slice* slice = nullptr;
    changed_.wait(lock, [&] {
      if (stopping_) return true;
      for (const auto& queued : slices_) {
        if (!queued->claimed) {
          slice = queued.get();
          return true;
        }
      }
      return reading_done_;
    });
    if (slice == nullptr) return;  // stopping, or nothing left to read
    slice->claimed = true;
    lock.unlock();
    std::vector<PreparedArticle> prepared(slice->inputs.size());
    for (size_t i = 0; i < slice->inputs.size(); ++i) {
      const Input& input = slice->inputs[i];
      try {
        Prepare(builder, input.path_or_line, input.line_location, prepared[i]);
      } catch (const std::exception& e) {
        // Out of memory on one huge page, say: that input fails, the run
        // goes on.
        prepared[i] = PreparedArticle();
        prepared[i].origin = input.line_location.empty()
                                 ? PreparedArticle::Origin::kPage
                                 : PreparedArticle::Origin::kLine;
        prepared[i].failure =
            absl::StrCat(input.line_location.empty() ? input.path_or_line
                                                     : input.line_location,
                         ": cannot read it: ", e.what());
      }
    }
    int64_t memory_bytes = 0;
    for (const PreparedArticle& p : prepared) memory_bytes += p.memory_bytes;
    lock.lock();
    slice->prepared = std::move(prepared);
    slice->memory_bytes = memory_bytes;
    bytes_queued_ += memory_bytes;
    slice->done = true;
    changed_.notify_all();
  }
}

std::vector<PreparedArticle> ArticlePipeline::NextSlice() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] {
    return (!slices_.empty() && slices_.front()->done) ||
           (slices_.empty() && reading_done_);
  });
  if (slices_.empty()) return {};
  std::unique_ptr<Slice> slice = std::move(slices_.front());
  slices_.pop_front();
  inputs_queued_ -= static_cast<int64_t>(slice->inputs.size());
  bytes_queued_ -= slice->memory_bytes;
  lock.unlock();
  changed_.notify_all();
  return std::move(slice->prepared);
}

}  // namespace newsq::internal
