// Filter terms never pass Xapian's length limit (issue 21: one long outlet
// name or section failed the commit of a whole batch).
#include "engine/terms.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <xapian.h>

#include <filesystem>
#include <string>

#include "engine/schema.h"

namespace newsq::internal {
namespace {

TEST(FilterTermTest, ShortKeysAreKeptAsTheyAre) {
  EXPECT_EQ(FilterTerm(schema::kOutlet, "le monde"), "XOle monde");
}

TEST(FilterTermTest, LongKeysAreCutAndHashedWithinTheLimit) {
  const std::string a = std::string(300, 'e') + "a";
  const std::string b = std::string(300, 'e') + "b";
  const std::string term_a = FilterTerm(schema::kSection, a);
  EXPECT_LE(term_a.size(), kMaxTermBytes);
  EXPECT_TRUE(term_a.starts_with("XCeee"));
  EXPECT_NE(term_a, FilterTerm(schema::kSection, b));
  EXPECT_EQ(term_a, FilterTerm(schema::kSection, a));
  // Cut between characters: "é" is two bytes, never split.
  std::string accented;
  for (int i = 0; i < 200; ++i) accented += "é";
  const std::string term = FilterTerm(schema::kEntity, accented);
  const size_t hash = term.find('#');
  ASSERT_NE(hash, std::string::npos);
  EXPECT_EQ((hash - schema::kEntity.size()) % 2, 0u) << term;
}

// On disk, as glass checks the length: the raw term is refused, the filter
// term is written.
TEST(FilterTermTest, GlassCommitsALongFilterTerm) {
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() /
      ("newsq_terms_" + std::to_string(::getpid()));
  std::filesystem::remove_all(path);
  const std::string key(1000, 'o');
  {
    Xapian::WritableDatabase db(path.string(), Xapian::DB_CREATE_OR_OPEN);
    Xapian::Document raw;
    raw.add_boolean_term(std::string(schema::kOutlet) + key);
    EXPECT_ANY_THROW({
      db.add_document(raw);
      db.commit();
    });
  }
  {
    Xapian::WritableDatabase db(path.string(), Xapian::DB_CREATE_OR_OPEN);
    Xapian::Document doc;
    doc.add_boolean_term(FilterTerm(schema::kOutlet, key));
    db.add_document(doc);
    EXPECT_NO_THROW(db.commit());
    EXPECT_EQ(db.get_termfreq(FilterTerm(schema::kOutlet, key)), 1u);
  }
  std::filesystem::remove_all(path);
}

}  // namespace
}  // namespace newsq::internal
