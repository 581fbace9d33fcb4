#include "entities/entity_types.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "engine/ascii.h"
#include "engine/outlet_domains.h"
#include "entities/entity_lexicon.h"
#include "entities/entity_spans.h"
#include "entities/entity_tokens.h"
#include "newsq/article.h"

namespace newsq::internal {
namespace {

// What follows the elided `letter` ('d' for "de", 'l' for the article)
// opening `part`, with an apostrophe "'" or "’": "Ascq" in "d'Ascq"; nullopt
// when no such elision opens it.
std::optional<std::string_view> AfterElision(std::string_view part,
                                             char letter) {
  if (part.empty() || part.front() != letter) return std::nullopt;
  for (std::string_view apostrophe : {"'", "\xE2\x80\x99"}) {
    if (part.substr(1).starts_with(apostrophe))
      return part.substr(1 + apostrophe.size());
  }
  return std::nullopt;
}

// A plural and "de" before a name: a team or a club, as sports pages name
// them ("Penguins de Pittsburgh", "Girondins de Bordeaux", "Red Wings de
// Détroit", "Braves d'Atlanta"); not a place's parts ("Pays de Galles", "Îles
// de la Madeleine") or an institution's ("États de Malacca"), whose nouns
// the lexicon knows, nor a person ("Charles de Gaulle").
bool IsTeamName(const std::vector<std::string_view>& words) {
  for (size_t i = 1; i < words.size(); ++i) {
    // The name after "de", or after the elided "d'" glued to it.
    std::string_view named;
    if (const std::optional<std::string_view> elided =
            AfterElision(words[i], 'd')) {
      named = *elided;
    } else if ((words[i] == "de" || words[i] == "du") && i + 1 < words.size()) {
      // "Hurricanes de la Caroline", "Diamondbacks de l'Arizona".
      named = words[i + 1];
      if (named == "la" && i + 2 < words.size()) named = words[i + 2];
      named = AfterElision(named, 'l').value_or(named);
    } else {
      continue;
    }
    const std::string_view plural = words[i - 1];
    // A hyphenated word is a place's ("Nouvelle-Galles du Sud").
    if (!IsTeamOf(plural, "de") || plural.find('-') != std::string::npos ||
        PlaceWords().contains(plural) || GenericNouns().contains(plural) ||
        InstitutionNouns().contains(plural) ||
        FirstNames().contains(words.front()))
      return false;
    EntityToken token{std::string(named)};
    ClassifyCapitals(token);
    return token.capitalised;
  }
  return false;
}

// A French place name in one hyphenated word: towns joined by a preposition
// or "et" ("Aix-en-Provence", "Noeux-les-Mines", "Villeneuve-d'Ascq",
// "Lot-et-Garonne"), or opened by a place's qualifier ("Nouvelle-Guinée",
// "Haute-Savoie", "Port-Gentil", "Grand-Bassam"). People's hyphenated names
// join given names or surnames, without such words.
bool IsHyphenatedPlace(std::string_view word) {
  static const auto* links = new absl::flat_hash_set<std::string_view>{
      "sur", "sous", "en", "lès", "lez", "les", "le",
      "la",  "de",   "du", "des", "aux", "et"};
  static const auto* openers = new absl::flat_hash_set<std::string_view>{
      "Nouvelle", "Nouveau", "Haute",  "Haut",  "Hautes", "Hauts",
      "Basse",    "Bas",     "Basses", "Port",  "Mont",   "Val",
      "Grand",    "Grande",  "Petit",  "Petite"};
  std::vector<std::string_view> parts;
  for (size_t start = 0;;) {
    const size_t dash = word.find('-', start);
    parts.push_back(word.substr(start, dash - start));
    if (dash == std::string_view::npos) break;
    start = dash + 1;
  }
  if (parts.size() < 2) return false;
  // The last part names the place: capitalised, after an elision if any.
  EntityToken token{
      std::string(AfterElision(parts.back(), 'd').value_or(parts.back()))};
  ClassifyCapitals(token);
  if (!token.capitalised || token.acronym) return false;
  for (size_t i = 1; i < parts.size(); ++i) {
    if (AfterElision(parts[i], 'd')) return true;
  }
  for (size_t i = 1; i + 1 < parts.size(); ++i) {
    if (links->contains(parts[i])) return true;
  }
  return openers->contains(parts.front());
}

// "Sept Ans", "Trois Jours" (counts and spans of time: "la guerre de Sept
// Ans"), "Xbox One", "Super Mario", "iPhone Pro" (a product's model or
// tier): words no person's name holds.
bool IsNoPersonsWord(std::string_view word) {
  // A model's or a version's word: "Airbus A350", "Galaxy S24", "Windows 11".
  if (HasAsciiDigit(word)) return true;
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "Deux", "Trois", "Quatre", "Cinq",  "Six",  "Sept",  "Huit",   "Neuf",
      "Dix",  "Onze",  "Douze",  "Vingt", "Cent", "Mille", "Ans",    "Jours",
      "One",  "Super", "Mini",   "Pro",   "Plus", "Ultra", "Premium"};
  return words->contains(word);
}

}  // namespace

