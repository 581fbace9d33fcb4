#include "extract/charset.h"

#include <gtest/gtest.h>

namespace newsq::internal {
namespace {

TEST(CharsetTest, ReadsDeclarations) {
  EXPECT_EQ(DeclaredCharset("<html><head><meta charset=\"windows-1252\">"),
            "WINDOWS-1252");
  EXPECT_EQ(
      DeclaredCharset("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; "
                      "charset=ISO-8859-1\">"),
      "WINDOWS-1252");
  EXPECT_EQ(DeclaredCharset("<meta charset='utf8'>"), "UTF-8");
  EXPECT_EQ(DeclaredCharset("<meta charset=iso-8859-15>"), "ISO-8859-15");
  EXPECT_EQ(DeclaredCharset("<p>charset=utf-8</p>"), "");
}

TEST(CharsetTest, DecodesWindows1252IncludingItsCurlyQuotes) {
  // "l’été à Noël – œuvre" in windows-1252.
  const std::string bytes =
      "<meta charset=\"windows-1252\"><p>l\x92\xE9t\xE9 \xE0 No\xEBl \x96 \x9C"
      "uvre</p>";
  const DecodedPage page = DecodePage(bytes);
  EXPECT_EQ(page.charset, "WINDOWS-1252");
  EXPECT_NE(page.utf8.find("l’été à Noël – œuvre"), std::string::npos)
      << page.utf8;
}

TEST(CharsetTest, TheServersCharsetOutranksThePagesButNotCleanUtf8) {
  // 0xA4 is the euro sign in ISO-8859-15, a currency sign in windows-1252.
  const std::string latin9 = "<meta charset=\"windows-1252\"><p>3 \xA4</p>";
  EXPECT_EQ(DecodePage(latin9, "iso-8859-15").charset, "ISO-8859-15");
  EXPECT_NE(DecodePage(latin9, "iso-8859-15").utf8.find("3 €"),
            std::string::npos);
  EXPECT_EQ(DecodePage(latin9).charset, "WINDOWS-1252");
  // Bytes that are clean UTF-8 are read as such, whatever the server said.
  EXPECT_EQ(DecodePage("<p>3 €</p>", "iso-8859-1").charset, "UTF-8");
}

TEST(CharsetTest, Latin1LabelIsReadAsWindows1252) {
  const DecodedPage page = DecodePage(
      "<meta http-equiv=\"Content-Type\" content=\"text/html; "
      "charset=iso-8859-1\">"
      "<p>r\xE9"
      "forme</p>");
  EXPECT_NE(page.utf8.find("réforme"), std::string::npos);
}

TEST(CharsetTest, Utf8BomWinsOverDeclaration) {
  const DecodedPage page =
      DecodePage("\xEF\xBB\xBF<meta charset=\"windows-1252\"><p>Genève</p>");
  EXPECT_EQ(page.charset, "UTF-8");
  EXPECT_EQ(page.utf8.substr(0, 5), "<meta");
  EXPECT_NE(page.utf8.find("Genève"), std::string::npos);
}

TEST(CharsetTest, ValidUtf8BeatsAWrongLatin1Declaration) {
  const DecodedPage page =
      DecodePage("<meta charset=\"iso-8859-1\"><p>Élysée</p>");
  EXPECT_EQ(page.charset, "UTF-8");
  EXPECT_NE(page.utf8.find("Élysée"), std::string::npos);
}

TEST(CharsetTest, InvalidBytesAreReplacedNeverKept) {
  const DecodedPage page =
      DecodePage("<meta charset=\"utf-8\"><p>caf\xC3\xA9 \x81 ok</p>");
  EXPECT_TRUE(IsValidUtf8(page.utf8));
  EXPECT_NE(page.utf8.find("café \xEF\xBF\xBD ok"), std::string::npos)
      << page.utf8;
}

TEST(CharsetTest, ComposesDecomposedAccents) {
  const DecodedPage page =
      DecodePage("<p>Ele\xCC\x81onore</p>");  // e + combining acute
  EXPECT_NE(page.utf8.find("Eléonore"), std::string::npos);
}

TEST(CharsetTest, DropsControlCharacters) {
  const DecodedPage page = DecodePage(
      "<p>a\x1B[31mb\x07"
      "c</p>");
  EXPECT_EQ(page.utf8.find('\x1B'), std::string::npos);
  EXPECT_EQ(page.utf8.find('\x07'), std::string::npos);
}

}  // namespace
}  // namespace newsq::internal

namespace newsq::internal {
namespace {

TEST(CharsetTest, StrayWindows1252BytesInUtf8AreReadAsSuch) {
  const DecodedPage page =
      DecodePage("<meta charset=\"utf-8\"><p>Élysée, c\x9Cur</p>");
  EXPECT_NE(page.utf8.find("Élysée, cœur"), std::string::npos) << page.utf8;
}

}  // namespace
}  // namespace newsq::internal
