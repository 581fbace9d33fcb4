#include "entities/entities.h"

#include <algorithm>
#include <map>
#include <optional>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "engine/french_stopwords.h"
#include "engine/text_folding.h"
#include "engine/work_budget.h"
#include "entities/acronyms.h"
#include "entities/entity_lexicon.h"
#include "entities/entity_spans.h"
#include "entities/entity_tokens.h"
#include "entities/entity_type_model.h"
#include "entities/entity_types.h"

namespace newsq::internal {
namespace {

// Quotation marks, as EntityToken::mark_before and mark_after hold them.
bool OpensQuote(char32_t mark) {
  return mark == '"' || mark == 0xAB || mark == 0x201C || mark == 0x201E;
}
bool ClosesQuote(char32_t mark) {
  return mark == '"' || mark == 0xBB || mark == 0x201D;
}

using Tokens = std::vector<EntityToken>;
using Candidates = std::map<std::string, EntityCandidate>;

bool IsParticipleForm(std::string_view word) {
  for (std::string_view end : {"é", "ée", "és", "ées"}) {
    if (word.size() > end.size() + 2 && word.ends_with(end)) return true;
  }
  return false;
}

// Words that can open a name even at a sentence start and before a particle:
// "Banque de France", "Lac de Genève", "Jean de La Fontaine".
bool OpensNames(const std::string& word) {
  return OrganisationWords().contains(word) || PlaceWords().contains(word) ||
         KnownPlaces().contains(word) || FirstNames().contains(word);
}

// "Gallois", "Librevillois", "Franc-Comtoise", "Italiens": the endings of
// the French words for the people of a place, written capitalised. Endings
// that places share ("Calais", "Marrakech") are left out.
bool LooksLikeDemonym(const std::string& word) {
  if (FirstNames().contains(word) || word.size() < 6) return false;
  for (std::string_view end : {"ois", "oise", "oises", "aise", "aises", "iens",
                               "iennes", "ains", "aines"}) {
    if (word.ends_with(end)) return true;
  }
  return false;
}

// Whether tokens[k] ends a time of day: "22h30", "23H50" (as agencies write
// it), "14h", or "h" after hours ("14 h").
bool IsTimeOfDay(const std::vector<EntityToken>& tokens, size_t k) {
  const std::string& word = tokens[k].text;
  if (word == "h" || word == "H") return k > 0 && IsNumber(tokens[k - 1].text);
  const size_t h = word.find_first_of("hH");
  return h != std::string::npos && h > 0 && h <= 2 &&
         IsNumber(std::string_view(word).substr(0, h)) &&
         (h + 1 == word.size() ||
          IsNumber(std::string_view(word).substr(h + 1)));
}

// A century or an ordinal in Roman numerals: "XVIIe", "XXe", "Ier", "IIIème"
// ("au XIXe siècle"), a date's word, no name alone.
bool IsRomanOrdinal(std::string_view word) {
  size_t numerals = 0;
  while (numerals < word.size() &&
         std::string_view("IVXLC").find(word[numerals]) !=
             std::string_view::npos)
    ++numerals;
  if (numerals == 0) return false;
  const std::string_view suffix = word.substr(numerals);
  return suffix == "e" || suffix == "er" || suffix == "ème" ||
         suffix == "eme" || suffix == "ère";
}

bool IsOneWord(const std::string& name) {
  return name.find(' ') == std::string::npos;
}

bool IsAcronym(const std::string& name) {
  EntityToken word{name};
  ClassifyCapitals(word);
  return word.acronym;
}

// Every name of the text with what the text says around its mentions.
class CandidateCollector {
 public:
  explicit CandidateCollector(const Tokens& tokens) : tokens_(tokens) {
    for (const EntityToken& t : tokens_) {
      if (!t.capitalised) lowercase_words_.insert(t.text);
      if (t.capitalised && !t.sentence_start)
        capitalised_inside_.insert(t.text);
    }
  }

  Candidates Collect(const std::vector<AcronymDefinition>& definitions) {
    size_t next_definition = 0;
    for (size_t i = 0; i < tokens_.size();) {
      CheckWorkBudget();
      while (next_definition < definitions.size() &&
             definitions[next_definition].first < i)
        ++next_definition;
      if (next_definition < definitions.size() &&
          definitions[next_definition].first == i) {
        const AcronymDefinition& d = definitions[next_definition++];
        i = d.last + 1;
        if (d.common_noun) {
          common_acronyms_.insert(d.acronym);
          continue;
        }
        EntityCandidate& c = Mention(d.long_form, d.first, d.first, i);
        c.defined_acronym = true;
        c.aliases.insert(d.acronym);
        continue;
      }
      i = CollectAt(i);
    }
    SpreadPlaceCuesThroughLists();
    for (const std::string& acronym : common_acronyms_)
      candidates_.erase(acronym);
    return std::move(candidates_);
  }