bool NamesAnEvent(const std::string& name) {
  // "Coupe de la Ligue", "Copa América", "Jeux olympiques", "Grand Prix de
  // Monaco": a competition, whatever organisation or place it names.
  static const auto* events = new absl::flat_hash_set<std::string_view>{
      "Coupe",        "Copa",     "Cup",     "Jeux",     "Championnat",
      "Championnats", "Tournoi",  "Mondial", "Mondiaux", "Trophée",
      "Rallye",       "Festival", "Masters", "Prix"};
  // Alone: "au Mondial", "en Liga", "en Bundesliga", "à l'Euro".
  static const auto* alone = new absl::flat_hash_set<std::string_view>{
      "Mondial", "Mondiaux", "Masters", "Liga", "Bundesliga", "Euro", "Jeux"};
  const std::vector<std::string_view> words = NameWords(name);
  if (words.size() == 1 && alone->contains(words.front())) return true;
  if (words.size() >= 2 && (events->contains(words.front()) ||
                            (words.front() == "Grand" &&
                             (words[1] == "Prix" || words[1] == "Chelem"))))
    return true;
  // "Seconde Guerre mondiale", "Révolution française": a war or an upheaval.
  for (std::string_view w : words) {
    if (w == "Guerre" || w == "Bataille" || w == "Révolution") return true;
  }
  return false;
}

