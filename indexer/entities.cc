#include "indexer/entities.h"

#include <utf8proc.h>

#include <algorithm>
#include <map>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_join.h"

namespace newsq::internal {
namespace {

struct Token {
  std::string text;
  bool capitalised = false;
  bool acronym = false;
  bool sentence_start = false;
  bool elided_before =
      false;  // "d'OpenAI": the token is "OpenAI", after an elision
  bool after_punctuation =
      false;  // a comma, bracket or other mark stands before it
};

// Capitalised words that begin sentences without naming anything.
const absl::flat_hash_set<std::string_view>& SentenceWords() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "Le",        "La",        "Les",       "Un",        "Une",
      "Des",       "Du",        "De",        "Ce",        "Cet",
      "Cette",     "Ces",       "Selon",     "Mais",      "Pour",
      "Dans",      "En",        "Au",        "Aux",       "Il",
      "Elle",      "Ils",       "Elles",     "On",        "Nous",
      "Vous",      "Je",        "Si",        "Alors",     "Après",
      "Avant",     "Depuis",    "Lors",      "Par",       "Sur",
      "Avec",      "Sans",      "Chez",      "Quand",     "Comme",
      "Et",        "Or",        "Donc",      "Puis",      "Ainsi",
      "Enfin",     "Pourtant",  "Cependant", "Toutefois", "Là",
      "Ici",       "Son",       "Sa",        "Ses",       "Leur",
      "Leurs",     "Notre",     "Nos",       "Votre",     "Tout",
      "Tous",      "Toute",     "Toutes",    "Plusieurs", "Certains",
      "Certaines", "Aucun",     "Aucune",    "Chaque",    "Quel",
      "Quelle",    "À",         "Face",      "Entre",     "Pendant",
      "Dès",       "Vers",      "Contre",    "Malgré",    "Parmi",
      "Outre",     "Côté",      "Autre",     "Même",      "Encore",
      "Aussi",     "Déjà",      "Hier",      "Demain",    "Lundi",
      "Mardi",     "Mercredi",  "Jeudi",     "Vendredi",  "Samedi",
      "Dimanche",  "Oui",       "Non",       "Publié",    "Mis",
      "Suivez",    "Lire",      "Voir",      "Qui",       "Que",
      "Quoi",      "Où",        "Comment",   "Pourquoi",  "Combien",
      "Reste",     "Seul",      "Seule",     "Cela",      "Ceci",
      "Celui",     "Celle",     "Ceux",      "Il y",      "Faute",
      "Sous",      "Grâce",     "Afin",      "Reste",     "Pas",
      "Plus",      "Moins",     "Très",      "Trop",      "Bien",
      "Mal",       "Désormais", "Jusqu",     "Lorsque",   "Parce",
      "Puisque",   "Tandis",    "Bref",      "Ensuite",   "Également",
      "Surtout",   "Notamment", "Autrement", "Certes",    "Parfois",
      "Souvent",   "Toujours",  "Jamais",    "Rien",      "Personne",
      "Chacun",    "Beaucoup",  "Peu",       "Environ",   "Près",
      "Loin",      "Dont",      "Car",       "Ni",        "Soit",
      "Voici",     "Voilà",     "Ah",        "Oh",        "Eh",
      "Mme",       "M",         "Mlle",      "Me",        "Dr",
      "Pr"};
  return *words;
}

