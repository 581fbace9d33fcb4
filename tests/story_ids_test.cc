#include "indexer/story_ids.h"

#include <gtest/gtest.h>

namespace newsq::internal {
namespace {

TEST(KeepStoryIdsTest, LargestOverlapKeepsTheOldId) {
  // Old: {a,b,c} in story "s1", {d} in "s2". New: {a,b} together, {c,d}
  // together.
  const std::map<std::string, std::string> old_story_of = {
      {"a", "s1"}, {"b", "s1"}, {"c", "s1"}, {"d", "s2"}};
  const std::map<std::string, std::string> new_story_of = {
      {"a", "a"}, {"b", "a"}, {"c", "c"}, {"d", "c"}};
  const auto kept = KeepStoryIds(new_story_of, old_story_of);
  EXPECT_EQ(kept.at("a"), "s1");  // two of its articles were in s1
  // {c,d} overlaps s1 and s2 once each; s1 is taken, so it keeps s2.
  EXPECT_EQ(kept.at("c"), "s2");
}

TEST(KeepStoryIdsTest, NewStoriesWithoutAFreeOldIdKeepTheirOwn) {
  const std::map<std::string, std::string> old_story_of = {{"a", "s1"},
                                                           {"b", "s1"}};
  const std::map<std::string, std::string> new_story_of = {{"a", "a"},
                                                           {"b", "b"}};
  const auto kept = KeepStoryIds(new_story_of, old_story_of);
  // Both overlap s1 once: the tie goes to the smaller new id, the other keeps
  // its own.
  EXPECT_EQ(kept.at("a"), "s1");
  EXPECT_EQ(kept.at("b"), "b");
}

// An old story split in two whose larger part takes the old id, which was the
// smaller part's only article's: that part gets a new id, never the same one.
TEST(KeepStoryIdsTest, APartWhoseEveryMemberIdIsTakenGetsANewId) {
  const std::map<std::string, std::string> old_story_of = {
      {"x", "x"}, {"y", "x"}, {"z", "x"}};
  const std::map<std::string, std::string> new_story_of = {
      {"x", "x"}, {"y", "y"}, {"z", "y"}};
  const auto kept = KeepStoryIds(new_story_of, old_story_of);
  EXPECT_EQ(kept.at("y"), "x");  // two of its articles were in "x"
  ASSERT_TRUE(kept.contains("x"));
  EXPECT_NE(kept.at("x"), "x");
  EXPECT_NE(kept.at("x"), "y");
  EXPECT_EQ(kept.at("x").size(), 16u);
  EXPECT_EQ(KeepStoryIds(new_story_of, old_story_of), kept)  // deterministic
      << "the same partitions name their stories the same way";
}

}  // namespace
}  // namespace newsq::internal
