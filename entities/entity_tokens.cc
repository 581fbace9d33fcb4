#include "entities/entity_tokens.h"

#include <utf8proc.h>

#include <algorithm>

#include "entities/entity_lexicon.h"

namespace newsq::internal {
namespace {

bool IsUpper(utf8proc_int32_t cp) {
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}
bool IsLetter(utf8proc_int32_t cp) {
  const auto c = utf8proc_category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}
bool IsWordChar(utf8proc_int32_t cp) {
  const auto c = utf8proc_category(cp);
  return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
         c == UTF8PROC_CATEGORY_ND || c == UTF8PROC_CATEGORY_MN;
}
bool IsSpace(utf8proc_int32_t cp) {
  return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x202F || cp == '\r';
}
bool EndsSentence(utf8proc_int32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == '\n' || cp == ':' ||
         cp == 0xAB || cp == 0xBB || cp == '"' || cp == 0x201C ||
         cp == 0x2014 || cp == 0x2013;
}

// Moves an elision that opens the word ("d'", "L’", "qu'") into the token.
void SplitElision(std::string& word, EntityToken& token) {
  for (std::string_view elided :
       {"d'", "l'", "D'", "L'", "qu'", "d\xE2\x80\x99", "l\xE2\x80\x99",
        "D\xE2\x80\x99", "L\xE2\x80\x99", "qu\xE2\x80\x99"}) {
    if (word.size() > elided.size() &&
        word.compare(0, elided.size(), elided) == 0) {
      token.elision = word.substr(0, elided.size());
      word.erase(0, elided.size());
      token.elided_before = true;
      return;
    }
  }
}

}  // namespace

void ClassifyCapitals(EntityToken& token) {
  utf8proc_int32_t first = -1;
  size_t letters = 0, upper = 0;
  // "xAI", "iPhone", "easyJet": a brand written in camel case is a name too.
  // Its capitalised part is an acronym or a word of three letters or more;
  // OCR noise such as "bœuFs" is neither.
  size_t camel_at = 0;  // letters before the first capital, if not the first
  bool before_joiner = true;  // "vice-Président" is not camel case
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(token.text.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(token.text.size());
  while (left > 0) {
    utf8proc_int32_t cp;
    const utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) break;
    if (first < 0) first = cp;
    if (IsLetter(cp)) {
      ++letters;
      if (IsUpper(cp)) {
        ++upper;
        if (letters > 1 && before_joiner && !IsUpper(first) && camel_at == 0)
          camel_at = letters - 1;
      }
    } else if (cp == '-' || cp == '\'' || cp == 0x2019) {
      before_joiner = false;
    }
    p += n;
    left -= n;
  }
  const size_t camel_letters = camel_at == 0 ? 0 : letters - camel_at;
  const bool camel_case =
      camel_at > 0 && (camel_letters >= 3 || upper == camel_letters);
  token.capitalised = (first >= 0 && IsUpper(first)) || camel_case;
  token.acronym = letters >= 2 && upper == letters;
}

std::vector<EntityToken> TokeniseForEntities(std::string_view text) {
  std::vector<EntityToken> tokens;
  const auto* data = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  const auto size = static_cast<utf8proc_ssize_t>(text.size());
  utf8proc_ssize_t pos = 0;
  utf8proc_ssize_t last_word_end = -1;
  bool sentence_start = true;
  char32_t mark = 0;
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    EntityToken token;
    SplitElision(word, token);
    token.text = std::move(word);
    token.sentence_start = sentence_start;
    token.mark_before = mark;
    ClassifyCapitals(token);
    tokens.push_back(std::move(token));
    word.clear();
    last_word_end = pos;
    sentence_start = false;
    mark = 0;
  };
  while (pos < size) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(data + pos, size - pos, &cp);
    if (n <= 0) {
      n = 1;
      cp = ' ';
    }
    // "CD&V", "AT&T": an ampersand between capitals stays in the acronym.
    const bool ampersand = cp == '&' && !word.empty() && pos + n < size &&
                           IsUpper(static_cast<unsigned char>(text[pos + n]));
    // "4.5", "97,4": a decimal mark inside a number ("GPT-4.5").
    const bool decimal = (cp == '.' || cp == ',') && !word.empty() &&
                         word.back() >= '0' && word.back() <= '9' &&
                         pos + n < size && text[pos + n] >= '0' &&
                         text[pos + n] <= '9';
    const bool joiner =
        ((cp == '-' || cp == '\'' || cp == 0x2019) && !word.empty()) ||
        ampersand || decimal;
    // A hyphen between spaces is a dash ("ALGER - Le Premier ministre"): a
    // dateline's or a heading's end, after which a sentence starts.
    const bool spaced_hyphen = cp == '-' && word.empty() && pos > 0 &&
                               text[pos - 1] == ' ' && pos + 1 < size &&
                               text[pos + 1] == ' ';
    if (IsWordChar(cp) || (joiner && pos + n < size)) {
      word.append(text.data() + pos, static_cast<size_t>(n));
      pos += n;
      continue;
    }
    flush();
    if (!IsSpace(cp)) {
      // "J." right after a lone capital is an initial, which neither ends a
      // sentence nor separates the parts of a name. "M." is the title
      // "Monsieur", which stays outside the name.
      EntityToken* previous = tokens.empty() ? nullptr : &tokens.back();
      if (cp == '.' && previous != nullptr && last_word_end == pos &&
          !previous->initial && previous->text.size() == 1 &&
          previous->capitalised && previous->text != "M") {
        previous->text += '.';
        previous->initial = true;
        pos += n;
        continue;
      }
      mark = static_cast<char32_t>(cp);
      if (previous != nullptr && previous->mark_after == 0 &&
          last_word_end >= 0)
        previous->mark_after = mark;
      // "M." and "MM." are titles, "St." a saint, not sentence ends.
      if ((EndsSentence(cp) || spaced_hyphen) &&
          !(cp == '.' && previous != nullptr &&
            (CourtesyTitles().contains(previous->text) ||
             previous->text == "St")))
        sentence_start = true;
    }
    pos += n;
  }
  flush();
  // "sur X. La Société": a capital and a full stop before a function word end
  // a sentence rather than abbreviate a given name.
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (tokens[i].initial && SentenceWords().contains(tokens[i + 1].text)) {
      tokens[i].text.pop_back();
      tokens[i].initial = false;
      tokens[i + 1].sentence_start = true;
      tokens[i + 1].mark_before = '.';
      tokens[i].mark_after = '.';
    }
  }
  return tokens;
}

