#include "extract/web_archive.h"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "engine/ascii.h"

namespace newsq::internal {
namespace {

constexpr size_t kReadBytes = size_t{256} << 10;
// Real header lines are under a kilobyte; a longer one is damage, and it is
// never held whole.
constexpr size_t kMaxLineBytes = size_t{64} << 10;
constexpr int kMaxHeaderFields = 512;
// More than any disk holds: a larger length is a damaged header.
constexpr uint64_t kMaxDeclaredLength = uint64_t{1} << 50;

bool IsGzipMagic(const unsigned char* p) {
  return p[0] == 0x1f && p[1] == 0x8b && p[2] == 0x08;
}

// The decompressed bytes of an archive file, plain or gzip with any number of
// members, read a block at a time. Corrupt gzip data is skipped up to the
// next member and noted as a break, so that the record holding it is known
// damaged and the records after it are still read.
class ArchiveBytes {
 public:
  // Takes ownership of `fd`.
  explicit ArchiveBytes(int fd) : fd_(fd), out_(kReadBytes) {}
  ~ArchiveBytes() {
    if (gzip_) inflateEnd(&stream_);
    close(fd_);
  }
  ArchiveBytes(const ArchiveBytes&) = delete;
  ArchiveBytes& operator=(const ArchiveBytes&) = delete;

  // Tells plain from gzip by the first bytes. False when zlib cannot start.
  bool Start() {
    in_.resize(kReadBytes);
    while (in_end_ < 3 && ReadInput() > 0) {
    }
    gzip_ = in_end_ >= 3 && IsGzipMagic(in_.data());
    if (gzip_ && inflateInit2(&stream_, 15 + 16) != Z_OK) return false;
    return true;
  }

  // The next byte without taking it; -1 at the end of the data.
  int Peek() {
    if (out_begin_ == out_end_) {
      out_position_ += out_end_;
      out_begin_ = out_end_ = 0;
      if (!(gzip_ ? FillGzip() : FillPlain())) return -1;
    }
    return static_cast<unsigned char>(out_[out_begin_]);
  }

