// Internal: ids that stay the same across runs, machines and versions.
#ifndef NEWSQ_ENGINE_IDS_H_
#define NEWSQ_ENGINE_IDS_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace newsq::internal {

// 64-bit FNV-1a. Chosen over absl::Hash because ids are stored on disk and must
// never change with the library version or the process.
uint64_t StableHash(std::string_view bytes);

// 16 lowercase hex digits of StableHash(identity): an article's id.
std::string ArticleIdFor(std::string_view identity);

// The story id of articles labelled `story_key` by an outside source
// (IndexWriter::AddToStory, a JSON line's "story"): hashed apart from article
// ids, so that a label never names an article.
std::string StoryIdForKey(std::string_view story_key);

// 16 lowercase hex digits of a 64-bit value.
std::string Hex64(uint64_t value);

}  // namespace newsq::internal

#endif  // NEWSQ_ENGINE_IDS_H_
