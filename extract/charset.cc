#include "extract/charset.h"

#include <iconv.h>
#include <utf8proc.h>

#include <cerrno>
#include <cstdlib>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "engine/ascii.h"

namespace newsq::internal {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Normalises the many labels pages use to the name iconv knows.
std::string CanonicalCharset(std::string label) {
  absl::AsciiStrToLower(&label);
  if (label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8")
    return "UTF-8";
  // Browsers read all of these as windows-1252 (WHATWG Encoding), and so do
  // pages in practice.
  if (label == "iso-8859-1" || label == "iso8859-1" || label == "latin1" ||
      label == "latin-1" || label == "l1" || label == "us-ascii" ||
      label == "ascii" || label == "windows-1252" || label == "cp1252" ||
      label == "x-cp1252") {
    return "WINDOWS-1252";
  }
  if (label == "iso-8859-15" || label == "iso8859-15" || label == "latin-9" ||
      label == "latin9") {
    return "ISO-8859-15";
  }
  absl::AsciiStrToUpper(&label);
  return label;
}

// Converts with iconv, replacing every byte the charset does not define with
// U+FFFD.
std::string Convert(std::string_view bytes, const std::string& charset) {
  iconv_t cd = iconv_open("UTF-8", charset.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1))
    cd = iconv_open("UTF-8", "WINDOWS-1252");
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  char buffer[8192];
  while (in_left > 0) {
    char* outp = buffer;
    size_t out_left = sizeof buffer;
    const size_t rc = iconv(cd, &in, &in_left, &outp, &out_left);
    out.append(buffer, static_cast<size_t>(outp - buffer));
    if (rc == static_cast<size_t>(-1)) {
      if (errno == E2BIG) continue;
      // EILSEQ or EINVAL: an undefined or truncated sequence; skip one byte.
      out += kReplacement;
      ++in;
      --in_left;
    }
  }
  iconv_close(cd);
  return out;
}

// True when NFC could change `utf8`: it holds a combining mark, a character
// excluded from composition (singletons such as U+212B), or a Hangul jamo. Most
// pages hold none, and skipping the normalisation then saves a fifth of the
// extraction time.
bool MayNeedNfc(const std::string& utf8) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(utf8.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(utf8.size());
  while (left > 0) {
    if (*p < 0x80) {
      ++p;
      --left;
      continue;
    }
    // Latin-1 letters (C2/C3 lead bytes) and general punctuation (E2 80/81: ’ “
    // ” …) are all NFC already: skip them without a table look-up.
    if ((*p == 0xC2 || *p == 0xC3) && left >= 2) {
      p += 2;
      left -= 2;
      continue;
    }
    if (*p == 0xE2 && left >= 3 && (p[1] == 0x80 || p[1] == 0x81)) {
      p += 3;
      left -= 3;
      continue;
    }
    utf8proc_int32_t cp;
    const utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) return true;
    const utf8proc_property_t* property = utf8proc_get_property(cp);
    if (property->combining_class != 0 || property->comp_exclusion ||
        (cp >= 0x1100 && cp <= 0x11FF)) {
      return true;
    }
    p += n;
    left -= n;
  }
  return false;
}

void ToNfc(std::string& text) {
  if (!MayNeedNfc(text)) return;
  utf8proc_uint8_t* nfc = nullptr;
  const utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
      static_cast<utf8proc_ssize_t>(text.size()), &nfc,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n >= 0) text.assign(reinterpret_cast<char*>(nfc), static_cast<size_t>(n));
  std::free(nfc);
}

// Valid UTF-8 with U+FFFD in place of invalid bytes.
// What a stray byte of a UTF-8 page most likely meant: pages assembled from
// several sources mix a windows-1252 "œ" (0x9C) or "’" (0x92) into UTF-8 text.
// Bytes that windows-1252 leaves undefined become U+FFFD.
std::string Windows1252Char(unsigned char byte) {
  static constexpr char32_t kHigh[32] = {
      0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  const char32_t cp = byte < 0x80   ? byte
                      : byte < 0xA0 ? kHigh[byte - 0x80]
                                    : byte;
  if (cp == 0) return std::string(kReplacement);
  utf8proc_uint8_t buf[4];
  const utf8proc_ssize_t n =
      utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
  return std::string(reinterpret_cast<const char*>(buf),
                     static_cast<size_t>(n));
}

std::string RepairUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(bytes.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(bytes.size());
  while (left > 0) {
    if (*p < 0x80) {  // ASCII runs are most of a page: copy them whole
      const auto* run = p;
      while (left > 0 && *p < 0x80) {
        ++p;
        --left;
      }
      out.append(reinterpret_cast<const char*>(run),
                 static_cast<size_t>(p - run));
      continue;
    }
    utf8proc_int32_t cp;
    const utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) {
      out += Windows1252Char(*p);
      ++p;
      --left;
    } else {
      out.append(reinterpret_cast<const char*>(p), static_cast<size_t>(n));
      p += n;
      left -= n;
    }
  }
  return out;
}