 private:
  // The end of the quoted English title that opens at tokens[i] ("Can't
  // Stop the Feeling", « Day of Defeat »), or i when none does: a short quote
  // that opens on a capital, whose lower-case words are all English function
  // words (or numbers), one of them a word only English has. Its capitals are
  // one name, a work's (or a body's), and none of its pieces is one: "Stop",
  // "Feeling" and "Only One" name nothing. A quote of speech has lower-case
  // words of every kind (« Donald Trump is not fit to be president », « l'usine
  // in extremis »): its names are read as anywhere else.
  size_t EnglishTitleEnd(size_t i) const {
    constexpr size_t kMaxTitleWords = 12;
    if (!OpensQuote(tokens_[i].mark_before) || !tokens_[i].capitalised)
      return i;
    bool english = false;
    for (size_t k = i; k < tokens_.size() && k < i + kMaxTitleWords; ++k) {
      const EntityToken& word = tokens_[k];
      if (k > i && (word.mark_before != 0 || word.elided_before)) return i;
      if (!word.capitalised) {
        if (EnglishFunctionWords().contains(word.text)) {
          english = true;
        } else if (!SharedFunctionWords().contains(word.text) &&
                   !IsNumber(word.text)) {
          return i;
        }
      }
      if (ClosesQuote(word.mark_after)) return english && k > i ? k + 1 : i;
    }
    return i;
  }

