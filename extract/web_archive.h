// Internal: the records of a web archive, WARC (ISO 28500, versions 0.17 to
// 1.1) or the older Internet Archive ARC (versions 1 and 2), plain or gzip
// (one member per record, as crawlers write them, or one for the whole file).
//
// Only the record layer is read here: what a record's block holds (an HTTP
// response, a request, a page) is for archived_page.h to say.
#ifndef NEWSQ_EXTRACT_WEB_ARCHIVE_H_
#define NEWSQ_EXTRACT_WEB_ARCHIVE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "newsq/article.h"

namespace newsq::internal {

struct ArchiveRecord {
  // WARC-Type, lower case: "response", "resource", "request", "revisit",
  // "metadata", "warcinfo", "conversion", "continuation". An ARC record is a
  // "response" (its block is what the server sent), and its version block a
  // "warcinfo".
  std::string type;
  // WARC-Target-URI, or the URL of an ARC record, without the angle brackets
  // that some writers (wget) put around it. May be empty.
  std::string target_uri;
  // WARC-Date, or the ARC record's 14-digit date (UTC); nullopt when absent
  // or unreadable.
  std::optional<DateTime> date;
  // The record's Content-Type: "application/http; msgtype=response" for a
  // WARC response, the page's own type for a resource or an ARC record.
  std::string content_type;
  // The record's block, cut at the reader's `max_block_bytes`.
  std::string block;
  uint64_t block_length = 0;  // as declared
  bool block_cut = false;     // block_length > block.size()
  // "<path>: record at offset <N>", for messages: the file offset of the
  // record, or of the gzip member that holds it (the offset that CDX
  // indexes and `warcio` give).
  std::string location;
};

// True for the names read as web archives when walking folders: .warc,
// .warc.gz, .arc and .arc.gz (any case).
bool IsWebArchivePath(std::string_view path);

// True when the file at `path` starts (after gzip decompression) as a WARC
// or ARC file does: named pages that are really archives are read as such,
// whatever their name. False when it cannot be read.
bool LooksLikeWebArchive(const std::string& path);

// Reads the records of the archive at `path`, one at a time, with memory
// bounded by `max_block_bytes` whatever the file's size: each record goes to
// `on_record`, which returns false to stop reading; each damaged one (a header
// that cannot be read, a length that overshoots, corrupt gzip data, a record
// cut short) to `on_damage` as
// "<path>: record at offset <N>: <reason>", and reading goes on at the next
// record that can be found. Errors (returned): the file cannot be opened or
// read, or it is not a web archive; each names the file.
absl::Status ReadWebArchive(
    const std::string& path, size_t max_block_bytes,
    const std::function<bool(ArchiveRecord&&)>& on_record,
    const std::function<void(std::string damage)>& on_damage);

}  // namespace newsq::internal

#endif  // NEWSQ_EXTRACT_WEB_ARCHIVE_H_
