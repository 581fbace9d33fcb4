#include "extract/text_language.h"

#include <gtest/gtest.h>

namespace newsq::internal {
namespace {

constexpr const char* kFrench =
    "Le gouvernement a présenté mardi un projet de loi sur les retraites. Les "
    "syndicats, qui dénoncent une réforme injuste, appellent à la grève dans "
    "les transports et les écoles. Pour le ministre, ce texte est "
    "indispensable, mais il reconnaît que le calendrier sera serré.";
constexpr const char* kEnglish =
    "The government presented a pension bill on Tuesday. Unions, which call "
    "the reform unfair, have announced strikes in transport and schools. For "
    "the minister, this text is essential, but he admits that the timetable "
    "will be tight and that the vote was delayed by the opposition.";
constexpr const char* kGerman =
    "Die Regierung hat am Dienstag einen Gesetzentwurf zur Rente vorgelegt. "
    "Die Gewerkschaften kündigen Streiks im Verkehr und in den Schulen an, "
    "weil sie die Reform für ungerecht halten.";

TEST(TextLanguageTest, FunctionWordsTellFrenchFromEnglish) {
  EXPECT_EQ(FrenchOrEnglish(kFrench), "fr");
  EXPECT_EQ(FrenchOrEnglish(kEnglish), "en");
  // Too few words to say, or neither language.
  EXPECT_EQ(FrenchOrEnglish("Le chat et la souris"), "");
  EXPECT_EQ(FrenchOrEnglish(kGerman), "");
  EXPECT_EQ(FrenchOrEnglish(""), "");
  // Half and half is no clear answer.
  EXPECT_EQ(FrenchOrEnglish(std::string(kFrench) + " " + kEnglish), "");
}

TEST(TextLanguageTest, TheTextOverridesAMarkupThatSaysTheOther) {
  // A theme's <html lang="en"> over a French article, and the reverse.
  EXPECT_EQ(ArticleLanguage("en", kFrench), "fr");
  EXPECT_EQ(ArticleLanguage("fr", kEnglish), "en");
  EXPECT_EQ(ArticleLanguage("", kFrench), "fr");
  // Another declared language, or a text too short to say, stays.
  EXPECT_EQ(ArticleLanguage("de", kFrench), "de");
  EXPECT_EQ(ArticleLanguage("de", kGerman), "de");
  EXPECT_EQ(ArticleLanguage("en", "Le chat"), "en");
  EXPECT_EQ(ArticleLanguage("", kGerman), "");
  // A language of another alphabet declared over a French text: a bilingual
  // site's <html lang="ar">.
  EXPECT_EQ(ArticleLanguage("ar", kFrench), "fr");
  EXPECT_EQ(ArticleLanguage("ar", "مرحبا بكم في الموقع"), "ar");
  // An Arabic text quoting a French communiqué stays Arabic.
  const std::string arabic =
      " أعلنت الوزارة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية "
      "وتوفير المياه للسكان خلال فصل الصيف المقبل بعد سنوات من الجفاف "
      "الشديد الذي أثر على المحاصيل والماشية في جميع أنحاء البلاد.";
  EXPECT_EQ(ArticleLanguage("ar", arabic + kFrench + arabic + arabic), "ar");
}

}  // namespace
}  // namespace newsq::internal
