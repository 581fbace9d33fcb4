#include "engine/ids.h"

#include <cstdio>

namespace newsq::internal {

uint64_t StableHash(std::string_view bytes) {
  uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::string Hex64(uint64_t value) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx",
                static_cast<unsigned long long>(value));
  return buf;
}

std::string ArticleIdFor(std::string_view identity) {
  return Hex64(StableHash(identity));
}

std::string StoryIdForKey(std::string_view story_key) {
  return Hex64(StableHash(std::string("story-key:").append(story_key)));
}

}  // namespace newsq::internal