  // Takes the bytes up to and including the next '\n', or to the end of the
  // data; `line` gets them without the line ending, cut at kMaxLineBytes
  // (`too_long` then). False when no byte was left.
  bool ReadLine(std::string& line, bool& too_long) {
    line.clear();
    too_long = false;
    if (Peek() < 0) return false;
    while (Peek() >= 0) {
      const char* begin = out_.data() + out_begin_;
      const char* end = out_.data() + out_end_;
      const char* newline =
          static_cast<const char*>(std::memchr(begin, '\n', end - begin));
      const size_t length = (newline != nullptr ? newline : end) - begin;
      const size_t room = kMaxLineBytes - line.size();
      if (length > room) too_long = true;
      line.append(begin, std::min(length, room));
      out_begin_ += length;
      if (newline != nullptr) {
        ++out_begin_;
        break;
      }
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return true;
  }

  // Takes `n` bytes, or what is left, appending the first `keep` of them to
  // `out`. Stops early at a break, and, when `within_member`, at a gzip
  // member that starts a record ("WARC/"): a record that began its own member
  // and whose length overshoots must not eat the next record (a block may
  // still go on in members of its own, as some writers cut them). Returns how
  // many were taken.
  uint64_t Take(uint64_t n, size_t keep, std::string& out,
                bool within_member = false) {
    uint64_t taken = 0;
    const uint64_t member = fill_member_offset_;
    out.reserve(out.size() +
                static_cast<size_t>(std::min<uint64_t>(n, keep - out.size())));
    while (taken < n && Peek() >= 0) {
      if (!breaks_.empty()) break;
      if (within_member && gzip_ && fill_member_offset_ != member &&
          position() == fill_member_position_ &&
          std::string_view(out_.data() + out_begin_, out_end_ - out_begin_)
              .starts_with("WARC/"))
        break;
      const size_t chunk = static_cast<size_t>(
          std::min<uint64_t>(n - taken, out_end_ - out_begin_));
      if (out.size() < keep)
        out.append(out_.data() + out_begin_,
                   std::min(chunk, keep - out.size()));
      out_begin_ += chunk;
      taken += chunk;
    }
    return taken;
  }

  // Takes line endings ('\r' and '\n'); false at the end of the data.
  bool SkipLineEndings() {
    for (int c; (c = Peek()) >= 0; ++out_begin_)
      if (c != '\r' && c != '\n') return true;
    return false;
  }

  // Where the next byte is, after a Peek: its offset in a plain file; in a
  // gzip file, the offset of the member holding it, and how far into that
  // member's data it is.
  uint64_t FileOffset() const {
    return gzip_ ? fill_member_offset_ : position();
  }
  uint64_t IntoMember() const {
    return gzip_ ? position() - fill_member_position_ : 0;
  }

  // Whether a gzip member starts exactly here (after a Peek): records
  // written one per member.
  bool AtMemberStart() const {
    return gzip_ && position() == fill_member_position_;
  }

  // Reads again from `position` of a plain file (a record's block that
  // overshot may hold the records after it); false for gzip data, which
  // cannot be read backwards.
  bool RewindTo(uint64_t to) {
    if (gzip_ || lseek(fd_, static_cast<off_t>(to), SEEK_SET) < 0) return false;
    in_begin_ = in_end_ = 0;
    input_ended_ = false;
    out_begin_ = out_end_ = 0;
    out_position_ = to;
    return true;
  }
  uint64_t Position() const { return position(); }

  bool has_breaks() const { return !breaks_.empty(); }
  // The breaks met since the last call: "offset <N>: <what>".
  std::vector<std::string> TakeBreaks() { return std::exchange(breaks_, {}); }
  // errno of a failed read, else 0; reading stops at one.
  int read_error() const { return read_error_; }

 private:
  uint64_t position() const { return out_position_ + out_begin_; }

  // Appends what the file has next to in_; 0 at its end or on an error.
  size_t ReadInput() {
    if (input_ended_) return 0;
    if (in_begin_ > 0) {
      std::memmove(in_.data(), in_.data() + in_begin_, in_end_ - in_begin_);
      in_end_ -= in_begin_;
      in_file_offset_ += in_begin_;
      in_begin_ = 0;
    }
    ssize_t n;
    do {
      n = read(fd_, in_.data() + in_end_, in_.size() - in_end_);
    } while (n < 0 && errno == EINTR);
    if (n <= 0) {
      if (n < 0) read_error_ = errno;
      input_ended_ = true;
      return 0;
    }
    in_end_ += static_cast<size_t>(n);
    return static_cast<size_t>(n);
  }

  bool FillPlain() {
    // Whatever Start() read ahead comes first.
    if (in_begin_ < in_end_) {
      const size_t n = std::min(out_.size(), in_end_ - in_begin_);
      std::memcpy(out_.data(), in_.data() + in_begin_, n);
      in_begin_ += n;
      out_end_ = n;
      return true;
    }
    in_begin_ = in_end_ = 0;
    if (ReadInput() == 0) return false;
    return FillPlain();
  }

  // After a member that could not be inflated: inflate may already have
  // taken the start of the member after it, so the search for the next one
  // starts again just past the bad member's start, in the buffer when it is
  // still there, else read again from the file. False when none is left.
  bool SeekAfterBadMember() {
    const uint64_t restart = member_offset_ + 1;
    if (restart >= in_file_offset_ && restart <= in_file_offset_ + in_end_) {
      in_begin_ = static_cast<size_t>(restart - in_file_offset_);
    } else if (lseek(fd_, static_cast<off_t>(restart), SEEK_SET) >= 0) {
      in_begin_ = in_end_ = 0;
      in_file_offset_ = restart;
      input_ended_ = false;
    }
    return SeekMember();
  }

  // Moves in_begin_ to the next gzip magic number at or after it. False when
  // the file has none left.
  bool SeekMember() {
    for (;;) {
      for (size_t i = in_begin_; i + 3 <= in_end_; ++i) {
        if (IsGzipMagic(in_.data() + i)) {
          in_begin_ = i;
          return true;
        }
      }
      in_begin_ = in_end_ >= 2 ? std::max(in_begin_, in_end_ - 2) : in_begin_;
      if (ReadInput() == 0) {
        in_begin_ = in_end_;
        return false;
      }
    }
  }

  // After a break, the data goes on with a line ending of its own: a record
  // header after the break is then read from the start of its line, however
  // the data before the break ended.
  bool BreakLine() {
    out_[0] = '\n';
    out_end_ = 1;
    return true;
  }

  bool FillGzip() {
    for (;;) {
      if (!in_member_) {
        while (in_end_ - in_begin_ < 3 && ReadInput() > 0) {
        }
        if (in_begin_ == in_end_) return false;
        if (in_end_ - in_begin_ < 3 || !IsGzipMagic(in_.data() + in_begin_)) {
          const uint64_t at = in_file_offset_ + in_begin_;
          const bool found = SeekMember();
          breaks_.push_back(absl::StrCat(
              "offset ", at, ": ", in_file_offset_ + in_begin_ - at,
              " bytes that are not gzip data",
              found ? ", skipped" : " at the end of the file"));
          if (!found) return false;
          return BreakLine();
        }
        inflateReset(&stream_);
        in_member_ = true;
        member_offset_ = in_file_offset_ + in_begin_;
        member_position_ = out_position_ + out_end_;
      }
      if (in_begin_ == in_end_ && ReadInput() == 0) {
        breaks_.push_back(
            absl::StrCat("offset ", member_offset_, ": gzip data cut short"));
        in_member_ = false;
        // Inflate may have taken the start of a member that follows.
        if (SeekAfterBadMember()) return BreakLine();
        return out_end_ > 0;
      }
      stream_.next_in = in_.data() + in_begin_;
      stream_.avail_in = static_cast<uInt>(in_end_ - in_begin_);
      stream_.next_out = reinterpret_cast<Bytef*>(out_.data() + out_end_);
      stream_.avail_out = static_cast<uInt>(out_.size() - out_end_);
      const int result = inflate(&stream_, Z_NO_FLUSH);
      in_begin_ = stream_.next_in - in_.data();
      out_end_ = reinterpret_cast<char*>(stream_.next_out) - out_.data();
      // One fill never spans two members, so the bytes of out_ have one.
      fill_member_offset_ = member_offset_;
      fill_member_position_ = member_position_;
      if (result == Z_STREAM_END) {
        in_member_ = false;
      } else if (result != Z_OK && result != Z_BUF_ERROR) {
        breaks_.push_back(absl::StrCat(
            "offset ", member_offset_, ": corrupt gzip data (",
            stream_.msg != nullptr ? stream_.msg : "unknown error", ")"));
        in_member_ = false;
        SeekAfterBadMember();
        // What this fill decoded of the corrupt data is dropped.
        return BreakLine();
      }
      if (out_end_ > 0) return true;
    }
  }

  const int fd_;
  bool gzip_ = false;
  z_stream stream_{};
  // Compressed input: in_[in_begin_, in_end_) is unread; in_[0] is at
  // in_file_offset_ in the file.
  std::vector<unsigned char> in_;
  size_t in_begin_ = 0;
  size_t in_end_ = 0;
  uint64_t in_file_offset_ = 0;
  bool input_ended_ = false;
  int read_error_ = 0;
  bool in_member_ = false;
  uint64_t member_offset_ = 0;    // file offset of the current member
  uint64_t member_position_ = 0;  // where its data starts, decompressed
  uint64_t fill_member_offset_ = 0;
  uint64_t fill_member_position_ = 0;
  // Decompressed output: out_[out_begin_, out_end_) is unread; out_[0] is at
  // out_position_ in the decompressed data.
  std::vector<char> out_;
  size_t out_begin_ = 0;
  size_t out_end_ = 0;
  uint64_t out_position_ = 0;
  std::vector<std::string> breaks_;
};

std::string_view TrimmedView(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
    text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
    text.remove_suffix(1);
  return text;
}

// A header line quoted in a message: short, and without control bytes that
// would reach a terminal.
std::string Quoted(std::string_view line) {
  std::string out = "\"";
  for (char c : line.substr(0, 48)) out += (c >= 0x20 && c < 0x7f) ? c : '?';
  if (line.size() > 48) out += "...";
  return out + "\"";
}

std::optional<uint64_t> ReadLength(std::string_view text) {
  if (text.empty() || text.size() > 16) return std::nullopt;
  uint64_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<uint64_t>(c - '0');
  }
  if (value > kMaxDeclaredLength) return std::nullopt;
  return value;
}

// An ARC date: 14 digits (YYYYMMDDhhmmss, UTC), some writers giving fewer
// (a day) or more (milliseconds).
std::optional<DateTime> ReadArcDate(std::string_view digits) {
  if (digits.size() < 8) return std::nullopt;
  int parts[6] = {0, 1, 1, 0, 0, 0};
  const int widths[6] = {4, 2, 2, 2, 2, 2};
  size_t at = 0;
  for (int i = 0; i < 6 && at + widths[i] <= digits.size(); ++i) {
    parts[i] = std::stoi(std::string(digits.substr(at, widths[i])));
    at += widths[i];
  }
  return DateTime::FromCivil(parts[0], parts[1], parts[2], parts[3], parts[4],
                             parts[5], 0);
}

std::string CleanTargetUri(std::string_view uri) {
  uri = TrimmedView(uri);
  // wget writes "<http://...>" (the WARC 1.0 grammar's brackets taken
  // literally).
  if (uri.size() >= 2 && uri.front() == '<' && uri.back() == '>')
    uri = uri.substr(1, uri.size() - 2);
  return std::string(uri);
}

struct ArcHeader {
  std::string url;
  std::string date;
  std::string content_type;
  uint64_t length = 0;
};

// "URL IP date content-type length" (version 1), or with result code,
// checksum, location, offset and file name before the length (version 2).
// Read from the right: URLs in old crawls hold spaces.
std::optional<ArcHeader> ParseArcHeaderFields(
    std::string_view line, const std::vector<std::string_view>& fields,
    int version) {
  const size_t trailing = version == 2 ? 9 : 4;
  if (fields.size() < trailing + 1) return std::nullopt;
  const size_t n = fields.size();
  ArcHeader header;
  const std::optional<uint64_t> length = ReadLength(fields[n - 1]);
  const std::string_view date = fields[n - trailing + 1];
  if (!length || date.size() < 8 ||
      date.find_first_not_of("0123456789") != std::string_view::npos)
    return std::nullopt;
  header.length = *length;
  header.date = std::string(date);
  header.content_type = std::string(fields[n - trailing + 2]);
  const size_t url_end = fields[n - trailing].data() - line.data();
  header.url = std::string(TrimmedView(line.substr(0, url_end)));
  if (header.url.empty()) return std::nullopt;
  return header;
}

// A record header of the file's `version`; 0 (the first line, before the
// version block says) tries version 2, whose extra fields would otherwise be
// read as a URL, then version 1.
std::optional<ArcHeader> ParseArcHeader(std::string_view line, int version) {
  std::vector<std::string_view> fields;
  for (size_t at = 0; at < line.size();) {
    const size_t end = std::min(line.find(' ', at), line.size());
    if (end > at) fields.push_back(line.substr(at, end - at));
    at = end + 1;
  }
  if (version != 1) {
    std::optional<ArcHeader> header = ParseArcHeaderFields(line, fields, 2);
    if (header || version == 2) return header;
  }
  return ParseArcHeaderFields(line, fields, 1);
}

class RecordReader {
 public:
  RecordReader(const std::string& path, ArchiveBytes& bytes,
               size_t max_block_bytes,
               const std::function<bool(ArchiveRecord&&)>& on_record,
               const std::function<void(std::string)>& on_damage)
      : path_(path),
        bytes_(bytes),
        max_block_bytes_(max_block_bytes),
        on_record_(on_record),
        on_damage_(on_damage) {}

