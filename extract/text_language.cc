#include "extract/text_language.h"

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"

namespace newsq::internal {
namespace {

// Words frequent in any text of the language and rare in the other's (no
// "a", "on", "est" is also a compass point but rare in English prose).
const absl::flat_hash_set<std::string_view>& FrenchWords() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "le",    "la",  "les",  "des", "du",   "une", "et",   "est",  "dans",
      "que",   "qui", "pour", "sur", "pas",  "au",  "aux",  "avec", "ce",
      "cette", "il",  "elle", "ils", "sont", "ont", "mais", "ou",   "leur"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& EnglishWords() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "the",  "and", "of",   "to",    "is",   "that",  "it",  "for",
      "with", "was", "are",  "by",    "this", "be",    "at",  "from",
      "have", "has", "were", "which", "they", "their", "but", "not"};
  return *words;
}

}  // namespace

std::string FrenchOrEnglish(std::string_view text) {
  text = text.substr(0, kReadBytes);
  size_t french = 0, english = 0;
  size_t start = 0;
  while (start < text.size()) {
    while (start < text.size() &&
           !absl::ascii_isalpha(static_cast<unsigned char>(text[start])))
      ++start;
    size_t end = start;
    while (end < text.size() &&
           absl::ascii_isalpha(static_cast<unsigned char>(text[end])))
      ++end;
    // A word ends at a letter outside ASCII too: "était" is no "tait".
    const bool whole =
        (start == 0 || static_cast<unsigned char>(text[start - 1]) < 0x80) &&
        (end == text.size() || static_cast<unsigned char>(text[end]) < 0x80);
    if (whole && end > start && end - start <= 5) {
      const std::string word = absl::AsciiStrToLower(
          absl::string_view(text.data() + start, end - start));
      french += FrenchWords().contains(word);
      english += EnglishWords().contains(word);
    }
    start = end;
  }
  if (french >= kMinFunctionWords && french >= 3 * english) return "fr";
  if (english >= kMinFunctionWords && english >= 3 * french) return "en";
  return "";
}

std::string ArticleLanguage(const std::string& declared,
                            std::string_view text) {
  // Languages not written in the Latin alphabet: a text that reads as French
  // or English is not in them (a bilingual Maghreb site's <html lang="ar">
  // over its French pages). Other Latin-script languages share function
  // words with French ("la", "que"), so their declaration stands.
  static const auto* other_scripts = new absl::flat_hash_set<std::string_view>{
      "ar", "fa", "ur", "ps", "he", "yi", "ru", "uk", "be", "bg", "mk",
      "el", "hy", "ka", "zh", "ja", "ko", "th", "hi", "bn", "ta", "am"};
  const bool other_script = other_scripts->contains(declared);
  if (!declared.empty() && declared != "fr" && declared != "en" &&
      !other_script)
    return declared;
  // The text of another alphabet's page may quote French: its own letters
  // must be the fewer. Counted by characters, a multi-byte one once.
  if (other_script) {
    size_t latin = 0, other = 0;
    for (const char c : text.substr(0, kReadBytes)) {
      const auto byte = static_cast<unsigned char>(c);
      latin += absl::ascii_isalpha(byte);
      other += byte >= 0xC0;  // the lead byte of a character past ASCII
    }
    if (other >= latin) return declared;
  }
  const std::string read = FrenchOrEnglish(text);
  return read.empty() ? declared : read;
}

}  // namespace newsq::internal
