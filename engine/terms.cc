#include "engine/terms.h"

#include "engine/ids.h"

namespace newsq::internal {

std::string FilterTerm(std::string_view prefix, std::string_view key) {
  std::string term(prefix);
  if (prefix.size() + key.size() <= kMaxTermBytes) return term.append(key);
  const std::string hash = "#" + Hex64(StableHash(key));
  size_t keep = kMaxTermBytes - prefix.size() - hash.size();
  // Back up to the first byte of a UTF-8 character.
  while (keep > 0 && (static_cast<unsigned char>(key[keep]) & 0xC0) == 0x80)
    --keep;
  return term.append(key.substr(0, keep)).append(hash);
}

}  // namespace newsq::internal
