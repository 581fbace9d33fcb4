#include "engine/text_folding.h"

#include <utf8proc.h>

#include <array>
#include <cstdlib>

#include "absl/strings/str_replace.h"

namespace newsq::internal {
namespace {

// The elided words of French, as they stand before the apostrophe (after
// folding).
constexpr std::array<std::string_view, 13> kElisions = {
    "l", "d", "j",     "qu",     "n",      "s",     "c",
    "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu"};

bool IsWordByte(unsigned char c) {
  // After folding, letters are ASCII or multi-byte sequences (>= 0x80): both
  // are word bytes.
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c >= 0x80;
}

// Replaces bytes that are not valid UTF-8 by U+FFFD so utf8proc accepts the
// text.
std::string ValidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t cp;
    const utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) {
      out += "\xEF\xBF\xBD";
      ++p;
      --left;
      continue;
    }
    out.append(reinterpret_cast<const char*>(p), static_cast<size_t>(n));
    p += n;
    left -= n;
  }
  return out;
}

std::string AsciiLowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Cuts elided words off the word that follows them, in already folded text.
void SplitElisions(std::string& s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\'') continue;
    if (i + 1 >= s.size() || !IsWordByte(static_cast<unsigned char>(s[i + 1])))
      continue;
    size_t start = i;
    while (start > 0 && IsWordByte(static_cast<unsigned char>(s[start - 1])))
      --start;
    if (IsElision(
            AsciiLowerCopy(std::string_view(s.data() + start, i - start))))
      s[i] = ' ';
  }
}

std::string Fold(std::string_view text, bool keep_case) {
  const std::string valid = ValidUtf8(text);
  utf8proc_uint8_t* folded = nullptr;
  const utf8proc_ssize_t length = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(valid.data()),
      static_cast<utf8proc_ssize_t>(valid.size()), &folded,
      static_cast<utf8proc_option_t>(
          UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
          (keep_case ? 0 : UTF8PROC_CASEFOLD) | UTF8PROC_STRIPMARK));
  std::string out;
  if (length >= 0)
    out.assign(reinterpret_cast<const char*>(folded),
               static_cast<size_t>(length));
  std::free(folded);
  out = absl::StrReplaceAll(
      out, {{"\xE2\x80\x99", "'"},  // U+2019 right single quote
            {"\xCA\xBC", "'"},      // U+02BC modifier apostrophe
            {"\xE2\x80\x98", "'"},  // U+2018 left single quote
            {"\xC5\x93", "oe"},     // œ
            {"\xC5\x92", "OE"},     // Œ
            {"\xC3\xA6", "ae"},     // æ
            {"\xC3\x86", "AE"}});   // Æ
  SplitElisions(out);
  return out;
}

}  // namespace

bool IsElision(std::string_view folded_word) {
  for (std::string_view elided : kElisions) {
    if (folded_word == elided) return true;
  }
  return false;
}

bool IsApostrophe(char32_t c) {
  return c == U'\'' || c == U'\u2019' || c == U'\u02BC' || c == U'\u2018';
}

std::string FoldText(std::string_view text) {
  return Fold(text, /*keep_case=*/false);
}

std::string FoldAccentsKeepingCase(std::string_view text) {
  return Fold(text, /*keep_case=*/true);
}

}  // namespace newsq::internal
