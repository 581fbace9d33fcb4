// Test helper: web-archive records as crawlers write them, built in memory, so
// that tests can write archives of any shape (gzip per record or whole,
// damaged on purpose) from the pages they have.
#ifndef NEWSQ_TESTS_WARC_WRITER_H_
#define NEWSQ_TESTS_WARC_WRITER_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace newsq::testing {

// One WARC/1.0 record: its header (WARC-Type, WARC-Target-URI unless empty,
// WARC-Date, Content-Type, Content-Length, then `extra_fields`, each ending
// in "\r\n"), the block, and the two line endings after it.
std::string WarcRecord(
    std::string_view type, std::string_view target_uri, std::string_view block,
    std::string_view content_type = "application/http; msgtype=response",
    std::string_view date = "2025-02-11T08:00:00Z",
    std::string_view extra_fields = "");

// An HTTP/1.1 response: status line, `fields` (each ending in "\r\n"), a
// blank line, the body.
std::string HttpResponse(int status, std::string_view fields,
                         std::string_view body);

// `body` in HTTP chunked framing, cut into chunks of `chunk_bytes`.
std::string Chunked(std::string_view body, size_t chunk_bytes);

// `bytes` as one gzip member.
std::string GzipMember(std::string_view bytes);

// Writes `bytes` to `path`; false when it cannot.
bool WriteBytes(const std::string& path, std::string_view bytes);

}  // namespace newsq::testing

#endif  // NEWSQ_TESTS_WARC_WRITER_H_
