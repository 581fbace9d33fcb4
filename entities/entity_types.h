// Internal: what the recogniser knows about a name once it has read the text,
// and the type it gives the name from that.
#ifndef NEWSQ_ENTITIES_ENTITY_TYPES_H_
#define NEWSQ_ENTITIES_ENTITY_TYPES_H_

#include <cstddef>
#include <limits>
#include <set>
#include <string>

namespace newsq::internal {

struct EntityCandidate {
  int mentions = 0;
  // Mentions that do not open a sentence: only names are capitalised there.
  int mentions_inside_sentences = 0;
  // The token where the text first mentions it.
  size_t first_token = std::numeric_limits<size_t>::max();
  bool person_cue = false;  // after "M.", "ministre", "présidente"...
  // After "à", "en", "au", "aux", not past an elided article ("à l'ONU").
  bool place_cue = false;
  // After a kind of place and "de" or "d'" ("la ville de Tours", "la commune
  // d'Ussel", "les habitants de Tombouctou"), or beside a river's noun ("la
  // rivière Adour").
  bool place_kind_cue = false;
  bool organisation_cue = false;  // after "groupe", "société", "label"...
  bool speaker = false;  // after a speech verb, before a comma ("raconte")
  // Mentions that fill a quotation whole (« Star Wars », "Paper Gods"): how
  // titles of works, shows and songs are written, and seldom a person.
  int quoted_mentions = 0;
  // Whether every mention fills a quotation: a title's way of being written.
  bool AlwaysQuoted() const {
    return mentions > 0 && quoted_mentions == mentions;
  }
  // Mentions after a definite article ("le Viet Minh", "la Warner Bros",
  // "du Werder Brême", "l'Ajax"): French gives people no article, so
  // institutions, bands, teams and places.
  int mentions_after_article = 0;
  // "LOC" or "ORG" when a lower-case head noun opens it ("rue", "ministère").
  std::string head_type;
  bool defined_acronym = false;  // a long form the text gives an acronym for
  std::set<std::string> aliases;
  // The words around its first mentions, folded, as the learnt type model
  // reads them (entity_type_model.h): "b1=de" (the word before, an elision
  // included: "b1=l'"), "b2=ville de" (the two words before), "a1=en" (the
  // word after), "p1=(" (a mark before), "q1=," (a mark after).
  std::set<std::string> contexts;
};

// Whether `name` names a competition, a war or an upheaval ("Coupe de la
// Ligue", "Grand Prix de Monaco", "Seconde Guerre mondiale"): MISC, which no
// list or model should retype as the organisation or place it holds.
bool NamesAnEvent(const std::string& name);

// PER, ORG, LOC or MISC for `name`, from its words (organisation and place
// words, known places, given names, acronyms, English function words) and
// from the cues around its mentions.
std::string GuessEntityType(const std::string& name, const EntityCandidate& c);

}  // namespace newsq::internal

#endif  // NEWSQ_ENTITIES_ENTITY_TYPES_H_