// Words that join the parts of a name: "Société d'énergie et d'eau du Gabon",
// "Van der Bellen".
const absl::flat_hash_set<std::string_view>& Particles() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "de",  "du",  "des", "la", "le", "van", "von", "der", "den",
      "ben", "bin", "el",  "al", "di", "da",  "dos", "das", "y"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& PersonCues() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "M.",           "M",          "Mme",        "Mlle",
      "Me",           "Dr",         "président",  "présidente",
      "ministre",     "PDG",        "patron",     "patronne",
      "directeur",    "directrice", "entraîneur", "sélectionneur",
      "milliardaire", "fondateur",  "fondatrice", "porte-parole",
      "attaquant",    "joueur",     "chef",       "roi",
      "prince",       "secrétaire", "maire",      "député",
      "députée",      "sénateur",   "juge",       "avocat",
      "journaliste"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& OrganisationWords() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "Société",      "Groupe",       "Banque",     "Ministère",
      "Commission",   "Organisation", "Union",      "Fondation",
      "Université",   "Association",  "Agence",     "Conseil",
      "Cour",         "Parti",        "Fédération", "Office",
      "Institut",     "Capital",      "Mining",     "AI",
      "Inc",          "Corp",         "SA",         "Group",
      "Airport",      "FC",           "Club",       "Athletic",
      "Stade",        "Journal",      "Assemblée",  "Sénat",
      "Gouvernement", "Nations",      "Fonds",      "Compagnie",
      "Entreprise",   "Syndicat",     "Tribunal",   "Police",
      "Armée",        "Mairie",       "Région",     "Département",
      "Métropole",    "Rectorat",     "Bourse",     "Technologies",
      "Labs",         "Media",        "Médias",     "Press",
      "Presse",       "Olympique",    "Paris-SG",   "Saint-Germain",
      "Real",         "Inter",        "Ligue",      "Maison"};
  return *words;
}

// Countries and cities that French news names most; enough to type common
// places.
const absl::flat_hash_set<std::string_view>& KnownPlaces() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "France",      "Paris",         "Lyon",        "Marseille",
      "Toulouse",    "Bordeaux",      "Lille",       "Nantes",
      "Strasbourg",  "Nice",          "Brest",       "Guingamp",
      "Belgique",    "Bruxelles",     "Liège",       "Namur",
      "Charleroi",   "Wallonie",      "Flandre",     "Suisse",
      "Genève",      "Lausanne",      "Berne",       "Zurich",
      "Luxembourg",  "Québec",        "Montréal",    "Canada",
      "Maroc",       "Rabat",         "Casablanca",  "Marrakech",
      "Tanger",      "Fès",           "Agadir",      "Algérie",
      "Alger",       "Tunisie",       "Tunis",       "Sénégal",
      "Dakar",       "Mali",          "Bamako",      "Niger",
      "Niamey",      "Burkina",       "Ouagadougou", "Côte d'Ivoire",
      "Abidjan",     "Guinée",        "Conakry",     "Gabon",
      "Libreville",  "Cameroun",      "Yaoundé",     "Douala",
      "Gambie",      "Banjul",        "Ghana",       "Accra",
      "Nigeria",     "Togo",          "Lomé",        "Bénin",
      "Cotonou",     "Mauritanie",    "Tchad",       "Congo",
      "Kinshasa",    "Afrique",       "Europe",      "Asie",
      "Amérique",    "Chine",         "Pékin",       "Inde",
      "Japon",       "Russie",        "Moscou",      "Ukraine",
      "Kiev",        "Israël",        "Gaza",        "Palestine",
      "Liban",       "Syrie",         "Iran",        "Égypte",
      "Le Caire",    "Espagne",       "Madrid",      "Bilbao",
      "Allemagne",   "Berlin",        "Italie",      "Rome",
      "Royaume-Uni", "Londres",       "Angleterre",  "Twickenham",
      "États-Unis",  "Washington",    "New York",    "Californie",
      "Mexique",     "Brésil",        "Al Haouz",    "Lyonnais",
      "Rhône",       "Île-de-France", "Sahel"};
  return *words;
}

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

void Classify(Token& token) {
  utf8proc_int32_t first = -1;
  size_t letters = 0, upper = 0;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(token.text.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(token.text.size());
  while (left > 0) {
    utf8proc_int32_t cp;
    const utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) break;
    if (first < 0) first = cp;
    if (IsLetter(cp)) {
      ++letters;
      if (IsUpper(cp)) ++upper;
    }
    p += n;
    left -= n;
  }
  token.capitalised = first >= 0 && IsUpper(first);
  token.acronym = letters >= 2 && upper == letters;
}

