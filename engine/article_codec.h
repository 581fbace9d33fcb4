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

// Reads what ArticleToJsonValue wrote (extra fields such as "id" are ignored).
// Errors: kDataLoss when `data` is not such a JSON object.
absl::StatusOr<Article> ArticleFromJson(std::string_view data);

// Parses a stored document's data into its ids and article.
absl::StatusOr<StoredArticle> StoredArticleFromJson(std::string_view data);

nlohmann::json OptionalDateToJson(const std::optional<DateTime>& date);

}  // namespace newsq::internal

#endif  // NEWSQ_ENGINE_ARTICLE_CODEC_H_