  // Looks for a name at tokens[i]; returns where to look next.
  size_t CollectAt(size_t i) {
    const EntityToken& t = tokens_[i];
    if (const size_t end = EnglishTitleEnd(i); end > i) {
      std::vector<std::string> words;
      for (size_t k = i; k < end; ++k) words.push_back(tokens_[k].InName());
      Mention(absl::StrJoin(words, " "), i, i, end);
      return end;
    }
    const bool skippable_start =
        t.sentence_start && !t.elided_before &&
        (SentenceWords().contains(t.text) ||
         (!t.acronym && lowercase_words_.contains(LowerFirst(t.text))));
    // "C'est", "Jusqu'ici", "Aujourd'hui": an elision inside a common word.
    if (!t.capitalised || skippable_start || t.text.size() < 2 ||
        HasElisionBeforeLowercase(t.text) || CourtesyTitles().contains(t.text))
      return i + 1;
    // A lower-case head noun makes the name a place's or an institution's
    // ("rue Mercière", "ministère de l'Intérieur"), whatever its words.
    std::string head_type;
    const size_t start = HeadNounBefore(tokens_, i, head_type);
    std::vector<std::string> parts = {start < i ? t.InName() : t.text};
    const size_t end =
        ExtendName(tokens_, i, head_type == Entity::kOrganisation, parts);
    // "S. M." (Sa Majesté), "A. R.", "P. L": initials and lone capitals
    // abbreviate titles or signatures.
    if (std::all_of(parts.begin(), parts.end(), [](const std::string& p) {
          return (p.size() <= 3 && p.ends_with(".")) || p.size() == 1;
        }))
      return end;
    // "86, rue du Rhône": a postal address, which is where someone is, not
    // a place the text is about.
    if (head_type == Entity::kPlace && start > 0 &&
        IsNumber(tokens_[start - 1].text))
      return end;
    if (start == i && parts.size() == 1) {
      // A short word in mixed case right after a number is its unit: "300
      // Nm", "64 Go", "20 Mo".
      if (i > 0 && IsNumber(tokens_[i - 1].text) && t.text.size() <= 3 &&
          !t.acronym)
        return end;
      // A time zone right after a time of day is no name: "22h30 GMT", "à
      // 14 h UTC" (but "à 20h, TF1", "à 18 h CNN" name channels).
      if (i > 0 && t.mark_before == 0 && TimeZones().contains(t.text) &&
          IsTimeOfDay(tokens_, i - 1))
        return end;
      // A common noun capitalised by convention ("l'État", "la Commission")
      // or a participle opening a sentence ("Interrogé, il ...") names
      // nothing alone.
      if (GenericNouns().contains(t.text) ||
          NamesNothingAlone().contains(t.text) || IsRomanOrdinal(t.text) ||
          (t.sentence_start && IsParticipleForm(t.text) &&
           !KnownPlaces().contains(t.text)))
        return end;
    } else if (start == i) {
      const EntityToken& second = tokens_[i + 1];
      // A common noun capitalised by convention that completes the noun
      // before it ("chefs d'État", "coup d'État") is that noun's complement:
      // the name after its particle is another one ("chefs d'État de l'Union
      // européenne" names the Union).
      if (GenericNouns().contains(t.text) && t.elision.starts_with("d") &&
          i > 0 && !tokens_[i - 1].capitalised && !t.sentence_start &&
          Particles().contains(second.text))
        return i + 1;
      // A demonym or common noun before a name is not part of it:
      // "l'Allemande Franziska Preuss", "secrétaire d'État Marco Rubio".
      if (GenericNouns().contains(t.text) && second.capitalised &&
          !second.elided_before && !InstitutionNouns().contains(t.text) &&
          !OrganisationWords().contains(t.text) &&
          !StateNouns().contains(t.text))
        return i + 1;
      // A word for one person of a country that names a place, a family or
      // a club too ("la Suisse", "Louis Gallois", "le Canadien de
      // Montréal") is not part of the name only after an article and
      // before a given name: "le Suisse Roger Federer", "l'Indien Narendra
      // Modi".
      if (DemonymsThatAreNamesToo().contains(t.text) &&
          FollowsDefiniteArticle(i) && second.mark_before == 0 &&
          !second.elided_before && FirstNames().contains(second.text))
        return i + 1;
      // A word opening a sentence, tied to a name by a particle, is not part
      // of it: "Autour d'Elon Musk", "Vu d'Europe", "Deuxième de Ligue 1".
      if (t.sentence_start &&
          (second.elided_before || Particles().contains(second.text)) &&
          !OpensNames(t.text) && !capitalised_inside_.contains(t.text) &&
          !KnownPlaces().contains(absl::StrJoin(parts, " ")))
        return i + 1;
    }
    std::vector<std::string> words;
    for (size_t k = start; k < i; ++k)
      words.push_back(k == start ? tokens_[k].text : tokens_[k].InName());
    words.insert(words.end(), parts.begin(), parts.end());
    EntityCandidate& c = Mention(absl::StrJoin(words, " "), start, i, end);
    if (!head_type.empty()) c.head_type = head_type;
    return end;
  }

