// ChooseAuthor: the author candidates of a page, cleaned of their labels
// ("Par", "Auteur :") and trailers ("Publié le ..."), and the choice among
// them.
#include "extract/metadata_author.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_split.h"
#include "engine/ascii.h"
#include "extract/html_dom.h"
#include "extract/json_ld.h"

namespace newsq::internal {
namespace {

// Sites put a profile page's address in <meta name=author>: it names nobody.
bool LooksLikeUrl(std::string_view s) {
  return std::string_view(s).starts_with("http://") ||
         std::string_view(s).starts_with("https://") ||
         std::string_view(s).starts_with("/");
}

// "Par Nadia Berrada, à Rabat - Publié le ..." -> "Nadia Berrada".
std::string CleanAuthor(std::string author) {
  author = CollapseWhitespace(author);
  // Leading punctuation and the "Par"/"By"/"Auteur :" label.
  while (!author.empty() &&
         (author[0] == ',' || author[0] == '-' || author[0] == '|' ||
          author[0] == ' ' || author[0] == ':')) {
    author.erase(0, 1);
  }
  for (std::string_view prefix :
       {"Par ", "par ", "PAR ", "By ", "by ", "Auteur : ", "Auteur: ",
        "Auteure : ", "Auteure: ", "Texte : ", "Texte: "}) {
    if (std::string_view(author).starts_with(prefix)) {
      author = author.substr(prefix.size());
      break;
    }
  }
  for (std::string_view stop :
       {" - ", " | ", " Publié", " publié", " le ", " Mis à jour", ",  ", " à ",
        " •", " ·", " Suivre", " Follow"}) {
    if (size_t pos = author.find(stop); pos != std::string::npos && pos > 0) {
      author = author.substr(0, pos);
    }
  }
  author = std::string(TrimAscii(author));
  while (!author.empty() && (author.back() == ',' || author.back() == '-' ||
                             author.back() == '|')) {
    author.pop_back();
  }
  if (author.size() > 80 || std::count(author.begin(), author.end(), ' ') > 8)
    return {};
  for (char c : author) {
    if (absl::ascii_isdigit(static_cast<unsigned char>(c))) return {};
  }
  // Labels and desks name nobody.
  const std::string lower = AsciiLower(author);
  for (std::string_view generic :
       {"auteur", "auteurs", "auteure", "author", "authors", "par", "by",
        "la rédaction", "rédaction", "la redaction", "redaction", "admin",
        "administrator", "webmaster", "the editors"}) {
    if (lower == generic) return {};
  }
  return author;
}

// True for what reads as a person's name: two to five words, each capitalised
// (particles such as "de", "van", "le" aside), no acronym alone ("AFP" is an
// agency).
bool LooksLikePersonName(std::string_view name) {
  for (std::string_view marker :
       {"(", "@", "/", ":", "www", ".com", ".fr", ".net", ".org"}) {
    if (Contains(name, marker))
      return false;  // "Deutsche Welle (www.dw.com)", "X.com"
  }
  int words = 0, capitalised = 0;
  for (absl::string_view piece :
       absl::StrSplit(absl::string_view(name.data(), name.size()), ' ',
                      absl::SkipEmpty())) {
    ++words;
    const unsigned char first = static_cast<unsigned char>(piece[0]);
    if ((first >= 'A' && first <= 'Z') || first >= 0xC3) ++capitalised;
  }
  return words >= 2 && words <= 5 && capitalised >= 2;
}

// "par Didier Roy", "Par Matthieu Hy le 07 Mai 2020": the capitalised words
// after the first "par"/"Par" of `text`; "" when fewer than two follow.
std::string NameAfterPar(std::string_view text) {
  for (std::string_view marker : {"Par ", "par ", "PAR "}) {
    size_t pos = 0;
    while ((pos = text.find(marker, pos)) != std::string_view::npos) {
      const bool word_start = pos == 0 || text[pos - 1] == ' ' ||
                              text[pos - 1] == '\n' || text[pos - 1] == ',' ||
                              text[pos - 1] == '(' || text[pos - 1] == '|';
      pos += marker.size();
      if (!word_start) continue;
      std::string name;
      std::string_view rest = text.substr(pos, 80);
      rest = rest.substr(0, rest.find('\n'));  // a byline ends with its line
      for (absl::string_view piece :
           absl::StrSplit(absl::string_view(rest.data(), rest.size()), ' ',
                          absl::SkipEmpty())) {
        std::string word(piece.data(), piece.size());
        while (!word.empty() && (word.back() == ',' || word.back() == '.' ||
                                 word.back() == ')')) {
          word.pop_back();
        }
        const unsigned char first =
            word.empty() ? 0 : static_cast<unsigned char>(word[0]);
        const bool capital = (first >= 'A' && first <= 'Z') || first == 0xC3;
        if (!capital || word.size() < 2) break;
        name += (name.empty() ? "" : " ") + word;
        if (piece.back() == ',' || piece.back() == '.' || piece.back() == ')')
          break;
      }
      if (LooksLikePersonName(name)) return name;
    }
  }
  // "De notre envoyé spécial à Koutiala, Boubacar Traoré": the name closes the
  // line.
  for (std::string_view marker :
       {"De notre ", "De nos ", "Notre correspondant", "De notre"}) {
    const size_t at = text.find(marker);
    if (at == std::string_view::npos) continue;
    std::string_view line = text.substr(at, 160);
    line = line.substr(0, line.find('\n'));
    const size_t comma = line.rfind(", ");
    if (comma == std::string_view::npos) continue;
    const std::string name(TrimAscii(line.substr(comma + 2)));
    if (LooksLikePersonName(name)) return name;
  }
  return {};
}

// (name, source) pairs, in the order they are trusted.
using AuthorCandidates = std::vector<std::pair<std::string, std::string>>;

void AddCandidate(AuthorCandidates& tier, std::string_view text,
                  std::string_view from) {
  std::string name = CleanAuthor(std::string(text));
  if (!name.empty()) tier.emplace_back(std::move(name), std::string(from));
}

// The first tier is what the page says of this article: structured data and
// the bylines inside the headline's article block; the second, bylines
// elsewhere and "par <Name>" patterns.
struct AuthorTiers {
  AuthorCandidates first, second;
};

AuthorTiers GatherAuthors(const RawTags& raw, const nlohmann::json* ld) {
  AuthorTiers tiers;
  if (ld != nullptr)
    AddCandidate(tiers.first, JsonString(*ld, "author"), "json-ld");
  for (const char* key :
       {"author", "article:author", "og:article:author", "dc.creator", "byl",
        "sailthru.author", "parsely-author"}) {
    if (auto it = raw.meta.find(key);
        it != raw.meta.end() && !LooksLikeUrl(it->second)) {
      AddCandidate(tiers.first, it->second, key);
    }
  }
  AddCandidate(tiers.first, raw.itemprop_author, "itemprop=author");
  for (const AuthorText& byline : raw.author_texts) {
    if (byline.near_headline)
      AddCandidate(tiers.first, byline.text, "byline near the headline");
  }
  AddCandidate(tiers.second, NameAfterPar(raw.byline_text),
               "\"par\" in the byline");
  AddCandidate(tiers.second, NameAfterPar(raw.headline_area),
               "\"par\" near the headline");
  for (const AuthorText& byline : raw.author_texts) {
    if (!byline.near_headline)
      AddCandidate(tiers.second, byline.text, "byline");
  }
  AddCandidate(tiers.second, NameAfterPar(raw.title_tag),
               "\"par\" in the title");
  return tiers;
}

// The first tier decides when it names a person other than the outlet; else a
// person of the second tier; else the first candidate of either (an agency,
// the outlet itself). nullptr when there is no candidate.
const std::pair<std::string, std::string>* PickAuthor(
    const AuthorTiers& tiers, const std::string& outlet) {
  const std::string outlet_lower = AsciiLower(outlet);
  for (const auto& candidate : tiers.first) {
    if (LooksLikePersonName(candidate.first) &&
        AsciiLower(candidate.first) != outlet_lower) {
      return &candidate;
    }
  }
  for (const auto& candidate : tiers.second) {
    if (LooksLikePersonName(candidate.first)) return &candidate;
  }
  if (!tiers.first.empty()) return &tiers.first.front();
  if (!tiers.second.empty()) return &tiers.second.front();
  return nullptr;
}

}  // namespace

void ChooseAuthor(const RawTags& raw, const nlohmann::json* ld,
                  PageMetadata& md) {
  const AuthorTiers tiers = GatherAuthors(raw, ld);
  if (const auto* chosen = PickAuthor(tiers, md.outlet)) {
    md.author = chosen->first;
    md.sources["author"] = chosen->second;
  }
  if (md.author.empty()) md.sources.erase("author");
}

}  // namespace newsq::internal