  absl::Status Read() {
    if (!bytes_.SkipLineEndings() || !NextLine()) return NotAnArchive();
    if (pending_->text.starts_with("WARC/")) {
      ReadWarc();
    } else if (pending_->text.starts_with("filedesc://")) {
      ReadArc();
    } else {
      return NotAnArchive();
    }
    ReportBreaks();
    if (bytes_.read_error() != 0) {
      return absl::DataLossError(absl::StrCat(
          path_,
          ": cannot read it to the end: ", std::strerror(bytes_.read_error())));
    }
    return absl::OkStatus();
  }

 private:
  struct Line {
    std::string text;
    std::string location;  // of its first byte, as a record's
    bool too_long = false;
    uint64_t position = 0;      // of its first byte, in the (decompressed) data
    bool member_start = false;  // a gzip member starts with it
    uint64_t offset = 0;        // ArchiveBytes::FileOffset() of its first byte
    uint64_t into = 0;          // ArchiveBytes::IntoMember() of its first byte
  };

  absl::Status NotAnArchive() {
    ReportBreaks();
    return absl::InvalidArgumentError(absl::StrCat(
        path_,
        ": not a web archive (a WARC file starts with \"WARC/\", an ARC "
        "file with \"filedesc://\")"));
  }

  // "<path>: record at offset <N>" for a byte at `offset` in the file, `into`
  // bytes into its gzip member's data.
  std::string LocationOf(uint64_t offset, uint64_t into) const {
    std::string location = absl::StrCat(path_, ": record at offset ", offset);
    if (into > 0)
      absl::StrAppend(&location, " (+", into, " in its gzip member)");
    return location;
  }

