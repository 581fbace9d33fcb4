// The capitalised words of a headline, as stems: what story grouping compares
// between two headlines when no entity recogniser ran; and its kicker.
#include "indexer/headline_names.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>

#include <string>
#include <string_view>

#include "engine/schema.h"
#include "indexer/document_builder.h"
#include "newsq/article.h"

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

// What is left of `title` once its kicker is cut off.
std::string_view AfterKicker(std::string_view title) {
  return title.substr(KickerLength(title));
}

TEST_F(HeadlineNamesTest, AKickerIsAFewWordsClosedByAFullStopABarOrADash) {
  EXPECT_EQ(AfterKicker("Betton. Un rendez-vous pour les traumatisés"),
            "Un rendez-vous pour les traumatisés");
  EXPECT_EQ(AfterKicker("EN DIRECT. Retraites : la grève continue"),
            "Retraites : la grève continue");
  EXPECT_EQ(AfterKicker("Côte d'Or | Un nouveau collège à Beaune"),
            "Un nouveau collège à Beaune");
  EXPECT_EQ(AfterKicker("Pays de la Loire. Les lycées ferment à midi"),
            "Les lycées ferment à midi");
  EXPECT_EQ(AfterKicker("Mercato - OM : deux grands noms proposés"),
            "OM : deux grands noms proposés");
  EXPECT_EQ(AfterKicker("Perpignan \u2013 Le festival dévoile son affiche"),
            "Le festival dévoile son affiche");
  // What stands before a colon is most often the subject; a sentence, even a
  // short one, is no label; nor are an ellipsis, a title, an initial, an
  // abbreviation or a number; nor an outlet's name ending the headline; most
  // headlines have no kicker.
  for (const char* no_kicker : {
           "Retraites : le gouvernement recule",
           "Le gouvernement présente enfin son plan. Les syndicats protestent",
           "Le pape est mort. Le monde pleure",
           "Macron... et après ? Les partis cherchent leur ligne",
           "M. Macron reçoit les syndicats à l'Élysée",
           "Mme. Roux quitte la mairie de Laval",
           "J. Dupont élu président du club",
           "U.S. Army : un contrat de trois milliards",
           "10. 000 manifestants à Nantes samedi",
           "Grève à la SNCF | Le Parisien",
           "Nantes | Ouest-France",
           "Nantes - Ouest-France",
           "Un match nul - et après ? Les Bleus doutent",
           "Saint-Malo-de-Guersac fête ses commerçants",
           "Un nouveau pont sur la Loire",
           ". Un titre mal découpé",
       }) {
    EXPECT_EQ(KickerLength(no_kicker), 0u) << no_kicker;
  }
}

// In the document, a kicker's words weigh as the text's, the rest of the
// headline as a headline's.
TEST_F(HeadlineNamesTest, AKickersWordsWeighAsTheTextsInTheDocument) {
  const DocumentBuilder builder(analyzer_);
  Article article;
  article.title = "Betton. Le festival cherche des bénévoles";
  const Xapian::Document doc = builder.BuildText(article);
  auto wdf = [&](std::string_view word) -> Xapian::termcount {
    const std::string term = std::string(1, schema::kStem) + StemOf(word);
    Xapian::TermIterator it = doc.termlist_begin();
    it.skip_to(term);
    return it != doc.termlist_end() && *it == term ? it.get_wdf() : 0;
  };
  EXPECT_EQ(wdf("Betton"), 1u);
  EXPECT_EQ(wdf("festival"), DocumentBuilder::kTitleWeight);
}

}  // namespace
}  // namespace newsq::internal
