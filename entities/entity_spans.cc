#include "entities/entity_spans.h"

#include "entities/entity_lexicon.h"
#include "newsq/article.h"

namespace newsq::internal {
namespace {

// French adjectives that follow an institution's head word ("Commission
// européenne", "Banque mondiale", "Direction générale"), by their endings.
bool LooksLikeAdjective(const EntityToken& token) {
  // Verbs share the adjectives' endings ("la Ville indique", "le rectorat
  // rappelle").
  if (token.capitalised || token.text.size() < 4 ||
      SpeechVerbs().contains(token.text))
    return false;
  // Adverbs and verbs with an adjective's ending: "le Fonds appelle
  // toutefois", "la Banque renouvelle".
  if (token.text.ends_with("fois")) return false;
  for (std::string_view verb :
       {"appelle", "rappelle", "interpelle", "renouvelle", "épelle"}) {
    if (token.text == verb) return false;
  }
  if (GeographicAdjectives().contains(token.text)) return true;
  // Adjectives whose endings verbs share ("la Cour ordonne", "la Police
  // défile"), one by one: Switzerland's French-speaking part ("Fédération des
  // entreprises romandes"), Wallonia's, "civile" ("Protection civile").
  for (std::string_view adjective :
       {"romand", "romande", "romands", "romandes", "wallon", "wallonne",
        "wallons", "wallonnes", "civil", "civile", "civils", "civiles"}) {
    if (token.text == adjective) return true;
  }
  // Longer endings, that short words share: "québécoise", "publics" (not
  // "mois").
  if (token.text.size() >= 6 &&
      (token.text.ends_with("ois") || token.text.ends_with("oise") ||
       token.text.ends_with("oises")))
    return true;
  if (token.text.ends_with("lic") || token.text.ends_with("lics")) return true;
  for (std::string_view end :
       {"éen",    "éenne", "éens",   "éennes", "al",    "ale",    "ales",
        "aux",    "ique",  "iques",  "ais",    "aise",  "aises",  "ien",
        "ienne",  "iens",  "iennes", "aire",   "aires", "el",     "elle",
        "ieur",   "ieure", "ieurs",  "ieures", "jeure", "jeures", "neure",
        "neures", "els",   "elles",  "if",     "ive",   "ifs",    "ives",
        "oire",   "oires", "ain",    "aine",   "ains",  "aines",  "ier",
        "ière",   "iers",  "ières",  "ême",    "ée",    "ées",    "iste",
        "istes"}) {
    if (token.text.ends_with(end)) return true;
  }
  return false;
}

bool OpensComplement(std::string_view word) {
  return word == "de" || word == "du" || word == "des";
}

// Whether the complement opening at tokens[k] ("de l'Empire", "d'Empire")
// names `head` again, past its particle and article.
bool RepeatsHead(const std::vector<EntityToken>& tokens, size_t k,
                 std::string_view head) {
  if (OpensComplement(tokens[k].text)) ++k;
  if (k < tokens.size() && tokens[k].text == "la") ++k;
  return k < tokens.size() && tokens[k].text == head;
}

// Whether tokens[k] is a given name that opens a full name ("Christian" in
// "du Nord Christian Poiret"): a person named after an institution, who is
// not part of its name.
bool OpensAFullName(const std::vector<EntityToken>& tokens, size_t k) {
  return FirstNames().contains(tokens[k].text) && k + 1 < tokens.size() &&
         tokens[k + 1].capitalised && !tokens[k + 1].sentence_start &&
         tokens[k + 1].mark_before == 0;
}

// Adds the lower-case complements that follow an institution's head word
// ("Cour des comptes", "Organisation de la coopération islamique", "Agence
// d'urbanisme"): at most a few words, ending on a noun or an adjective. A
// complement opens with "de", "du" or "des", so "la" starts another phrase
// ("Ligue des champions la saison prochaine").
size_t AddComplements(const std::vector<EntityToken>& tokens, size_t head,
                      size_t j, std::vector<std::string>& parts) {
  auto continues = [&](size_t k) {
    return k < tokens.size() && !tokens[k].sentence_start &&
           tokens[k].mark_before == 0;
  };
  constexpr size_t kMaxComplement = 6;
  size_t k = j;
  size_t added = 0;
  while (continues(k) && added < kMaxComplement) {
    const EntityToken& token = tokens[k];
    // "Commission nationale de l'informatique et des libertés": "et" joins a
    // second complement, unless the head comes again, which begins another
    // name ("l'Empire romain et de l'Empire ottoman").
    if (token.text == "et" && added > 0 && continues(k + 1) &&
        (OpensComplement(tokens[k + 1].text) ||
         tokens[k + 1].elision.starts_with("d")) &&
        !RepeatsHead(tokens, k + 1, tokens[head].text)) {
      parts.push_back(token.text);
      ++k;
      ++added;
      continue;
    }
    if (LooksLikeAdjective(token) ||
        (token.elision.starts_with("d") && !token.capitalised &&
         token.text.size() >= 3)) {
      parts.push_back(token.InName());
      ++k;
      ++added;
      continue;
    }
    if (!OpensComplement(token.text)) break;
    size_t noun = k + 1;
    if (continues(noun) && tokens[noun].text == "la") ++noun;
    if (!continues(noun) || tokens[noun].text.size() < 3) break;
    // "le Parti québécois de Jacques Parizeau": a person's full name is whose
    // the institution is, not its name.
    if (FirstNames().contains(tokens[noun].text) && continues(noun + 1) &&
        tokens[noun + 1].capitalised)
      break;
    for (; k <= noun; ++k, ++added) parts.push_back(tokens[k].InName());
    // A name as the complement is read whole: "Communauté d'agglomération du
    // Pays Basque", "Agence de santé de Nouvelle Aquitaine".
    if (tokens[noun].capitalised) {
      while (continues(k) && tokens[k].capitalised &&
             !tokens[k].elided_before && added < kMaxComplement &&
             !OpensAFullName(tokens, k)) {
        parts.push_back(tokens[k++].InName());
        ++added;
      }
    }
  }
  return k;
}

// "XV", "XIII": a team's number in Roman numerals ("XV de France").
bool IsRomanNumeral(std::string_view word) {
  return !word.empty() &&
         word.find_first_not_of("IVXLCDM") == std::string_view::npos;
}

// "Standard de Liège", "Heat de Miami", "Festival de Cannes", "Grégoire de
// Tours": one capitalised word inside a sentence, then "de" or "du" and a
// known place, is one name (a club, an event, a person of old), not a name
// and where it is. Not after an acronym ("le maire LR de Nice", "la CGT de
// Marseille": a party's or union's branch and its town; a Roman numeral is
// no acronym: "XV de France"), a common noun
// capitalised by convention ("État de Floride") or a place: ExtendName keeps
// those apart from the place.
bool OneWordOwnsThePlace(const EntityToken& first,
                         const std::vector<std::string>& parts,
                         std::string_view particle) {
  return parts.size() == 1 && (particle == "de" || particle == "du") &&
         !first.sentence_start &&
         (!first.acronym || IsRomanNumeral(first.text)) &&
         !GenericNouns().contains(parts.front()) &&
         !KnownPlaces().contains(parts.front());
}

}  // namespace

bool IsTeamOf(std::string_view plural, std::string_view particle) {
  // "Sox" is as short as a plural gets; three letters and an "s" are
  // mostly function words ("Les", "Des", "Nos").
  const bool long_enough =
      plural.size() > 3 ||
      (plural.size() == 3 && plural.ends_with("x") && plural != "Aux");
  return (particle == "de" || particle == "du") && long_enough &&
         (plural.ends_with("s") || plural.ends_with("x")) &&
         !KnownPlaces().contains(plural) && !FirstNames().contains(plural);
}

// Whether the name at tokens[i] completes a person's title: "ministre de
// l'Économie", "ministre des Armées", "secrétaire général de la Défense"
// (the title within two words before "de", "des", "du" or "de la").
bool ComplementsAPersonsTitle(const std::vector<EntityToken>& tokens,
                              size_t i) {
  size_t de = 0;  // where "de", "des" or "du" stands
  if (tokens[i].elided_before) {
    if (i < 1 || tokens[i].elision.empty() ||
        (tokens[i].elision[0] != 'l' && tokens[i].elision[0] != 'L') ||
        tokens[i - 1].text != "de")
      return false;
    de = i - 1;
  } else if (i >= 1 &&
             (tokens[i - 1].text == "des" || tokens[i - 1].text == "du")) {
    de = i - 1;
  } else if (i >= 2 && tokens[i - 1].text == "la" &&
             tokens[i - 2].text == "de") {
    de = i - 2;
  } else {
    return false;
  }
  for (size_t back = 1; back <= 2 && back <= de; ++back) {
    if (PersonCues().contains(tokens[de - back].text)) return true;
  }
  return false;
}

// Institutions whose names never honour a person, unlike a school's or a
// stadium's ("Lycée Jean Moulin"): "l'Agglomération Yves Martin" is its
// president after it.
bool NeverNamedAfterAPerson(std::string_view head) {
  return head == "Collectivité" || head == "Agglomération" ||
         head == "Communauté" || head == "Régie";
}

size_t ExtendName(const std::vector<EntityToken>& tokens, size_t i,
                  bool institution, std::vector<std::string>& parts) {
  auto continues = [&](size_t k) {
    return k < tokens.size() && !tokens[k].sentence_start &&
           tokens[k].mark_before == 0;
  };
  const bool takes_complements = OrganisationWords().contains(tokens[i].text) ||
                                 InstitutionNouns().contains(tokens[i].text) ||
                                 StateNouns().contains(tokens[i].text);
  institution = institution || takes_complements;
  size_t j = i + 1;
  bool closed = false;
  while (continues(j)) {
    const EntityToken& next = tokens[j];
    // "le ministre de l'Économie Bruno Le Maire", "le premier secrétaire du
    // PS Olivier Faure": a title's complement, or an acronym alone, ends
    // where a given name starts a full name (another capitalised word
    // follows). Not in a name of its own that honours a person ("Prix Albert
    // Londres", "Bibliothèque François Mitterrand", "LVMH Moët Hennessy Louis
    // Vuitton"), nor in one that opens on a given name ("Jean Pierre Dupont").
    if ((!institution || NeverNamedAfterAPerson(tokens[i].text)) &&
        FirstNames().contains(next.text) && continues(j + 1) &&
        tokens[j + 1].capitalised && !FirstNames().contains(parts.front()) &&
        ((parts.size() == 1 && tokens[i].acronym) ||
         ComplementsAPersonsTitle(tokens, i)))
      break;
    if (next.capitalised && !NameEnders().contains(next.text) &&
        (!next.elided_before || next.elision.starts_with("d"))) {
      parts.push_back(next.InName());
      ++j;
      continue;
    }
    if (!Particles().contains(next.text) || closed) break;
    // One or two particles ("de", "von der", "de la"), then a capitalised
    // word; a known place after "de" is where something is ("la police de
    // Lyon"), unless a team (IsTeamOf) or one word owns it
    // (OneWordOwnsThePlace), or the name is an institution's ("Université de
    // Liège"). Once such a place is read, the name is closed: no particle
    // extends it further.
    size_t k = j + 1;
    if (continues(k) && Particles().contains(tokens[k].text)) ++k;
    if (!continues(k) || !tokens[k].capitalised) break;
    const bool place = KnownPlaces().contains(tokens[k].text);
    const bool team = IsTeamOf(parts.back(), next.text);
    if (place && !institution && !team &&
        !OneWordOwnsThePlace(tokens[i], parts, next.text))
      break;
    // A place closes a team's or an event's name, once its words are read:
    // "Red Wings de Détroit de la Ligue nationale de hockey" names two.
    closed = !institution && (place || team);
    for (size_t m = j; m <= k; ++m) parts.push_back(tokens[m].InName());
    j = k + 1;
  }
  if (parts.size() == 1) {
    // "Arabie saoudite", "Émirats arabes unis": a known place in several
    // words, the first capitalised.
    std::string joined = parts.front();
    for (size_t k = j; k < j + 2 && continues(k) && !tokens[k].capitalised;
         ++k) {
      joined += " " + tokens[k].text;
      if (KnownPlaces().contains(joined)) {
        for (size_t m = j; m <= k; ++m) parts.push_back(tokens[m].text);
        return k + 1;
      }
    }
    // "Guinée équatoriale", "Europe centrale", "Polynésie française": a place
    // and the adjective that names a part of it or its owner.
    if (KnownPlaces().contains(tokens[i].text) && continues(j) &&
        GeographicAdjectives().contains(tokens[j].text)) {
      parts.push_back(tokens[j].text);
      return j + 1;
    }
  }
  if (takes_complements) j = AddComplements(tokens, i, j, parts);
  // "Ligue 1", "Coupe du monde 2030", "Open 13 Provence": a competition's
  // number, and the names after it.
  if (EventWords().contains(tokens[i].text) && continues(j) &&
      IsNumber(tokens[j].text) && tokens[j].text.size() <= 4) {
    parts.push_back(tokens[j++].text);
    while (continues(j) && tokens[j].capitalised)
      parts.push_back(tokens[j++].text);
  }
  return j;
}

size_t HeadNounBefore(const std::vector<EntityToken>& tokens, size_t i,
                      std::string& type) {
  // "rue Mercière", "place des Terreaux", "rue de la République", "ministère
  // de l'Intérieur": the head, then at most "de la", "de", "du" or "des".
  size_t head = i;
  std::string_view particle;
  if (i >= 3 && tokens[i - 1].text == "la" && tokens[i - 2].text == "de") {
    particle = "de la";
    head = i - 3;
  } else if (i >= 2 && OpensComplement(tokens[i - 1].text)) {
    particle = tokens[i - 1].text;
    head = i - 2;
  } else if (i >= 1) {
    head = i - 1;
  } else {
    return i;
  }
  for (size_t k = head + 1; k <= i; ++k) {
    if (tokens[k].sentence_start || tokens[k].mark_before != 0) return i;
  }
  const EntityToken& noun = tokens[head];
  if (noun.capitalised) return i;
  // "à la place de Marie" means instead of her; squares are "place de la
  // Concorde", "place des Terreaux" or "place Bellecour".
  if (noun.text == "place" && particle == "de") return i;
  if (PlaceHeads().contains(noun.text)) {
    type = Entity::kPlace;
    return head;
  }
  if (InstitutionHeads().contains(noun.text)) {
    type = Entity::kOrganisation;
    return head;
  }
  return i;
}

}  // namespace newsq::internal