  // The same for the next byte, after a Peek.
  std::string LocationHere() const {
    return LocationOf(bytes_.FileOffset(), bytes_.IntoMember());
  }

  // Reads the next line into pending_; false at the end of the data.
  bool NextLine() {
    if (bytes_.Peek() < 0) return false;
    // Breaks met up to here lie before this line: between records.
    ReportBreaks();
    Line line;
    line.offset = bytes_.FileOffset();
    line.into = bytes_.IntoMember();
    line.location = LocationOf(line.offset, line.into);
    line.position = bytes_.Position();
    line.member_start = bytes_.AtMemberStart();
    bytes_.ReadLine(line.text, line.too_long);
    pending_ = std::move(line);
    return true;
  }

  // The first line of the next record: the one a resynchronisation found,
  // else the next non-blank one. False at the end of the data.
  bool TakeRecordStart(Line& line) {
    if (!pending_ && (!bytes_.SkipLineEndings() || !NextLine())) return false;
    line = *std::move(pending_);
    pending_.reset();
    return true;
  }

  // Reads lines until one holds the start of a record, left in pending_ from
  // that start. `record_start(text)` says where in a line a record starts,
  // or npos: a record cut short can leave the next one's first line glued to
  // its last.
  template <typename RecordStart>
  void Resynchronise(const RecordStart& record_start) {
    while (NextLine()) {
      const size_t at =
          pending_->too_long ? std::string::npos : record_start(pending_->text);
      if (at == 0) return;
      if (at != std::string::npos) {
        Line& line = *pending_;
        line.text.erase(0, at);
        line.position += at;
        line.member_start = false;
        if (line.into > 0 || bytes_.AtMemberStart()) {
          line.into += at;
        } else {
          line.offset += at;
        }
        line.location = LocationOf(line.offset, line.into);
        return;
      }
      pending_.reset();
    }
  }

