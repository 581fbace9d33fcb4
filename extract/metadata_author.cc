// ChooseAuthor: the author candidates of a page, cleaned of their labels
// ("Par", "Auteur :") and trailers ("Publié le ..."), and the choice among
// them.
#include "extract/metadata_author.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/container/flat_hash_set.h"
#include "absl/functional/function_ref.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "engine/ascii.h"
#include "engine/outlet_domains.h"
#include "engine/text_folding.h"
#include "entities/entity_lexicon.h"
#include "entities/entity_tokens.h"
#include "extract/html_dom.h"
#include "extract/json_ld.h"
#include "extract/main_text.h"
#include "extract/page_dates.h"

namespace newsq::internal {
namespace {

// Sites put a profile page's address in <meta name=author>: it names nobody.
bool LooksLikeUrl(std::string_view s) {
  return std::string_view(s).starts_with("http://") ||
         std::string_view(s).starts_with("https://") ||
         std::string_view(s).starts_with("/");
}

bool IsNewsAgencyCredit(std::string_view credit);

// The characters of UTF-8 `text`: its bytes but continuation bytes.
size_t Utf8Length(std::string_view text) {
  return static_cast<size_t>(std::count_if(
      text.begin(), text.end(),
      [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Whether `text` opens with the name of the newsroom or of one of its desks
// ("Rédaction en ligne", "La Rédaction web", "Service Sport", "Pôle
// Enquêtes"), a whole word (not "Serviceman").
bool NamesANewsroom(std::string_view text) {
  const std::string folded = FoldText(text);
  for (std::string_view desk :
       {"la redaction", "redaction", "le service", "service", "pole", "desk",
        "la rubrique", "rubrique"}) {
    if (folded.starts_with(desk) &&
        (folded.size() == desk.size() ||
         !absl::ascii_isalnum(static_cast<unsigned char>(folded[desk.size()]))))
      return true;
  }
  return false;
}

// Whether `word`, a word of fewer than four letters in capitals, reads as
// part of a name rather than an acronym: three letters of which two are
// vowels ("AYA", "YAO", "GUY"), or a consonant and a vowel ("BA", "SY", "LY",
// "BÂ": surnames of West Africa), and no agency ("AFP", "MAP") nor one of
// the bodies whose acronyms read so ("ONU").
bool ShortWordOfAName(std::string_view word) {
  static const auto* acronyms = new absl::flat_hash_set<std::string_view>{
      "ONU", "OUA", "OEA", "UEA", "OIE", "AIE", "OEB", "UEO"};
  if (IsNewsAgencyCredit(word) || acronyms->contains(word)) return false;
  // Letters, not bytes: an accented capital ("Â", "É") is two bytes, and a
  // vowel (but for "Ç").
  std::vector<bool> vowels;
  for (size_t i = 0; i < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    if (c == 0xC3 && i + 1 < word.size()) {
      vowels.push_back(static_cast<unsigned char>(word[++i]) != 0x87);
    } else if (c < 0x80 && absl::ascii_isupper(c)) {
      vowels.push_back(std::string_view("AEIOUY").find(static_cast<char>(c)) !=
                       std::string_view::npos);
    } else {
      return false;
    }
  }
  if (vowels.size() == 3)
    return std::count(vowels.begin(), vowels.end(), true) >= 2;
  return vowels.size() == 2 && !vowels[0] && vowels[1];
}

// "N'guessan" -> "N'Guessan", "O'neill" -> "O'Neill", "N’diaye" ->
// "N’Diaye": a one-letter elision opening a surname is followed by a
// capital.
std::string CapitalAfterElision(std::string word) {
  if (word.size() < 3 || !absl::ascii_isalpha(word[0])) return word;
  size_t next = 0;
  if (word[1] == '\'') next = 2;
  if (std::string_view(word).substr(1).starts_with("’")) next = 4;
  if (next > 0 && next < word.size())
    word[next] = absl::ascii_toupper(static_cast<unsigned char>(word[next]));
  return word;
}

// "LILIAN ALEMAGNA, LAURE BRETTON" -> "Lilian Alemagna, Laure Bretton": names
// that a byline prints in capitals, written as names are ("AYA N'GUESSAN ET
// SERGE-ALAIN KOUADIO YAO" is two of them). Only when every name has two
// words or more and no lower-case letter ("Chokri GHARBI" stays), one word of
// four letters or more, and every shorter word but a particle reads as part
// of a name (ShortWordOfAName): acronyms ("AFP REUTERS") stay as they are.
std::string NamesOutOfCapitals(const std::string& author) {
  constexpr std::string_view kParticles[] = {"De",  "Du",  "Des", "La", "Le",
                                             "Van", "Von", "Der", "Da", "Di"};
  auto is_particle = [&](const std::string& word) {
    return std::find(std::begin(kParticles), std::end(kParticles), word) !=
           std::end(kParticles);
  };
  if (std::any_of(author.begin(), author.end(), absl::ascii_islower))
    return author;
  std::vector<std::string> names;
  for (absl::string_view part :
       absl::StrSplit(author, absl::ByAnyChar(","), absl::SkipWhitespace())) {
    for (absl::string_view name :
         absl::StrSplit(part, " ET ", absl::SkipWhitespace())) {
      std::vector<std::string> words;
      bool long_word = false;
      for (absl::string_view word :
           absl::StrSplit(name, ' ', absl::SkipEmpty())) {
        const std::string_view letters(word.data(), word.size());
        std::string titled = CapitalAfterElision(TitleCase(letters));
        if (is_particle(titled) && !words.empty()) {
          titled = AsciiLower(titled);
        } else if (Utf8Length(letters) >= 4) {
          long_word = true;
        } else if (!ShortWordOfAName(letters)) {
          return author;
        }
        words.push_back(std::move(titled));
      }
      if (words.size() < 2 || !long_word) return author;
      std::string written = absl::StrJoin(words, " ");
      // "PAR MOUSSA DIOP ET LA RÉDACTION": the newsroom signs nothing.
      if (NamesANewsroom(written)) continue;
      names.push_back(std::move(written));
    }
  }
  return names.empty() ? author : absl::StrJoin(names, ", ");
}

// A news agency's credit and nothing else: "AFP", "Belga/AFP", "AFP et
// Reuters", "MAP", "Keystone-ATS", or with initials in capitals beside it
// ("OLJ/AFP"). An agency sends the dispatch; it does not sign it as an author
// does.
bool IsNewsAgencyCredit(std::string_view credit) {
  static const auto* agencies =
      new absl::flat_hash_set<std::string_view>{"afp",
                                                "agence france-presse",
                                                "agence france presse",
                                                "france-presse",
                                                "reuters",
                                                "ap",
                                                "associated press",
                                                "belga",
                                                "ats",
                                                "keystone-ats",
                                                "sda",
                                                "map",
                                                "aps",
                                                "tap",
                                                "aip",
                                                "acp",
                                                "anp",
                                                "amap",
                                                "aib",
                                                "apa",
                                                "pana",
                                                "dpa",
                                                "efe",
                                                "ansa",
                                                "xinhua",
                                                "kyodo",
                                                "upi",
                                                "anadolu",
                                                "relaxnews",
                                                "etx studio",
                                                "etx daily up",
                                                "bloomberg",
                                                "cp",
                                                "la presse canadienne",
                                                "presse canadienne",
                                                "ria novosti",
                                                "tass"};
  // The parts, as written and lower-cased (the separators are ASCII, so both
  // keep the same offsets).
  std::string written(TrimAscii(credit));
  std::string rest = AsciiLower(written);
  for (std::string_view separator : {"/", " et ", " avec ", ",", "&", "(", ")"})
    for (size_t at; (at = rest.find(separator)) != std::string::npos;) {
      rest.replace(at, separator.size(), "|");
      written.replace(at, separator.size(), "|");
    }
  bool any = false;
  for (absl::string_view part : absl::StrSplit(rest, '|', absl::SkipEmpty())) {
    const std::string_view name =
        TrimAscii(std::string_view(part.data(), part.size()));
    if (name.empty()) continue;
    // "Associated Press" whole, or "AFP REUTERS" word by word.
    bool agency = agencies->contains(name);
    if (!agency) {
      agency = true;
      for (absl::string_view word :
           absl::StrSplit(absl::string_view(name.data(), name.size()), ' ',
                          absl::SkipEmpty())) {
        agency = agency &&
                 agencies->contains(std::string_view(word.data(), word.size()));
      }
    }
    if (!agency) {
      // The newsroom's or the writer's initials beside the agency ("OLJ/AFP",
      // "LP/AFP"): no name to show as an author's.
      const std::string_view as_written =
          TrimAscii(std::string_view(written).substr(
              static_cast<size_t>(part.data() - rest.data()), part.size()));
      if (as_written.size() < 2 || as_written.size() > 5 ||
          !std::all_of(as_written.begin(), as_written.end(),
                       [](char c) { return c >= 'A' && c <= 'Z'; }))
        return false;
      continue;
    }
    any = true;
  }
  return any;
}

bool NamesPeople(std::string_view author);

// The labels a byline may open with before a name, lower-cased, with or
// without a colon ("Auteur : X", "Texte X", when the label is an element of
// its own).
const std::vector<std::string_view>& NameLabels() {
  static const auto* labels = new std::vector<std::string_view>{
      "auteur",  "auteure", "auteurs", "auteures", "author",
      "authors", "texte",   "textes",  "signé",    "signée"};
  return *labels;
}

// Those, and the labels that stand as such only before a colon: "Rédaction"
// opens a newsroom's name ("Rédaction Sud Ouest") as often as it labels one;
// an interview's byline names who asked ("Interview: X", "Entretien : X"),
// where "Entretien avec X" names who answered; "Source : ATS" credits an
// agency (or another outlet), which the agency rules then read.
bool IsBylineLabel(std::string_view label) {
  return std::find(NameLabels().begin(), NameLabels().end(), label) !=
             NameLabels().end() ||
         label == "propos recueillis" || label == "rédaction" ||
         label == "redaction" || label == "journaliste" ||
         label == "journalistes" || label == "texte et photos" ||
         label == "textes et photos" || label == "texte et photo" ||
         label == "texte et images" || label == "interview" ||
         label == "entretien" || label == "propos recueillis par" ||
         label == "source";
}

// The words a byline opens with before its names: "Par", "Un reportage de",
// "Texte de", "Signé"...
const std::vector<std::string_view>& BylineLeadIns() {
  static const auto* lead_ins =
      new std::vector<std::string_view>{"Par ",
                                        "par ",
                                        "PAR ",
                                        "By ",
                                        "by ",
                                        "Publié par ",
                                        "publié par ",
                                        "Un article de ",
                                        "Article de ",
                                        "Un reportage de ",
                                        "Reportage de ",
                                        "Enquête de ",
                                        "Chronique de ",
                                        "Analyse de ",
                                        "Signé ",
                                        "Une enquête de ",
                                        "Une chronique de ",
                                        "Texte de ",
                                        "Écrit par ",
                                        "écrit par ",
                                        "Rédigé par ",
                                        "rédigé par ",
                                        "Posté par ",
                                        "posté par ",
                                        "Posted by ",
                                        "posted by ",
                                        "Written by ",
                                        "written by "};
  return *lead_ins;
}

// A genre's label before a writer's name: "La chronique de X" is {"chronique",
// "X"}, when X names people and the genre is one a writer signs; nullopt for
// anything else.
struct GenreLabel {
  std::string_view genre;
  std::string name;
};
std::optional<GenreLabel> SplitGenreLabel(std::string_view byline) {
  std::string_view rest = byline;
  bool article = false;
  for (std::string_view opening : {"Un ", "Une ", "Le ", "La ", "L'", "L’",
                                   "un ", "une ", "le ", "la ", "l'", "l’"}) {
    if (rest.starts_with(opening)) {
      rest.remove_prefix(opening.size());
      article = true;
      break;
    }
  }
  if (!article) return std::nullopt;
  // The writer after "de": names, before a role after a comma ("Marc
  // Vandeputte, géographe").
  const auto writer_after = [](std::string_view after) -> std::string_view {
    for (std::string_view de : {"de ", "d'", "d’"}) {
      if (!after.starts_with(de)) continue;
      std::string_view names = after.substr(de.size());
      if (NamesPeople(names)) return names;
      names = names.substr(0, names.find(", "));
      return NamesPeople(names) ? names : std::string_view();
    }
    return {};
  };
  // Genres of two words: a guest's column in Belgium ("carte blanche"), an
  // opinion page's ("libre opinion").
  for (std::string_view genre : {"carte blanche ", "libre opinion "}) {
    if (!rest.starts_with(genre)) continue;
    const std::string_view names = writer_after(rest.substr(genre.size()));
    if (names.empty()) return std::nullopt;
    return GenreLabel{genre.substr(0, genre.size() - 1), std::string(names)};
  }
  const size_t space = rest.find(' ');
  if (space == std::string_view::npos) return std::nullopt;
  // Genres a writer signs; not "La fille de X", "Le portrait de X" or
  // "L'interview de X", which are about X, nor "La photo de X".
  static const auto* genres = new absl::flat_hash_set<std::string_view>{
      "chronique", "billet",      "édito",   "éditorial", "analyse", "texte",
      "tribune",   "décryptage",  "enquête", "reportage", "article", "humeur",
      "critique",  "commentaire", "récit",   "papier",    "lettre"};
  const std::string_view genre = rest.substr(0, space);
  if (!genres->contains(genre)) return std::nullopt;
  rest.remove_prefix(space + 1);
  // A word that says which ("La chronique éco de X", "Le billet politique
  // de X"), in lower case.
  if (const size_t next = rest.find(' ');
      next != std::string_view::npos && next > 0 && !rest.starts_with("de ") &&
      !rest.starts_with("d'") && !rest.starts_with("d’") &&
      !OpensWithCapital(rest.substr(0, next)))
    rest.remove_prefix(next + 1);
  const std::string_view names = writer_after(rest);
  if (names.empty()) return std::nullopt;
  return GenreLabel{genre, std::string(names)};
}

// "La chronique de X" -> "X" (SplitGenreLabel); anything else as it is.
std::string WithoutGenreLabel(const std::string& byline) {
  const std::optional<GenreLabel> label = SplitGenreLabel(byline);
  return label ? label->name : byline;
}

bool LooksLikePersonName(std::string_view name);
bool Capitalised(std::string_view word);

// Whether `word` is an acronym (two capitals or more: "TJ", "RTS").
bool IsAcronymWord(std::string_view word) {
  return word.size() >= 2 && std::all_of(word.begin(), word.end(), [](char c) {
           return c >= 'A' && c <= 'Z';
         });
}

// A credit of roles, each a label and a colon before a name ("Sujet TJ: Aline
// Perrenoud Adaptation web: Marc-Olivier Dubey", "Texte : Anne Roux /
// Photos : Marc Petit"): the names of the roles that write, joined by ", ";
// nullopt when `byline` is not such a credit. A label is one to three words,
// its first capitalised (not an acronym: "Sujet TJ"), the others in lower
// case or acronyms; when no separator stands between a name and the next
// label, the label starts at the name's last capitalised word that is no
// acronym. Only the roles of the text's writers count: pictures, editing,
// presenting, a guest ("Invité : Jean Castex") credit no writer.
std::optional<std::string> NamesOfWritingRoles(std::string_view byline) {
  static const auto* writing = new absl::flat_hash_set<std::string_view>{
      "texte",         "textes",        "rédaction",    "redaction", "sujet",
      "adaptation",    "reportage",     "reportages",   "propos",    "enquête",
      "enquete",       "journaliste",   "journalistes", "auteur",    "auteure",
      "auteurs",       "par",           "écrit",        "ecrit",     "article",
      "correspondant", "correspondante"};
  // A colon or a dash standing alone between a label and its name, or a dot
  // between two credits ("Texte : A · Photos : B").
  const auto is_mark = [](std::string_view word) {
    return word == ":" || word == "–" || word == "—" || word == "-" ||
           word == "·" || word == "•";
  };
  const auto bare = [](std::string_view word) {
    while (word.ends_with(":")) word.remove_suffix(1);
    return word;
  };
  std::vector<std::string_view> words;
  for (absl::string_view word :
       absl::StrSplit(absl::string_view(byline.data(), byline.size()),
                      absl::ByAnyChar(" /|;"), absl::SkipEmpty()))
    words.emplace_back(word.data(), word.size());
  // Each label's first word and its colon's word, in order.
  std::vector<std::pair<size_t, size_t>> labels;
  for (size_t i = 0; i < words.size(); ++i) {
    if (is_mark(words[i])) continue;
    const bool colon_after = words[i].ends_with(":") ||
                             (i + 1 < words.size() && words[i + 1] == ":");
    if (!colon_after) continue;
    // Back to the label's first word: a capitalised word, no acronym.
    size_t first = i;
    while (first > 0 &&
           (IsAcronymWord(bare(words[first])) || !Capitalised(words[first])))
      --first;
    if (i - first >= 3 || IsAcronymWord(bare(words[first])))
      return std::nullopt;
    labels.emplace_back(first, i);
  }
  // One role alone is a label CleanAuthor reads ("Auteur : X"); a credit
  // has two or more.
  if (labels.size() < 2 || labels.front().first != 0) return std::nullopt;
  std::vector<std::string> names;
  for (size_t k = 0; k < labels.size(); ++k) {
    const auto [first, colon] = labels[k];
    const size_t end =
        k + 1 < labels.size() ? labels[k + 1].first : words.size();
    // A mark after the name ends it: what follows is the next piece of the
    // line ("Photos : B — 29/11/2026 à 10h12 — 12 photos").
    std::vector<std::string> name_words;
    for (size_t i = colon + 1; i < end; ++i) {
      if (is_mark(words[i])) {
        if (name_words.empty()) continue;
        break;
      }
      name_words.emplace_back(words[i]);
    }
    // "Texte : Nadia Bensaïd. Photo : ...": the sentence's stop, not an
    // initial's ("Jean-Marc D.").
    if (!name_words.empty() && name_words.back().size() > 2 &&
        (name_words.back().ends_with(".") || name_words.back().ends_with(",")))
      name_words.back().pop_back();
    const std::string name = absl::StrJoin(name_words, " ");
    if (!LooksLikePersonName(name)) return std::nullopt;
    const std::string label = AsciiLower(std::string(bare(words[first])));
    if (writing->contains(label)) names.push_back(name);
  }
  return absl::StrJoin(names, ", ");
}

// "Par Nadia Berrada, à Rabat - Publié le ..." -> "Nadia Berrada".
std::string CleanAuthor(std::string author) {
  author = CollapseWhitespace(author);
  if (std::optional<std::string> writers = NamesOfWritingRoles(author))
    return *writers;
  // A footnote's mark after the name ("Anne-Sophie Lambotte*"): the note
  // says who the writer is.
  while (!author.empty() && (author.back() == '*' || author.back() == ' '))
    author.pop_back();
  // Leading punctuation and the "Par"/"By"/"Auteur :" label.
  for (bool stripped = true; stripped && !author.empty();) {
    stripped = false;
    if (author[0] == ',' || author[0] == '-' || author[0] == '|' ||
        author[0] == ' ' || author[0] == ':') {
      author.erase(0, 1);
      stripped = true;
    }
    // A signature's dash: "— Benoît Charpentier", "– Anne Roux".
    for (std::string_view dash : {"—", "–"}) {
      if (std::string_view(author).starts_with(dash)) {
        author.erase(0, dash.size());
        stripped = true;
      }
    }
  }
  for (std::string_view prefix : BylineLeadIns()) {
    if (std::string_view(author).starts_with(prefix)) {
      author = author.substr(prefix.size());
      // Joomla's "Écrit par : X".
      const size_t name = author.find_first_not_of(": ");
      author.erase(0, name == std::string::npos ? author.size() : name);
      break;
    }
  }
  // A column's or a genre's label before "de": "La chronique de X", "Le
  // billet de X", "Une analyse de X", "Un texte de X", "L'édito de X": an
  // article, one lower-case word, "de" or "d'", then the name.
  author = WithoutGenreLabel(author);
  // A role before "par": "Direct animé par X", "Dossier coordonné par X",
  // "Live tenu par X": at most four words, the first capitalised, the others
  // in lower case, and no credit of pictures ("Photos prises par X").
  if (const size_t par = author.find(" par ");
      par != std::string::npos && par > 0) {
    const std::string_view role = std::string_view(author).substr(0, par);
    const size_t words = std::count(role.begin(), role.end(), ' ') + 1;
    bool lower_after_first = true;
    for (size_t i = 1; i < role.size(); ++i) {
      if (role[i - 1] == ' ' &&
          absl::ascii_isupper(static_cast<unsigned char>(role[i])))
        lower_after_first = false;
    }
    const std::string lower_role = AsciiLower(role);
    const bool pictures =
        Contains(lower_role, "photo") || Contains(lower_role, "image") ||
        Contains(lower_role, "illustr") || Contains(lower_role, "vidéo") ||
        Contains(lower_role, "infograph") || Contains(lower_role, "dessin");
    if (words <= 4 && lower_after_first && !pictures)
      author = author.substr(par + 5);
  }
  // "notre correspondant à Bruxelles, Florent Meunier", "notre envoyée
  // spéciale à Kyiv, Anne Roux": the name after the role, else none.
  for (std::string_view ours : {"notre ", "Notre ", "nos ", "Nos "}) {
    if (std::string_view(author).starts_with(ours)) {
      const size_t comma = author.find(", ");
      author = comma == std::string::npos ? "" : author.substr(comma + 2);
      break;
    }
  }
  // A label in an element of its own, which the byline's text joins to the
  // name without a colon: "Texte Nicolas Favre" (Drupal's field__label),
  // "Auteur(s) Awa Koné et Serge Kouassi".
  for (std::string_view known : NameLabels()) {
    const std::string_view text = author;
    if (text.size() <= known.size() ||
        AsciiLower(text.substr(0, known.size())) != known)
      continue;
    size_t end = known.size();
    for (std::string_view plural : {"(e)(s)", "(es)", "(s)", "(e)"}) {
      if (text.substr(end).starts_with(plural)) {
        end += plural.size();
        break;
      }
    }
    if (text.size() > end + 1 && text[end] == ' ' &&
        absl::ascii_isupper(static_cast<unsigned char>(text[end + 1]))) {
      author = author.substr(end + 1);
      break;
    }
  }
  // Labels and their colons: "Auteur :", "Auteur(s) :", "Texte:", "Signé :"
  // (a page may write one label for small screens and one for large).
  for (bool stripped = true; stripped;) {
    stripped = false;
    const size_t colon = author.find(':');
    // "Propos recueillis par :", the longest label, is 21 bytes.
    if (colon == std::string::npos || colon > 24) break;
    std::string label(TrimAscii(AsciiLower(author.substr(0, colon))));
    if (label.ends_with("(s)")) label.resize(label.size() - 3);
    if (IsBylineLabel(label)) {
      author = std::string(TrimAscii(author.substr(colon + 1)));
      stripped = true;
    }
  }
  for (std::string_view stop :
       {" - ", " | ", " Publié", " publié", " le ", " Mis à jour", ",  ", " à ",
        " •", " ·", " Suivre", " Follow", " dans ", " Photo", " Vidéo",
        " Illustration", " Infographie"}) {
    if (size_t pos = author.find(stop); pos != std::string::npos && pos > 0) {
      author = author.substr(0, pos);
    }
  }
  // Where the writer is, in brackets: "Koffi Yao (à Abidjan)".
  for (std::string_view place : {" (à ", " (au ", " (en ", " (de notre"}) {
    if (size_t pos = author.find(place); pos != std::string::npos && pos > 0)
      author.resize(pos);
  }
  // A credit after the names: "Laurie Chen et les bureaux de l'AFP", "Anne
  // Roux avec la rédaction". In a byline written with capitals a name goes
  // on with a capital, or a particle before one ("et de Villepin", "et van
  // der Berg"); "et" or "avec" before another lower-case word opens
  // something else.
  const bool written_with_capitals =
      !author.empty() &&
      !absl::ascii_islower(static_cast<unsigned char>(author[0]));
  for (std::string_view joiner : {" et ", " avec "}) {
    if (!written_with_capitals) break;
    for (size_t pos = author.find(joiner); pos != std::string::npos;
         pos = author.find(joiner, pos + 1)) {
      const size_t next = pos + joiner.size();
      if (pos == 0 || next >= author.size() ||
          !absl::ascii_islower(static_cast<unsigned char>(author[next])))
        continue;
      const size_t word_end = author.find(' ', next);
      const std::string_view word =
          std::string_view(author).substr(next, word_end - next);
      const bool particle =
          word_end != std::string::npos && word_end + 1 < author.size() &&
          (word == "de" || word == "du" || word == "van" || word == "von" ||
           word == "da" || word == "di" || word == "del" || word == "le") &&
          !absl::ascii_islower(
              static_cast<unsigned char>(author[word_end + 1]));
      if (particle) continue;
      author.resize(pos);
      break;
    }
  }
  // The agency the writer signs with: "Jean-Paul Mbarga avec AFP",
  // "Anne Dupont / AFP", "Anne Dupont/AFP", "Noémie Favre (avec ATS)".
  for (std::string_view with : {" (avec ", " (", " avec ", " / ", "/", ", "}) {
    const size_t pos = author.rfind(with);
    if (pos == std::string::npos || pos == 0) continue;
    std::string_view agency =
        std::string_view(author).substr(pos + with.size());
    if (with.starts_with(" (")) {
      if (!agency.ends_with(')')) continue;
      agency.remove_suffix(1);
    }
    if (IsNewsAgencyCredit(agency) && !IsNewsAgencyCredit(author))
      author.resize(pos);
  }
  // The agency on a line of its own under the name, which the text puts
  // after a space ("Marie-Ève Lavoie La Presse Canadienne", "Anne Dupont
  // AFP"): an agency's name of several words, or an acronym in capitals, not
  // a surname that happens to spell one ("Marie Tap").
  // The longest such name is cut ("La Presse Canadienne", not "Presse
  // Canadienne").
  {
    size_t pos = author.size(), cut = std::string::npos;
    for (int words = 0; words < 3; ++words) {
      pos = pos == 0 ? std::string::npos : author.rfind(' ', pos - 1);
      if (pos == std::string::npos || pos == 0) break;
      const std::string_view agency = std::string_view(author).substr(pos + 1);
      const bool acronym = agency.size() >= 3 && IsAcronymWord(agency);
      if ((words > 0 || acronym) && IsNewsAgencyCredit(agency) &&
          NamesPeople(std::string_view(author).substr(0, pos)))
        cut = pos;
    }
    if (cut != std::string::npos) author.resize(cut);
  }
  // A rubric or a role glued before the name: "Chronique Marc-André Gagnon",
  // "Rédacteur Ousmane Traoré".
  for (std::string_view label :
       {"Chronique ", "Chroniqueur ", "Chroniqueuse ", "Rédacteur ",
        "Rédactrice ", "Journaliste ", "Tribune ", "Éditorial ", "Opinion ",
        "Reportage ", "Analyse "}) {
    if (std::string_view(author).starts_with(label) &&
        NamesPeople(std::string_view(author).substr(label.size()))) {
      author = author.substr(label.size());
      break;
    }
  }
  // A role after the names: "Laure Bretton Envoyée spéciale", "Marc Roux,
  // correspondant à Rome", "Anne Petit Journaliste", "Ousmane DIOP
  // (Correspondant régional)".
  {
    const std::string lower = AsciiLower(author);
    for (std::string_view role :
         {" envoy", " correspondant", " journaliste", " critique de",
          " critique d'", " chroniqueu", " reporter", " photographe",
          " éditorialiste", " rédacteur", " rédactrice"}) {
      for (const std::string& written :
           {std::string(role), " (" + std::string(role.substr(1))}) {
        if (size_t pos = lower.find(written);
            pos != std::string::npos && pos > 0)
          author.resize(std::min(author.size(), pos));
      }
    }
  }
  // A description after a comma, in lower case: "Nathalie Van den Bossche,
  // professeure de droit social", "Marc Roux, ancien ministre". Names after
  // a comma are capitalised ("A, B et C").
  for (size_t comma = author.find(", "); comma != std::string::npos;
       comma = author.find(", ", comma + 1)) {
    // "A, et B" (two itemprop authors, joined), "A, avec B": names go on.
    const std::string_view rest = std::string_view(author).substr(comma + 2);
    const bool joins_names = rest.starts_with("et ") ||
                             rest.starts_with("and ") ||
                             rest.starts_with("avec ");
    if (comma > 0 && !joins_names && OpensWithLowerCase(rest)) {
      author.resize(comma);
      break;
    }
  }
  // Where the writer files from, after a comma: "Blaise Ndjock-Mbarga,
  // Douala", "Anne Roux, Genève". A known place, not a second writer ("A, B").
  if (const size_t comma = author.rfind(", ");
      comma != std::string::npos && comma > 0) {
    const std::string_view place =
        TrimAscii(std::string_view(author).substr(comma + 2));
    if (KnownPlaces().contains(place) || RegisteredPlaces().contains(place))
      author.resize(comma);
  }
  author = std::string(TrimAscii(author));
  while (!author.empty() && (author.back() == ',' || author.back() == '-' ||
                             author.back() == '|' || author.back() == '/' ||
                             author.back() == ' ')) {
    author.pop_back();
  }
  // A dash that led to the date: "Par AFP – 28 octobre".
  for (std::string_view dash : {" –", " —"}) {
    if (std::string_view(author).ends_with(dash))
      author.resize(author.size() - dash.size());
  }
  // A signature's full stop ("Corentin LE GOFF."), not an initial's ("J.-M.
  // D."): the last word before it is three letters or more.
  if (author.ends_with('.')) {
    const size_t word = author.find_last_of(" .-", author.size() - 2);
    const size_t start = word == std::string::npos ? 0 : word + 1;
    if (author.size() - 1 - start >= 3) author.pop_back();
  }
  // The name written twice, for small screens and for large, and read as one
  // text: "Kristen Falc'honKristen Falc'hon".
  if (const size_t half = author.size() / 2;
      author.size() % 2 == 0 && half > 0 &&
      author.compare(0, half, author, half, half) == 0) {
    author.resize(half);
  } else if (author.size() % 2 == 1 && author[half] == ' ' &&
             author.compare(0, half, author, half + 1, half) == 0) {
    author.resize(half);
  }
  if (author.size() > 80 || std::count(author.begin(), author.end(), ' ') > 8)
    return {};
  if (HasAsciiDigit(author)) return {};
  // A content system's account rather than a name: one word in lower case,
  // or words joined by '_' ("admin_sh", "redac_web"), as logins are written.
  // (A word opening on a capital beyond ASCII, "Élodie", is a name.)
  const bool one_word = author.find(' ') == std::string::npos;
  const bool joined = author.find('_') != std::string::npos;
  const bool lower_case =
      !author.empty() && static_cast<unsigned char>(author[0]) < 0x80 &&
      std::none_of(author.begin(), author.end(), [](char c) {
        return absl::ascii_isupper(static_cast<unsigned char>(c));
      });
  if (one_word && (joined || lower_case)) return {};
  // Labels, desks and roles name nobody.
  const std::string lower = AsciiLower(author);
  for (std::string_view generic :
       {"auteur", "auteurs", "auteure", "author", "authors", "par", "by",
        "admin", "administrator", "administrateur", "webmaster", "webmestre",
        "the editors", "journaliste", "journalistes", "rédacteur", "rédactrice",
        "correspondant", "correspondante", "photographe", "chroniqueur",
        "chroniqueuse",
        // Content systems' account names: Joomla's first account, guests.
        "super user", "superuser", "super utilisateur", "user", "guest",
        "invité", "editor"}) {
    if (lower == generic) return {};
  }
  // The newsroom or one of its desks signs nothing; "La rédaction, avec Anne
  // Dupont": the person who signs with it.
  if (NamesANewsroom(author)) {
    const size_t with = author.find("avec ");
    if (with == std::string::npos) return {};
    std::string name(TrimAscii(std::string_view(author).substr(with + 5)));
    return NamesPeople(name) ? name : std::string();
  }
  if (IsNewsAgencyCredit(author)) return {};
  // A dispatch's closing codes, the agency's and its staff's initials
  // ("ASP/MA/ID/AZ", "APS/KT", AFP's lower-case "bur-ach/pa/eb"): nobody's
  // name.
  if (author.find('/') != std::string::npos) {
    const std::vector<absl::string_view> codes = absl::StrSplit(author, '/');
    const auto in_capitals = [](absl::string_view code) {
      return code.size() <= 5 &&
             (code.size() == 1
                  ? absl::ascii_isupper(static_cast<unsigned char>(code[0]))
                  : IsAcronymWord(std::string_view(code.data(), code.size())));
    };
    const auto in_lower_case = [](absl::string_view code) {
      return !code.empty() && code.size() <= 8 &&
             std::all_of(code.begin(), code.end(), [](char c) {
               return absl::ascii_islower(static_cast<unsigned char>(c)) ||
                      c == '-';
             });
    };
    if (std::all_of(codes.begin(), codes.end(), in_capitals) ||
        std::all_of(codes.begin(), codes.end(), in_lower_case))
      return {};
  }
  // A lone acronym ("AGP", "LP") is an agency's or a newsroom's initials; a
  // short surname in capitals is not one: "SY", "BA", "YAO"
  // (ShortWordOfAName), or a vowel between two letters ("SOW", "BAH").
  const auto is_vowel = [](char c) {
    return std::string_view("AEIOUY").find(c) != std::string_view::npos;
  };
  if (author.size() <= 3 && IsAcronymWord(author) &&
      !ShortWordOfAName(author) &&
      !(author.size() == 3 && is_vowel(author[1]) && !is_vowel(author[0])))
    return {};
  return NamesOutOfCapitals(author);
}

// True for a word that opens with a capital (or a byte of a letter past
// ASCII), after an elided "d'" ("d'Ormesson").
bool Capitalised(std::string_view word) {
  for (std::string_view elision : {"d'", "d’"}) {
    if (word.starts_with(elision) && word.size() > elision.size())
      word.remove_prefix(elision.size());
  }
  const unsigned char first = static_cast<unsigned char>(word[0]);
  return (first >= 'A' && first <= 'Z') || first >= 0xC3;
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
    if (Capitalised(std::string_view(piece.data(), piece.size())))
      ++capitalised;
  }
  return words >= 2 && words <= 5 && capitalised >= 2;
}

// "Martin Untersinger (avec Damien Leloup et Morgane Tual)", "Anne Dupont et
// Marc Lenoir", "A. Martin, B. Durand and C. Petit": several people signing
// one piece, as "Martin Untersinger, Damien Leloup, Morgane Tual" (the form
// Article::author documents); `byline` as it is when it names one person or
// anything else.
std::string AuthorList(const std::string& byline) {
  std::string rest = byline;
  if (rest.ends_with(")")) rest.pop_back();
  // " Et ": a byline in title case ("Sophie Bernard Et Luc Petit").
  for (std::string_view separator : {", avec ", ", et ", " (avec ", " avec ",
                                     " et ", " Et ", " and ", " & ", "; "}) {
    for (size_t at; (at = rest.find(separator)) != std::string::npos;)
      rest.replace(at, separator.size(), ", ");
  }
  if (rest.find(", ") == std::string::npos) return byline;
  std::vector<std::string> names;
  for (absl::string_view part :
       absl::StrSplit(rest, ", ", absl::SkipWhitespace())) {
    std::string name(TrimAscii(std::string_view(part.data(), part.size())));
    if (!LooksLikePersonName(name)) return byline;
    names.push_back(std::move(name));
  }
  return names.size() >= 2 ? absl::StrJoin(names, ", ") : byline;
}

// True for one person's name, or for a list of them as AuthorList makes it.
bool NamesPeople(std::string_view author) {
  if (LooksLikePersonName(author)) return true;
  if (author.find(", ") == std::string_view::npos) return false;
  for (absl::string_view part :
       absl::StrSplit(absl::string_view(author.data(), author.size()), ", ")) {
    if (!LooksLikePersonName(std::string_view(part.data(), part.size())))
      return false;
  }
  return true;
}

// A person's name and nothing else: every word capitalised but the particles
// of names ("Jean de La Fontaine", "Ursula von der Leyen", "Jean d'Ormesson");
// "Emmanuel Macron a dit" is a sentence.
bool IsNameAlone(std::string_view name) {
  constexpr std::string_view kParticles[] = {
      "de", "du", "des", "la", "le", "van", "von", "der", "den",
      "da", "di", "dos", "el", "al", "ben", "bin", "ibn"};
  if (!LooksLikePersonName(name)) return false;
  for (absl::string_view piece :
       absl::StrSplit(absl::string_view(name.data(), name.size()), ' ',
                      absl::SkipEmpty())) {
    const std::string_view word(piece.data(), piece.size());
    if (!Capitalised(word) &&
        std::find(std::begin(kParticles), std::end(kParticles), word) ==
            std::end(kParticles))
      return false;
    // A heading in capitals, "SUR LE MÊME THÈME", "LES PLUS LUS": no name
    // holds such a word.
    if (IsFunctionWord(FoldText(word))) return false;
  }
  return true;
}

// The longest line a byline takes.
constexpr size_t kMaxBylineLine = 120;

// The part of `text` around `pos` between line breaks and the " | " that
// joins bylines.
std::string_view SegmentAround(std::string_view text, size_t pos) {
  const size_t before = text.find_last_of("\n|", pos);
  const size_t begin = before == std::string_view::npos ? 0 : before + 1;
  const size_t end = std::min(text.find_first_of("\n|", pos), text.size());
  return text.substr(begin, end - begin);
}

// Capitalised words that follow names on a byline's line and are none: a
// date's weekday, "Mis à jour", "Publié le", a credit's "Photos", another
// role's "Édité par" (FollowsAnotherRole).
bool EndsANameOnAByline(std::string_view word) {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "Photo",     "Photos",     "Vidéo",      "Illustration", "Infographie",
      "Mis",       "Mise",       "Publié",     "Publiée",      "Modifié",
      "Modifiée",  "Actualisé",  "Actualisée", "Édité",        "Éditée",
      "Illustré",  "Illustrée",  "Présenté",   "Présentée",    "Produit",
      "Produite",  "Filmé",      "Filmée",     "Photographié", "Photographiée",
      "Interrogé", "Interrogée", "Lundi",      "Mardi",        "Mercredi",
      "Jeudi",     "Vendredi",   "Samedi",     "Dimanche"};
  return words->contains(word);
}

// Whether `name` is a person's rather than a body's: a given name first, and
// no agency or place word ("Agence France-Presse", "La Presse Canadienne",
// "France Bleu Isère").
bool IsPersonsName(const std::string& name) {
  if (!LooksLikePersonName(name) || IsNewsAgencyCredit(name)) return false;
  const std::vector<std::string> words =
      absl::StrSplit(name, ' ', absl::SkipEmpty());
  if (words.empty()) return false;
  const std::string_view first = words.front();
  if (!FirstNames().contains(first.substr(0, first.find('-')))) return false;
  for (size_t i = 1; i < words.size(); ++i) {
    if (KnownPlaces().contains(words[i]) ||
        RegisteredPlaces().contains(words[i]))
      return false;
  }
  return true;
}

// The names a byline's line opens with: "Marion Lecoq" of "Marion Lecoq le
// 3 mai", and "Marion Lecoq", "Samir Haddad" of "Marion Lecoq et Samir
// Haddad" (a second name only when it is a person's); none when the line
// opens with fewer than two capitalised words.
std::vector<std::string> NamesOfByline(std::string_view line) {
  std::vector<std::string> names(1);
  for (absl::string_view piece :
       absl::StrSplit(absl::string_view(line.data(), line.size()), ' ',
                      absl::SkipEmpty())) {
    std::string word(piece.data(), piece.size());
    while (!word.empty() &&
           (word.back() == ',' || word.back() == '.' || word.back() == ')')) {
      word.pop_back();
    }
    if ((word == "et" || word == "Et" || word == "and" || word == "&") &&
        LooksLikePersonName(names.back())) {
      names.emplace_back();
      continue;
    }
    if (!OpensWithCapital(word) || word.size() < 2 || EndsANameOnAByline(word))
      break;
    names.back() += (names.back().empty() ? "" : " ") + word;
    if (piece.back() == ',' || piece.back() == '.' || piece.back() == ')')
      break;
  }
  // A particle that no name follows ("Marc Lenoir Le 3 mai") is no part of
  // the name.
  for (std::string& name : names) {
    for (std::string_view particle :
         {" Le", " La", " Les", " De", " Du", " Des", " Van", " Von"}) {
      if (std::string_view(name).ends_with(particle))
        name.resize(name.size() - particle.size());
    }
  }
  // A second name after "et": a person's (IsPersonsName), or a person's shape
  // (the first-name list is far from every name: "Fatoumata Coulibaly") that
  // is no agency, no outlet and opens on no place ("Par Anne Roux et Radio
  // France", "... et France Bleu Isère").
  if (names.size() > 1) {
    const std::string& second = names.back();
    const std::string_view first_word =
        std::string_view(second).substr(0, second.find(' '));
    if (!IsPersonsName(second) &&
        !(LooksLikePersonName(second) && !IsNewsAgencyCredit(second) &&
          KnownOutletsNamed(second).empty() &&
          !KnownPlaces().contains(first_word)))
      names.pop_back();
  }
  if (!LooksLikePersonName(names.front())) return {};
  return names;
}

// Whether `before`, the text before a "par", ends with the participle of a
// role that is not writing: "présentée", "produit", "filmé", "édité",
// "illustré", "photographié", "interrogé", "mis en ligne".
bool FollowsAnotherRole(std::string_view before) {
  const std::string folded =
      FoldText(before.substr(before.size() > 40 ? before.size() - 40 : 0));
  std::string_view words = TrimAscii(folded);
  const size_t space = words.find_last_of(" \n\t|");
  const std::string_view last =
      space == std::string_view::npos ? words : words.substr(space + 1);
  for (std::string_view role : {"present", "produit", "film", "edit", "illustr",
                                "photographi", "interrog"}) {
    if (last.starts_with(role)) return true;
  }
  return words.ends_with("en ligne");
}

// Whether the words after `last_name` in `line` go on as a sentence does: a
// word in lower case that is no byline's ("le 3 mai", "à Dakar", "avec AFP",
// "pour Le Monde", "mis à jour").
bool GoesOnAsASentence(std::string_view line, std::string_view last_name) {
  const size_t at = line.find(last_name);
  if (at == std::string_view::npos) return false;
  std::string_view after = TrimAscii(line.substr(at + last_name.size()));
  const std::string_view word = after.substr(0, after.find(' '));
  if (word.empty() || OpensWithCapital(word)) return false;
  // Folded: "à" is "a", "aujourd’hui" "aujourd'hui"; an elided article is
  // cut off its word.
  std::string folded = FoldText(word);
  if (folded.empty() ||
      !absl::ascii_isalpha(static_cast<unsigned char>(folded[0])))
    return false;
  folded = folded.substr(0, folded.find(' '));
  while (!folded.empty() && (folded.back() == ',' || folded.back() == '.'))
    folded.pop_back();
  static const auto* byline_words = new absl::flat_hash_set<std::string_view>{
      // A date, a place, an agency or an outlet after a preposition.
      "le", "la", "les", "l", "a", "au", "aux", "avec", "pour", "et", "de",
      "du", "des", "d", "depuis", "en", "dans", "sur", "via", "source",
      // The byline's own words: a role, a credit, an update.
      "mis", "mise", "publie", "publiee", "modifie", "modifiee", "actualise",
      "correspondant", "correspondante", "envoye", "envoyee", "journaliste",
      "photos", "photo", "video",
      // When: "il y a 3 heures", "ce matin", a day or a month's name.
      "il", "ce", "hier", "aujourd'hui", "lundi", "mardi", "mercredi", "jeudi",
      "vendredi", "samedi", "dimanche", "janvier", "fevrier", "mars", "avril",
      "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
      "decembre"};
  return !byline_words->contains(folded);
}

// "par Didier Roy", "Par Matthieu Hy le 07 Mai 2020", "Par Marion Lecoq et
// Samir Haddad": the names after the first "par"/"Par" of `text` that opens
// a byline (NamesOfByline), joined with ", "; "" when there are none.
std::string NameAfterPar(std::string_view text) {
  for (std::string_view marker : {"Par ", "par ", "PAR "}) {
    size_t pos = 0;
    while ((pos = text.find(marker, pos)) != std::string_view::npos) {
      const bool word_start = pos == 0 || text[pos - 1] == ' ' ||
                              text[pos - 1] == '\n' || text[pos - 1] == ',' ||
                              text[pos - 1] == '(' || text[pos - 1] == '|';
      if (!word_start) {
        pos += marker.size();
        continue;
      }
      // Inside a sentence, "par" brings an agent ("le consortium mené par
      // Elon Musk propose ..."): a lower-case "par" signs only on a short line
      // of its own (a byline, "Publié le 11 février par Anne Dupont").
      // "Propos recueillis par X", an interview's byline, signs wherever it
      // stands, a credits line of several roles included.
      if (marker == "par " &&
          !FoldText(text.substr(0, pos)).ends_with("propos recueillis ") &&
          SegmentAround(text, pos).size() > kMaxBylineLine) {
        pos += marker.size();
        continue;
      }
      // Who presented, filmed or edited is not who wrote: "Émission
      // présentée par X et Y" over a broadcaster's player.
      if (marker == "par " && FollowsAnotherRole(text.substr(0, pos))) {
        pos += marker.size();
        continue;
      }
      pos += marker.size();
      std::string_view rest = text.substr(pos, 120);
      rest = rest.substr(0, rest.find('\n'));  // a byline ends with its line
      std::vector<std::string> names = NamesOfByline(rest);
      if (names.empty()) continue;
      // A short sentence goes on after its agent with a verb ("Le consortium
      // mené par Elon Musk propose un rachat."); a byline with a date, a
      // place, an agency or nothing.
      if (marker == "par " && GoesOnAsASentence(rest, names.back())) continue;
      return absl::StrJoin(names, ", ");
    }
  }
  // "De notre envoyé spécial à Koutiala, Boubacar Traoré": the name closes the
  // line.
  for (std::string_view marker :
       {"De notre ", "De nos ", "Notre correspondant", "De notre", "Par notre ",
        "par notre ", "Par nos "}) {
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

// A byline on a line of its own near the headline, without a class to say
// so: a column's label ("Le billet de Benoît Lambrechts", a kicker) or a
// byline's lead-in ("Reportage de X", "Signé X") before a person's name. Not
// the headline's own line
// ("Le récit de Gisèle Pelicot" is her story), and only a column's names:
// a "récit", a "lettre" or a "critique" of someone is as often theirs told
// by another.
std::string WriterOnALine(std::string_view text, const std::string& headline) {
  static const auto* columns = new absl::flat_hash_set<std::string_view>{
      "chronique", "billet", "édito", "éditorial", "tribune", "humeur"};
  // "Publié le …", "Mise en ligne : 21/01/2026".
  const auto says_published = [](absl::string_view piece) {
    const std::string_view line(piece.data(), piece.size());
    if (SaysPublished(line)) return true;
    const std::vector<std::string> words = FoldedWords(line);
    return words.size() >= 3 && (words[0] == "mis" || words[0] == "mise") &&
           words[1] == "en" && words[2] == "ligne";
  };
  // A person's name alone after the piece of a line that says when it was
  // published ("Mise en ligne : 21/01/2026 | Jean-Pierre Mbarga | Cameroun
  // Express": an old portal's line of metadata). Not on the lines under it:
  // a photo's caption or credit.
  for (absl::string_view line :
       absl::StrSplit(absl::string_view(text.data(), text.size()), '\n')) {
    const std::vector<absl::string_view> pieces =
        absl::StrSplit(line, '|', absl::SkipWhitespace());
    for (size_t i = 1; i < pieces.size(); ++i) {
      const std::string piece(
          TrimAscii(std::string_view(pieces[i].data(), pieces[i].size())));
      if (IsPersonsName(piece) && says_published(pieces[i - 1])) return piece;
    }
  }
  const std::vector<absl::string_view> lines =
      absl::StrSplit(absl::string_view(text.data(), text.size()),
                     absl::ByAnyChar("\n|"), absl::SkipWhitespace());
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string trimmed(
        TrimAscii(std::string_view(lines[i].data(), lines[i].size())));
    if (trimmed.size() > kMaxBylineLine || trimmed == headline) continue;
    // A person's name alone over the line that says when it was published
    // ("Geneviève Tremblay", then "Publié le 28 janvier 2025 à 14 h 10": a
    // print version's byline, which no lead-in opens).
    if (i + 1 < lines.size() && IsPersonsName(trimmed) &&
        says_published(lines[i + 1]))
      return trimmed;
    const std::optional<GenreLabel> label = SplitGenreLabel(trimmed);
    if (label && columns->contains(label->genre)) return label->name;
    // "Reportage de X", "Signé X" on a line of its own.
    for (std::string_view lead_in : BylineLeadIns()) {
      if (!trimmed.starts_with(lead_in)) continue;
      std::string name = CleanAuthor(trimmed);
      if (NamesPeople(name)) return name;
      break;
    }
  }
  return {};
}

// (name, source) pairs, in the order they are trusted.
using AuthorCandidates = std::vector<std::pair<std::string, std::string>>;

// Whether what is left of a byline once cleaned (CleanAuthor, which leaves no
// digit) can name someone: a letter at least ("·" is what "· Mis à jour il y
// a 31 min" leaves), and not the verb of a date line ("Publié", "Mis en
// ligne" of a byline element that holds only the date).
bool CanNameSomeone(std::string_view name) {
  if (std::none_of(name.begin(), name.end(), [](char c) {
        return absl::ascii_isalpha(static_cast<unsigned char>(c)) ||
               static_cast<unsigned char>(c) >= 0x80;
      }))
    return false;
  const std::string_view first = name.substr(0, name.find(' '));
  for (std::string_view verb : {"Publié", "Publiée", "Mis", "Mise", "Posté",
                                "Créé", "Modifié", "Actualisé", "Updated"}) {
    if (first == verb) return false;
  }
  if (name.starts_with("·") || name.starts_with("•")) return false;
  // A link's or a button's words ("Voir tous ses articles", "Afficher mon
  // profil complet"): three words or more, all in lower case but the first.
  size_t words = 1;
  for (size_t i = 1; i < name.size(); ++i) {
    if (name[i - 1] != ' ') continue;
    ++words;
    const auto c = static_cast<unsigned char>(name[i]);
    if (!absl::ascii_islower(c)) return true;
  }
  return words < 3;
}

void AddCandidate(AuthorCandidates& tier, std::string_view text,
                  std::string_view from) {
  std::string name = AuthorList(CleanAuthor(std::string(text)));
  if (!name.empty() && CanNameSomeone(name))
    tier.emplace_back(std::move(name), std::string(from));
}

// The first tier is what the page says of this article: structured data and
// the bylines inside the headline's article block; the second, bylines
// elsewhere and "par <Name>" patterns.
struct AuthorTiers {
  AuthorCandidates first, second;
};

// One byline element per writer, side by side near the headline (Facebook
// Instant Articles' <address>, one for each): elements of one tag and class
// under one parent, each naming a person, give their names as one list,
// which FullerList prefers to the first alone.
void AddSiblingBylines(const RawTags& raw, AuthorCandidates& tier) {
  // A link to the writer's page stands for the element around it (the
  // <address> that holds <a href="/auteur/…">).
  const auto unit_of = [](const GumboNode* node) {
    return node->v.element.tag == GUMBO_TAG_A && node->parent != nullptr &&
                   node->parent->type == GUMBO_NODE_ELEMENT
               ? node->parent
               : node;
  };
  // Each element once, with the name it gives (an element read twice, as a
  // byline and as a label's, is one writer), in document order.
  std::vector<std::pair<const GumboNode*, std::string>> units;
  for (const AuthorText& byline : raw.author_texts) {
    if (!byline.near_headline || byline.node == nullptr ||
        byline.node->type != GUMBO_NODE_ELEMENT)
      continue;
    const GumboNode* node = unit_of(byline.node);
    if (std::any_of(units.begin(), units.end(),
                    [&](const auto& unit) { return unit.first == node; }))
      continue;
    units.emplace_back(node, AuthorList(CleanAuthor(byline.text)));
  }
  const auto alike = [](const GumboNode* a, const GumboNode* b) {
    return a->parent == b->parent && a->v.element.tag == b->v.element.tag &&
           ClassAndId(a) == ClassAndId(b);
  };
  // The first element with a sibling alike, and the persons of all alike.
  for (size_t i = 0; i < units.size(); ++i) {
    std::vector<std::string> names;
    for (size_t k = i; k < units.size(); ++k) {
      if (!alike(units[i].first, units[k].first)) continue;
      // Each name of each element once ("Par A et B" beside "B").
      for (absl::string_view piece : absl::StrSplit(units[k].second, ", ")) {
        const std::string name(piece);
        if (LooksLikePersonName(name) &&
            std::find(names.begin(), names.end(), name) == names.end())
          names.push_back(name);
      }
    }
    if (names.size() >= 2) {
      tier.emplace_back(absl::StrJoin(names, ", "),
                        "bylines near the headline");
      return;
    }
  }
}

// Dublin Core's creator as library catalogues write it, "Vasseur, Hélène":
// "Hélène Vasseur". Only a surname of up to three words before the comma and
// a known first name after it turn round; anything else comes back as is.
std::string InNameOrder(const std::string& creator) {
  const size_t comma = creator.find(", ");
  if (comma == std::string::npos ||
      creator.find(", ", comma + 2) != std::string::npos)
    return creator;
  const std::string surname(
      TrimAscii(std::string_view(creator).substr(0, comma)));
  const std::string given(
      TrimAscii(std::string_view(creator).substr(comma + 2)));
  const std::string_view first_given =
      std::string_view(given).substr(0, given.find_first_of(" -"));
  const std::string_view first_surname =
      std::string_view(surname).substr(0, surname.find(' '));
  if (surname.empty() || std::count(surname.begin(), surname.end(), ' ') > 2 ||
      !OpensWithCapital(surname) || !FirstNames().contains(first_given) ||
      FirstNames().contains(first_surname))
    return creator;
  return given + " " + surname;
}

// The <meta> names that hold the writer, each the source it is reported as.
constexpr std::string_view kAuthorMetaNames[] = {
    "author", "article:author",  "og:article:author", "dc.creator",
    "byl",    "sailthru.author", "parsely-author"};
// The sources of an author the page's markup declares, beside those meta
// names: its JSON-LD article, its microdata.
constexpr std::string_view kJsonLdAuthor = "json-ld";
constexpr std::string_view kItempropAuthor = "itemprop=author";

AuthorTiers GatherAuthors(const RawTags& raw, const nlohmann::json* ld) {
  AuthorTiers tiers;
  if (ld != nullptr)
    AddCandidate(tiers.first, JsonAuthor(*ld, raw.json_ld), kJsonLdAuthor);
  for (std::string_view key : kAuthorMetaNames) {
    if (auto it = raw.meta.find(std::string(key));
        it != raw.meta.end() && !LooksLikeUrl(it->second)) {
      AddCandidate(tiers.first,
                   key == "dc.creator" ? InNameOrder(it->second) : it->second,
                   key);
    }
  }
  AddCandidate(tiers.first, raw.itemprop_author, kItempropAuthor);
  for (const AuthorText& byline : raw.author_texts) {
    if (byline.near_headline)
      AddCandidate(tiers.first, byline.text, "byline near the headline");
  }
  AddSiblingBylines(raw, tiers.first);
  AddCandidate(tiers.second, NameAfterPar(raw.byline_text),
               "\"par\" in the byline");
  AddCandidate(tiers.second, NameAfterPar(raw.headline_area),
               "\"par\" near the headline");
  AddCandidate(tiers.second, WriterOnALine(raw.headline_area, raw.h1),
               "a byline's line near the headline");
  for (const AuthorText& byline : raw.author_texts) {
    if (!byline.near_headline)
      AddCandidate(tiers.second, byline.text, "byline");
  }
  AddCandidate(tiers.second, NameAfterPar(raw.title_tag),
               "\"par\" in the title");
  return tiers;
}

// `chosen`, or a candidate whose list of names holds all of chosen's and more:
// a theme's JSON-LD or author meta names the first writer only, the visible
// byline both ("Par Nadia Lahlou, avec Karim Ben Mahmoud").
const std::pair<std::string, std::string>* FullerList(
    const AuthorTiers& tiers,
    const std::pair<std::string, std::string>& chosen) {
  // The names of a list, as written; compared without case.
  const auto names_of = [](const std::string& list) {
    std::vector<std::string> names;
    for (absl::string_view name : absl::StrSplit(list, ", "))
      names.emplace_back(name.data(), name.size());
    return names;
  };
  const std::vector<std::string> chosen_names = names_of(chosen.first);
  for (const AuthorCandidates* tier : {&tiers.first, &tiers.second}) {
    for (const auto& candidate : *tier) {
      const std::vector<std::string> names = names_of(candidate.first);
      if (names.size() <= chosen_names.size()) continue;
      const bool holds_all = std::all_of(
          chosen_names.begin(), chosen_names.end(),
          [&](const std::string& chosen_name) {
            return std::any_of(
                names.begin(), names.end(), [&](const std::string& name) {
                  return AsciiLower(name) == AsciiLower(chosen_name);
                });
          });
      // Each added name a person's, not an agency's or an outlet's.
      const bool people =
          std::all_of(names.begin(), names.end(), [](const std::string& name) {
            return !IsNewsAgencyCredit(name) && KnownOutletsNamed(name).empty();
          });
      // Or the names the chosen text runs together, one element each
      // ("Sophie Lambrecht Marc Dethier" from Drupal's field__item).
      const bool unglues =
          chosen_names.size() == 1 &&
          AsciiLower(absl::StrJoin(names, " ")) == AsciiLower(chosen.first);
      if ((holds_all || unglues) && people && NamesPeople(candidate.first))
        return &candidate;
    }
  }
  return &chosen;
}

// The capitals opening `name`'s words, a hyphen's parts apart ("JHP" for
// "Jean-Hugues Payet" and for "J.-H. P."), and whether every word is an
// initial alone.
std::pair<std::string, bool> InitialsOf(std::string_view name) {
  std::string initials;
  bool only_initials = true;
  for (absl::string_view word :
       absl::StrSplit(absl::string_view(name.data(), name.size()),
                      absl::ByAnyChar(" -"), absl::SkipEmpty())) {
    if (!absl::ascii_isupper(static_cast<unsigned char>(word.front())))
      return {"", false};
    initials.push_back(word.front());
    only_initials =
        only_initials &&
        (word.size() == 1 || word == absl::StrCat(word.substr(0, 1), "."));
  }
  return {initials, only_initials};
}

// `chosen`, or a candidate that spells out the initials it signs with: the
// byline's "Jean-Hugues Payet" for a signature's "J.-H. P.".
const std::pair<std::string, std::string>* SpelledOut(
    const AuthorTiers& tiers,
    const std::pair<std::string, std::string>* chosen) {
  const auto [initials, only_initials] = InitialsOf(chosen->first);
  if (!only_initials || initials.size() < 2) return chosen;
  for (const AuthorCandidates* tier : {&tiers.first, &tiers.second}) {
    for (const auto& candidate : *tier) {
      const auto [other, other_only_initials] = InitialsOf(candidate.first);
      if (!other_only_initials && other == initials &&
          IsPersonsName(candidate.first))
        return &candidate;
    }
  }
  return chosen;
}

// The first tier decides when it names a person other than the outlet; else a
// person of the second tier; else the first candidate of either that is not
// the outlet (an agency, a group that signs: "Les Membres du Chœur de Radio
// France"); the outlet itself only when it is named after a person (a blog),
// since a newspaper that names itself as the author publishes the piece but
// signs nothing. The page's publisher (its "publisher" meta: "Orange avec
// Media Services" written as both author and publisher) counts as the outlet.
// nullptr when there is no candidate.
// What follows the outlet's name when `author` opens with it, trimmed ("L'Ouest
// Républicain Corentin Le Goff", "Cameroon Tribune Partenaires"); nullopt
// otherwise, and for an outlet of one word, which may be the writer's given
// name ("Marianne Enault et Paul Leroy" writing for Marianne).
std::optional<std::string> AfterOutletsName(const std::string& author,
                                            const std::string& outlet) {
  if (outlet.find(' ') == std::string::npos ||
      author.size() <= outlet.size() + 1 || author[outlet.size()] != ' ' ||
      AsciiLower(author.substr(0, outlet.size())) != AsciiLower(outlet))
    return std::nullopt;
  return std::string(TrimAscii(author.substr(outlet.size() + 1)));
}

// Whether `acronym` ("APOA", "RTS") is made of the initials of `name`'s
// capitalised words, a hyphen's parts apart ("Agence de Presse
// Ouest-Africaine", "Radio Télévision Suisse"): an outlet signing with its
// acronym.
bool IsAcronymOf(std::string_view acronym, std::string_view name) {
  if (acronym.size() < 2 ||
      !std::all_of(acronym.begin(), acronym.end(), absl::ascii_isupper))
    return false;
  std::string initials;
  for (absl::string_view word :
       absl::StrSplit(absl::string_view(name.data(), name.size()),
                      absl::ByAnyChar(" -"), absl::SkipEmpty())) {
    if (absl::ascii_isupper(static_cast<unsigned char>(word.front())))
      initials.push_back(word.front());
  }
  return initials == acronym;
}

// The outlet's name, its acronym, or its name followed by a desk's, an
// edition's or its partners' label ("Cameroon Tribune Partenaires", "Radio
// Hexagone Bretagne"), not by a person's name.
bool IsTheOutletsName(const std::string& name, const std::string& outlet) {
  if (AsciiLower(name) == AsciiLower(outlet) || IsAcronymOf(name, outlet))
    return true;
  const std::optional<std::string> label = AfterOutletsName(name, outlet);
  return label && !NamesPeople(*label);
}

// Whether the author found is the outlet's own name (a site's account, a
// theme's byline naming the site), which signs for no one.
bool AuthorIsTheOutlet(const PageMetadata& md) {
  return !md.outlet.empty() && AsciiLower(md.author) == AsciiLower(md.outlet);
}

const std::pair<std::string, std::string>* PickAuthor(
    const AuthorTiers& tiers, const std::string& outlet,
    const std::string& publisher, const std::string& section) {
  const std::string publisher_lower = AsciiLower(publisher);
  const std::string section_lower = AsciiLower(section);
  // The outlet, or its label for a desk or its partners' pages ("Cameroon
  // Tribune Partenaires": its name, then no person's; "L'Ouest Républicain
  // Corentin Le Goff" is the writer's signature, WithoutOutletBefore).
  auto is_outlet = [&](const std::string& name) {
    const std::string lower = AsciiLower(name);
    // A desk's name as the author ("Opinions", the article's section, as
    // a JSON-LD Person) signs for no one either; a columnist's name as the
    // section of his column ("Patrick Lagacé") still signs.
    return IsTheOutletsName(name, outlet) ||
           (!publisher_lower.empty() && lower == publisher_lower) ||
           IsAcronymOf(name, publisher) ||
           (!section_lower.empty() && lower == section_lower &&
            !IsPersonsName(name));
  };
  for (const auto& candidate : tiers.first) {
    if (NamesPeople(candidate.first) && !is_outlet(candidate.first))
      return SpelledOut(tiers, FullerList(tiers, candidate));
  }
  for (const auto& candidate : tiers.second) {
    if (NamesPeople(candidate.first))
      return SpelledOut(tiers, FullerList(tiers, candidate));
  }
  for (const AuthorCandidates* tier : {&tiers.first, &tiers.second}) {
    for (const auto& candidate : *tier) {
      if (!is_outlet(candidate.first)) return &candidate;
    }
  }
  // A site named after its author, as blogs and columnists' sites are
  // ("Jean-Marc Sylvestre"): the outlet's name is a person's.
  if (IsPersonsName(outlet)) {
    for (const AuthorCandidates* tier : {&tiers.first, &tiers.second}) {
      if (!tier->empty()) return &tier->front();
    }
  }
  return nullptr;
}

// The paragraph a signature closes is the article's prose
// (ClosesProse): a long one ("Moussa TRAORÉ, à Bamako" after 283
// characters), or a sentence of the narrator of 60 bytes or more (a regional
// page's last paragraph of 130 characters, then "J.-M. DURAND"; an
// obituary's "X laisse une épouse, six enfants et de nombreux
// petits-enfants."), not a quotation, after which a name is its speaker's;
// or a letter's closing formula, whatever its length, which a comma ends
// ("Au plaisir de vous retrouver au moulin,", "Amicalement,"): an
// association's or a reader's letter, signed below.
constexpr size_t kLongProse = 200, kSentence = 60;
bool ClosesProse(std::string_view paragraph) {
  if (paragraph.size() >= kLongProse) return true;
  if (paragraph.ends_with(",") && !paragraph.starts_with("«") &&
      !paragraph.starts_with("\""))
    return true;
  if (paragraph.size() < kSentence) return false;
  // A short question is an interviewer's, which its answerer's name follows.
  constexpr size_t kLongSentence = 100;
  if (paragraph.size() < kLongSentence && paragraph.ends_with("?"))
    return false;
  for (std::string_view quote : {"«", "“", "\"", "—", "–"}) {
    if (paragraph.starts_with(quote)) return false;
  }
  for (std::string_view end : {".", "!", "?", "…"}) {
    if (paragraph.ends_with(end)) return true;
  }
  return false;
}
// A paragraph this long after a name is the article going on: the name was a
// heading, not a signature. Notes and credits after a signature are shorter.
constexpr size_t kProseAfterName = 300;

// The paragraphs of an article's `text`, as ExtractArticle separates them
// (by a blank line).
std::vector<std::string_view> ParagraphsOf(std::string_view text) {
  std::vector<std::string_view> paragraphs;
  for (absl::string_view piece :
       absl::StrSplit(absl::string_view(text.data(), text.size()), "\n\n",
                      absl::SkipWhitespace())) {
    paragraphs.emplace_back(piece.data(), piece.size());
  }
  return paragraphs;
}

// "- Pearl Harbor -": an intertitle, as news agencies mark them, not a
// signature.
bool IsDashedIntertitle(std::string_view paragraph) {
  const std::string_view trimmed = TrimAscii(paragraph);
  return trimmed.starts_with("-") && trimmed.ends_with("-");
}

// "Ginette Boisvert, collaboration spéciale", "Aminata Diallo, correspondante
// à Thiès", "Luc Roy, Initiative de journalisme local, Le Devoir" (or "– Le
// Devoir"): the way Québec's and Africa's papers sign, over or under the
// text. A name and the whole role of someone who writes, then nothing, a place
// or an outlet; not a person the article is about ("Jean Dupont, maire de
// Laval", "Hervé Ghesquière, journaliste de France 3 retenu en otage", "Samir
// Toumi, chroniqueur et romancier"); or a name and the place the writer files
// from ("Alain Ngono, à Garoua"). The role or place may stand in parentheses
// ("Fatoumata Coulibaly (à Bamako)"). The name, or "".
std::string NameWithWritersRole(std::string_view paragraph) {
  const size_t comma = paragraph.find(", ");
  const size_t parenthesis = paragraph.find(" (");
  std::string_view after_name;
  std::string name;
  if (parenthesis != std::string_view::npos && paragraph.ends_with(")") &&
      parenthesis < comma) {
    name = paragraph.substr(0, parenthesis);
    after_name = paragraph.substr(parenthesis + 2);
    after_name.remove_suffix(1);
  } else if (comma != std::string_view::npos) {
    name = paragraph.substr(0, comma);
    after_name = paragraph.substr(comma + 2);
  } else {
    // The role on a line of its own under the name, the line break read as
    // a space ("Réjean LeBlanc<br><i>Collaboration spéciale</i>"): a name of
    // two to four words, then a capitalised role.
    const std::vector<absl::string_view> words =
        absl::StrSplit(absl::string_view(paragraph.data(), paragraph.size()),
                       ' ', absl::SkipEmpty());
    constexpr size_t kNameWords = 4;
    for (size_t n = 2; n <= kNameWords && n < words.size(); ++n) {
      const std::string head(
          absl::StrJoin(words.begin(), words.begin() + n, " "));
      const std::string tail(
          absl::StrJoin(words.begin() + n, words.end(), " "));
      if (!OpensWithCapital(tail) || !IsNameAlone(head)) continue;
      if (!NameWithWritersRole(head + ", " + tail).empty()) return head;
    }
    return {};
  }
  const std::string role = FoldText(after_name);
  static constexpr std::string_view kWritersRoles[] = {
      "collaboration speciale",
      "correspondant",
      "correspondante",
      "correspondant special",
      "correspondante speciale",
      "envoye special",
      "envoyee speciale",
      "journaliste",
      "initiative de journalisme local",
      "pigiste",
      "stagiaire"};
  static constexpr std::string_view kWhereOrForWhom[] = {
      " a ", " au ", " aux ", " en ", " pour ", ", ", " – ", " — ", " - "};
  const bool writes = std::any_of(
      std::begin(kWritersRoles), std::end(kWritersRoles),
      [&](std::string_view writer) {
        if (!role.starts_with(writer)) return false;
        const std::string_view rest =
            std::string_view(role).substr(writer.size());
        return rest.empty() || std::any_of(std::begin(kWhereOrForWhom),
                                           std::end(kWhereOrForWhom),
                                           [&](std::string_view after) {
                                             return rest.starts_with(after);
                                           });
      });
  // Where the writer files from: a place of up to three words, each
  // capitalised but a particle ("à Saint-Louis du Sénégal", "à
  // Bobo-Dioulasso").
  const auto files_from = [&] {
    std::string_view where = after_name;
    if (!ConsumePrefix(&where, "à ") && !ConsumePrefix(&where, "depuis "))
      return false;
    constexpr size_t kPlaceWords = 3;
    size_t words = 0;
    for (absl::string_view word :
         absl::StrSplit(absl::string_view(where.data(), where.size()), ' ',
                        absl::SkipEmpty())) {
      const std::string_view w(word.data(), word.size());
      if (++words > kPlaceWords) return false;
      const bool particle = w == "du" || w == "de" || w == "la" || w == "le" ||
                            w == "les" || w == "sur" || w == "en";
      if (!particle && !OpensWithCapital(w)) return false;
    }
    return words > 0 && OpensWithCapital(where);
  };
  if ((!writes && !files_from()) || !IsNameAlone(name)) return {};
  return name;
}

// The signature closing the article in `text`: a paragraph that holds a
// person's name alone, right after a paragraph of prose and not followed by
// one (a note, a credit or the page's next teaser may follow), when no other
// name stands alone in the text; "" when there is none. Pages often keep more
// than the article, so the signature need not be the text's last paragraph.
std::string SignatureAfterText(std::string_view text) {
  constexpr size_t kMaxSignature = 60, kMaxSignatureWithRole = 100;
  const std::vector<std::string_view> paragraphs = ParagraphsOf(text);
  std::string found;
  std::vector<std::string> names_alone;
  for (size_t i = 1; i < paragraphs.size(); ++i) {
    const std::string_view paragraph = TrimAscii(paragraphs[i]);
    if (paragraph.size() > kMaxSignatureWithRole ||
        IsDashedIntertitle(paragraph))
      continue;
    // "Par Denis Clerc", "Denis Clerc, à Paris": the name without its label
    // and its place; "Mathieu LeBlanc, Initiative de journalisme local – Le
    // Phare acadien": the name before a writer's role.
    std::string name = paragraph.size() <= kMaxSignature
                           ? CleanAuthor(std::string(paragraph))
                           : std::string();
    if (!IsNameAlone(name)) name = NameWithWritersRole(paragraph);
    if (name.empty()) continue;
    if (std::find(names_alone.begin(), names_alone.end(), name) ==
        names_alone.end())
      names_alone.push_back(name);
    if (found.empty() && ClosesProse(paragraphs[i - 1]) &&
        (i + 1 == paragraphs.size() ||
         paragraphs[i + 1].size() < kProseAfterName))
      found = std::move(name);
  }
  // Several names alone are the people a report quotes, each above their
  // words, or an interview's speakers: none signs.
  return names_alone.size() == 1 ? found : std::string();
}

// The signature among the labels cut after the text's last long paragraph
// (see TakeSignatureAsAuthor); "" when there is none.
std::string SignatureInClosingLabels(
    std::string_view text, const std::vector<std::string>& closing_labels) {
  if (closing_labels.empty()) return {};
  const size_t last_break = text.rfind("\n\n");
  const std::string_view last_paragraph =
      last_break == std::string_view::npos ? text : text.substr(last_break + 2);
  if (!ClosesProse(last_paragraph)) return {};
  if (IsDashedIntertitle(closing_labels.front())) return {};
  // "Édité par X", "Mis en ligne par X": who put the piece online.
  const std::string_view label = closing_labels.front();
  if (const size_t par = label.find("par ");
      par != std::string_view::npos && FollowsAnotherRole(label.substr(0, par)))
    return {};
  std::string name = CleanAuthor(closing_labels.front());
  // Or a name and a writer's role ("Réjean LeBlanc Collaboration spéciale").
  if (!IsNameAlone(name)) name = NameWithWritersRole(closing_labels.front());
  if (name.empty() || !IsNameAlone(name)) return {};
  if (closing_labels.size() > 1 && IsNameAlone(CleanAuthor(closing_labels[1])))
    return {};
  return name;
}

// What the writer of an opinion piece is: "X est économiste", "X est
// maîtresse de conférences". Not the functions news is about ("X est
// président", "X est directeur de l'usine"), which a report's last sentence
// may give the people it names.
const absl::flat_hash_set<std::string_view>& WritersOccupations() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "économiste", "sociologue",     "professeur",  "professeure",
      "chercheur",  "chercheuse",     "enseignant",  "enseignante",
      "maître",     "maîtresse",      "politologue", "juriste",
      "essayiste",  "écrivain",       "écrivaine",   "autrice",
      "auteure",    "auteur",         "historien",   "historienne",
      "philosophe", "géographe",      "psychiatre",  "psychologue",
      "urbaniste",  "anthropologue",  "démographe",  "linguiste",
      "politiste",  "épidémiologiste"};
  return *words;
}

// "Hélène Garnier est économiste, professeure à …": the note that closes an
// opinion piece says who wrote it: the name of such a note closing the text;
// "" when there is none.
std::string OpinionWritersNote(std::string_view text) {
  constexpr size_t kMaxNote = 400;
  const std::vector<std::string_view> paragraphs = ParagraphsOf(text);
  if (paragraphs.size() < 2) return {};
  // The text's last paragraph, a name, "est" and an occupation: "Emmanuel
  // Macron est attendu à Bruxelles", a news sentence, names no writer.
  const std::string_view note = TrimAscii(paragraphs.back());
  if (note.size() > kMaxNote) return {};
  const std::vector<std::string> names = NamesOfByline(note);
  if (names.size() != 1 || !IsPersonsName(names.front())) return {};
  std::string_view after = note.substr(names.front().size());
  if (!ConsumePrefix(&after, " est ")) return {};
  if (!ConsumePrefix(&after, "un ")) ConsumePrefix(&after, "une ");
  const std::string_view occupation =
      after.substr(0, after.find_first_of(" ,."));
  return WritersOccupations().contains(occupation) ? names.front()
                                                   : std::string();
}

// "Entretien réalisé par Paul-Henri Nzé et Clarisse Moussavou": the line
// that closes (or opens) an interview names who asked, on a short line of its
// own among the text's first or last three; the names, comma-separated, or
// "".
std::string InterviewersLine(std::string_view text) {
  constexpr size_t kLines = 3, kLongestLine = 160;
  static constexpr std::string_view kLabels[] = {
      "entretien realise par ", "interview realisee par ",
      "entretien mene par ", "propos recueillis par "};
  const std::vector<std::string_view> paragraphs = ParagraphsOf(text);
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    if (i >= kLines && i + kLines < paragraphs.size()) continue;
    const std::string_view line = TrimAscii(paragraphs[i]);
    if (line.size() > kLongestLine) continue;
    const std::string folded = FoldText(line);
    for (std::string_view label : kLabels) {
      if (!folded.starts_with(label)) continue;
      // The folded label's words are as many in the line: skip as many.
      std::string_view rest = line;
      for (size_t words = std::count(label.begin(), label.end(), ' ');
           words > 0 && !rest.empty(); --words)
        rest.remove_prefix(std::min(rest.size(), rest.find(' ') + 1));
      const std::vector<std::string> names = NamesOfByline(rest);
      if (!names.empty()) return absl::StrJoin(names, ", ");
    }
  }
  return {};
}

// "Les signataires de cette tribune sont : Anne-Sophie Ferrand, maire de … ;
// Nadia Ferhat, professeure …": the list that closes a collective opinion
// piece, on the heading's line or the next, each signer's name before a comma
// and their title, items apart by semicolons. The names, comma-separated;
// "" when the text closes on no such list, or on a petition's (more signers
// than a byline holds) or a list whose items are not all names.
std::string TribunesSignatories(std::string_view text) {
  constexpr size_t kLastParagraphs = 4, kHeadingBytes = 80, kMostSigners = 10;
  const std::vector<std::string_view> paragraphs = ParagraphsOf(text);
  const size_t from = paragraphs.size() > kLastParagraphs
                          ? paragraphs.size() - kLastParagraphs
                          : 0;
  for (size_t i = from; i < paragraphs.size(); ++i) {
    const std::string_view paragraph = TrimAscii(paragraphs[i]);
    const size_t colon = paragraph.find(':');
    if (colon == std::string_view::npos || colon > kHeadingBytes) continue;
    const std::string heading = FoldText(paragraph.substr(0, colon));
    if (!heading.starts_with("signataires") &&
        !heading.starts_with("les signataires"))
      continue;
    std::string_view list = TrimAscii(paragraph.substr(colon + 1));
    if (list.empty() && i + 1 < paragraphs.size())
      list = TrimAscii(paragraphs[i + 1]);
    std::vector<std::string> names;
    for (absl::string_view item :
         absl::StrSplit(absl::string_view(list.data(), list.size()), ';',
                        absl::SkipWhitespace())) {
      std::string_view signer =
          TrimAscii(std::string_view(item.data(), item.size()));
      // The list's full stop, after a last name without a title.
      if (signer.find(',') == std::string_view::npos && signer.ends_with('.'))
        signer.remove_suffix(1);
      std::string name(TrimAscii(signer.substr(0, signer.find(','))));
      if (!IsPersonsName(name)) return {};
      names.push_back(std::move(name));
    }
    if (names.empty() || names.size() > kMostSigners) return {};
    return absl::StrJoin(names, ", ");
  }
  return {};
}

// "Geneviève Tremblay La Presse": a byline that prints the outlet after the
// name, read as one text; the name alone when what is left names a person.
std::string WithoutOutletAfter(const std::string& author,
                               const std::string& outlet) {
  if (outlet.empty() || author.size() <= outlet.size() + 1) return author;
  const size_t at = author.size() - outlet.size();
  if (author[at - 1] != ' ' ||
      AsciiLower(author.substr(at)) != AsciiLower(outlet))
    return author;
  std::string name(TrimAscii(std::string_view(author).substr(0, at)));
  while (!name.empty() && (name.back() == ',' || name.back() == '-'))
    name.pop_back();
  name = std::string(TrimAscii(name));
  return NamesPeople(name) ? name : author;
}

// "L'Ouest Républicain Corentin Le Goff", a regional paper's signature: the
// outlet's name before the writer's, read as one text; the name alone when
// what is left names a person.
std::string WithoutOutletBefore(const std::string& author,
                                const std::string& outlet) {
  const std::optional<std::string> name = AfterOutletsName(author, outlet);
  return name && NamesPeople(*name) ? *name : author;
}

// Whether the words right before one of `name`'s occurrences in `text` make
// a label `says_it` recognises: the `bytes` before it, folded, without the
// characters of `trailing` that end them ("Infographie : X" gives
// "infographie" with " :" trimmed).
bool LabelledBefore(std::string_view text, std::string_view name, size_t bytes,
                    std::string_view trailing,
                    absl::FunctionRef<bool(std::string_view)> says_it) {
  for (size_t at = text.find(name);
       at != std::string_view::npos && !name.empty();
       at = text.find(name, at + name.size())) {
    const size_t from = at > bytes ? at - bytes : 0;
    std::string before = FoldText(text.substr(from, at - from));
    while (!before.empty() &&
           trailing.find(before.back()) != std::string_view::npos)
      before.pop_back();
    if (says_it(before)) return true;
  }
  return false;
}

}  // namespace

void TakeSignatureAsAuthor(std::string_view text,
                           const std::vector<std::string>& closing_labels,
                           PageMetadata& md) {
  // The outlet's own account ("Publié par Faso Horizon" on the blog Faso
  // Horizon) signs for no one: a signature under the text names the writer.
  if (!md.author.empty() && NamesPeople(md.author) &&
      !md.author_credited_for_another_role && !AuthorIsTheOutlet(md))
    return;
  std::string signature = SignatureAfterText(text);
  if (signature.empty())
    signature = SignatureInClosingLabels(text, closing_labels);
  if (signature.empty()) signature = OpinionWritersNote(text);
  if (signature.empty()) signature = TribunesSignatories(text);
  if (signature.empty()) signature = InterviewersLine(text);
  if (signature.empty()) return;
  md.author =
      WithoutOutletBefore(WithoutOutletAfter(signature, md.outlet), md.outlet);
  md.sources["author"] = "signature after the text";
}

void DropTranslators(std::string_view text, PageMetadata& md) {
  if (md.author.empty()) return;
  const std::vector<std::string> names = absl::StrSplit(md.author, ", ");
  if (names.size() < 2) return;
  constexpr size_t kLabelBytes = 48;
  // "Traduction", or "traduit(e) [de l'anglais] par" on the same line.
  const auto says_translated = [](std::string_view before) {
    const size_t line = before.rfind('\n');
    const std::string_view label =
        before.substr(line == std::string_view::npos ? 0 : line + 1);
    const size_t verb = label.rfind("tradui");
    return label.ends_with("traduction") ||
           (verb != std::string_view::npos && label.ends_with(" par") &&
            label.find('.', verb) == std::string_view::npos);
  };
  std::vector<std::string> kept;
  for (const std::string& name : names)
    if (!LabelledBefore(text, name, kLabelBytes, " :", says_translated))
      kept.push_back(name);
  if (kept.empty() || kept.size() == names.size()) return;
  md.author = absl::StrJoin(kept, ", ");
  md.sources["author"] += ", without the translator the text credits";
}

// Whether the byline credits the outlet's own newsroom with a news agency
// ("Par Le Baobab avec APS", "Le Progrès du Berry avec AFP"): the agency's
// dispatch, edited by the desk, which no one signs.
bool CreditsTheNewsroomWithAnAgency(const std::string& byline_text,
                                    const std::string& outlet) {
  if (outlet.empty()) return false;
  const std::string lower = AsciiLower(byline_text);
  const std::string credit = AsciiLower(outlet) + " avec ";
  for (size_t at = lower.find(credit); at != std::string::npos;
       at = lower.find(credit, at + 1)) {
    std::string_view rest =
        std::string_view(byline_text).substr(at + credit.size());
    rest = rest.substr(0, rest.find_first_of("|,.;\n"));
    if (IsNewsAgencyCredit(TrimAscii(rest))) return true;
  }
  return false;
}

// Whether `text` credits `name` for something else than the text, right
// before it: "Illustrations Paul Verdier", "Infographie : X", "Édité par Rami
// Khoury" (the web editor who put agency copy online). Not "Texte et
// illustrations : X", who wrote too.
bool CreditedForOtherThanText(std::string_view text, std::string_view name) {
  // Not a photo's credit: a writer often takes the pictures too ("Photo :
  // Luc LeBlanc" under a piece he co-signs).
  static constexpr std::string_view kRoles[] = {
      "illustration",     "illustrations",    "illustre par", "illustree par",
      "dessin",           "dessins",          "infographie",  "infographies",
      "cartographie",     "montage",          "edite par",    "editee par",
      "mis en ligne par", "mise en ligne par"};
  constexpr size_t kLabelBytes = 40;
  return LabelledBefore(
      text, name, kLabelBytes, " :-", [](std::string_view before) {
        for (std::string_view role : kRoles) {
          if (!before.ends_with(role)) continue;
          const std::string_view opening =
              before.substr(0, before.size() - role.size());
          if (!opening.empty() && absl::ascii_isalpha(opening.back())) continue;
          const std::string_view words = TrimAscii(opening);
          if (words.ends_with(" et") || words == "et") continue;
          // "Photo d'illustration : X", a stock photo's credit.
          if (words.ends_with("photo d") || words.ends_with("photos d") ||
              words.ends_with("image d"))
            continue;
          return true;
        }
        return false;
      });
}

// Whether a byline opens "Par AFP": an agency alone, up to the line's end or
// another role's credit ("Par AFP | Édité par X", "Par AFP Édité par X").
bool SignedByAnAgency(std::string_view byline) {
  std::string_view by = TrimAscii(byline);
  if (by.size() <= 4 || AsciiLower(by.substr(0, 4)) != "par ") return false;
  by = by.substr(4);
  by = by.substr(0, by.find_first_of("\n|"));
  for (size_t word = 0; word < by.size();) {
    const size_t end = std::min(by.find(' ', word), by.size());
    if (EndsANameOnAByline(by.substr(word, end - word))) {
      by = by.substr(0, word);
      break;
    }
    word = end + 1;
  }
  return IsNewsAgencyCredit(TrimAscii(by));
}

// md.author without the names the page credits for drawings or editing
// only (CreditedForOtherThanText): a magazine's JSON-LD lists its
// illustrator among the authors. When that leaves no one, the writers a
// credit of roles names sign; else the names stand, marked so that a
// signature after the text may sign instead (TakeSignatureAsAuthor), unless
// the byline credits an agency ("Par AFP", "Édité par X").
void DropOtherContributors(const RawTags& raw, PageMetadata& md) {
  const std::vector<std::string> names = absl::StrSplit(md.author, ", ");
  // Those a "Par" line names write, whatever else they did ("Par A et B",
  // then "Édité par B"); NameAfterPar passes over a role's "par", so that
  // "Par AFP … Édité par X" does not read on to X.
  const std::string signed_by =
      NameAfterPar(raw.byline_text) + ", " + NameAfterPar(raw.headline_area);
  // A credit of roles that names the writers ("Texte : A et B · Photos : C")
  // says that the others it names did something else: C took the pictures.
  std::vector<std::string> credited_apart;
  // The writers the first such credit names, who sign when all the names
  // chosen did something else (a gallery's JSON-LD names its photographer).
  std::string credited_writers;
  const auto read_credit = [&](const std::string& credit) {
    const std::optional<std::string> writing =
        NamesOfWritingRoles(CollapseWhitespace(credit));
    if (!writing || writing->empty()) return;
    if (credited_writers.empty()) credited_writers = *writing;
    for (const std::string& name : names) {
      if (!Contains(*writing, name) && Contains(credit, name))
        credited_apart.push_back(name);
    }
  };
  for (const auto& [piece, node] : raw.byline_pieces) read_credit(piece);
  for (const AuthorText& author : raw.author_texts) read_credit(author.text);
  // A credit line under the headline with no byline class ("Texte : A —
  // Photos : B — 29/11/2026").
  for (absl::string_view line : absl::StrSplit(raw.headline_area, '\n'))
    read_credit(std::string(line));
  std::vector<std::string> writers;
  for (const std::string& name : names) {
    if (absl::c_linear_search(credited_apart, name)) continue;
    if (Contains(signed_by, name) ||
        (!CreditedForOtherThanText(raw.headline_area, name) &&
         !CreditedForOtherThanText(raw.byline_text, name)))
      writers.push_back(name);
  }
  if (writers.size() == names.size()) return;
  if (writers.empty() && !credited_writers.empty()) {
    md.author = credited_writers;
    md.sources["author"] +=
        ", giving way to the writers a credit of roles names";
    return;
  }
  if (writers.empty() &&
      std::none_of(
          raw.byline_pieces.begin(), raw.byline_pieces.end(),
          [](const auto& piece) { return SignedByAnAgency(piece.first); })) {
    md.author_credited_for_another_role = true;
    return;
  }
  md.author = absl::StrJoin(writers, ", ");
  md.sources["author"] +=
      ", without those credited for another role than the text";
}

bool AuthorFromMarkup(const PageMetadata& md) {
  if (md.author.empty()) return false;
  const auto source = md.sources.find("author");
  if (source == md.sources.end()) return false;
  // The source as GatherAuthors names it, before what a later step adds
  // (", without those credited for another role than the text").
  const std::string_view from = source->second;
  const std::string_view named = from.substr(0, from.find_first_of(", "));
  return named == kJsonLdAuthor || named == kItempropAuthor ||
         std::find(std::begin(kAuthorMetaNames), std::end(kAuthorMetaNames),
                   named) != std::end(kAuthorMetaNames);
}

// "Par X et Y" on a short line of its own under the headline, in the
// headline's article block but in no byline's element nor in the text's
// block (a Squarespace post's first block of text, the text in the next):
// read as a byline opening the text is (TakeOpeningByline), up to the first
// long line.
void TakeBylineUnderTheHeadline(const RawTags& raw, PageMetadata& md) {
  if (raw.headline_block == nullptr || raw.h1.empty()) return;
  constexpr size_t kLongestLine = 200;
  constexpr int kLinesRead = 12;
  const std::string lines = BlockText(raw.headline_block);
  const size_t headline = lines.find(raw.h1);
  if (headline == std::string::npos) return;
  const size_t after = lines.find('\n', headline);
  if (after == std::string::npos) return;
  int read = 0;
  for (absl::string_view line :
       absl::StrSplit(absl::string_view(lines).substr(after + 1), '\n')) {
    if (++read > kLinesRead || line.size() > kLongestLine) return;
    if (absl::StartsWith(line, "Par ") || absl::StartsWith(line, "PAR ")) {
      TakeOpeningByline(std::string_view(line.data(), line.size()), md);
      return;
    }
  }
}

namespace {

// "Par Hugo Lemaître, Radio Hexagone Bretagne": a byline that lists the
// outlet (or its local edition) after the writers; the writers alone.
void DropTheOutletFromTheWriters(PageMetadata& md) {
  std::vector<std::string> names = absl::StrSplit(md.author, ", ");
  if (names.size() < 2) return;
  std::erase_if(names, [&](const std::string& name) {
    return IsTheOutletsName(name, md.outlet);
  });
  if (!names.empty()) md.author = absl::StrJoin(names, ", ");
}

}  // namespace

void ChooseAuthor(const RawTags& raw, const nlohmann::json* ld,
                  PageMetadata& md) {
  const AuthorTiers tiers = GatherAuthors(raw, ld);
  // The publisher read as a candidate is read, so that the two compare; a
  // person's name as publisher (a blog's, a columnist's site) still signs.
  const auto publisher = raw.meta.find("publisher");
  std::string publisher_name = publisher == raw.meta.end()
                                   ? std::string()
                                   : AuthorList(CleanAuthor(publisher->second));
  if (IsPersonsName(publisher_name)) publisher_name.clear();
  if (const auto* chosen =
          PickAuthor(tiers, md.outlet, publisher_name, md.section)) {
    md.author = WithoutOutletBefore(
        WithoutOutletAfter(chosen->first, md.outlet), md.outlet);
    md.sources["author"] = chosen->second;
    if (AsciiLower(md.author) == AsciiLower(md.outlet) &&
        (CreditsTheNewsroomWithAnAgency(raw.byline_text, md.outlet) ||
         CreditsTheNewsroomWithAnAgency(raw.headline_area, md.outlet)))
      md.author.clear();
    if (!md.author.empty()) DropOtherContributors(raw, md);
    DropTheOutletFromTheWriters(md);
  }
  TakeBylineUnderTheHeadline(raw, md);
  if (md.author.empty()) md.sources.erase("author");
}

bool TakeOpeningSignature(std::string_view paragraph, PageMetadata& md) {
  constexpr size_t kLongestSignature = 100;
  paragraph = TrimAscii(paragraph);
  // Closed by a parenthesis, it may be a place ("Awa Diop (à Thiès)").
  if (paragraph.size() > kLongestSignature ||
      (EndsLikeASentence(paragraph) && !paragraph.ends_with(")")))
    return false;
  // The outlet's own account (a theme's byline naming the site) signs for
  // no one: the signature over the text names the writer.
  if (!md.author.empty() && !AuthorIsTheOutlet(md))
    return FoldText(CleanAuthor(std::string(paragraph))) == FoldText(md.author);
  std::string name = NameWithWritersRole(paragraph);
  if (name.empty()) return false;
  md.author = std::move(name);
  md.sources["author"] = "signature opening the text";
  return true;
}

bool TakeOpeningByline(std::string_view paragraph, PageMetadata& md) {
  constexpr size_t kLongestByline = 200;
  paragraph = TrimAscii(paragraph);
  if (paragraph.size() > kLongestByline || EndsLikeASentence(paragraph) ||
      !(paragraph.starts_with("Par ") || paragraph.starts_with("PAR ")))
    return false;
  const std::string names = NameAfterPar(paragraph);
  if (names.empty() || !paragraph.substr(4).starts_with(names.substr(0, 1)))
    return false;
  const std::vector<std::string> writers = absl::StrSplit(names, ", ");
  // What follows the names is a byline's: nothing, a dash, a bar or a dot
  // before the date, or ", publié le...". Not a sentence going on ("Par Air
  // Sénégal et Royal Air Maroc, les pèlerins rallient Djeddah").
  const size_t last = paragraph.find(writers.back());
  if (last == std::string_view::npos) return false;
  std::string_view rest =
      TrimAscii(paragraph.substr(last + writers.back().size()));
  bool byline_follows = rest.empty();
  for (std::string_view mark : {"–", "—", "-", "|", "·", "("})
    byline_follows = byline_follows || rest.starts_with(mark);
  if (rest.starts_with(",")) {
    const std::string folded = FoldText(rest.substr(1));
    const std::string_view after = TrimAscii(folded);
    // ", le 5 décembre": "le" before a date, not before a noun.
    byline_follows =
        after.starts_with("publie") || after.starts_with("mis a jour") ||
        (after.starts_with("le ") && HasAsciiDigit(after.substr(0, 8)));
  }
  if (!byline_follows) return false;
  // "Par La Rédaction", "Par AFP REUTERS": a byline, which leaves the text,
  // signed by no one.
  if (NamesANewsroom(names) || IsNewsAgencyCredit(names)) return true;
  const std::vector<std::string> known = md.author.empty()
                                             ? std::vector<std::string>()
                                             : absl::StrSplit(md.author, ", ");
  const bool holds_known =
      std::all_of(known.begin(), known.end(), [&](const std::string& name) {
        return std::find(writers.begin(), writers.end(), name) != writers.end();
      });
  // A desk's account the markup names ("HMI Rédaction", Blogger's "Publié
  // par" over every post) gives way to the person the text's byline names.
  const bool known_is_a_desk =
      !known.empty() &&
      std::all_of(known.begin(), known.end(), [](const std::string& name) {
        const std::string folded = FoldText(name);
        return NamesANewsroom(name) || folded.ends_with(" redaction");
      });
  if ((holds_known && writers.size() > known.size()) || known_is_a_desk) {
    md.author = names;
    md.sources["author"] = "byline opening the text";
  }
  return true;
}

}  // namespace newsq::internal
