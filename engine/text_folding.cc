#include "engine/text_folding.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <optional>

#include "absl/container/flat_hash_map.h"
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

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// "2 000 000" -> "2000000": French groups thousands with (no-break) spaces,
// which folding has already made plain spaces. A group joins the number before
// it when it is exactly three digits and the number before it ends a run of one
// to three digits.
void JoinDigitGroups(std::string& s) {
  std::string out;
  out.reserve(s.size());
  size_t run = 0;  // digits at the end of `out`
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool group_follows = i + 3 < s.size() + 0 && IsDigit(s[i + 1]) &&
                               IsDigit(s[i + 2]) && IsDigit(s[i + 3]) &&
                               (i + 4 == s.size() || !IsDigit(s[i + 4]));
    if (c == ' ' && run >= 1 && run <= 3 && group_follows) {
      run = 0;  // the separator goes; the group's digits follow
      continue;
    }
    run = IsDigit(c) ? run + 1 : 0;
    out += c;
  }
  s.swap(out);
}

// The feminine and plural endings of inclusive writing, after a middle dot or a
// period: "député·e·s", "électeur.rice.s", "tou·te·s".
constexpr std::array<std::string_view, 26> kInclusiveEndings = {
    "e",    "es",    "s",    "ne",    "nes",   "le",     "les", "se",   "ses",
    "euse", "euses", "rice", "rices", "trice", "trices", "ice", "ices", "ere",
    "eres", "ive",   "ives", "sse",   "sses",  "te",     "tes", "x"};

// Keeps the first form of an inclusive word ("député·e·s" -> "député"): it
// shares its stem with the other forms, and the endings would otherwise become
// words of their own.
void DropInclusiveEndings(std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    // A separator: U+00B7 middle dot (C2 B7), U+2027 hyphenation point (E2 80
    // A7), U+22C5 dot operator (E2 8B 85), or a period.
    size_t sep = 0;
    if (s.compare(i, 2, "\xC2\xB7") == 0)
      sep = 2;
    else if (s.compare(i, 3, "\xE2\x80\xA7") == 0 ||
             s.compare(i, 3, "\xE2\x8B\x85") == 0)
      sep = 3;
    else if (s[i] == '.')
      sep = 1;
    const bool after_letter =
        !out.empty() && (IsAsciiLetter(out.back()) ||
                         static_cast<unsigned char>(out.back()) >= 0x80);
    if (sep > 0 && after_letter) {
      size_t end = i + sep;
      while (end < s.size() && IsAsciiLetter(s[end])) ++end;
      const std::string ending =
          AsciiLowerCopy(std::string_view(s).substr(i + sep, end - i - sep));
      const bool ends_word = end == s.size() || !IsAsciiLetter(s[end]);
      const bool lower =
          end > i + sep && s[i + sep] >= 'a' && s[i + sep] <= 'z';
      bool known = false;
      for (std::string_view e : kInclusiveEndings) known = known || ending == e;
      // Both separators close the word with a known lower-case ending; a period
      // followed by such an ending and no space is not the end of a sentence.
      if (known && lower && ends_word) {
        i = end;
        continue;
      }
    }
    out += s[i++];
  }
  s.swap(out);
}

// The ASCII letter that U+00C0..U+00FF (UTF-8 C3 80..C3 BF) folds to without
// its accent, or 0 for the few that fold otherwise (Æ, ß, Ø, ×...), which go
// the long way.
char FoldLatin1Letter(unsigned char second_byte, bool keep_case) {
  // U+00C0 to U+00FF, in order: ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß then the
  // same in lower case, with ÷ for × and ÿ for ß.
  static constexpr char kBase[] = "AAAAAA\0CEEEEIIII\0NOOOOO\0\0UUUUY\0\0";
  const int index = second_byte - 0x80;
  if (index < 0 || index >= 64) return 0;
  if (index == 0x3F) return 'y';  // ÿ
  const char upper = kBase[index % 32];
  if (upper == 0) return 0;
  return (index >= 32 || !keep_case) ? static_cast<char>(upper - 'A' + 'a')
                                     : upper;
}

