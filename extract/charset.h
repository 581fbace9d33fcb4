// Internal: raw page bytes to valid UTF-8 (NFC), whatever the page claims.
#ifndef NEWSQ_EXTRACT_CHARSET_H_
#define NEWSQ_EXTRACT_CHARSET_H_

#include <string>
#include <string_view>

namespace newsq::internal {

struct DecodedPage {
  std::string utf8;  // valid UTF-8 in NFC, without BOM
  std::string
      charset;  // what was used: "UTF-8", "WINDOWS-1252", "ISO-8859-15", ...
};

// The charset a page declares in its first bytes (<meta charset>, <meta
// http-equiv>), as an upper-case iconv name, or "" when it declares none.
std::string DeclaredCharset(std::string_view bytes);

// Decodes a page: a BOM wins; then bytes that are valid UTF-8 with non-ASCII
// characters are UTF-8 whatever the declaration says (pages that declare
// Latin-1 but are served in UTF-8 are common, and the converse); then the
// charset the server sent with the page (`transport_charset`, from HTTP's
// Content-Type, which outranks the page's own as in browsers); then the one
// the page declares; else windows-1252. ISO-8859-1 is read as windows-1252, as
// browsers do. Bytes invalid in the chosen charset become U+FFFD.
DecodedPage DecodePage(std::string_view bytes,
                       std::string_view transport_charset = "");

// True when `bytes` are valid UTF-8.
bool IsValidUtf8(std::string_view bytes);

}  // namespace newsq::internal

#endif  // NEWSQ_EXTRACT_CHARSET_H_
