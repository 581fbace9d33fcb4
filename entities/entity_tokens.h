// Internal: the words of a text as the entity recogniser sees them: with their
// capitals, the elision glued before them, and the punctuation around them.
#ifndef NEWSQ_ENTITIES_ENTITY_TOKENS_H_
#define NEWSQ_ENTITIES_ENTITY_TOKENS_H_

#include <string>
#include <string_view>
#include <vector>

namespace newsq::internal {

struct EntityToken {
  std::string text;  // the word, without a leading elision; "J." for initials
  bool capitalised = false;
  bool acronym = false;  // two letters or more, all capitals ("OTAN")
  bool initial = false;  // a capital and a full stop inside a name ("J.")
  bool sentence_start = false;
  bool elided_before = false;  // "d'OpenAI": the token is "OpenAI"
  std::string elision;         // that elision as written ("d'", "l’"), or ""
  // The last punctuation mark between the previous word and this one (0 when
  // only spaces stand there): ',' '(' ')' '.' ...
  char32_t mark_before = 0;
  // The first punctuation mark after the word, before the next one.
  char32_t mark_after = 0;

  // The token as it reads inside a name, with its elision ("l'Ouest").
  std::string InName() const { return elision + text; }
};

// Splits text into word tokens; hyphens and inner apostrophes stay inside
// words, except after an elided particle ("d'OpenAI" gives "OpenAI"). A
// sentence starts after . ! ? : a line break, guillemets and dashes, but not
// after "M." or an initial ("J.D. Vance").
std::vector<EntityToken> TokeniseForEntities(std::string_view text);

// Sets `capitalised` and `acronym` from the token's letters.
void ClassifyCapitals(EntityToken& token);

// True for "C'était", "Jusqu'ici", "Aujourd'hui": an apostrophe followed by a
// lower-case letter inside one word (names go on in capitals: "O'Neill").
bool HasElisionBeforeLowercase(std::string_view word);

// True for a word of digits only ("2030").
bool IsNumber(std::string_view word);

// The word with its first letter in lower case ("Selon" -> "selon").
std::string LowerFirst(std::string_view word);

// `word` with the first letter of each hyphenated part kept and the others
// in lower case, accents included: "PÉROU" -> "Pérou", "ÉTATS-UNIS" ->
// "États-Unis".
std::string TitleCase(std::string_view word);

// The words of a name, split at spaces (runs of them count as one), as views
// into `name`.
std::vector<std::string_view> NameWords(std::string_view name);

}  // namespace newsq::internal

#endif  // NEWSQ_ENTITIES_ENTITY_TOKENS_H_