// Removes what is never text: NUL and C0 control characters other than tab and
// newlines (they must not reach a terminal or the index), and the invisible
// characters that split words without showing: soft hyphens (U+00AD),
// zero-width spaces and joiners (U+200B..U+200D), word joiners (U+2060) and
// stray BOMs (U+FEFF).
// The length of the invisible character at s[i], or 0 when there is none.
size_t InvisibleAt(const std::string& s, size_t i) {
  const auto u = static_cast<unsigned char>(s[i]);
  if (u < 0x20) return u != '\t' && u != '\n' && u != '\r' ? 1 : 0;
  if (u == 0xC2) {
    return i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xAD ? 2
                                                                            : 0;
  }
  if ((u == 0xE2 || u == 0xEF) && i + 2 < s.size()) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    if (u == 0xE2 && ((b1 == 0x80 && b2 >= 0x8B && b2 <= 0x8D) ||
                      (b1 == 0x81 && b2 == 0xA0))) {
      return 3;
    }
    if (u == 0xEF && b1 == 0xBB && b2 == 0xBF) return 3;
  }
  return 0;
}

// Only control bytes and the lead bytes C2, E2 and EF can start an invisible
// character.
inline bool MayStartInvisible(unsigned char u) {
  return u < 0x20 || u == 0xC2 || u == 0xE2 || u == 0xEF;
}

void DropInvisibleCharacters(std::string& s) {
  size_t first = 0;
  while (first < s.size() &&
         (!MayStartInvisible(static_cast<unsigned char>(s[first])) ||
          InvisibleAt(s, first) == 0)) {
    ++first;
  }
  if (first == s.size())
    return;  // the usual case: nothing to drop, nothing copied
  std::string out(s, 0, first);
  out.reserve(s.size());
  for (size_t i = first; i < s.size();) {
    const size_t n = MayStartInvisible(static_cast<unsigned char>(s[i]))
                         ? InvisibleAt(s, i)
                         : 0;
    if (n > 0) {
      i += n;
    } else {
      out += s[i++];
    }
  }
  s.swap(out);
}

}  // namespace

// Counts well-formed multi-byte UTF-8 sequences and bytes that are not valid
// UTF-8.
struct Utf8Census {
  size_t multibyte = 0;
  size_t invalid = 0;
};

Utf8Census CountUtf8(std::string_view bytes) {
  Utf8Census census;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(bytes.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(bytes.size());
  while (left > 0) {
    if (*p < 0x80) {
      ++p;
      --left;
      continue;
    }
    utf8proc_int32_t cp;
    const utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) {
      ++census.invalid;
      ++p;
      --left;
    } else {
      ++census.multibyte;
      p += n;
      left -= n;
    }
  }
  return census;
}

bool IsValidUtf8(std::string_view bytes) {
  return CountUtf8(bytes).invalid == 0;
}

std::string DeclaredCharset(std::string_view bytes) {
  std::string head(bytes.substr(0, 8192));
  absl::AsciiStrToLower(&head);
  size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    const size_t end = head.find('>', pos);
    if (end == std::string::npos) break;
    const std::string_view tag(head.data() + pos, end - pos);
    if (size_t c = tag.find("charset"); c != std::string_view::npos) {
      size_t v = c + 7;
      while (v < tag.size() && (tag[v] == ' ' || tag[v] == '=' ||
                                tag[v] == '"' || tag[v] == '\'')) {
        ++v;
      }
      size_t e = v;
      while (e < tag.size() &&
             (absl::ascii_isalnum(static_cast<unsigned char>(tag[e])) ||
              tag[e] == '-' || tag[e] == '_' || tag[e] == ':' ||
              tag[e] == '.')) {
        ++e;
      }
      if (e > v) return CanonicalCharset(std::string(tag.substr(v, e - v)));
    }
    pos = end;
  }
  return "";
}

DecodedPage DecodePage(std::string_view bytes,
                       std::string_view transport_charset) {
  DecodedPage page;
  if (std::string_view(bytes).starts_with("\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
    page.charset = "UTF-8";
    page.utf8 = RepairUtf8(bytes);
  } else if (std::string_view(bytes).starts_with("\xFF\xFE") ||
             std::string_view(bytes).starts_with("\xFE\xFF")) {
    page.charset = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    page.utf8 = Convert(bytes.substr(2), page.charset);
  } else {
    const std::string declared =
        transport_charset.empty()
            ? DeclaredCharset(bytes)
            : CanonicalCharset(std::string(transport_charset));
    const Utf8Census census = CountUtf8(bytes);
    const bool clean_utf8 = census.invalid == 0 && census.multibyte > 0;
    // A page declared UTF-8 (or undeclared) with a few broken bytes is still
    // UTF-8; one whose non-ASCII bytes are mostly invalid UTF-8 is really in a
    // single-byte charset.
    const bool mostly_utf8 = census.multibyte >= census.invalid;
    if (clean_utf8 ||
        ((declared == "UTF-8" || declared.empty()) && mostly_utf8)) {
      page.charset = "UTF-8";
      page.utf8 = RepairUtf8(bytes);
    } else {
      page.charset =
          declared.empty() || declared == "UTF-8" ? "WINDOWS-1252" : declared;
      page.utf8 = Convert(bytes, page.charset);
    }
  }
  DropInvisibleCharacters(page.utf8);
  ToNfc(page.utf8);
  return page;
}

}  // namespace newsq::internal
