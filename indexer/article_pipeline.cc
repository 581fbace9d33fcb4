#include "indexer/article_pipeline.h"

#include <algorithm>
#include <utility>

#include "absl/strings/str_cat.h"
#include "engine/french_analyzer.h"
#include "engine/ids.h"
#include "extract/json_lines.h"
#include "extract/web_archive.h"
#include "indexer/document_builder.h"
#include "newsq/extract.h"

namespace newsq::internal {
namespace {

// Inputs per slice: enough that taking a slice is rare next to preparing it,
// few enough that workers share the last inputs of a run evenly.
constexpr size_t kSliceInputs = 32;

// An archive's record is kept up to a page's limit and its HTTP head: a
// larger one holds no page newsq reads (it is reported as too large).
constexpr size_t kMaxRecordBytes = kMaxPageBytes + (size_t{1} << 20);

int64_t MemoryEstimate(const Article& article) {
  // The text is held by the article and, as terms with positions, by the
  // document, whose every term is a map node of its own: measured on
  // OrangeSum, about 15 times the text's size (a 36k-article run peaked at
  // 1.15 GB with two chunks of 10,000 articles of 2.5 KB).
  const int64_t text = static_cast<int64_t>(
      article.title.size() + article.text.size() + article.description.size());
  return 16 * text + 4096;
}

// The article of a page file, a JSON line or an archived page, with its
// story label when a JSON line gives one.
absl::StatusOr<ArticleLine> ReadArticle(PipelineInput& input) {
  using Origin = PreparedArticle::Origin;
  if (input.origin == Origin::kLine) {
    absl::StatusOr<ArticleLine> line = ArticleFromJsonLine(input.path_or_line);
    if (!line.ok())
      return absl::InvalidArgumentError(
          absl::StrCat(input.location, ": ", line.status().message()));
    return line;
  }
  ArticleLine result;
  if (input.origin == Origin::kPage) {
    absl::StatusOr<Article> article =
        ExtractArticleFromFile(input.path_or_line);
    if (!article.ok()) return article.status();
    result.article = *std::move(article);
    return result;
  }
  ArchivedPage& page = input.page;
  absl::StatusOr<std::string> bytes = PageBytes(page);
  if (!bytes.ok()) return bytes.status();
  absl::StatusOr<Article> article =
      ExtractArticle(*bytes, {.source = page.url, .charset = page.charset});
  if (!article.ok()) {
    return absl::Status(article.status().code(),
                        absl::StrCat(page.location, " (", page.url,
                                     "): ", article.status().message()));
  }
  // The day it was archived, when the page itself says nothing: a crawl
  // fetches news within days, so stories still find their neighbours.
  if (!article->published) article->published = page.record_date;
  result.article = *std::move(article);
  return result;
}

// What names an input in a failure.
std::string NameOf(const PipelineInput& input) {
  switch (input.origin) {
    case PreparedArticle::Origin::kPage:
      return input.path_or_line;
    case PreparedArticle::Origin::kRecord:
      return input.page.location;
    default:
      return input.location;
  }
}

void Prepare(const DocumentBuilder& builder, PipelineInput& input,
             PreparedArticle& out) {
  out.origin = input.origin;
  if (input.skipped || input.failed) {
    out.skipped = input.skipped;
    out.failure = std::move(input.location);
    return;
  }
  absl::StatusOr<ArticleLine> read = ReadArticle(input);
  if (!read.ok()) {
    out.failure = std::string(read.status().message());
    return;
  }
  out.article = std::move(read->article);
  out.story_key = std::move(read->story_key);
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

ArticlePipeline::ArticlePipeline(PipelineInputs inputs, int jobs,
                                 int64_t ahead_inputs, int64_t ahead_bytes)
    : ahead_inputs_(ahead_inputs), ahead_bytes_(ahead_bytes) {
  const int workers = WorkerCount(jobs);
  for (int i = 0; i < workers; ++i) workers_.emplace_back([this] { Work(); });
  reader_ = std::thread(&ArticlePipeline::ReadInputs, this, std::move(inputs));
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
  slice->input_count = static_cast<int64_t>(slice->inputs.size());
  for (const PipelineInput& input : slice->inputs)
    slice->memory_bytes += input.Bytes();
  inputs_queued_ += slice->input_count;
  bytes_queued_ += slice->memory_bytes;
  slices_.push_back(std::move(slice));
  lock.unlock();
  changed_.notify_all();
  return true;
}

void ArticlePipeline::ReadInputs(PipelineInputs inputs) {
  using Origin = PreparedArticle::Origin;
  auto slice = std::make_unique<Slice>();
  bool stopped = false;
  // Hands over the slice being filled once it is full. False once the
  // pipeline is stopping.
  auto add = [&](PipelineInput input) {
    if (stopped) return false;
    slice->inputs.push_back(std::move(input));
    if (slice->inputs.size() < kSliceInputs) return true;
    stopped = !Enqueue(std::move(slice));
    slice = std::make_unique<Slice>();
    return !stopped;
  };
  auto add_failure = [&](Origin origin, std::string failure) {
    return add(
        {.origin = origin, .location = std::move(failure), .failed = true});
  };
  for (std::string& file : inputs.page_files)
    add({.origin = Origin::kPage, .path_or_line = std::move(file)});
  for (const std::string& source : inputs.line_sources) {
    if (stopped) break;
    const absl::Status read = ReadJsonLineTexts(
        source,
        [&](std::string line, std::string location) {
          add({.origin = Origin::kLine,
               .path_or_line = std::move(line),
               .location = std::move(location)});
        },
        [&](std::string failure) {
          add_failure(Origin::kLine, std::move(failure));
        });
    if (!read.ok()) add_failure(Origin::kSource, std::string(read.message()));
  }
  for (const std::string& archive : inputs.archives) {
    if (stopped) break;
    const absl::Status read = ReadWebArchive(
        archive, kMaxRecordBytes,
        [&](ArchiveRecord&& record) {
          absl::StatusOr<std::variant<ArchivedPage, SkippedRecord>> sorted =
              SortRecord(std::move(record));
          if (!sorted.ok())
            return add_failure(Origin::kRecord,
                               std::string(sorted.status().message()));
          if (auto* skipped = std::get_if<SkippedRecord>(&*sorted))
            return add({.origin = Origin::kRecord, .skipped = *skipped});
          return add({.origin = Origin::kRecord,
                      .page = std::get<ArchivedPage>(*std::move(sorted))});
        },
        [&](std::string damage) {
          add_failure(Origin::kRecord, std::move(damage));
        });
    if (!read.ok()) add_failure(Origin::kSource, std::string(read.message()));
  }
  if (!stopped && !slice->inputs.empty()) Enqueue(std::move(slice));
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
      PipelineInput& input = slice->inputs[i];
      try {
        Prepare(builder, input, prepared[i]);
      } catch (const std::exception& e) {
        // Out of memory on one huge page, say: that input fails, the run
        // goes on. Prepare moves only an archived page's body, never what
        // names the input.
        prepared[i] = PreparedArticle();
        prepared[i].origin = input.origin;
        prepared[i].failure =
            absl::StrCat(NameOf(input), ": cannot read it: ", e.what());
      }
    }
    int64_t memory_bytes = 0;
    for (const PreparedArticle& p : prepared) memory_bytes += p.memory_bytes;
    lock.lock();
    slice->inputs.clear();
    slice->prepared = std::move(prepared);
    bytes_queued_ += memory_bytes - slice->memory_bytes;
    slice->memory_bytes = memory_bytes;
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
  inputs_queued_ -= slice->input_count;
  bytes_queued_ -= slice->memory_bytes;
  lock.unlock();
  changed_.notify_all();
  return std::move(slice->prepared);
}

}  // namespace newsq::internal