  // Counts a mention of `name` whose first token is tokens[start], whose
  // first capitalised token is tokens[capital] and which ends before
  // tokens[end].
  EntityCandidate& Mention(const std::string& name, size_t start,
                           size_t capital, size_t end) {
    const auto [entry, added] = candidates_.try_emplace(name);
    EntityCandidate& c = entry->second;
    // Whether a plural kind of place stands before this mention ("les
    // villes de").
    bool says_place = false;
    if (c.mentions < kMentionsWithContexts) AddContexts(start, end, c);
    ++c.mentions;
    if (start != capital || !tokens_[capital].sentence_start)
      ++c.mentions_inside_sentences;
    c.first_token = std::min(c.first_token, start);
    if (start > 0) {
      const std::string& before = tokens_[start - 1].text;
      // A title or a kind right before the name, in apposition: "le
      // ministre Attal", "le groupe Attac"; not past "d'" ("le directeur
      // d'OpenAI", "le groupe d'Attal" name whose) nor across a sentence end.
      const EntityToken& first = tokens_[start];
      const bool apposed = !first.elided_before && first.mark_before == 0 &&
                           !first.sentence_start;
      if (apposed && PersonCues().contains(before)) c.person_cue = true;
      // The noun the name is the complement of: "la ville de Tours", "la
      // commune d'Ussel", "le fils de Pépin".
      std::string_view owner;
      if (!first.sentence_start && first.mark_before == 0) {
        if (first.elided_before && !first.elision.empty() &&
            (first.elision[0] == 'd' || first.elision[0] == 'D')) {
          owner = before;
        } else if (!first.elided_before && (before == "de" || before == "du") &&
                   start >= 2) {
          owner = tokens_[start - 2].text;
        }
      }
      if (PlaceKinds().contains(owner) ||
          (apposed && RiverNouns().contains(before))) {
        c.place_kind_cue = true;
        // A plural kind opens a list of places ("les communes de X, Y et
        // Z"); after a singular one and a comma comes the sentence's
        // subject ("Dans la ville de Berlin, Macron et Scholz ont signé").
        says_place = owner.size() > 3 &&
                     (owner.ends_with("s") || owner.ends_with("x")) &&
                     owner != "pays";
      }
      if (KinNouns().contains(owner) ||
          (apposed && KinNouns().contains(before)))
        c.person_cue = true;
      // The kind of a body names it across an opening quote too: le groupe
      // « The Germs », l'hebdomadaire « The Economist ».
      if ((apposed ||
           (!first.elided_before && OpensQuote(first.mark_before))) &&
          OrganisationCues().contains(before))
        c.organisation_cue = true;
      // "le réseau social Twitter", "les réseaux sociaux Facebook et ...".
      if (apposed && start >= 2 &&
          (before == "social" || before == "sociaux") &&
          (tokens_[start - 2].text == "réseau" ||
           tokens_[start - 2].text == "réseaux"))
        c.organisation_cue = true;
      // What publishes, develops or buys ("édité par Ubisoft", "racheté par
      // Vivendi"), and the club a player goes to ("prêté au Havre AC").
      if (apposed && start >= 2) {
        const std::string& verb = tokens_[start - 2].text;
        if ((before == "par" && MakerVerbs().contains(verb)) ||
            ((before == "au" || before == "à") &&
             TransferVerbs().contains(verb)))
          c.organisation_cue = true;
      }
      // "», raconte Karim, 42 ans": the speaker of a quote.
      if (SpeechVerbs().contains(before) && tokens_[capital].mark_after == ',')
        c.speaker = true;
      // Not past an elided article: "à l'Anses", "à l'ONU" name bodies.
      if ((before == "à" || before == "en" || before == "au" ||
           before == "aux") &&
          !first.elided_before)
        c.place_cue = true;
    }
    mentions_in_order_.push_back({&entry->first, &c, start, end, says_place});
    if (FollowsDefiniteArticle(start)) ++c.mentions_after_article;
    if (OpensQuote(tokens_[start].mark_before) &&
        ClosesQuote(tokens_[end - 1].mark_after))
      ++c.quoted_mentions;
    return c;
  }

  // A mention of a name, in the order of the text.
  struct OrderedMention {
    const std::string* name;  // candidates_' nodes do not move
    EntityCandidate* candidate;
    size_t start, end;  // its tokens
    bool says_place;    // a kind of place before it
  };

  // Whether tokens[a.end, b.start) join two names of one list: a comma
  // ("Hadjout, Sidi Rached") or "et" / "ou" ("Sidi Rached et Menaceur").
  enum class Link { kNone, kComma, kConjunction };
  Link LinkBetween(const OrderedMention& a, const OrderedMention& b) const {
    const EntityToken& next = tokens_[b.start];
    if (next.sentence_start || next.elided_before) return Link::kNone;
    if (b.start == a.end)
      return next.mark_before == ',' ? Link::kComma : Link::kNone;
    if (b.start != a.end + 1 || next.mark_before != 0) return Link::kNone;
    const EntityToken& word = tokens_[a.end];
    return word.mark_before == 0 && (word.text == "et" || word.text == "ou")
               ? Link::kConjunction
               : Link::kNone;
  }

  // The names of a list are of one kind: when a plural kind of place opens
  // the list ("les communes de Hadjout, Sidi Rached et Menaceur"; after "la
  // commune de Hadjout," comes the subject), or when all of its
  // names but one are places the lexicon knows ("Blida, Médéa et Tizi
  // Ouzou"), each of its names gets that cue. A list is names joined by
  // commas and closed by "et" or "ou"; commas alone make no list. "à" opens
  // none: after "À Windsor," the names are the sentence's subject ("À
  // Windsor, Harry et Meghan ont ..."), and after "à" alone as often the
  // people something is given or said to ("a écrit à Harry et Meghan").
  void SpreadPlaceCuesThroughLists() {
    size_t first = 0;  // the list's first name
    for (size_t k = 0; k + 1 < mentions_in_order_.size(); ++k) {
      if (k < first) continue;  // the name closing the last list
      switch (LinkBetween(mentions_in_order_[k], mentions_in_order_[k + 1])) {
        case Link::kComma:
          break;
        case Link::kConjunction:
          MarkListOfPlaces(first, k + 2);
          first = k + 2;
          break;
        case Link::kNone:
          first = k + 1;
          break;
      }
    }
  }