// Splits text into word tokens; hyphens and inner apostrophes stay inside
// words, except after an elided particle ("d'OpenAI" gives "OpenAI").
std::vector<Token> Tokenise(std::string_view text) {
  std::vector<Token> tokens;
  const auto* data = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  const auto size = static_cast<utf8proc_ssize_t>(text.size());
  utf8proc_ssize_t pos = 0;
  bool sentence_start = true;
  bool punctuation = false;
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    Token token;
    // Elisions: l', d', L', D', qu' before a name.
    for (std::string_view elided :
         {"d'", "l'", "D'", "L'", "qu'", "d\xE2\x80\x99", "l\xE2\x80\x99",
          "D\xE2\x80\x99", "L\xE2\x80\x99", "qu\xE2\x80\x99"}) {
      if (word.size() > elided.size() &&
          word.compare(0, elided.size(), elided) == 0) {
        word = word.substr(elided.size());
        token.elided_before = true;
        break;
      }
    }
    token.text = std::move(word);
    token.sentence_start = sentence_start;
    token.after_punctuation = punctuation;
    Classify(token);
    tokens.push_back(std::move(token));
    word.clear();
    sentence_start = false;
    punctuation = false;
  };
  while (pos < size) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(data + pos, size - pos, &cp);
    if (n <= 0) {
      n = 1;
      cp = ' ';
    }
    const bool joiner =
        (cp == '-' || cp == '\'' || cp == 0x2019) && !word.empty();
    if (IsWordChar(cp) || (joiner && pos + n < size)) {
      word.append(text.data() + pos, static_cast<size_t>(n));
    } else {
      flush();
      if (cp != ' ' && cp != '\t' && cp != 0xA0 && cp != 0x202F)
        punctuation = true;
      if (cp == '.' || cp == '!' || cp == '?' || cp == '\n' || cp == ':' ||
          cp == 0xAB || cp == 0xBB || cp == '"' || cp == 0x201C ||
          cp == 0x2014 || cp == 0x2013) {
        // "M." is a title, not a sentence end.
        if (!(cp == '.' && !tokens.empty() &&
              (tokens.back().text == "M" || tokens.back().text == "St"))) {
          sentence_start = true;
        }
      }
    }
    pos += n;
  }
  flush();
  return tokens;
}

struct Candidate {
  int mentions = 0;
  bool person_cue = false;
  bool place_cue = false;
};

std::string GuessType(const std::string& name, const Candidate& c) {
  std::vector<std::string_view> words;
  size_t start = 0;
  for (size_t i = 0; i <= name.size(); ++i) {
    if (i == name.size() || name[i] == ' ') {
      if (i > start) words.emplace_back(name.data() + start, i - start);
      start = i + 1;
    }
  }
  for (std::string_view w : words) {
    if (OrganisationWords().contains(w)) return "ORG";
  }
  if (KnownPlaces().contains(name)) return "LOC";
  Token probe{name};
  Classify(probe);
  if (probe.acronym && words.size() == 1) return "ORG";
  if (c.person_cue) return "PER";
  if (c.place_cue && words.size() == 1) return "LOC";
  bool all_capitalised = words.size() >= 2 && words.size() <= 3;
  for (std::string_view w : words) {
    Token t{std::string(w)};
    Classify(t);
    if (!t.capitalised || t.acronym) all_capitalised = false;
  }
  return all_capitalised ? "PER" : "MISC";
}

}  // namespace

