#include "query/facet_counter.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "engine/schema.h"

namespace newsq::internal {

absl::StatusOr<std::unique_ptr<FacetCounter>> FacetCounter::Create(
    const std::vector<std::string>& facets) {
  std::unique_ptr<FacetCounter> counter(new FacetCounter());
  for (const std::string& name : facets) {
    if (std::any_of(counter->facets_.begin(), counter->facets_.end(),
                    [&](const Facet& f) { return f.name == name; }))
      continue;
    if (name == "outlet") {
      counter->facets_.push_back({name, schema::kOutletSlot, false, {}});
    } else if (name == "day") {
      counter->facets_.push_back({name, schema::kDaySlot, false, {}});
    } else if (name == "entity") {
      counter->facets_.push_back({name, schema::kEntitiesSlot, true, {}});
    } else {
      return absl::InvalidArgumentError(absl::StrCat(
          "unknown facet \"", name, "\": facets are outlet, entity and day"));
    }
  }
  return counter;
}

void FacetCounter::operator()(const Xapian::Document& doc, double) {
  ++articles_seen_;
  auto [it, inserted] =
      story_numbers_.try_emplace(doc.get_value(schema::kStorySlot),
                                 static_cast<uint32_t>(story_numbers_.size()));
  if (inserted) story_articles_.push_back(0);
  const uint32_t story = it->second;
  ++story_articles_[story];
  for (Facet& facet : facets_) {
    std::string value = doc.get_value(facet.slot);
    if (value.empty()) continue;
    if (!facet.multi_valued) {
      Count(facet, std::move(value), story);
      continue;
    }
    size_t start = 0;
    while (start < value.size()) {
      size_t end = value.find(schema::kListSeparator, start);
      if (end == std::string::npos) end = value.size();
      if (end > start) Count(facet, value.substr(start, end - start), story);
      start = end + 1;
    }
  }
}

void FacetCounter::Count(Facet& facet, std::string value, uint32_t story) {
  Facet::Count& count = facet.counts[std::move(value)];
  ++count.articles;
  count.stories.insert(story);
}

int64_t FacetCounter::ArticlesOfStory(const std::string& story_id) const {
  auto it = story_numbers_.find(story_id);
  return it == story_numbers_.end() ? 0 : story_articles_[it->second];
}

std::map<std::string, std::vector<FacetValue>> FacetCounter::Facets(
    int limit, double scale) const {
  std::map<std::string, std::vector<FacetValue>> out;
  for (const Facet& facet : facets_) {
    std::vector<FacetValue> values;
    values.reserve(facet.counts.size());
    for (const auto& [value, count] : facet.counts) {
      FacetValue v;
      // Days are stored as YYYYMMDD, shown as ISO dates.
      v.value = facet.slot == schema::kDaySlot && value.size() == 8
                    ? absl::StrCat(value.substr(0, 4), "-", value.substr(4, 2),
                                   "-", value.substr(6, 2))
                    : value;
      v.articles = std::llround(count.articles * scale);
      v.stories = std::llround(count.stories.size() * scale);
      values.push_back(std::move(v));
    }
    const size_t keep =
        std::min(values.size(), static_cast<size_t>(std::max(limit, 0)));
    std::partial_sort(values.begin(), values.begin() + keep, values.end(),
                      [](const FacetValue& a, const FacetValue& b) {
                        return a.articles != b.articles
                                   ? a.articles > b.articles
                                   : a.value < b.value;
                      });
    values.resize(keep);
    out[facet.name] = std::move(values);
  }
  return out;
}

}  // namespace newsq::internal