  // Gives the names of the list mentions_in_order_[first, end) a place's
  // cue when the evidence says the list names places (see above).
  void MarkListOfPlaces(size_t first, size_t end) {
    size_t known_places = 0;
    for (size_t k = first; k < end; ++k) {
      const std::string& name = *mentions_in_order_[k].name;
      known_places +=
          KnownPlaces().contains(name) || RegisteredPlaces().contains(name);
    }
    const size_t names = end - first;
    // A given name says the list names people ("Lyon, Paris et Jean").
    for (size_t k = first; k < end; ++k) {
      const std::string& name = *mentions_in_order_[k].name;
      if (FirstNames().contains(NameWords(name).front())) return;
    }
    if (!mentions_in_order_[first].says_place &&
        !(known_places >= 2 && known_places + 1 >= names))
      return;
    for (size_t k = first; k < end; ++k)
      mentions_in_order_[k].candidate->place_kind_cue = true;
  }

  // Whether "le", "la", "les", "l'" or a preposition fused with one ("du",
  // "au", "aux") comes right before tokens[start]. "des" is left out: it is
  // as often the indefinite plural.
  bool FollowsDefiniteArticle(size_t start) const {
    const EntityToken& first = tokens_[start];
    // "l'" or "l’": the letter and an apostrophe of one or three bytes.
    if (first.elided_before) {
      return first.elision.size() <= 4 &&
             (first.elision[0] == 'l' || first.elision[0] == 'L');
    }
    if (start == 0 || first.mark_before != 0 || first.sentence_start)
      return false;
    const std::string before = FoldText(tokens_[start - 1].text);
    return before == "le" || before == "la" || before == "les" ||
           before == "du" || before == "au" || before == "aux";
  }

  // The words and marks around the mention tokens[start, end) (see
  // EntityCandidate::contexts).
  void AddContexts(size_t start, size_t end, EntityCandidate& c) const {
    const EntityToken& first = tokens_[start];
    std::string before;
    if (first.elided_before) {
      before = FoldText(first.elision);
    } else if (start > 0 && first.mark_before == 0 && !first.sentence_start) {
      before = FoldText(tokens_[start - 1].text);
    }
    if (!before.empty()) {
      c.contexts.insert("b1=" + before);
      if (!first.elided_before && start >= 2 &&
          tokens_[start - 1].mark_before == 0 &&
          !tokens_[start - 1].sentence_start)
        c.contexts.insert("b2=" + FoldText(tokens_[start - 2].text) + " " +
                          before);
    }
    if (first.sentence_start) c.contexts.insert("b1=<s>");
    if (first.mark_before != 0 && first.mark_before < 0x80)
      c.contexts.insert(std::string("p1=") +
                        static_cast<char>(first.mark_before));
    const EntityToken& last = tokens_[end - 1];
    if (last.mark_after != 0 && last.mark_after < 0x80) {
      c.contexts.insert(std::string("q1=") +
                        static_cast<char>(last.mark_after));
    } else if (end < tokens_.size() && !tokens_[end].sentence_start) {
      const EntityToken& next = tokens_[end];
      c.contexts.insert(
          "a1=" + FoldText(next.elided_before ? next.elision : next.text));
    }
  }

  // Contexts are kept from this many mentions: a name's first mentions say
  // what it is, and a long text's hundredth adds nothing but cost.
  static constexpr int kMentionsWithContexts = 8;

