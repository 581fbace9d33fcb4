#include "engine/article_data.h"

#include <zstd.h>

#include <memory>
#include <new>

#include "absl/strings/str_cat.h"

namespace newsq::internal {
namespace {

// zstd's default level: as fast to write as glass's zlib, and smaller.
constexpr int kCompressionLevel = 3;

// A frame opens with these bytes; JSON, with "{".
constexpr std::string_view kZstdMagic = "\x28\xB5\x2F\xFD";

struct ContextFree {
  void operator()(ZSTD_CCtx* context) const { ZSTD_freeCCtx(context); }
  void operator()(ZSTD_DCtx* context) const { ZSTD_freeDCtx(context); }
};

// One context per thread: making one costs more than decoding an article.
ZSTD_CCtx* ThreadCompressor() {
  thread_local std::unique_ptr<ZSTD_CCtx, ContextFree> context(
      ZSTD_createCCtx());
  return context.get();
}
ZSTD_DCtx* ThreadDecompressor() {
  thread_local std::unique_ptr<ZSTD_DCtx, ContextFree> context(
      ZSTD_createDCtx());
  return context.get();
}

}  // namespace

std::string EncodeArticleData(std::string_view json) {
  // Into ZSTD_compressBound bytes, compressing fails only for want of memory;
  // the JSON as it is then stays readable (DecodeArticleData).
  ZSTD_CCtx* compressor = ThreadCompressor();
  if (compressor == nullptr) return std::string(json);
  std::string data(ZSTD_compressBound(json.size()), '\0');
  const size_t size =
      ZSTD_compressCCtx(compressor, data.data(), data.size(), json.data(),
                        json.size(), kCompressionLevel);
  if (ZSTD_isError(size)) return std::string(json);
  data.resize(size);
  return data;
}

absl::StatusOr<std::string> DecodeArticleData(std::string_view data) {
  if (!data.starts_with(kZstdMagic)) return std::string(data);
  const unsigned long long size =
      ZSTD_getFrameContentSize(data.data(), data.size());
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN ||
      size > kMaxArticleDataBytes) {
    return absl::DataLossError(
        "stored article: compressed data without a readable size");
  }
  ZSTD_DCtx* decompressor = ThreadDecompressor();
  if (decompressor == nullptr) throw std::bad_alloc();
  std::string json(static_cast<size_t>(size), '\0');
  const size_t decoded = ZSTD_decompressDCtx(
      decompressor, json.data(), json.size(), data.data(), data.size());
  if (ZSTD_isError(decoded) || decoded != json.size()) {
    return absl::DataLossError(absl::StrCat(
        "stored article: compressed data does not decode (",
        ZSTD_isError(decoded) ? ZSTD_getErrorName(decoded) : "short frame",
        ")"));
  }
  return json;
}

}  // namespace newsq::internal
