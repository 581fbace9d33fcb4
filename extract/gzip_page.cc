#include "extract/gzip_page.h"

#include <zlib.h>

#include "absl/strings/str_cat.h"

namespace newsq::internal {

bool IsGzip(std::string_view bytes) {
  return bytes.size() >= 2 && bytes[0] == '\x1F' && bytes[1] == '\x8B';
}

absl::StatusOr<std::string> Gunzip(std::string_view gzip, size_t max_bytes) {
  z_stream stream{};
  // 16 + MAX_WBITS: a gzip header and trailer around the deflate data.
  if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
    return absl::InternalError("cannot start gzip decompression");
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gzip.data()));
  stream.avail_in = static_cast<uInt>(gzip.size());
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
      return absl::InvalidArgumentError(
          result == Z_BUF_ERROR ? "truncated gzip data" : "corrupt gzip data");
    }
    out.append(buffer, sizeof buffer - stream.avail_out);
    if (out.size() > max_bytes) {
      inflateEnd(&stream);
      return absl::InvalidArgumentError(
          absl::StrCat("gzip data expands beyond ", max_bytes >> 20, " MB"));
    }
    if (result == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
      inflateEnd(&stream);
      return absl::InvalidArgumentError("truncated gzip data");
    }
  }
  inflateEnd(&stream);
  return out;
}

}  // namespace newsq::internal