  const Tokens& tokens_;
  // Words seen in lower case somewhere: a capitalised one at a sentence start
  // is then a common word, not a name.
  absl::flat_hash_set<std::string> lowercase_words_;
  // Words seen capitalised inside a sentence, where only names are.
  absl::flat_hash_set<std::string> capitalised_inside_;
  // Acronyms the text spells out in lower case: common nouns' ("TNB").
  absl::flat_hash_set<std::string> common_acronyms_;
  Candidates candidates_;
  std::vector<OrderedMention> mentions_in_order_;
};

void MergeInto(Candidates& candidates, Candidates::iterator from,
               const std::string& into) {
  EntityCandidate& full = candidates[into];
  const EntityCandidate& part = from->second;
  full.mentions += part.mentions;
  full.mentions_inside_sentences += part.mentions_inside_sentences;
  full.first_token = std::min(full.first_token, part.first_token);
  full.person_cue = full.person_cue || part.person_cue;
  full.place_cue = full.place_cue || part.place_cue;
  full.organisation_cue = full.organisation_cue || part.organisation_cue;
  full.speaker = full.speaker || part.speaker;
  full.quoted_mentions += part.quoted_mentions;
  full.mentions_after_article += part.mentions_after_article;
  full.aliases.insert(part.aliases.begin(), part.aliases.end());
  full.contexts.insert(part.contexts.begin(), part.contexts.end());
  candidates.erase(from);
}

// Whether `name`'s words end `full`, after a capitalised word or an initial
// ("Musk" in "Elon Musk", "Vance" in "J. D. Vance", "De Wever" in "Bart De
// Wever"), not after a particle ("Sénégal" in "Cour des comptes du Sénégal").
bool EndsPersonLikeName(const std::string& full, const std::string& name) {
  if (full.size() <= name.size() + 1 || !full.ends_with(name) ||
      full[full.size() - name.size() - 1] != ' ')
    return false;
  const std::string before = full.substr(0, full.size() - name.size() - 1);
  const size_t space = before.rfind(' ');
  EntityToken word{before.substr(space == std::string::npos ? 0 : space + 1)};
  ClassifyCapitals(word);
  // "Grand Moncton", "Petit-Bassam", "Nouvelle Calédonie": an adjective of
  // size or age before a place names a larger or another place, not a
  // person of that surname.
  for (std::string_view adjective :
       {"Grand", "Grande", "Petit", "Petite", "Haut", "Haute", "Bas", "Basse",
        "Nouveau", "Nouvelle", "Vieux", "Vieille"}) {
    if (word.text == adjective) return false;
  }
  return word.capitalised;
}

// A name that a dateline or a heading prints in capitals ("BEJAIA -",
// "PARIS") and the text writes as a name too ("Béjaïa") is that name: one
// entity, of the type its written form has the evidence for.
void MergeCapitalisedSpellings(Candidates& candidates) {
  const auto has_lower_case = [](const std::string& name) {
    return std::any_of(name.begin(), name.end(), absl::ascii_islower);
  };
  absl::flat_hash_map<std::string, std::string> written;  // folded -> name
  for (const auto& [name, c] : candidates)
    if (has_lower_case(name)) written.emplace(FoldText(name), name);
  for (auto it = candidates.begin(); it != candidates.end();) {
    if (!has_lower_case(it->first)) {
      if (auto same = written.find(FoldText(it->first));
          same != written.end()) {
        MergeInto(candidates, it++, same->second);
        continue;
      }
    }
    ++it;
  }
}

// An acronym the text spells out in brackets, and the partial readings of its
// long form ("Commission nationale de l'informatique" for "... et des
// libertés"), count as the long form.
void MergeDefinedAcronyms(Candidates& candidates,
                          const std::vector<AcronymDefinition>& definitions) {
  for (const AcronymDefinition& d : definitions) {
    if (d.common_noun || !candidates.contains(d.long_form)) continue;
    if (auto acronym = candidates.find(d.acronym); acronym != candidates.end())
      MergeInto(candidates, acronym, d.long_form);
    for (auto it = candidates.begin(); it != candidates.end();) {
      if (d.long_form.starts_with(it->first + " "))
        MergeInto(candidates, it++, d.long_form);
      else
        ++it;
    }
  }
}

// An acronym and the one name of the text whose initials spell it ("PSG" and
// "Paris Saint-Germain"), a person's name excepted.
void MergeSpeltAcronyms(Candidates& candidates) {
  for (auto it = candidates.begin(); it != candidates.end();) {
    std::string into;
    int spelling = 0;
    if (IsAcronym(it->first)) {
      for (const auto& [other, c] : candidates) {
        if (!IsOneWord(other) && SpellsAcronym(other, it->first) &&
            GuessEntityType(other, c) != Entity::kPerson) {
          ++spelling;
          into = other;
        }
      }
    }
    if (spelling == 1) {
      candidates[into].aliases.insert(it->first);
      MergeInto(candidates, it++, into);
    } else {
      ++it;
    }
  }
}

// The fuller name that `name` (one or two words) abbreviates in this text, or
// "": a surname ("Musk" -> "Elon Musk"), the first word of a company's name
// once the full name was given ("Zijin" -> "Zijin Mining"), the given name of
// a person named in full ("Hélène" -> "Hélène Vasseur").
std::string FullerName(const Candidates& candidates, const std::string& name,
                       const EntityCandidate& c) {
  const int words =
      1 + static_cast<int>(std::count(name.begin(), name.end(), ' '));
  if (KnownPlaces().contains(name) || c.defined_acronym || words > 2) return "";
  std::string into;
  for (const auto& [other, full] : candidates) {
    // A title in quotes that ends with a name ("The World of Tim Burton") is
    // not that name written in full.
    if (full.AlwaysQuoted()) continue;
    if (EndsPersonLikeName(other, name) && other.size() > into.size())
      into = other;
  }
  if (!into.empty() || words > 1) return into;
  int starting = 0;
  std::string only;
  for (auto o = candidates.upper_bound(name + " ");
       o != candidates.end() && o->first.starts_with(name + " "); ++o) {
    ++starting;
    only = o->first;
  }
  if (starting != 1) return "";
  const EntityCandidate& full = candidates.at(only);
  const bool person = GuessEntityType(only, full) == Entity::kPerson;
  if (FirstNames().contains(name)) return person ? only : "";
  return !person && full.first_token < c.first_token ? only : "";
}

// Folds the shorter names an article uses for one entity into its fullest
// form (see above). What is left of the weak names is dropped: a quote's
// speaker named by one word ("raconte Karim,") is most often a witness the
// article names by a given name only, nobody to find again; a single word
// seen only at sentence starts is more likely a common word ("Bougies : ...")
// than a name; a demonym ("les Gallois") names people, not an entity; and a
// holiday alone ("à Noël", "Pâques") is a date, though a given name too. A
// given name alone is kept elsewhere ("Alexandre" for Alexander the Great,
// the pope "François"): dropping it lost more people than noise (WikiNEuRal
// typed F1 0.7957 against 0.7969, and every other set).
void ResolveAliases(Candidates& candidates,
                    const std::vector<AcronymDefinition>& definitions) {
  MergeCapitalisedSpellings(candidates);
  MergeDefinedAcronyms(candidates, definitions);
  MergeSpeltAcronyms(candidates);
  for (auto it = candidates.begin(); it != candidates.end();) {
    const std::string& name = it->first;
    const EntityCandidate& c = it->second;
    if (const std::string into = FullerName(candidates, name, c);
        !into.empty()) {
      MergeInto(candidates, it++, into);
      continue;
    }
    const bool weak = IsOneWord(name) && !KnownPlaces().contains(name) &&
                      !IsAcronym(name) &&
                      (c.speaker || c.mentions_inside_sentences == 0 ||
                       LooksLikeDemonym(name) || Holidays().contains(name));
    it = weak ? candidates.erase(it) : std::next(it);
  }
}

}  // namespace

namespace {

// A function word ("Le", "Et", "LES") is never a name on its own, however it
// came to be capitalised where no sentence start was seen: after a bullet,
// in a heading in capitals, at the start of a caption.
const absl::flat_hash_set<std::string_view>& FunctionWords() {
  static const auto* words = new absl::flat_hash_set<std::string_view>(
      FrenchStopWords().begin(), FrenchStopWords().end());
  return *words;
}

bool IsFunctionWord(const std::string& name) {
  return name.find(' ') == std::string::npos &&
         FunctionWords().contains(FoldText(name));
}

// Every letter of `name` is a capital, and it has at least three.
bool WrittenInCapitals(const std::string& name) {
  int letters = 0;
  for (const absl::string_view piece : absl::StrSplit(name, ' ')) {
    EntityToken token{std::string(piece)};
    ClassifyCapitals(token);
    if (!token.acronym) return false;
    letters += static_cast<int>(piece.size());
  }
  return letters >= 3;
}

// A span in capitals is a heading, a kicker or a shouted phrase ("FAIT
// DIVERS", "CE QUI EST PRÉVU", "ÉCLAIRAGE", "SANCTUARISÉ") rather than a
// name when half of its words or more are text: function words, words the
// same text writes in lower case, or words with an É. Acronyms ("DGCCRF",
// "UNICEF", "BFM TV") are written in lower case nowhere, and a lone letter
// ("RER A") is a name's part. For a `name` WrittenInCapitals.
bool IsTextInCapitals(const std::string& name,
                      const absl::flat_hash_set<std::string>& lowercase) {
  int words = 0, text = 0;
  for (const absl::string_view piece : absl::StrSplit(name, ' ')) {
    const std::string word(piece);
    if (word.size() == 1) continue;
    ++words;
    const std::string folded = FoldText(word);
    // A known place stays one, as datelines write it ("GENÈVE, 6 juillet").
    if (KnownPlaces().contains(TitleCase(word))) continue;
    // An É in capitals longer than an acronym spells a word ("ÉCLAIRAGE",
    // "SANCTUARISÉ", "MÉTÉO"): acronyms are written without accents. Other
    // accents are left alone: place names carry them ("ARDÈCHE", "LOZÈRE",
    // "PUY-DE-DÔME" in a list of départements).
    const bool accented =
        word.size() > 6 && word.find("É") != std::string::npos;
    if (FunctionWords().contains(folded) || lowercase.contains(folded) ||
        accented)
      ++text;
  }
  return words > 0 && text * 2 >= words;
}

}  // namespace

namespace {

// Calls `visit(name, candidate, rule_type)` for each name of `title` and
// `text`, with what the text says around its mentions and the type the rules
// give it (MISC when they find no evidence).
template <typename Visit>
void VisitNames(std::string_view title, std::string_view text, Visit visit) {
  Tokens tokens = TokeniseForEntities(title);
  if (!tokens.empty()) {
    EntityToken line_break{"\n"};
    line_break.sentence_start = true;
    tokens.push_back(std::move(line_break));
  }
  for (EntityToken& t : TokeniseForEntities(text))
    tokens.push_back(std::move(t));

  const std::vector<AcronymDefinition> definitions =
      FindAcronymDefinitions(tokens);
  Candidates candidates = CandidateCollector(tokens).Collect(definitions);
  ResolveAliases(candidates, definitions);

  // The text's lower-case words, folded: read only for names in capitals,
  // which most articles have none of.
  std::optional<absl::flat_hash_set<std::string>> lowercase;
  auto lowercase_words = [&]() -> const absl::flat_hash_set<std::string>& {
    if (!lowercase) {
      lowercase.emplace();
      for (const EntityToken& t : tokens) {
        if (!t.capitalised) lowercase->insert(FoldText(t.text));
      }
    }
    return *lowercase;
  };
  for (const auto& [name, c] : candidates) {
    if (IsFunctionWord(name) ||
        (!c.defined_acronym && WrittenInCapitals(name) &&
         IsTextInCapitals(name, lowercase_words())))
      continue;
    std::string type = GuessEntityType(name, c);
    // A spelt-out acronym names an organisation or a programme, not a person.
    if (c.defined_acronym &&
        (type == Entity::kPerson || type == Entity::kOtherName))
      type = Entity::kOrganisation;
    visit(name, c, std::move(type));
  }
}

}  // namespace

std::vector<Entity> FindEntities(std::string_view title,
                                 std::string_view text) {
  std::vector<Entity> entities;
  VisitNames(
      title, text,
      [&](const std::string& name, const EntityCandidate& c, std::string type) {
        // Where the rules find no evidence in this text, the news may have
        // given some elsewhere (NewsNames), or the learnt model may; an event
        // stays MISC, whatever body or place it names. (Asked to retype the
        // two or three capitalised words that the rules call PER for want of
        // evidence too, the model lost more than it won on WikiNEuRal.)
        if (type == Entity::kOtherName && !NamesAnEvent(name)) {
          if (const auto known = NewsNames().find(name);
              known != NewsNames().end()) {
            type = std::string(known->second);
          } else if (std::string learnt = LearntEntityType(name, c);
                     !learnt.empty()) {
            type = std::move(learnt);
          }
        }
        entities.push_back(Entity{name,
                                  std::move(type),
                                  c.mentions,
                                  {c.aliases.begin(), c.aliases.end()}});
      });
  std::stable_sort(
      entities.begin(), entities.end(),
      [](const Entity& a, const Entity& b) { return a.mentions > b.mentions; });
  constexpr size_t kMaxEntities = 40;
  if (entities.size() > kMaxEntities) entities.resize(kMaxEntities);
  return entities;
}

std::vector<NameEvidence> FindNamesWithEvidence(std::string_view title,
                                                std::string_view text) {
  std::vector<NameEvidence> names;
  VisitNames(
      title, text,
      [&](const std::string& name, const EntityCandidate& c, std::string type) {
        names.push_back({name, std::move(type), EntityTypeFeatures(name, c)});
      });
  return names;
}

}  // namespace newsq::internal