bool HasElisionBeforeLowercase(std::string_view word) {
  for (std::string_view apostrophe : {"'", "\xE2\x80\x99"}) {
    const size_t at = word.find(apostrophe);
    if (at == std::string_view::npos || at + apostrophe.size() >= word.size())
      continue;
    utf8proc_int32_t next;
    const std::string_view rest = word.substr(at + apostrophe.size());
    if (utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(rest.data()),
                         static_cast<utf8proc_ssize_t>(rest.size()),
                         &next) > 0 &&
        utf8proc_islower(next))
      return true;
  }
  return false;
}

bool IsNumber(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
    return c >= '0' && c <= '9';
  });
}

std::string LowerFirst(std::string_view word) {
  std::string out(word);
  utf8proc_int32_t cp;
  const auto n =
      utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
                       static_cast<utf8proc_ssize_t>(word.size()), &cp);
  if (n <= 0) return out;
  utf8proc_uint8_t buf[4];
  const auto m = utf8proc_encode_char(utf8proc_tolower(cp), buf);
  return std::string(reinterpret_cast<char*>(buf), static_cast<size_t>(m)) +
         std::string(word.substr(static_cast<size_t>(n)));
}

std::vector<std::string_view> NameWords(std::string_view name) {
  std::vector<std::string_view> words;
  size_t start = 0;
  for (size_t i = 0; i <= name.size(); ++i) {
    if (i == name.size() || name[i] == ' ') {
      if (i > start) words.push_back(name.substr(start, i - start));
      start = i + 1;
    }
  }
  return words;
}

std::string TitleCase(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(word.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(word.size());
  bool first = true;
  while (left > 0) {
    utf8proc_int32_t cp;
    const utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) return std::string(word);  // not UTF-8: left as it is
    utf8proc_uint8_t buf[4];
    const auto m = utf8proc_encode_char(first ? cp : utf8proc_tolower(cp), buf);
    out.append(reinterpret_cast<char*>(buf), static_cast<size_t>(m));
    first = cp == '-';
    p += n;
    left -= n;
  }
  return out;
}

}  // namespace newsq::internal