  // After a record found damaged once its block was taken: the block may hold
  // the records after it (a length that overshot), so a plain file is read
  // again from the line after the record's first; gzip data goes on from
  // where it is. Then on to the next record.
  template <typename RecordStart>
  void ResynchroniseAfter(const Line& start, const RecordStart& starts_record) {
    pending_.reset();
    if (bytes_.RewindTo(start.position)) {
      std::string first_line;
      bool too_long = false;
      bytes_.ReadLine(first_line, too_long);
    }
    Resynchronise(starts_record);
  }

  void Damage(const std::string& location, std::string_view reason) {
    on_damage_(absl::StrCat(location, ": ", std::string(reason)));
  }

  // Breaks met between records.
  void ReportBreaks() {
    for (const std::string& at : bytes_.TakeBreaks())
      on_damage_(absl::StrCat(path_, ": ", at));
  }

  // Breaks met inside a record: the record is damaged.
  bool RecordBroken(const std::string& location) {
    if (!bytes_.has_breaks()) return false;
    std::string reason;
    for (const std::string& at : bytes_.TakeBreaks())
      absl::StrAppend(&reason, reason.empty() ? "" : "; ", at);
    Damage(location, reason);
    return true;
  }

  // Takes the block; false (reported) when the data ends first, breaks, or,
  // for a record alone in its gzip member, when the next record's member
  // comes first; and when no line ending follows it (a record ends with one,
  // WARC's with two), which means its length, named `length_name` in the
  // message, was wrong.
  bool TakeBlock(const Line& start, uint64_t length,
                 std::string_view length_name, ArchiveRecord& record) {
    record.block_length = length;
    const uint64_t taken = bytes_.Take(length, max_block_bytes_, record.block,
                                       /*within_member=*/start.member_start);
    record.block_cut = length > record.block.size();
    if (RecordBroken(start.location)) return false;
    if (taken < length) {
      Damage(start.location, absl::StrCat("record cut short: ", taken, " of ",
                                          length, " bytes"));
      return false;
    }
    if (const int next = bytes_.Peek();
        next >= 0 && next != '\r' && next != '\n') {
      if (!RecordBroken(start.location))
        Damage(start.location,
               absl::StrCat("its ", std::string(length_name), " (", length,
                            ") does not end where the record ends"));
      return false;
    }
    return true;
  }

