// libFuzzer target: arbitrary bytes as a web archive (WARC or ARC, plain or
// gzip), through the record reader, the sorting of records and the decoding
// of pages' bodies, as `newsq index crawl.warc.gz` takes them.
//
// A crash, a sanitizer report, a leak or an input that runs over libFuzzer's
// -timeout is a finding. Damage reports and error statuses are not: most
// bytes are no archive.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>

#include "extract/archived_page.h"
#include "extract/web_archive.h"
#include "newsq/extract.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // The reader reads files: the bytes become one, in memory.
  const int fd = memfd_create("archive", MFD_CLOEXEC);
  if (fd < 0) return 0;
  for (size_t written = 0; written < size;) {
    const ssize_t n = write(fd, data + written, size - written);
    if (n <= 0) {
      close(fd);
      return 0;
    }
    written += static_cast<size_t>(n);
  }
  const std::string path = "/proc/self/fd/" + std::to_string(fd);
  // A small block limit, so that cut blocks are exercised too.
  (void)newsq::internal::ReadWebArchive(
      path, 4096,
      [](newsq::internal::ArchiveRecord&& record) {
        auto sorted = newsq::internal::SortRecord(std::move(record));
        if (!sorted.ok()) return true;
        if (auto* page = std::get_if<newsq::internal::ArchivedPage>(&*sorted)) {
          absl::StatusOr<std::string> bytes = newsq::internal::PageBytes(*page);
          if (bytes.ok())
            (void)newsq::ExtractArticle(
                *bytes, {.source = page->url, .charset = page->charset});
        }
        return true;
      },
      [](std::string) {});
  close(fd);
  return 0;
}
