// Writes the recogniser's list of names typed from the news
// (entities/news_names.inc): silver knowledge drawn from OrangeSum's parsed
// articles (../shared/corpora/orangesum), as its README allows.
//
// The rules type a name from evidence in one article ("la société Renfe", "à
// Soissons", "le groupe Pink Floyd") and leave it untyped in another that
// gives none. Run over every article, they say what each name is where the
// news says it. A name of one word is listed with that type when the rules
// left it untyped in at least one article (else the list would add nothing),
// typed it in at least kMinTypedArticles articles and in at least half as
// many as they left it untyped (or, for a name the news types in
// kManyTypedArticles articles or more, in any share of them, when they agree
// on its type in kStrongAgreement of those: "son compte Twitter" is written
// far less often than "sur Twitter"), and gave the same type in at least
// kMinAgreement of those, unless the news also writes it in lower case in
// kMaxLowerCaseShare of the articles that name it, or more (and twice: one
// slip of the keyboard keeps no name out; web addresses and handles,
// "facebook.com", "@twitter", are no writing in lower case): a common word
// ("au Monde", "au Point", "les Législatives") is only ever typed by a cue
// that misled. Names of several words are left out: their own
// words type them (given names, place and organisation words), and where
// those say nothing the rules' default (two or three capitalised words are a
// person) is no evidence. The recogniser reads the list only for names its
// rules leave untyped, and never while this program runs (FindNamesWithEvidence
// gives the rules' own types), so the list does not feed on itself.
//
// Usage: make_news_names ORANGESUM_DIR OUTPUT.inc   (scripts/make-news-names)
#include <array>
#include <cctype>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "entities/entities.h"
#include "entities/entity_tokens.h"
#include "newsq/article.h"
#include "tests/orangesum_articles.h"