std::string GuessEntityType(const std::string& name, const EntityCandidate& c) {
  if (!c.head_type.empty()) return c.head_type;
  const std::vector<std::string_view> words = NameWords(name);
  if (NamesAnEvent(name)) return Entity::kOtherName;
  // "Empire ottoman", "Royaume de Grenade": a state, named as a place.
  if (words.size() >= 2 && StateNouns().contains(words.front()))
    return Entity::kPlace;
  for (std::string_view w : words) {
    if (OrganisationWords().contains(w)) return Entity::kOrganisation;
  }
  if (KnownPlaces().contains(name)) return Entity::kPlace;
  // A registered country or region, unless a given name too ("Victoria",
  // "Alberta"), which could as well be a person.
  if (RegisteredPlaces().contains(name) && !FirstNames().contains(name))
    return Entity::kPlace;
  // "Afrique centrale", "Guinée équatoriale": a place and its adjectives.
  if (words.size() >= 2 && KnownPlaces().contains(words.front()) &&
      std::all_of(words.begin() + 1, words.end(), [](std::string_view w) {
        return GeographicAdjectives().contains(w);
      }))
    return Entity::kPlace;
  // A demonym's plural too, before a known place: "Canadiens de Montréal".
  if (const size_t de = name.find(" de ");
      de != std::string::npos && words.size() >= 3 &&
      IsTeamOf(words.front(), "de") &&
      KnownPlaces().contains(std::string_view(name).substr(de + 4)))
    return Entity::kOrganisation;
  // In quotes, the same words make a title: « Les Demoiselles de Rochefort ».
  if (c.quoted_mentions < c.mentions && IsTeamName(words))
    return Entity::kOrganisation;
  // English function words make a band, a company or a work, not a person
  // ("The Band", "Faith No More"); always in quotes, a work ("Shaun of the
  // Dead", "The Good Wife"), unless a word or a noun before it says it is a
  // body ("National Association for the Advancement of Colored People",
  // l'hebdomadaire « The Economist », le groupe « The Germs »).
  const bool english = std::any_of(words.begin(), words.end(), [](auto w) {
    return w == "The" || w == "&" || w == "No" || w == "You" ||
           EnglishFunctionWords().contains(w);
  });
  if (english) {
    const bool body = std::any_of(words.begin(), words.end(), [](auto w) {
      return OrganisationWords().contains(w);
    });
    return c.AlwaysQuoted() && !body && !c.organisation_cue
               ? Entity::kOtherName
               : Entity::kOrganisation;
  }
  // A place word inside the name: "Lac Léman", "San Diego", "Craig Harbour".
  for (std::string_view w : words) {
    if (PlaceWords().contains(w)) return Entity::kPlace;
  }
  if (words.size() == 1 && IsHyphenatedPlace(words.front()))
    return Entity::kPlace;
  EntityToken probe{name};
  ClassifyCapitals(probe);
  if (probe.acronym && words.size() == 1) {
    // Datelines and headings write places in capitals ("GENÈVE, 6 juillet",
    // "SUISSE."): a known place is still a place.
    return KnownPlaces().contains(TitleCase(name)) ? Entity::kPlace
                                                   : Entity::kOrganisation;
  }
  if (c.person_cue || c.speaker) return Entity::kPerson;
  if (c.organisation_cue && !FirstNames().contains(words.front()))
    return Entity::kOrganisation;
  // A news outlet named as its pages name it ("Le Parisien", "France Bleu",
  // "Franceinfo", "à Libération"): its newsroom, an organisation. Not a
  // given name too ("Marianne"), nor one word that always follows an
  // article ("la Libération" is the event).
  if (!KnownOutletsNamed(name).empty() && !FirstNames().contains(name) &&
      !(words.size() == 1 && c.mentions > 0 &&
        c.mentions_after_article == c.mentions))
    return Entity::kOrganisation;
  // "au Mali", but not "face au Covid-19": a place's name holds no digit.
  if (c.place_cue && words.size() == 1 && !HasAsciiDigit(name))
    return Entity::kPlace;
  // "la ville de New York", "les habitants de Saint-Denis": a place whatever
  // its length, unless a given name opens it.
  if (c.place_kind_cue && !FirstNames().contains(words.front()))
    return Entity::kPlace;
  // A word and a place: a club ("Bayern Munich", "Ajax Amsterdam"), unless the
  // word is a given name ("Paris Hilton" would be a person).
  if (words.size() == 2 && KnownPlaces().contains(words.back()) &&
      !FirstNames().contains(words.front()))
    return Entity::kOrganisation;
  // Two or three capitalised words: most often a person ("Sam Altman"). A
  // given name makes it sure even for four words ("Jean-Marie Le Pen" has a
  // particle). Tried and measured: requiring a given name for every person
  // lost more people than it saved from titles of works (WikiNEuRal F1 0.652
  // -> 0.560), the list being far from every name in the news.
  const bool given_name = FirstNames().contains(words.front());
  // A given name alone names a person ("Alexandre", "François").
  if (given_name && words.size() == 1) return Entity::kPerson;
  // A title in quotes (« Paper Gods », "Space Jam") is a work, unless a given
  // name opens it.
  if (c.AlwaysQuoted() && !given_name) return Entity::kOtherName;
  // "le Viet Minh", "la Warner Bros", "du Werder Brême": a name that always
  // follows an article is no person, unless a title and a given name say so
  // ("le Pape François", "la Reine Elizabeth", "le Colonel Kadhafi").
  const bool titled =
      words.size() >= 2 && (FirstNames().contains(words[1]) ||
                            PersonCues().contains(LowerFirst(words.front())));
  if (c.mentions_after_article == c.mentions && c.mentions > 0 && !given_name &&
      !titled)
    return Entity::kOtherName;
  // "La Grande-Motte", "Le Palais-sur-Vienne", "Les Sables-d'Olonne": an
  // article that opens the name inside a sentence makes a place of it after
  // "à" or "en", and no person by default elsewhere.
  if (words.size() >= 2 && (words.front() == "La" || words.front() == "Le" ||
                            words.front() == "Les")) {
    return c.place_cue ? Entity::kPlace : Entity::kOtherName;
  }
  bool all_capitalised =
      words.size() >= 2 && words.size() <= (given_name ? 4u : 3u);
  for (std::string_view w : words) {
    if (given_name && Particles().contains(w)) continue;
    EntityToken t{std::string(w)};
    ClassifyCapitals(t);
    // A given name first makes a person all the same ("Otto Dix").
    if (!t.capitalised || t.acronym || (!given_name && IsNoPersonsWord(w)))
      all_capitalised = false;
  }
  return all_capitalised ? Entity::kPerson : Entity::kOtherName;
}

}  // namespace newsq::internal
