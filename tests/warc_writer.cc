#include "tests/warc_writer.h"

#include <zlib.h>

#include <fstream>

namespace newsq::testing {

std::string WarcRecord(std::string_view type, std::string_view target_uri,
                       std::string_view block, std::string_view content_type,
                       std::string_view date, std::string_view extra_fields) {
  std::string record = "WARC/1.0\r\nWARC-Type: " + std::string(type) + "\r\n";
  if (!target_uri.empty())
    record += "WARC-Target-URI: " + std::string(target_uri) + "\r\n";
  record += "WARC-Date: " + std::string(date) + "\r\n";
  record += "Content-Type: " + std::string(content_type) + "\r\n";
  record += "Content-Length: " + std::to_string(block.size()) + "\r\n";
  record += std::string(extra_fields) + "\r\n";
  record += std::string(block) + "\r\n\r\n";
  return record;
}

std::string HttpResponse(int status, std::string_view fields,
                         std::string_view body) {
  return "HTTP/1.1 " + std::to_string(status) + " Status\r\n" +
         std::string(fields) + "\r\n" + std::string(body);
}

std::string Chunked(std::string_view body, size_t chunk_bytes) {
  std::string out;
  char size[32];
  for (size_t at = 0; at < body.size(); at += chunk_bytes) {
    const std::string_view chunk = body.substr(at, chunk_bytes);
    std::snprintf(size, sizeof size, "%zx\r\n", chunk.size());
    out += size;
    out += std::string(chunk) + "\r\n";
  }
  return out + "0\r\n\r\n";
}

std::string GzipMember(std::string_view bytes) {
  z_stream stream{};
  deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8,
               Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&stream, bytes.size()) + 32, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  stream.avail_in = static_cast<uInt>(bytes.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

bool WriteBytes(const std::string& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(out.flush());
}

}  // namespace newsq::testing