namespace newsq::internal {
namespace {

constexpr int kMinTypedArticles = 3;
constexpr double kMinAgreement = 0.9;
// A name the rules type in few of the articles that name it is a word that
// evidence sometimes misleads ("a demandé à Google"), not a place.
constexpr int kMaxUntypedPerTyped = 2;
constexpr int kManyTypedArticles = 100;
constexpr double kStrongAgreement = 0.95;
constexpr double kMaxLowerCaseShare = 0.05;

// Articles in which the rules gave a name each type, and none.
struct TypeCounts {
  std::array<int, 3> typed{};  // PER, LOC, ORG
  int untyped = 0;
};

int TypeIndex(const std::string& type) {
  if (type == Entity::kPerson) return 0;
  if (type == Entity::kPlace) return 1;
  if (type == Entity::kOrganisation) return 2;
  return -1;
}

// The lower-case words of `text`, one run between spaces, as below.
void CountLowerCaseWordsOfRun(std::string_view text,
                              absl::flat_hash_map<std::string, int>& counts) {
  size_t start = 0;
  auto flush = [&](size_t end) {
    if (end > start) {
      const std::string_view word = text.substr(start, end - start);
      if (LowerFirst(word) == word) ++counts[std::string(word)];
    }
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = text[i];
    const bool apostrophe = text.compare(i, 3, "\xE2\x80\x99") == 0;
    if (apostrophe || (c < 0x80 && !std::isalnum(c) && c != '-')) {
      flush(i);
      if (apostrophe) i += 2;
      start = i + 1;
    }
  }
  flush(text.size());
}

// True for a run of text between spaces that is an address or a handle
// ("https://www.facebook.com/x", "lemonde.fr", "@Twitter", "#MeToo"), whose
// words are written in lower case whatever they name.
bool IsAddressOrHandle(std::string_view run) {
  if (run.find("://") != std::string_view::npos ||
      run.find("www.") != std::string_view::npos ||
      run.find_first_of("@#/") != std::string_view::npos)
    return true;
  // A dot between two letters: a domain ("facebook.com"), not a sentence's
  // end ("Facebook.").
  for (size_t i = 1; i + 1 < run.size(); ++i) {
    if (run[i] == '.' && std::isalpha(static_cast<unsigned char>(run[i - 1])) &&
        std::isalpha(static_cast<unsigned char>(run[i + 1])))
      return true;
  }
  return false;
}

// Counts, in `counts`, each word of `text` written in lower case: split at
// ASCII spaces, punctuation and typographic apostrophes ("l’avion"), words
// whose first letter is no capital, outside addresses and handles.
void CountLowerCaseWords(std::string_view text,
                         absl::flat_hash_map<std::string, int>& counts) {
  for (size_t run_start = 0; run_start < text.size();) {
    size_t run_end = text.find_first_of(" \n\t", run_start);
    if (run_end == std::string_view::npos) run_end = text.size();
    const std::string_view run = text.substr(run_start, run_end - run_start);
    if (!IsAddressOrHandle(run)) CountLowerCaseWordsOfRun(run, counts);
    run_start = run_end + 1;
  }
}

// A C++ string literal for `text` (names may hold quotes and backslashes).
std::string Literal(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

int Run(const std::string& orangesum_dir, const std::string& output) {
  const std::vector<Article> articles =
      testing::ReadOrangeSumArticles(orangesum_dir);
  if (articles.empty()) {
    std::fprintf(stderr, "make_news_names: no article read from %s\n",
                 orangesum_dir.c_str());
    return 1;
  }
  std::map<std::string, TypeCounts> names;
  absl::flat_hash_map<std::string, int> lower_case;
  for (const Article& article : articles) {
    CountLowerCaseWords(article.title, lower_case);
    CountLowerCaseWords(article.text, lower_case);
    for (const NameEvidence& name :
         FindNamesWithEvidence(article.title, article.text)) {
      TypeCounts& counts = names[name.name];
      const int type = TypeIndex(name.rule_type);
      if (type < 0) {
        ++counts.untyped;
      } else {
        ++counts.typed[type];
      }
    }
  }
  static constexpr std::array<const char*, 3> kTypes = {
      Entity::kPerson, Entity::kPlace, Entity::kOrganisation};
  std::FILE* out = std::fopen(output.c_str(), "w");
  if (out == nullptr) {
    std::perror(output.c_str());
    return 1;
  }
  std::fprintf(out,
               "// Generated by scripts/make-news-names from OrangeSum's "
               "articles; do not edit.\n");
  std::array<int, 3> listed{};
  for (const auto& [name, counts] : names) {
    int typed = 0, best = 0;
    for (int t = 0; t < 3; ++t) {
      typed += counts.typed[t];
      if (counts.typed[t] > counts.typed[best]) best = t;
    }
    const auto lower = lower_case.find(LowerFirst(name));
    if (lower != lower_case.end() && lower->second >= 2 &&
        lower->second >= kMaxLowerCaseShare * (typed + counts.untyped))
      continue;
    const bool many_agree = counts.typed[best] >= kManyTypedArticles &&
                            counts.typed[best] >= kStrongAgreement * typed;
    if (name.find(' ') != std::string::npos || counts.untyped == 0 ||
        counts.typed[best] < kMinTypedArticles ||
        counts.typed[best] < kMinAgreement * typed ||
        (typed * kMaxUntypedPerTyped < counts.untyped && !many_agree))
      continue;
    std::fprintf(out, "{%s, \"%s\"},\n", Literal(name).c_str(), kTypes[best]);
    ++listed[best];
  }
  if (std::fclose(out) != 0) {
    std::perror(output.c_str());
    return 1;
  }
  std::printf("%zu articles, %zu names; listed %d PER, %d LOC, %d ORG\n",
              articles.size(), names.size(), listed[0], listed[1], listed[2]);
  return 0;
}

}  // namespace
}  // namespace newsq::internal

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: make_news_names ORANGESUM_DIR OUTPUT.inc\n");
    return 2;
  }
  return newsq::internal::Run(argv[1], argv[2]);
}
