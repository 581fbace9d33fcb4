// Internal: one name for every spelling of an entity across an index.
#ifndef NEWSQ_QUERY_CANONICAL_NAMES_H_
#define NEWSQ_QUERY_CANONICAL_NAMES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"

namespace newsq::internal {

// Interns entity names so that spellings with the same filter key ("Élysée",
// "Elysée", "ELYSÉE") share one id, shown as the spelling met most often (the
// issue's canonical form: the most frequent full form). Not thread-safe.
class CanonicalNames {
 public:
  // The id (from 1) of `name`'s entity, counting `occurrences` more of it.
  uint32_t Intern(const std::string& name, int64_t occurrences = 1) {
    return EntityOfSpelling(InternSpelling(name, occurrences));
  }
  // The id (from 0) of the spelling `name`, counting `occurrences` more of it.
  uint32_t InternSpelling(const std::string& name, int64_t occurrences = 1);
  // The number of spellings, and spelling `spelling`'s text and entity id.
  size_t spellings() const { return spellings_.size(); }
  const std::string& SpellingText(uint32_t spelling) const {
    return spellings_[spelling].text;
  }
  uint32_t EntityOfSpelling(uint32_t spelling) const {
    return spellings_[spelling].entity;
  }
  // The number of entities.
  size_t size() const { return entity_of_key_.size(); }
  // Display names by id - 1: each entity's most frequent spelling (ties: the
  // smallest in byte order, so that the order names are met in does not
  // matter).
  std::vector<std::string> DisplayNames() const;
  // The same rule over other counts: `occurrences[s]` for spelling s; an
  // entity none of whose spellings occurs gets "".
  std::vector<std::string> DisplayNames(
      const std::vector<int64_t>& occurrences) const;

 private:
  struct Spelling {
    std::string text;
    uint32_t entity = 0;
    int64_t occurrences = 0;
  };
  absl::flat_hash_map<std::string, uint32_t> spelling_index_;
  absl::flat_hash_map<std::string, uint32_t> entity_of_key_;
  std::vector<Spelling> spellings_;
};

}  // namespace newsq::internal

#endif  // NEWSQ_QUERY_CANONICAL_NAMES_H_
