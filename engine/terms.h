// Internal: boolean filter terms that Xapian always accepts.
#ifndef NEWSQ_ENGINE_TERMS_H_
#define NEWSQ_ENGINE_TERMS_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace newsq::internal {

// Xapian's glass backend refuses a term over 245 bytes ("Term too long"), and
// only at the commit that would write it: one outlet name, section or entity
// that long would lose the whole batch, at every run.
inline constexpr size_t kMaxTermBytes = 245;

// The filter term `prefix` + `key` (a schema prefix and a filter key). A term
// that would pass kMaxTermBytes keeps the key's first bytes, cut between two
// UTF-8 characters, then "#" and the 16 hex digits of the whole key's
// StableHash, so that two long keys stay two terms. Indexing and queries both
// spell filter terms with it, so a long value typed in a filter finds what was
// indexed.
std::string FilterTerm(std::string_view prefix, std::string_view key);

}  // namespace newsq::internal

#endif  // NEWSQ_ENGINE_TERMS_H_
