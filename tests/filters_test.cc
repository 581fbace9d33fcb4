// Filter values, entity spellings and spelling distances: what the query
// syntax accepts and refuses, and which names count as one.
#include "query/filters.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <set>
#include <string>

#include "engine/schema.h"
#include "engine/terms.h"
#include "engine/text_folding.h"
#include "query/canonical_names.h"
#include "query/spelling.h"

namespace newsq::internal {
namespace {

constexpr int64_t kNow = 1739530800;  // 2025-02-14T12:00:00+01:00

TEST(FiltersTest, FilterKeysIgnoreCaseAccentsAndPunctuation) {
  EXPECT_EQ(FilterKey("L'Express"), "l express");
  EXPECT_EQ(FilterKey("l’express"), "l express");
  EXPECT_EQ(FilterKey("  Le Matin-Express "), "le matin express");
  EXPECT_EQ(FilterKey("Tech Sphère"), FilterKey("TECH SPHERE"));
  EXPECT_EQ(FilterKey("..."), "");
}

TEST(FiltersTest, AKeyHoldsAnotherByWholeWordsOnly) {
  EXPECT_TRUE(HoldsWords("emmanuel macron", "macron"));
  EXPECT_TRUE(HoldsWords("macron", "macron"));
  EXPECT_TRUE(HoldsWords("la gazette du rhone", "gazette du"));
  EXPECT_FALSE(HoldsWords("macronie", "macron"));
  EXPECT_FALSE(HoldsWords("emmanuel macron", "manuel"));
  EXPECT_FALSE(HoldsWords("emmanuel macron", ""));
}

// entity:Macron finds the Macrons, as people name someone by surname, and
// entity:"Le Pen" the Le Pens; a word inside another word does not count
// (issue 22).
TEST(FiltersTest, AnEntityByPartOfItsNameFindsEveryNameWithThoseWords) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (const char* name :
       {"Emmanuel Macron", "Brigitte Macron", "Macronie", "Sam Altman",
        "Macron", "Marine Le Pen", "Jean-Marie Le Pen", "Pen Duick"}) {
    Xapian::Document doc;
    doc.add_boolean_term(FilterTerm(schema::kEntity, FilterKey(name)));
    doc.set_data(name);
    db.add_document(doc);
  }
  auto names_found = [&](std::string_view value) {
    std::set<std::string> names;
    absl::StatusOr<Xapian::Query> query =
        FilterQuery(FilterField::kEntity, "entity", value, kNow, &db);
    EXPECT_TRUE(query.ok()) << value;
    if (!query.ok()) return names;
    Xapian::Enquire enquire(db);
    enquire.set_query(*query);
    const Xapian::MSet matches = enquire.get_mset(0, 10);
    for (auto it = matches.begin(); it != matches.end(); ++it)
      names.insert(it.get_document().get_data());
    return names;
  };
  EXPECT_EQ(
      names_found("Macron"),
      (std::set<std::string>{"Emmanuel Macron", "Brigitte Macron", "Macron"}));
  EXPECT_EQ(names_found("altman"), std::set<std::string>{"Sam Altman"});
  EXPECT_EQ(names_found("Le Pen"),
            (std::set<std::string>{"Marine Le Pen", "Jean-Marie Le Pen"}));
  // A full name is that name only.
  EXPECT_EQ(names_found("Emmanuel Macron"),
            std::set<std::string>{"Emmanuel Macron"});
  // Without the index's names, a word is the entity of that name only.
  absl::StatusOr<Xapian::Query> alone =
      FilterQuery(FilterField::kEntity, "entity", "Macron", kNow);
  ASSERT_TRUE(alone.ok());
  Xapian::Enquire enquire(db);
  enquire.set_query(*alone);
  EXPECT_EQ(enquire.get_mset(0, 10).size(), 1u);
}

TEST(FiltersTest, DatesTakeDaysMonthsYearsAndAges) {
  for (const char* value : {"2025-02-11", "2025-02", "2025"}) {
    EXPECT_TRUE(FilterQuery(FilterField::kDate, "date", value, kNow).ok())
        << value;
    EXPECT_TRUE(FilterQuery(FilterField::kSince, "since", value, kNow).ok())
        << value;
  }
  for (const char* age :
       {"7d", "7j", "12h", "2w", "2sem", "3mo", "3mois", "1y", "1a", "2ans"}) {
    EXPECT_TRUE(FilterQuery(FilterField::kSince, "since", age, kNow).ok())
        << age;
    EXPECT_TRUE(FilterQuery(FilterField::kUntil, "until", age, kNow).ok())
        << age;
  }
  // An age is a period's start or end, not a day.
  EXPECT_FALSE(FilterQuery(FilterField::kDate, "date", "7d", kNow).ok());
  for (const char* bad : {"2025-02-30", "2025-13", "25-02-11", "7", "d7", "7m",
                          "hier", "2025-2-11", ""}) {
    absl::StatusOr<Xapian::Query> query =
        FilterQuery(FilterField::kSince, "since", bad, kNow);
    EXPECT_FALSE(query.ok()) << bad;
    EXPECT_NE(query.status().message().find(std::string("since:") + bad),
              std::string::npos)
        << query.status();
  }
}

TEST(FiltersTest, TextFiltersNeedAValue) {
  EXPECT_TRUE(
      FilterQuery(FilterField::kOutlet, "outlet", "Le Monde", kNow).ok());
  EXPECT_FALSE(FilterQuery(FilterField::kOutlet, "outlet", " - ", kNow).ok());
  EXPECT_EQ(FilterQuery(FilterField::kEntity, "entity", "Élon  MUSK", kNow)
                ->get_description(),
            FilterQuery(FilterField::kEntity, "entity", "elon musk", kNow)
                ->get_description());
}

TEST(CanonicalNamesTest, SpellingsOfOneEntityShareAnIdShownAsTheCommonest) {
  CanonicalNames names;
  const uint32_t straight = names.Intern("Afrique de l'Ouest");
  EXPECT_EQ(names.Intern("Afrique de l\xE2\x80\x99Ouest"), straight);
  EXPECT_EQ(names.Intern("AFRIQUE DE L'OUEST"), straight);
  EXPECT_EQ(names.Intern("Afrique de l'Ouest"), straight);
  const uint32_t other = names.Intern("Élysée");
  EXPECT_NE(other, straight);
  EXPECT_EQ(names.Intern("Elysée"), other);
  EXPECT_EQ(names.Intern("Elysée"), other);
  ASSERT_EQ(names.size(), 2u);
  const std::vector<std::string> shown = names.DisplayNames();
  EXPECT_EQ(shown[straight - 1], "Afrique de l'Ouest");
  EXPECT_EQ(shown[other - 1], "Elysée");
}

TEST(SpellingTest, EditDistanceCountsSwapsAsOneEdit) {
  EXPECT_EQ(BoundedEditDistance("musk", "musk", 2), 0);
  EXPECT_EQ(BoundedEditDistance("muks", "musk", 2), 1);
  EXPECT_EQ(BoundedEditDistance("greve", "grevve", 2), 1);
  EXPECT_EQ(BoundedEditDistance("macron", "macorn", 2), 1);
  EXPECT_EQ(BoundedEditDistance("retraite", "retrait", 2), 1);
  EXPECT_EQ(BoundedEditDistance("chat", "chien", 2), 3);  // limit + 1
  EXPECT_EQ(BoundedEditDistance("", "abc", 5), 3);
}

// A correction keeps the accents typed on the letters it keeps, unless French
// could not write them so in the word corrected.
TEST(SpellingTest, ACorrectionKeepsTheTypedAccentsFrenchCanHave) {
  const FrenchAnalyzer analyzer;
  const auto corrected = [&](std::string_view typed,
                             const std::string& suggestion) {
    return InTypedForm(analyzer, typed, analyzer.Fold(typed), suggestion);
  };
  EXPECT_EQ(corrected("pr\u00e9sidentiele", "presidentielle"),
            "pr\u00e9sidentielle");
  EXPECT_EQ(corrected("gr\u00e8vve", "greve"), "gr\u00e8ve");
  EXPECT_EQ(corrected("M\u00e9lanchon", "melenchon"), "M\u00e9lenchon");
  EXPECT_EQ(corrected("apr\u00e8ss", "apres"), "apr\u00e8s");
  EXPECT_EQ(corrected("compl\u00e8tment", "completement"), "compl\u00e8tement");
  // The grave accent of "-ère" has no place before "-rs".
  EXPECT_EQ(corrected("polici\u00e8re", "policiers"), "policiers");
  EXPECT_EQ(corrected("PREMI\u00c8RE", "premiers"), "PREMIERS");
}

}  // namespace
}  // namespace newsq::internal
