// Internal: the normal form newsq gives French text before it becomes terms.
#ifndef NEWSQ_ENGINE_TEXT_FOLDING_H_
#define NEWSQ_ENGINE_TEXT_FOLDING_H_

#include <string>
#include <string_view>

namespace newsq::internal {

// Folds UTF-8 text so that the forms a French reader treats as one match as
// one:
//  - Unicode compatibility composition (NFKC), then case folding and removal of
//  accents
//    ("Élysée" -> "elysee"), ligatures spelled out ("œuvre" -> "oeuvre");
//  - typographic apostrophes (’ ʼ ‘) become "'", and the elided articles and
//  pronouns
//    (l' d' j' qu' n' s' c' m' t' jusqu' lorsqu' puisqu' quoiqu') are cut off
//    their word
//    ("l’offre" -> "l offre"), while "aujourd'hui" and "presqu'île" stay whole;
//  - no-break and other spaces become plain spaces.
// Invalid UTF-8 bytes become U+FFFD. The result is valid UTF-8.
std::string FoldText(std::string_view text);

// FoldText without the case folding: accents, ligatures, apostrophes, elisions
// and spaces are handled the same, but "OpenAI" stays "OpenAI". Query parsing
// needs the case, because Xapian leaves capitalised query words unstemmed (a
// name is not a French word to stem: the stemmer would read "OpenAI" as a verb
// form and reduce it to "open").
std::string FoldAccentsKeepingCase(std::string_view text);

// What FoldText (keep_case false) and FoldAccentsKeepingCase (true) return,
// computed the slow way: the whole text through utf8proc at once, without
// their shortcuts. The reference the tests hold them to.
std::string FoldByWholeTextMapping(std::string_view text, bool keep_case);

// The form in which filter values (outlets, entities, authors, sections) are
// indexed and compared: FoldText, then every run of ASCII punctuation and
// spaces made one space, trimmed. "L'Express", "l’express" and "L Express" all
// give "l express"; "Le Matin-Express" gives "le matin express".
std::string FilterKey(std::string_view text);

// True when the filter key `key` is whole words of the filter key `name`
// ("macron" of "emmanuel macron", "tech sphere" of "tech sphere mag"), not a
// part of one ("macron" of "macronie").
bool HoldsWords(std::string_view name, std::string_view key);

// True for a folded word that French elides before a vowel ("l", "qu", "jusqu",
// ...).
bool IsElision(std::string_view folded_word);

// True for the characters that FoldText and the analyser treat as apostrophes.
bool IsApostrophe(char32_t c);

// Whether `text` opens with a capital letter (Unicode Lu or Lt: "A", "É",
// "Ł"), or with a lower-case one (Ll: "a", "é", "ß"). False for an empty text,
// a digit, a sign ("×") or bytes that are not UTF-8.
bool OpensWithCapital(std::string_view text);
bool OpensWithLowerCase(std::string_view text);

}  // namespace newsq::internal

#endif  // NEWSQ_ENGINE_TEXT_FOLDING_H_
