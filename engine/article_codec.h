// Internal: an article as stored in a Xapian document's data, and back.
#ifndef NEWSQ_ENGINE_ARTICLE_CODEC_H_
#define NEWSQ_ENGINE_ARTICLE_CODEC_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "newsq/article.h"
#include "newsq/search.h"

namespace newsq::internal {

nlohmann::json ArticleToJsonValue(const Article& article);

// Parses a stored document's data (what ArticleToJsonValue wrote, plus "id"
// and "story_id") into its ids and article. Unknown fields are ignored; missing
// fields, or fields of another type, read as empty or null. Errors: kDataLoss
// when `data` is not a JSON object (or not UTF-8). Thread-safe.
absl::StatusOr<StoredArticle> StoredArticleFromJson(std::string_view data);

// The stored article of a document's data (article_data.h: compressed JSON, or
// the JSON of a format 4 database). Errors as StoredArticleFromJson's, and
// DecodeArticleData's. Thread-safe.
absl::StatusOr<StoredArticle> StoredArticleFromData(std::string_view data);

nlohmann::json OptionalDateToJson(const std::optional<DateTime>& date);

}  // namespace newsq::internal

#endif  // NEWSQ_ENGINE_ARTICLE_CODEC_H_
