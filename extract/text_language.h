// Internal: whether an article's text is French or English, from its
// function words, for pages whose markup says the other or nothing.
#ifndef NEWSQ_EXTRACT_TEXT_LANGUAGE_H_
#define NEWSQ_EXTRACT_TEXT_LANGUAGE_H_

#include <string>
#include <string_view>

namespace newsq::internal {

// "fr" or "en" when the text's most common function words ("le", "des",
// "est"; "the", "of", "is") clearly say so: at least kMinFunctionWords of one
// language's and three times as many as of the other's. "" otherwise (too
// short, mixed, or another language). Reads the first kReadBytes bytes only.
std::string FrenchOrEnglish(std::string_view text);
inline constexpr size_t kMinFunctionWords = 8;
inline constexpr size_t kReadBytes = 20000;

// The language to give an article whose markup declares `declared` (a
// primary subtag, "" for none) and whose text is `text`: `declared`, unless
// it is "", "fr", "en" or a language not written in the Latin alphabet
// ("ar", "ru", "zh"…) and the text clearly is French or English
// (FrenchOrEnglish). Site templates often keep their theme's <html lang="en">
// over French articles, and bilingual sites their other language's.
std::string ArticleLanguage(const std::string& declared, std::string_view text);

}  // namespace newsq::internal

#endif  // NEWSQ_EXTRACT_TEXT_LANGUAGE_H_