// Folds the words that need none of utf8proc, the replacements, elisions,
// inclusive endings or digit groups: ASCII letters and the accented letters
// of Latin-1, which make up nearly every word of a French text. nullopt for
// anything else.
std::optional<std::string> FoldSimpleWord(std::string_view text,
                                          bool keep_case) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (IsAsciiLetter(c)) {
      out += (keep_case || c > 'Z') ? c : static_cast<char>(c - 'A' + 'a');
      continue;
    }
    if (static_cast<unsigned char>(c) != 0xC3 || i + 1 == text.size())
      return std::nullopt;
    const char folded =
        FoldLatin1Letter(static_cast<unsigned char>(text[++i]), keep_case);
    if (folded == 0) return std::nullopt;
    out += folded;
  }
  return out;
}

utf8proc_option_t MappingOptions(bool keep_case) {
  return static_cast<utf8proc_option_t>(
      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
      (keep_case ? 0 : UTF8PROC_CASEFOLD) | UTF8PROC_STRIPMARK);
}

// utf8proc's compatibility decomposition, case folding and mark stripping of
// valid UTF-8 `text`, as one call; "" if utf8proc fails.
std::string MapWithUtf8proc(std::string_view text, bool keep_case) {
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &mapped,
                   MappingOptions(keep_case));
  std::string out;
  if (length >= 0)
    out.assign(reinterpret_cast<const char*>(mapped),
               static_cast<size_t>(length));
  std::free(mapped);
  return out;
}

// Hangul jamo, in any of their blocks: the only characters that utf8proc's
// composition joins to a neighbour that mark stripping keeps (syllables from
// leading and vowel jamo), so a text holding one is mapped whole.
bool ComposesWithNeighbours(utf8proc_int32_t cp) {
  return (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F) ||
         (cp >= 0xA960 && cp <= 0xA97F) || (cp >= 0xD7B0 && cp <= 0xD7FF) ||
         (cp >= 0xFFA0 && cp <= 0xFFDC);
}

// The same mapping as MapWithUtf8proc(ValidUtf8(text)), one code point at a
// time: ASCII and Latin-1 letters directly, any other code point through
// utf8proc once per thread, then from a cache. Equal because, marks being
// stripped, only jamo compose across code points; nullopt for a text with
// jamo. Whole texts are folded for every article indexed, where the single
// utf8proc call and its validation pass were a tenth of the indexing time.
std::optional<std::string> MapByCodePoint(std::string_view text,
                                          bool keep_case) {
  thread_local absl::flat_hash_map<int64_t, std::string> cache;
  if (cache.size() > 8192) cache.clear();
  std::string out;
  out.reserve(text.size());
  const auto* data = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  const auto size = static_cast<utf8proc_ssize_t>(text.size());
  for (utf8proc_ssize_t pos = 0; pos < size;) {
    const unsigned char byte = data[pos];
    if (byte < 0x80) {
      out += static_cast<char>(
          !keep_case && byte >= 'A' && byte <= 'Z' ? byte - 'A' + 'a' : byte);
      ++pos;
      continue;
    }
    if (byte == 0xC3 && pos + 1 < size) {
      if (const char letter = FoldLatin1Letter(data[pos + 1], keep_case)) {
        out += letter;
        pos += 2;
        continue;
      }
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(data + pos, size - pos, &cp);
    if (n <= 0) {  // as ValidUtf8 does: U+FFFD for the byte
      cp = 0xFFFD;
      n = 1;
    }
    if (ComposesWithNeighbours(cp)) return std::nullopt;
    const int64_t key = (int64_t{cp} << 1) | (keep_case ? 1 : 0);
    auto it = cache.find(key);
    if (it == cache.end()) {
      utf8proc_uint8_t encoded[4];
      const utf8proc_ssize_t length = utf8proc_encode_char(cp, encoded);
      it = cache
               .emplace(key, MapWithUtf8proc(
                                 std::string_view(
                                     reinterpret_cast<const char*>(encoded),
                                     static_cast<size_t>(length)),
                                 keep_case))
               .first;
    }
    out += it->second;
    pos += n;
  }
  return out;
}

// The steps after utf8proc's mapping: apostrophes and ligatures, elisions,
// inclusive endings and digit groups.
std::string FinishFolding(std::string out) {
  out = absl::StrReplaceAll(
      out, {{"\xE2\x80\x99", "'"},  // U+2019 right single quote
            {"\xCA\xBC", "'"},      // U+02BC modifier apostrophe
            {"\xE2\x80\x98", "'"},  // U+2018 left single quote
            {"\xC5\x93", "oe"},     // œ
            {"\xC5\x92", "OE"},     // Œ
            {"\xC3\xA6", "ae"},     // æ
            {"\xC3\x86", "AE"}});   // Æ
  SplitElisions(out);
  DropInclusiveEndings(out);
  JoinDigitGroups(out);
  return out;
}

std::string Fold(std::string_view text, bool keep_case) {
  if (std::optional<std::string> simple = FoldSimpleWord(text, keep_case))
    return *std::move(simple);
  std::optional<std::string> mapped = MapByCodePoint(text, keep_case);
  return FinishFolding(mapped ? *std::move(mapped)
                              : MapWithUtf8proc(ValidUtf8(text), keep_case));
}

}  // namespace

