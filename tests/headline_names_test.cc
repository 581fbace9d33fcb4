// The capitalised words of a headline, as stems: what story grouping compares
// between two headlines when no entity recogniser ran.
#include "indexer/headline_names.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace newsq::internal {
namespace {

using ::testing::ElementsAre;

class HeadlineNamesTest : public ::testing::Test {
 protected:
  std::string StemOf(std::string_view word) {
    return analyzer_.Stem(analyzer_.Fold(word));
  }
  FrenchAnalyzer analyzer_;
};

TEST_F(HeadlineNamesTest, NamesAcronymsAndTheFirstWordNotLowerCaseWords) {
  EXPECT_THAT(HeadlineNameStems(analyzer_,
                                "Canicule : la SNCF et Élisabeth Borne "
                                "réunissent les transporteurs"),
              ElementsAre(StemOf("Canicule"), StemOf("SNCF"),
                          StemOf("Élisabeth"), StemOf("Borne")));
}

TEST_F(HeadlineNamesTest, AccentsElisionsAndRepeatsDoNotMakeOtherNames) {
  const std::vector<std::string> with_accents =
      HeadlineNameStems(analyzer_, "Céline Dion à Paris");
  EXPECT_EQ(with_accents, HeadlineNameStems(analyzer_, "Celine Dion a Paris"));
  EXPECT_THAT(HeadlineNameStems(analyzer_, "Le rachat d'Apple par Apple"),
              ElementsAre(StemOf("Apple")));
}

TEST_F(HeadlineNamesTest, AHyphenatedNameIsOneNameAndFunctionWordsNone) {
  EXPECT_THAT(HeadlineNameStems(analyzer_, "Les Bleus de Jean-Luc Mélenchon"),
              ElementsAre(StemOf("Bleus"), StemOf("Jean") + "-" + StemOf("Luc"),
                          StemOf("Mélenchon")));
}

}  // namespace
}  // namespace newsq::internal
