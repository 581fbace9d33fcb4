#include "query/canonical_names.h"

#include "engine/text_folding.h"

namespace newsq::internal {

uint32_t CanonicalNames::InternSpelling(const std::string& name,
                                        int64_t occurrences) {
  auto [it, inserted] = spelling_index_.try_emplace(
      name, static_cast<uint32_t>(spellings_.size()));
  if (inserted) {
    // Folding is the costly part: once per spelling, not per occurrence.
    auto [entity, is_new] = entity_of_key_.try_emplace(
        FilterKey(name), static_cast<uint32_t>(entity_of_key_.size() + 1));
    spellings_.push_back({name, entity->second, 0});
  }
  spellings_[it->second].occurrences += occurrences;
  return it->second;
}

std::vector<std::string> CanonicalNames::DisplayNames() const {
  std::vector<int64_t> occurrences;
  for (const Spelling& s : spellings_) occurrences.push_back(s.occurrences);
  return DisplayNames(occurrences);
}

std::vector<std::string> CanonicalNames::DisplayNames(
    const std::vector<int64_t>& occurrences) const {
  std::vector<std::string> names(entity_of_key_.size());
  std::vector<int64_t> best(entity_of_key_.size(), 0);
  for (size_t i = 0; i < spellings_.size(); ++i) {
    const Spelling& s = spellings_[i];
    const int64_t most = best[s.entity - 1];
    if (occurrences[i] > most ||
        (occurrences[i] > 0 && occurrences[i] == most &&
         s.text < names[s.entity - 1])) {
      best[s.entity - 1] = occurrences[i];
      names[s.entity - 1] = s.text;
    }
  }
  return names;
}

}  // namespace newsq::internal
