#include "engine/shards.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <thread>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "engine/ascii.h"

namespace newsq::internal {
namespace {

namespace fs = std::filesystem;

constexpr int kMaxStubDepth = 8;

// A new archive's shard `index`, relative to its folder.
std::string ShardFolderName(int index) {
  return absl::StrFormat("shard-%02d", index);
}

absl::Status ReadInto(const fs::path& stub, int depth,
                      std::vector<ShardLine>& lines) {
  if (depth > kMaxStubDepth) {
    return absl::FailedPreconditionError(absl::StrCat(
        "cannot read stub ", stub.string(), ": stubs nested too deep"));
  }
  std::ifstream in(stub);
  if (!in) {
    return absl::NotFoundError(
        absl::StrCat("cannot read stub ", stub.string()));
  }
  const fs::path folder = stub.parent_path();
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    std::string_view text = TrimAscii(line);
    if (text.empty() || text[0] == '#') continue;
    const size_t space = text.find_first_of(" \t");
    const std::string_view kind = text.substr(0, space);
    const std::string_view rest =
        space == std::string_view::npos ? "" : TrimAscii(text.substr(space));
    if (rest.empty()) {
      return absl::InvalidArgumentError(
          absl::StrFormat("cannot read stub %s: line %d names no database",
                          stub.string(), number));
    }
    if (kind == "remote") {
      // "HOST:PORT" (Xapian 1.4's TCP form) or ":HOST:PORT"; program forms
      // ("ssh ...") are not shards newsq can name or reach on its own.
      std::string_view address = rest;
      if (address.starts_with(':')) address.remove_prefix(1);
      const size_t colon = address.rfind(':');
      unsigned port = 0;
      if (colon == std::string_view::npos || colon == 0 ||
          address.find(' ') != std::string_view::npos ||
          !absl::SimpleAtoi(absl::string_view(address.data() + colon + 1,
                                              address.size() - colon - 1),
                            &port) ||
          port == 0 || port > 65535) {
        return absl::InvalidArgumentError(absl::StrFormat(
            "cannot read stub %s: line %d: expected remote :HOST:PORT",
            stub.string(), number));
      }
      lines.push_back({true, std::string(address),
                       std::string(address.substr(0, colon)), port});
      continue;
    }
    if (kind != "auto" && kind != "glass" && kind != "chert") {
      return absl::InvalidArgumentError(absl::StrFormat(
          "cannot read stub %s: line %d: unknown kind \"%s\" (auto, glass or "
          "remote)",
          stub.string(), number, std::string(kind)));
    }
    fs::path shard(std::string{rest});
    if (shard.is_relative()) shard = folder / shard;
    std::error_code error;
    // A stub naming a stub (or an archive folder) stands for its shards.
    if (kind == "auto" && fs::is_regular_file(shard, error)) {
      if (absl::Status nested = ReadInto(shard, depth + 1, lines); !nested.ok())
        return nested;
      continue;
    }
    if (kind == "auto" && fs::exists(shard / kStubFile, error)) {
      if (absl::Status nested = ReadInto(shard / kStubFile, depth + 1, lines);
          !nested.ok())
        return nested;
      continue;
    }
    lines.push_back({false, shard.lexically_normal().string(), "", 0});
  }
  return absl::OkStatus();
}

}  // namespace

bool IsArchive(const std::string& path) {
  std::error_code error;
  return fs::is_regular_file(fs::path(path) / kStubFile, error);
}

bool IsStub(const std::string& path) {
  std::error_code error;
  if (IsArchive(path)) return true;
  if (!fs::is_regular_file(path, error)) return false;
  // A single-file glass database opens with "\x0f\rXapian Glass".
  constexpr std::string_view kXapianMagic = "\x0f\rXapian ";
  std::string head(kXapianMagic.size(), '\0');
  std::ifstream in(path, std::ios::binary);
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  return !in || head != kXapianMagic;
}

absl::StatusOr<std::vector<ShardLine>> ReadStub(const std::string& stub_path) {
  std::error_code error;
  fs::path stub = stub_path;
  if (fs::is_directory(stub, error)) stub /= kStubFile;
  std::vector<ShardLine> lines;
  if (absl::Status read = ReadInto(stub, 0, lines); !read.ok()) return read;
  return lines;
}

absl::StatusOr<int> ShardCount(const std::string& path) {
  if (!IsArchive(path)) return 1;
  absl::StatusOr<std::vector<ShardLine>> lines = ReadStub(path);
  if (!lines.ok()) return lines.status();
  return static_cast<int>(lines->size());
}

int DefaultShardCount() {
  const unsigned cores = std::thread::hardware_concurrency();
  return static_cast<int>(std::clamp(cores, 1u, 4u));
}

bool HoldsDatabase(const std::string& path) {
  std::error_code error;
  if (fs::is_regular_file(path, error) || IsArchive(path)) return true;
  return fs::exists(fs::path(path) / "iamglass", error) ||
         fs::exists(fs::path(path) / "iamchert", error);
}

std::string ArchiveShardPath(const std::string& path, int index) {
  return (fs::path(path) / ShardFolderName(index)).string();
}

absl::Status WriteArchiveStub(const std::string& path, int shards) {
  std::string stub;
  for (int i = 0; i < shards; ++i)
    stub += absl::StrCat("auto ", ShardFolderName(i), "\n");
  const fs::path final_path = fs::path(path) / kStubFile;
  const fs::path temporary = fs::path(path) / ".XAPIANDB.tmp";
  std::error_code error;
  {
    std::ofstream out(temporary, std::ios::trunc);
    out << stub;
    out.flush();
    if (!out) error = std::make_error_code(std::errc::io_error);
  }
  if (!error) fs::rename(temporary, final_path, error);
  if (error) {
    return absl::InternalError(absl::StrCat("cannot create sharded archive ",
                                            path, ": ", error.message()));
  }
  return absl::OkStatus();
}

}  // namespace newsq::internal