  // Header fields up to the blank line, names in lower case. Returns the
  // reason when they cannot be read; a line that starts the next record
  // (the header was cut short) is left in pending_.
  std::optional<std::string> ReadFields(
      std::vector<std::pair<std::string, std::string>>& fields) {
    std::string line;
    bool too_long = false;
    for (int lines = 0;; ++lines) {
      if (bytes_.Peek() < 0) return "the record's header is cut short";
      const uint64_t offset = bytes_.FileOffset();
      const uint64_t into = bytes_.IntoMember();
      const uint64_t position = bytes_.Position();
      const bool member_start = bytes_.AtMemberStart();
      bytes_.ReadLine(line, too_long);
      if (bytes_.has_breaks()) return "corrupt data in the record's header";
      if (too_long) return "a header line over 64 KB";
      if (line.empty()) return std::nullopt;
      if (line.starts_with("WARC/")) {
        pending_ =
            Line{line, LocationOf(offset, into), false, position, member_start};
        return "the record's header is cut short (the next record starts)";
      }
      // Folded lines count as lines: a header stays within kMaxHeaderFields
      // lines of kMaxLineBytes.
      if (lines == kMaxHeaderFields)
        return absl::StrCat("over ", kMaxHeaderFields, " header lines");
      if (line[0] == ' ' || line[0] == '\t') {
        // A folded line continues the field before it.
        if (!fields.empty() && fields.back().second.size() < kMaxLineBytes)
          absl::StrAppend(&fields.back().second, " ",
                          std::string(TrimmedView(line)));
        continue;
      }
      const size_t colon = line.find(':');
      if (colon == std::string::npos) continue;
      fields.emplace_back(
          AsciiLower(TrimmedView(std::string_view(line).substr(0, colon))),
          std::string(TrimmedView(std::string_view(line).substr(colon + 1))));
    }
  }