std::vector<Entity> FindEntities(std::string_view title,
                                 std::string_view text) {
  std::vector<Token> tokens = Tokenise(title);
  if (!tokens.empty()) tokens.push_back(Token{"\n", false, false, true});
  for (Token& t : Tokenise(text)) tokens.push_back(std::move(t));

  // Words seen in lower case somewhere: a capitalised one at a sentence start
  // is then a common word, not a name.
  absl::flat_hash_set<std::string> lowercase_words;
  for (const Token& t : tokens) {
    if (!t.capitalised) lowercase_words.insert(t.text);
  }
  auto lower_first = [](const std::string& w) {
    std::string out = w;
    utf8proc_int32_t cp;
    const auto n =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(w.data()),
                         static_cast<utf8proc_ssize_t>(w.size()), &cp);
    if (n <= 0) return out;
    utf8proc_uint8_t buf[4];
    const auto m = utf8proc_encode_char(utf8proc_tolower(cp), buf);
    return std::string(reinterpret_cast<char*>(buf), static_cast<size_t>(m)) +
           w.substr(n);
  };

  std::map<std::string, Candidate> candidates;
  for (size_t i = 0; i < tokens.size();) {
    const Token& t = tokens[i];
    const bool skippable_start =
        t.sentence_start && !t.elided_before &&
        (SentenceWords().contains(t.text) ||
         (!t.acronym && lowercase_words.contains(lower_first(t.text))));
    if (!t.capitalised || skippable_start || t.text.size() < 2) {
      ++i;
      continue;
    }
    std::vector<std::string> parts = {t.text};
    size_t j = i + 1;
    while (j < tokens.size() && !tokens[j].sentence_start &&
           !tokens[j].after_punctuation) {
      if (tokens[j].capitalised && !tokens[j].elided_before) {
        parts.push_back(tokens[j].text);
        ++j;
      } else if (Particles().contains(tokens[j].text) &&
                 j + 1 < tokens.size() && tokens[j + 1].capitalised &&
                 !tokens[j + 1].sentence_start &&
                 !tokens[j + 1].after_punctuation &&
                 !KnownPlaces().contains(tokens[j + 1].text)) {
        parts.push_back(tokens[j].text);
        parts.push_back(tokens[j + 1].text);
        j += 2;
      } else {
        break;
      }
    }
    const std::string name = absl::StrJoin(parts, " ");
    Candidate& c = candidates[name];
    ++c.mentions;
    if (i > 0 && PersonCues().contains(tokens[i - 1].text)) c.person_cue = true;
    if (i > 0 && (tokens[i - 1].text == "à" || tokens[i - 1].text == "en" ||
                  tokens[i - 1].text == "au" || tokens[i - 1].text == "aux")) {
      c.place_cue = true;
    }
    i = j;
  }

  // A single surname counts toward the full name it abbreviates ("Musk" ->
  // "Elon Musk").
  for (auto it = candidates.begin(); it != candidates.end();) {
    const std::string& name = it->first;
    std::string longest;
    if (name.find(' ') == std::string::npos) {
      for (const auto& [other, unused] : candidates) {
        if (other.size() > name.size() + 1 &&
            other.compare(other.size() - name.size(), name.size(), name) == 0 &&
            other[other.size() - name.size() - 1] == ' ' &&
            other.size() > longest.size()) {
          longest = other;
        }
      }
    }
    if (!longest.empty()) {
      Candidate& full = candidates[longest];
      full.mentions += it->second.mentions;
      full.person_cue = full.person_cue || it->second.person_cue;
      it = candidates.erase(it);
    } else {
      ++it;
    }
  }

  std::vector<Entity> entities;
  for (const auto& [name, c] : candidates) {
    entities.push_back(Entity{name, GuessType(name, c), c.mentions});
  }
  std::stable_sort(
      entities.begin(), entities.end(),
      [](const Entity& a, const Entity& b) { return a.mentions > b.mentions; });
  constexpr size_t kMaxEntities = 40;
  if (entities.size() > kMaxEntities) entities.resize(kMaxEntities);
  return entities;
}

}  // namespace newsq::internal
