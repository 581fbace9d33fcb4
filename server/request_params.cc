#include "server/request_params.h"

#include <initializer_list>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"

namespace newsq::server {
namespace {

// No filter value is anywhere near this long (an outlet's name, a day); the
// query itself has its own bound, kMaxQueryBytes.
constexpr size_t kMaxValueBytes = 1024;
// Repeated filters (outlet=a&outlet=b): more than a person picks.
constexpr size_t kMaxValues = 32;

// Reads parameters by name, keeping the first mistake, so that each reader
// below is a list of fields; Finish() then refuses any name nobody read (a
// misspelt parameter would otherwise be ignored without a word).
class ParamReader {
 public:
  explicit ParamReader(const Params& params) : params_(params) {}

  void Text(const std::string& name, std::string& out,
            size_t max_bytes = kMaxValueBytes) {
    const std::vector<std::string> values = Values(name);
    if (values.empty()) return;
    if (values.size() > 1) return Fail(name, "is given more than once");
    if (values[0].size() > max_bytes)
      return Fail(name, absl::StrCat("is longer than ", max_bytes, " bytes"));
    out = values[0];
  }

  void List(const std::string& name, std::vector<std::string>& out) {
    std::vector<std::string> values = Values(name);
    if (values.size() > kMaxValues)
      return Fail(name,
                  absl::StrCat("is given more than ", kMaxValues, " times"));
    for (std::string& value : values) {
      if (value.size() > kMaxValueBytes)
        return Fail(name,
                    absl::StrCat("is longer than ", kMaxValueBytes, " bytes"));
      if (!value.empty()) out.push_back(std::move(value));
    }
  }

  void Int(const std::string& name, int min, int max, int& out) {
    std::string text;
    Text(name, text);
    if (text.empty()) return;
    int value = 0;
    if (!absl::SimpleAtoi(text, &value) || value < min || value > max)
      return Fail(name, absl::StrCat("takes a whole number from ", min, " to ",
                                     max, ", not \"", text, "\""));
    out = value;
  }

  void Double(const std::string& name, double min, double max, double& out) {
    std::string text;
    Text(name, text);
    if (text.empty()) return;
    double value = 0;
    if (!absl::SimpleAtod(text, &value) || !(value >= min && value <= max))
      return Fail(name, absl::StrCat("takes a number from ", min, " to ", max,
                                     ", not \"", text, "\""));
    out = value;
  }

  // true, 1, yes, on (what an HTML check box sends) or false, 0, no, off.
  void Bool(const std::string& name, bool& out) {
    std::string text;
    Text(name, text);
    if (text.empty()) return;
    if (text == "true" || text == "1" || text == "yes" || text == "on") {
      out = true;
    } else if (text == "false" || text == "0" || text == "no" ||
               text == "off") {
      out = false;
    } else {
      Fail(name, absl::StrCat("takes true or false, not \"", text, "\""));
    }
  }

  void Choice(const std::string& name,
              std::initializer_list<std::string_view> choices,
              std::string& out) {
    std::string text;
    Text(name, text);
    if (text.empty()) return;
    for (std::string_view choice : choices) {
      if (text == choice) {
        out = text;
        return;
      }
    }
    std::vector<std::string> names(choices.begin(), choices.end());
    Fail(name, absl::StrCat("takes ", absl::StrJoin(names, " or "), ", not \"",
                            text, "\""));
  }

  absl::Status Finish() {
    if (!error_.ok()) return error_;
    std::vector<std::string> unknown;
    for (const auto& [name, value] : params_) {
      if (!read_.count(name) && (unknown.empty() || unknown.back() != name))
        unknown.push_back(name);
    }
    if (unknown.empty()) return absl::OkStatus();
    const std::string takes =
        read_.empty() ? "no parameters"
                      : absl::StrJoin(read_.begin(), read_.end(), ", ");
    return absl::InvalidArgumentError(
        absl::StrCat("unknown parameter \"", unknown.front(),
                     "\"; this request takes ", takes));
  }

 private:
  std::vector<std::string> Values(const std::string& name) {
    read_.insert(name);
    std::vector<std::string> values;
    auto [first, last] = params_.equal_range(name);
    for (auto it = first; it != last; ++it) values.push_back(it->second);
    return values;
  }

  void Fail(const std::string& name, const std::string& why) {
    if (error_.ok())
      error_ = absl::InvalidArgumentError(absl::StrCat(name, " ", why));
  }

  const Params& params_;
  std::set<std::string> read_;
  absl::Status error_;
};

void ReadPeriod(ParamReader& reader, std::string& since, std::string& until) {
  reader.Text("since", since);
  reader.Text("until", until);
}

}  // namespace

absl::StatusOr<SearchRequest> SearchRequestFromParams(const Params& params,
                                                      bool allow_query) {
  ParamReader reader(params);
  SearchRequest r;
  if (allow_query) reader.Text("q", r.query, kMaxQueryBytes);
  reader.Int("limit", 0, kMaxLimit, r.limit);
  reader.Int("offset", 0, kMaxOffset, r.offset);
  reader.List("outlet", r.outlets);
  reader.List("entity", r.entities);
  reader.List("author", r.authors);
  reader.List("lang", r.languages);
  reader.List("section", r.sections);
  reader.Text("story", r.story_id);
  ReadPeriod(reader, r.since, r.until);
  std::string sort;
  reader.Choice("sort", {"relevance", "date"}, sort);
  if (sort == "date") r.sort = SortOrder::kDate;
  reader.Double("half_life", 0, 36500, r.recency_half_life_days);
  std::string lead;
  reader.Choice("lead", {"best", "earliest"}, lead);
  if (lead == "earliest") r.lead = LeadChoice::kEarliest;
  reader.Int("per_story", 0, kMaxPerStory, r.per_story);
  reader.Bool("collapse", r.collapse);
  std::vector<std::string> facet_lists;
  reader.List("facets", facet_lists);
  for (const std::string& list : facet_lists) {
    for (absl::string_view facet : absl::StrSplit(list, ',', absl::SkipEmpty()))
      r.facets.emplace_back(facet);
  }
  std::string facet_mode;
  reader.Choice("facet_mode", {"exact", "sampled"}, facet_mode);
  if (facet_mode == "sampled") r.facet_mode = FacetMode::kSampled;
  reader.Int("facet_limit", 0, kMaxFacetLimit, r.facet_limit);
  reader.Bool("explain", r.explain);
  reader.Bool("typos", r.typo_tolerance);
  absl::Status status = reader.Finish();
  if (!status.ok()) return status;
  return r;
}

absl::StatusOr<StoriesRequest> StoriesRequestFromParams(const Params& params) {
  ParamReader reader(params);
  StoriesRequest r;
  ReadPeriod(reader, r.since, r.until);
  reader.Int("limit", 0, kMaxLimit, r.limit);
  absl::Status status = reader.Finish();
  if (!status.ok()) return status;
  return r;
}

absl::StatusOr<SearchRequest> EntitiesRequestFromParams(const Params& params) {
  ParamReader reader(params);
  SearchRequest r;
  r.facet_limit = 20;
  reader.Text("q", r.query, kMaxQueryBytes);
  ReadPeriod(reader, r.since, r.until);
  reader.Int("limit", 0, kMaxFacetLimit, r.facet_limit);
  absl::Status status = reader.Finish();
  if (!status.ok()) return status;
  return r;
}

absl::Status NoParams(const Params& params) {
  return ParamReader(params).Finish();
}

}  // namespace newsq::server