  void ReadWarc() {
    // "WARC/1.0", "WARC/0.17": anywhere in a line when resynchronising.
    auto starts_record = [](std::string_view text) {
      for (size_t at = text.find("WARC/"); at != std::string_view::npos;
           at = text.find("WARC/", at + 1)) {
        if (at + 5 < text.size() && text[at + 5] >= '0' && text[at + 5] <= '9')
          return at;
      }
      return std::string_view::npos;
    };
    for (Line start; TakeRecordStart(start);) {
      if (start.too_long || !start.text.starts_with("WARC/")) {
        Damage(start.location,
               absl::StrCat("not a WARC record header: ", Quoted(start.text)));
        Resynchronise(starts_record);
        continue;
      }
      std::vector<std::pair<std::string, std::string>> fields;
      if (std::optional<std::string> bad = ReadFields(fields)) {
        if (!RecordBroken(start.location)) Damage(start.location, *bad);
        if (!pending_) Resynchronise(starts_record);
        continue;
      }
      ArchiveRecord record;
      record.location = start.location;
      std::optional<uint64_t> length;
      for (const auto& [name, value] : fields) {
        if (name == "warc-type") record.type = AsciiLower(value);
        if (name == "warc-target-uri")
          record.target_uri = CleanTargetUri(value);
        if (name == "warc-date") record.date = DateTime::FromIso8601(value);
        if (name == "content-type") record.content_type = value;
        if (name == "content-length") length = ReadLength(value);
      }
      if (!length) {
        Damage(start.location, "no valid Content-Length");
        Resynchronise(starts_record);
        continue;
      }
      if (!TakeBlock(start, *length, "Content-Length", record)) {
        ResynchroniseAfter(start, starts_record);
        continue;
      }
      if (!on_record_(std::move(record))) return;
    }
  }

  void ReadArc() {
    int version = 0;  // until the version block says
    auto starts_record = [&](std::string_view text) {
      return ParseArcHeader(text, version).has_value() ? 0
                                                       : std::string_view::npos;
    };
    for (Line start; TakeRecordStart(start);) {
      std::optional<ArcHeader> header;
      if (!start.too_long) header = ParseArcHeader(start.text, version);
      if (!header) {
        Damage(start.location,
               absl::StrCat("not an ARC record header: ", Quoted(start.text)));
        Resynchronise(starts_record);
        continue;
      }
      ArchiveRecord record;
      record.location = start.location;
      if (!TakeBlock(start, header->length, "length", record)) {
        ResynchroniseAfter(start, starts_record);
        continue;
      }
      if (header->url.starts_with("filedesc:")) {
        // The version block: "1 0 <name>\n<field names>\n".
        record.type = "warcinfo";
        version = record.block.starts_with("2 ") ? 2 : 1;
      } else {
        record.type = "response";
      }
      record.target_uri = CleanTargetUri(header->url);
      record.date = ReadArcDate(header->date);
      record.content_type = header->content_type;
      if (!on_record_(std::move(record))) return;
    }
  }

  const std::string& path_;
  ArchiveBytes& bytes_;
  const size_t max_block_bytes_;
  const std::function<bool(ArchiveRecord&&)>& on_record_;
  const std::function<void(std::string)>& on_damage_;
  std::optional<Line> pending_;
};

}  // namespace

bool IsWebArchivePath(std::string_view path) {
  const std::string lower = AsciiLower(path);
  for (std::string_view end : {".warc", ".warc.gz", ".arc", ".arc.gz"})
    if (std::string_view(lower).ends_with(end)) return true;
  return false;
}

bool LooksLikeWebArchive(const std::string& path) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return false;
  ArchiveBytes bytes(fd);
  if (!bytes.Start() || !bytes.SkipLineEndings()) return false;
  // The first bytes say it; a long first line (a minified page, a gzip bomb)
  // is never read further.
  std::string start;
  bytes.Take(11, 11, start);
  return start.starts_with("WARC/") || start.starts_with("filedesc://");
}

absl::Status ReadWebArchive(
    const std::string& path, size_t max_block_bytes,
    const std::function<bool(ArchiveRecord&&)>& on_record,
    const std::function<void(std::string damage)>& on_damage) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const std::string message = absl::StrCat(path, ": ", std::strerror(errno));
    if (errno == ENOENT) return absl::NotFoundError(message);
    if (errno == EACCES) return absl::PermissionDeniedError(message);
    return absl::UnavailableError(message);
  }
  ArchiveBytes bytes(fd);
  if (!bytes.Start())
    return absl::InternalError(absl::StrCat(path, ": cannot start zlib"));
  return RecordReader(path, bytes, max_block_bytes, on_record, on_damage)
      .Read();
}

}  // namespace newsq::internal
