// The document data codec: JSON goes in compressed and comes back the same;
// a format 4 database's plain JSON reads as it is; a damaged or hostile frame
// is reported as lost, never decoded past its bound.
#include "engine/article_data.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "engine/article_codec.h"

namespace newsq::internal {
namespace {

const std::string kJson =
    R"({"id":"0123456789abcdef","story_id":"fedcba9876543210",)"
    R"("title":"Grève à la SNCF","text":"Les cheminots de la SNCF sont en )"
    R"(grève. Les cheminots de la SNCF sont en grève. À Paris, l’offre est )"
    R"(réduite de moitié."})";

TEST(ArticleDataTest, CompressedJsonComesBackTheSame) {
  const std::string data = EncodeArticleData(kJson);
  EXPECT_NE(data, kJson);
  EXPECT_LT(data.size(), kJson.size());  // the repeated sentence shrinks
  absl::StatusOr<std::string> json = DecodeArticleData(data);
  ASSERT_TRUE(json.ok()) << json.status();
  EXPECT_EQ(*json, kJson);
  absl::StatusOr<StoredArticle> stored = StoredArticleFromData(data);
  ASSERT_TRUE(stored.ok()) << stored.status();
  EXPECT_EQ(stored->story_id, "fedcba9876543210");
  EXPECT_EQ(stored->article.title, "Grève à la SNCF");
}

TEST(ArticleDataTest, EmptyAndLargeTextsRoundTrip) {
  for (const std::string& json :
       {std::string(), std::string(3 << 20, 'a'), std::string(1, '\0')}) {
    absl::StatusOr<std::string> back =
        DecodeArticleData(EncodeArticleData(json));
    ASSERT_TRUE(back.ok()) << back.status();
    EXPECT_EQ(*back, json);
  }
}

TEST(ArticleDataTest, PlainJsonOfAnOlderFormatReadsAsItIs) {
  absl::StatusOr<std::string> json = DecodeArticleData(kJson);
  ASSERT_TRUE(json.ok()) << json.status();
  EXPECT_EQ(*json, kJson);
  absl::StatusOr<StoredArticle> stored = StoredArticleFromData(kJson);
  ASSERT_TRUE(stored.ok()) << stored.status();
  EXPECT_EQ(stored->id, "0123456789abcdef");
}

TEST(ArticleDataTest, DamagedFramesAreReportedAsLost) {
  const std::string data = EncodeArticleData(kJson);
  // Cut short, its last bytes flipped, or its header alone.
  std::string flipped = data;
  for (size_t i = flipped.size() - 4; i < flipped.size(); ++i)
    flipped[i] = static_cast<char>(~flipped[i]);
  for (const std::string& damaged :
       {data.substr(0, data.size() / 2), flipped, data.substr(0, 6)}) {
    absl::StatusOr<std::string> json = DecodeArticleData(damaged);
    ASSERT_FALSE(json.ok());
    EXPECT_EQ(json.status().code(), absl::StatusCode::kDataLoss);
    EXPECT_EQ(StoredArticleFromData(damaged).status().code(),
              absl::StatusCode::kDataLoss);
  }
}

TEST(ArticleDataTest, AFrameClaimingAHugeSizeIsRefusedWithoutAllocating) {
  // A frame header whose content size field says 2^40 bytes: refused before
  // any buffer of that size is made.
  const std::string header = EncodeArticleData(std::string(1 << 16, 'x'));
  std::string hostile = header;
  // Frame header descriptor: single segment, 8-byte content size.
  hostile[4] = static_cast<char>(0xE0);
  std::string size(8, '\0');
  size[5] = 1;  // 2^40, little-endian
  hostile = hostile.substr(0, 5) + size + hostile.substr(5);
  absl::StatusOr<std::string> json = DecodeArticleData(hostile);
  ASSERT_FALSE(json.ok());
  EXPECT_EQ(json.status().code(), absl::StatusCode::kDataLoss);
}

TEST(ArticleDataTest, ThreadsEncodeAndDecodeAtOnce) {
  std::vector<std::thread> threads;
  std::vector<int> failures(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([t, &failures] {
      for (int i = 0; i < 200; ++i) {
        const std::string json = kJson + std::to_string(t * 1000 + i);
        absl::StatusOr<std::string> back =
            DecodeArticleData(EncodeArticleData(json));
        if (!back.ok() || *back != json) ++failures[t];
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(failures, std::vector<int>(4, 0));
}

}  // namespace
}  // namespace newsq::internal
