#include "extract/json_lines.h"

#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <nlohmann/json.hpp>

#include "absl/strings/str_cat.h"
#include "engine/ascii.h"
#include "entities/entities.h"
#include "extract/outlet_name.h"
#include "newsq/extract.h"

namespace newsq::internal {
namespace {

using Json = nlohmann::json;

// The string at `key`, else at `fallback`; "" when neither is there.
// kInvalidArgument when the value is neither a string nor null.
absl::StatusOr<std::string> StringField(const Json& object, const char* key,
                                        const char* fallback = nullptr) {
  for (const char* name : {key, fallback}) {
    if (name == nullptr) continue;
    const auto it = object.find(name);
    if (it == object.end() || it->is_null()) continue;
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number_integer()) return std::to_string(it->get<int64_t>());
    return absl::InvalidArgumentError(
        absl::StrCat("\"", name, "\" is not a string"));
  }
  return std::string();
}

// ISO 8601, or a compact day "20250211" as make_docs.py writes.
std::optional<DateTime> ReadDate(std::string_view text) {
  if (text.size() == 8 && IsAsciiDigits(text)) {
    return DateTime::FromDay(std::stoi(std::string(text.substr(0, 4))),
                             std::stoi(std::string(text.substr(4, 2))),
                             std::stoi(std::string(text.substr(6, 2))));
  }
  return DateTime::FromIso8601(text);
}

std::string_view Trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == '\n' || text.front() == ' ' ||
                           text.front() == '\r' || text.front() == '\t'))
    text.remove_prefix(1);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ' ||
                           text.back() == '\r' || text.back() == '\t'))
    text.remove_suffix(1);
  return text;
}

// Reads lines from a gzip or plain stream, each held up to kMaxPageBytes (an
// article's line is a few kilobytes; a longer one is read through, not held).
class LineReader {
 public:
  explicit LineReader(gzFile file) : file_(file) {}
  // False at the end of the stream. `too_long`: the line went past the limit
  // and `line` holds its start only.
  bool Next(std::string& line, bool& too_long) {
    line.clear();
    too_long = false;
    char buffer[64 << 10];
    bool read_any = false;
    while (gzgets(file_, buffer, sizeof buffer) != nullptr) {
      read_any = true;
      const std::string_view chunk(buffer);
      const bool ends = chunk.ends_with('\n');
      if (line.size() + chunk.size() > kMaxPageBytes) {
        too_long = true;
      } else {
        line += chunk;
      }
      if (ends) {
        if (!line.empty() && line.back() == '\n') line.pop_back();
        if (!line.empty() && line.back() == '\r') line.pop_back();
        return true;
      }
    }
    return read_any;
  }

 private:
  gzFile file_;
};

}  // namespace

bool IsJsonLinesPath(std::string_view path) {
  if (path == "-") return true;
  const std::string lower = AsciiLower(path);
  for (std::string_view end : {".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"})
    if (std::string_view(lower).ends_with(end)) return true;
  return false;
}

