#include "extract/gzip_page.h"

#include <brotli/decode.h>
#include <zlib.h>

#include <memory>

#include "absl/strings/str_cat.h"

namespace newsq::internal {

bool IsGzip(std::string_view bytes) {
  return bytes.size() >= 2 && bytes[0] == '\x1F' && bytes[1] == '\x8B';
}

namespace {

// zlib's inflate over the whole of `data`; `window_bits` says which wrapper
// (gzip, zlib or none) is around the deflate data, `kind` names it in errors.
absl::StatusOr<std::string> InflateAll(std::string_view data, int window_bits,
                                       const char* kind, size_t max_bytes) {
  z_stream stream{};
  if (inflateInit2(&stream, window_bits) != Z_OK)
    return absl::InternalError("cannot start decompression");
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  std::string out;
  char buffer[64 << 10];
  int result = Z_OK;
  while (result != Z_STREAM_END || stream.avail_in > 0) {
    // Another member follows the one that ended (gzip files may be joined).
    if (result == Z_STREAM_END && inflateReset(&stream) != Z_OK) break;
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof buffer;
    result = inflate(&stream, Z_NO_FLUSH);
    if (result != Z_OK && result != Z_STREAM_END) {
      inflateEnd(&stream);
      return absl::InvalidArgumentError(absl::StrCat(
          result == Z_BUF_ERROR ? "truncated " : "corrupt ", kind, " data"));
    }
    out.append(buffer, sizeof buffer - stream.avail_out);
    if (out.size() > max_bytes) {
      inflateEnd(&stream);
      return absl::InvalidArgumentError(
          absl::StrCat(kind, " data expands beyond ", max_bytes >> 20, " MB"));
    }
    if (result == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
      inflateEnd(&stream);
      return absl::InvalidArgumentError(
          absl::StrCat("truncated ", kind, " data"));
    }
  }
  inflateEnd(&stream);
  return out;
}

}  // namespace

absl::StatusOr<std::string> Gunzip(std::string_view gzip, size_t max_bytes) {
  // 16 + MAX_WBITS: a gzip header and trailer around the deflate data.
  return InflateAll(gzip, 16 + MAX_WBITS, "gzip", max_bytes);
}

absl::StatusOr<std::string> Inflate(std::string_view deflate,
                                    size_t max_bytes) {
  absl::StatusOr<std::string> zlib =
      InflateAll(deflate, MAX_WBITS, "deflate", max_bytes);
  if (zlib.ok() || deflate.empty() || (deflate[0] & 0x0f) == 8) return zlib;
  // Some servers send raw deflate data under "deflate", without the zlib
  // header the standard asks for (its first byte names method 8).
  return InflateAll(deflate, -MAX_WBITS, "deflate", max_bytes);
}

absl::StatusOr<std::string> Unbrotli(std::string_view brotli,
                                     size_t max_bytes) {
  const std::unique_ptr<BrotliDecoderState, void (*)(BrotliDecoderState*)>
      state(BrotliDecoderCreateInstance(nullptr, nullptr, nullptr),
            BrotliDecoderDestroyInstance);
  if (state == nullptr)
    return absl::InternalError("cannot start Brotli decompression");
  size_t available_in = brotli.size();
  const uint8_t* next_in = reinterpret_cast<const uint8_t*>(brotli.data());
  std::string out;
  uint8_t buffer[64 << 10];
  for (;;) {
    size_t available_out = sizeof buffer;
    uint8_t* next_out = buffer;
    const BrotliDecoderResult result =
        BrotliDecoderDecompressStream(state.get(), &available_in, &next_in,
                                      &available_out, &next_out, nullptr);
    out.append(reinterpret_cast<char*>(buffer), sizeof buffer - available_out);
    if (out.size() > max_bytes) {
      return absl::InvalidArgumentError(
          absl::StrCat("Brotli data expands beyond ", max_bytes >> 20, " MB"));
    }
    switch (result) {
      case BROTLI_DECODER_RESULT_SUCCESS:
        return out;
      case BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT:
        continue;
      case BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT:
        return absl::InvalidArgumentError("truncated Brotli data");
      default:
        return absl::InvalidArgumentError("corrupt Brotli data");
    }
  }
}

}  // namespace newsq::internal