std::string FoldByWholeTextMapping(std::string_view text, bool keep_case) {
  return FinishFolding(MapWithUtf8proc(ValidUtf8(text), keep_case));
}

bool IsElision(std::string_view folded_word) {
  for (std::string_view elided : kElisions) {
    if (folded_word == elided) return true;
  }
  return false;
}

bool IsApostrophe(char32_t c) {
  return c == U'\'' || c == U'\u2019' || c == U'\u02BC' || c == U'\u2018';
}

namespace {

// The Unicode category of the first character of `text`; Cn (unassigned) for
// an empty text or one that does not open with UTF-8.
utf8proc_category_t FirstCategory(std::string_view text) {
  utf8proc_int32_t first = -1;
  if (text.empty() ||
      utf8proc_iterate(
          reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
          static_cast<utf8proc_ssize_t>(std::min<size_t>(text.size(), 4)),
          &first) < 0)
    return UTF8PROC_CATEGORY_CN;
  return utf8proc_category(first);
}

}  // namespace

bool OpensWithCapital(std::string_view text) {
  const utf8proc_category_t category = FirstCategory(text);
  return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

bool OpensWithLowerCase(std::string_view text) {
  return FirstCategory(text) == UTF8PROC_CATEGORY_LL;
}

std::string FoldText(std::string_view text) {
  return Fold(text, /*keep_case=*/false);
}

std::string FoldAccentsKeepingCase(std::string_view text) {
  return Fold(text, /*keep_case=*/true);
}

std::string FilterKey(std::string_view text) {
  const std::string folded = FoldText(text);
  std::string key;
  key.reserve(folded.size());
  for (char c : folded) {
    const auto byte = static_cast<unsigned char>(c);
    const bool separator = byte < 0x80 && !std::isalnum(byte);
    if (!separator) {
      key += c;
    } else if (!key.empty() && key.back() != ' ') {
      key += ' ';
    }
  }
  if (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

bool HoldsWords(std::string_view name, std::string_view key) {
  if (key.empty()) return false;
  for (size_t at = name.find(key); at != std::string_view::npos;
       at = name.find(key, at + 1)) {
    const size_t end = at + key.size();
    if ((at == 0 || name[at - 1] == ' ') &&
        (end == name.size() || name[end] == ' '))
      return true;
  }
  return false;
}

}  // namespace newsq::internal
