#include "query/canonical_names.h"

#include "engine/text_folding.h"

namespace newsq::internal {

uint32_t CanonicalNames::Intern(const std::string& name, int64_t occurrences) {
  auto [it, inserted] = spelling_index_.try_emplace(
      name, static_cast<uint32_t>(spellings_.size()));
  if (inserted) {
    // Folding is the costly part: once per spelling, not per occurrence.
    auto [entity, is_new] = entity_of_key_.try_emplace(
        FilterKey(name), static_cast<uint32_t>(entity_of_key_.size() + 1));
    spellings_.push_back({name, entity->second, 0});
  }
  Spelling& spelling = spellings_[it->second];
  spelling.occurrences += occurrences;
  return spelling.entity;
}

std::vector<std::string> CanonicalNames::DisplayNames() const {
  std::vector<std::string> names(entity_of_key_.size());
  std::vector<int64_t> best(entity_of_key_.size(), -1);
  for (const Spelling& s : spellings_) {
    const int64_t most = best[s.entity - 1];
    if (s.occurrences > most ||
        (s.occurrences == most && s.text < names[s.entity - 1])) {
      best[s.entity - 1] = s.occurrences;
      names[s.entity - 1] = s.text;
    }
  }
  return names;
}

}  // namespace newsq::internal
