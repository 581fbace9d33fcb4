#include "entities/acronyms.h"

#include <string_view>

#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "engine/text_folding.h"

namespace newsq::internal {
namespace {

// A long form this long or longer is a sentence, not a name.
constexpr size_t kMaxLongFormWords = 12;

bool IsLittleWord(const EntityToken& token) {
  static const auto* words = new std::vector<std::string_view>{
      "de",  "des", "du",  "la",  "le",  "les", "et",  "pour",
      "à",   "au",  "aux", "en",  "sur", "of",  "the", "and",
      "for", "y",   "del", "dei", "di",  "für", "und"};
  if (token.capitalised) return false;
  for (std::string_view w : *words) {
    if (token.text == w) return true;
  }
  return false;
}

// The acronym's capitals, folded ("ZLECAf" -> "zleca").
std::string AcronymLetters(const EntityToken& token) {
  std::string letters;
  for (char c : token.text) {
    if (c >= 'A' && c <= 'Z') letters += static_cast<char>(c - 'A' + 'a');
  }
  return letters;
}

// Whether the token can be an acronym: at least two capitals, starting with
// one, at most ten characters ("SEEG", "ZLECAf", "CD&V" is left out).
bool LooksLikeAcronym(const EntityToken& token) {
  if (!token.capitalised || token.text.size() > 10 || token.initial)
    return false;
  return AcronymLetters(token).size() >= 2 && token.text.front() >= 'A' &&
         token.text.front() <= 'Z';
}

// The folded initial of each hyphen-separated part ("libre-échange" -> "le").
std::string Initials(const EntityToken& token) {
  std::string initials;
  for (absl::string_view part : absl::StrSplit(token.text, '-')) {
    if (part.empty()) continue;
    // Folded as terms are: "Énergie" -> 'e', "œuvres" -> 'o'.
    const std::string folded =
        FoldText(std::string_view(part.data(), part.size()));
    if (!folded.empty()) initials += folded.front();
  }
  return initials;
}

// Whether tokens [i, end) spell `letters` from `at` on by their initials.
// Every other word must give its initial, or one per hyphenated part;
// little words may give theirs ("Alliance pour la République", APR) or not
// ("Organisation de la coopération islamique", OCI).
bool SpellsFrom(const std::vector<EntityToken>& tokens, size_t i, size_t end,
                std::string_view letters, size_t at) {
  if (i == end) return at == letters.size();
  const std::string initials = Initials(tokens[i]);
  if (IsLittleWord(tokens[i])) {
    if (SpellsFrom(tokens, i + 1, end, letters, at)) return true;
    return at < letters.size() && !initials.empty() &&
           letters[at] == initials.front() &&
           SpellsFrom(tokens, i + 1, end, letters, at + 1);
  }
  if (initials.empty() || at >= letters.size()) return false;
  if (initials.size() > 1 && letters.substr(at).starts_with(initials) &&
      SpellsFrom(tokens, i + 1, end, letters, at + initials.size()))
    return true;
  return letters[at] == initials.front() &&
         SpellsFrom(tokens, i + 1, end, letters, at + 1);
}

// Whether tokens [begin, end) spell `letters` by their initials, with at
// least two words that are not little ones.
bool SpellsByInitials(const std::vector<EntityToken>& tokens, size_t begin,
                      size_t end, std::string_view letters) {
  int content_words = 0;
  for (size_t i = begin; i < end; ++i)
    content_words += !IsLittleWord(tokens[i]);
  return content_words >= 2 && SpellsFrom(tokens, begin, end, letters, 0);
}

std::string JoinLongForm(const std::vector<EntityToken>& tokens, size_t begin,
                         size_t end) {
  std::vector<std::string> words;
  for (size_t i = begin; i < end; ++i)
    words.push_back(i == begin ? tokens[i].text : tokens[i].InName());
  return absl::StrJoin(words, " ");
}

// Whether tokens [begin, end) read as one phrase: no punctuation between them
// and no sentence start inside.
bool OnePhrase(const std::vector<EntityToken>& tokens, size_t begin,
               size_t end) {
  for (size_t i = begin + 1; i < end; ++i) {
    if (tokens[i].mark_before != 0 || tokens[i].sentence_start) return false;
  }
  return true;
}

}  // namespace

std::vector<AcronymDefinition> FindAcronymDefinitions(
    const std::vector<EntityToken>& tokens) {
  std::vector<AcronymDefinition> definitions;
  size_t free_from = 0;  // definitions do not overlap
  for (size_t k = 0; k < tokens.size(); ++k) {
    const EntityToken& acronym = tokens[k];
    if (!LooksLikeAcronym(acronym)) continue;
    const std::string letters = AcronymLetters(acronym);
    // "Long Form (ACR)": the shortest phrase before the bracket that works.
    if (acronym.mark_before == '(' && acronym.mark_after == ')' && k > 0) {
      bool found = false;
      for (size_t begin = k;
           begin-- > free_from && k - begin <= kMaxLongFormWords;) {
        if (!OnePhrase(tokens, begin, k)) break;
        if (IsLittleWord(tokens[begin])) continue;
        if (SpellsByInitials(tokens, begin, k, letters)) {
          // A long form in lower case ("taxe sur les terrains non bâtis")
          // makes the acronym a common noun's.
          definitions.push_back({acronym.text, JoinLongForm(tokens, begin, k),
                                 begin, k, !tokens[begin].capitalised});
          free_from = k + 1;
          found = true;
          break;
        }
      }
      if (found) continue;
    }
    // "ACR (Long Form)": the bracket's whole content.
    if (acronym.mark_after == '(' && k + 1 < tokens.size() &&
        tokens[k + 1].capitalised && k >= free_from) {
      size_t end = k + 1;
      while (end < tokens.size() && end - k <= kMaxLongFormWords &&
             tokens[end].mark_after != ')')
        ++end;
      if (end < tokens.size() && tokens[end].mark_after == ')' &&
          OnePhrase(tokens, k + 1, end + 1) &&
          SpellsByInitials(tokens, k + 1, end + 1, letters)) {
        definitions.push_back({acronym.text,
                               JoinLongForm(tokens, k + 1, end + 1), k, end,
                               false});
        free_from = end + 1;
      }
    }
  }
  return definitions;
}

bool SpellsAcronym(std::string_view long_form, std::string_view acronym) {
  EntityToken probe{std::string(acronym)};
  ClassifyCapitals(probe);
  if (!LooksLikeAcronym(probe)) return false;
  const std::vector<EntityToken> words = TokeniseForEntities(long_form);
  return !words.empty() && words.front().capitalised &&
         words.size() <= kMaxLongFormWords &&
         SpellsByInitials(words, 0, words.size(), AcronymLetters(probe));
}

}  // namespace newsq::internal