absl::StatusOr<ArticleLine> ArticleFromJsonLine(std::string_view line) {
  const Json object = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (object.is_discarded())
    return absl::InvalidArgumentError("not a JSON object (bad JSON)");
  if (!object.is_object())
    return absl::InvalidArgumentError("not a JSON object");
  ArticleLine result;
  Article& a = result.article;
  // Every field read the same way; the first error names its field.
  absl::Status status;
  auto read = [&](std::string& into, const char* key,
                  const char* fallback = nullptr) {
    if (!status.ok()) return;
    absl::StatusOr<std::string> value = StringField(object, key, fallback);
    if (value.ok()) {
      into = *std::move(value);
    } else {
      status = value.status();
    }
  };
  std::string id, published, modified;
  read(a.url, "url", "link");
  read(id, "id");
  read(a.canonical_url, "canonical_url");
  read(a.title, "title");
  read(a.text, "text", "body");
  // Datasets of news name the body "article" (OrangeSum, CNN/Daily Mail) or
  // "content" (many crawlers' exports).
  if (a.text.empty()) read(a.text, "article", "content");
  read(published, "published", "date");
  read(modified, "modified");
  read(a.outlet, "outlet", "source");
  read(a.author, "author");
  read(a.language, "language");
  read(a.section, "section");
  read(a.description, "description", "summary");
  read(result.story_key, "story");
  if (!status.ok()) return status;
  if (const auto tags = object.find("tags");
      tags != object.end() && !tags->is_null()) {
    if (!tags->is_array())
      return absl::InvalidArgumentError("\"tags\" is not an array");
    for (const Json& tag : *tags) {
      if (!tag.is_string())
        return absl::InvalidArgumentError("\"tags\" holds a non-string");
      a.tags.push_back(tag.get<std::string>());
    }
  }
  a.title = std::string(Trimmed(a.title));
  a.text = std::string(Trimmed(a.text));
  // "lemonde.fr" or "Le Monde.fr" as a source is Le Monde, as on its pages;
  // a line without an outlet keeps none.
  if (!a.outlet.empty()) a.outlet = OutletName(a.outlet, a.Identity()).name;
  if (a.title.empty() && a.text.empty())
    return absl::InvalidArgumentError("no \"title\" or \"text\"");
  if (a.url.empty()) {
    if (id.empty())
      return absl::InvalidArgumentError("no \"url\" or \"id\" to name it by");
    a.url = "id:" + id;
  }
  if (!published.empty()) {
    a.published = ReadDate(published);
    if (!a.published)
      return absl::InvalidArgumentError(
          absl::StrCat("\"published\" is not a date: ", published));
  }
  if (!modified.empty()) {
    a.modified = DateTime::FromIso8601(modified);
    if (!a.modified)
      return absl::InvalidArgumentError(
          absl::StrCat("\"modified\" is not a date: ", modified));
  }
  a.entities = FindEntities(a.title, a.text);
  return result;
}

absl::Status ReadJsonLineTexts(
    const std::string& path,
    const std::function<void(std::string line, std::string location)>& on_line,
    const std::function<void(std::string failure)>& on_failure) {
  // gzdopen/gzopen read plain files as they are: one code path for both.
  gzFile file = path == "-" ? gzdopen(dup(STDIN_FILENO), "rb")
                            : gzopen(path.c_str(), "rb");
  if (file == nullptr) {
    return absl::NotFoundError(absl::StrCat(
        path, ": ", errno != 0 ? std::strerror(errno) : "cannot open"));
  }
  gzbuffer(file, 256 << 10);
  const std::string name = path == "-" ? "standard input" : path;
  LineReader reader(file);
  std::string line;
  bool too_long = false;
  for (int64_t number = 1; reader.Next(line, too_long); ++number) {
    if (too_long) {
      on_failure(absl::StrCat(name, ":", number, ": line over ",
                              kMaxPageBytes >> 20, " MB"));
      continue;
    }
    if (Trimmed(line).empty()) continue;
    on_line(std::move(line), absl::StrCat(name, ":", number));
    line.clear();
  }
  int error = Z_OK;
  const char* message = gzerror(file, &error);
  const bool failed = error != Z_OK && error != Z_STREAM_END;
  const std::string why = failed ? message : "";
  gzclose(file);
  if (failed) {
    return absl::DataLossError(
        absl::StrCat(name, ": cannot read it to the end: ", why));
  }
  return absl::OkStatus();
}

absl::Status ReadJsonLines(
    const std::string& path,
    const std::function<void(ArticleLine&&)>& on_article,
    const std::function<void(std::string failure)>& on_failure) {
  return ReadJsonLineTexts(
      path,
      [&](std::string line, std::string location) {
        absl::StatusOr<ArticleLine> article = ArticleFromJsonLine(line);
        if (article.ok()) {
          on_article(*std::move(article));
        } else {
          on_failure(absl::StrCat(location, ": ", article.status().message()));
        }
      },
      on_failure);
}

}  // namespace newsq::internal
