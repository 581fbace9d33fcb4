#include "query/facet_counter.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>

#include "absl/strings/str_cat.h"
#include "engine/schema.h"

namespace newsq::internal {

uint32_t FacetCounter::Dictionary::Intern(std::string name) {
  auto [it, inserted] =
      ids.try_emplace(name, static_cast<uint32_t>(names.size() + 1));
  if (inserted) names.push_back(std::move(name));
  return it->second;
}

absl::StatusOr<std::unique_ptr<FacetCounter>> FacetCounter::Create(
    const std::vector<std::string>& facets,
    std::shared_ptr<const FacetColumns> columns) {
  // Columns without their entities cannot count them: values are then read
  // from each match instead.
  if (columns && !columns->entities && CountsEntities(facets))
    columns = nullptr;
  std::unique_ptr<FacetCounter> counter(new FacetCounter(std::move(columns)));
  for (const std::string& name : facets) {
    if (std::any_of(counter->facets_.begin(), counter->facets_.end(),
                    [&](const Facet& f) { return f.name == name; }))
      continue;
    Facet facet;
    facet.name = name;
    if (name == kOutletFacet) {
      facet.field = Field::kOutlet;
    } else if (name == kDayFacet) {
      facet.field = Field::kDay;
    } else if (name == kEntityFacet) {
      facet.field = Field::kEntity;
    } else {
      return absl::InvalidArgumentError(absl::StrCat(
          "unknown facet \"", name, "\": facets are outlet, entity and day"));
    }
    counter->facets_.push_back(std::move(facet));
  }
  return counter;
}

void FacetCounter::CountStory(uint32_t story, uint32_t articles) {
  if (story >= story_articles_.size()) story_articles_.resize(story + 1, 0);
  if (story_articles_[story] == 0) ++stories_seen_;
  story_articles_[story] += articles;
}

void FacetCounter::CountValue(Facet& facet, uint32_t value, uint32_t story,
                              uint32_t articles) {
  if (value == 0) return;
  if (value >= facet.counts.size()) facet.counts.resize(value + 1);
  facet.counts[value].articles += articles;
  facet.value_stories.insert(uint64_t{value} << 32 | story);
}

void FacetCounter::operator()(const Xapian::Document& doc, double) {
  CountArticle(FacetColumns::GlobalDocid(doc.get_docid(), shard_, shards_));
}

void FacetCounter::CountFacetKeys(const Xapian::ValueCountMatchSpy& keys) {
  for (auto it = keys.values_begin(); it != keys.values_end(); ++it) {
    const std::string key = *it;
    const schema::FacetKeyFields fields = schema::ParseFacetKey(key);
    const uint32_t articles = it.get_termfreq();
    articles_seen_ += articles;
    const uint32_t story = own_stories_.Intern(std::string(fields.story));
    CountStory(story, articles);
    for (Facet& facet : facets_) {
      switch (facet.field) {
        case Field::kOutlet:
        case Field::kDay: {
          const std::string_view value =
              facet.field == Field::kOutlet ? fields.outlet : fields.day;
          if (!value.empty()) {
            CountValue(facet, facet.own.Intern(std::string(value)), story,
                       articles);
          }
          break;
        }
        case Field::kEntity: {
          // Two spellings of one entity in an article count once.
          std::vector<uint32_t> seen;
          schema::ForEachListed(fields.entities, [&](std::string_view name) {
            const uint32_t id =
                facet.own_entities.Intern(std::string(name), articles);
            if (std::find(seen.begin(), seen.end(), id) != seen.end()) return;
            seen.push_back(id);
            CountValue(facet, id, story, articles);
          });
          break;
        }
      }
    }
  }
}

void FacetCounter::Finish() {
  if (columns_) {
    FinishFromColumns();
    return;
  }
  for (Facet& facet : facets_) {
    if (facet.field == Field::kEntity)
      facet.own.names = facet.own_entities.DisplayNames();
    for (uint64_t pair : facet.value_stories)
      ++facet.counts[pair >> 32].stories;
  }
}

void FacetCounter::FinishFromColumns() {
  const FacetColumns& c = *columns_;
  // Facets count a value's stories by meeting matches story by story; totals
  // alone need no order.
  if (!facets_.empty()) std::sort(matches_.begin(), matches_.end());
  story_articles_.assign(c.story.names.size() + 1, 0);
  for (Facet& facet : facets_) {
    const size_t values = facet.field == Field::kOutlet ? c.outlet.names.size()
                          : facet.field == Field::kDay
                              ? c.day.names.size()
                              : c.entities->names.size();
    facet.counts.assign(values + 1, Facet::Count{});
    if (facet.field == Field::kEntity)
      facet.spelling_matches.assign(c.entities->spellings.spellings(), 0);
  }
  // Matches come story by story, so a value meets a story for the first time
  // when the last story it counted differs.
  auto count = [](Facet& facet, uint32_t value, uint32_t story) {
    if (value == 0) return;
    Facet::Count& c = facet.counts[value];
    ++c.articles;
    if (c.last_story != story) {
      c.last_story = story;
      ++c.stories;
    }
  };
  for (uint64_t match : matches_) {
    const auto story = static_cast<uint32_t>(match >> 32);
    const auto id = static_cast<Xapian::docid>(match & UINT32_MAX);
    if (story_articles_[story]++ == 0) ++stories_seen_;
    for (size_t f = 0; f < facets_.size(); ++f) {
      Facet& facet = facets_[f];
      switch (facet.field) {
        case Field::kOutlet:
          count(facet, c.outlet.of_doc[id], story);
          break;
        case Field::kDay:
          count(facet, c.day.of_doc[id], story);
          break;
        case Field::kEntity:
          for (uint32_t i = c.entities->begin[id];
               i < c.entities->begin[id + 1]; ++i) {
            count(facet, c.entities->ids[i], story);
          }
          for (uint32_t i = c.entities->mention_begin[id];
               i < c.entities->mention_begin[id + 1]; ++i) {
            ++facet.spelling_matches[c.entities->mentions[i]];
          }
          break;
      }
    }
  }
  // Each entity shown as its most frequent spelling among the matches.
  for (Facet& facet : facets_) {
    if (facet.field == Field::kEntity) {
      facet.own.names =
          c.entities->spellings.DisplayNames(facet.spelling_matches);
    }
  }
}

int64_t FacetCounter::ArticlesOfStoryOf(Xapian::docid docid,
                                        const Xapian::Document& member) const {
  uint32_t id = 0;
  if (columns_) {
    id = columns_->story.of_doc[docid];
  } else if (auto it =
                 own_stories_.ids.find(member.get_value(schema::kStorySlot));
             it != own_stories_.ids.end()) {
    id = it->second;
  }
  return id < story_articles_.size() ? story_articles_[id] : 0;
}

const std::string& FacetCounter::NameOf(const Facet& facet,
                                        uint32_t value) const {
  if (!columns_) return facet.own.names[value - 1];
  switch (facet.field) {
    case Field::kOutlet:
      return columns_->outlet.Name(value);
    case Field::kDay:
      return columns_->day.Name(value);
    case Field::kEntity:
      break;
  }
  return facet.own.names[value - 1];
}

std::map<std::string, std::vector<FacetValue>> FacetCounter::Facets(
    int limit, double scale) const {
  std::map<std::string, std::vector<FacetValue>> out;
  for (const Facet& facet : facets_) {
    std::vector<FacetValue> values;
    for (uint32_t id = 1; id < facet.counts.size(); ++id) {
      if (facet.counts[id].articles == 0) continue;
      FacetValue v;
      const std::string& name = NameOf(facet, id);
      // Days are stored as YYYYMMDD, shown as ISO dates.
      v.value = facet.field == Field::kDay && name.size() == 8
                    ? absl::StrCat(name.substr(0, 4), "-", name.substr(4, 2),
                                   "-", name.substr(6, 2))
                    : name;
      v.articles =
          std::llround(static_cast<double>(facet.counts[id].articles) * scale);
      v.stories =
          std::llround(static_cast<double>(facet.counts[id].stories) * scale);
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
