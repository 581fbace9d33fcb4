// Internal: the word lists the entity recogniser reads. Written by the
// project from general knowledge (no external data set), so that they can ship
// under the project's licence; extend them rather than adding rules that name
// particular pages.
#ifndef NEWSQ_ENTITIES_ENTITY_LEXICON_H_
#define NEWSQ_ENTITIES_ENTITY_LEXICON_H_

#include <string_view>

#include "absl/container/flat_hash_set.h"

namespace newsq::internal {

// Capitalised words that begin sentences without naming anything.
const absl::flat_hash_set<std::string_view>& SentenceWords();
// Words that join the parts of a name ("de", "van", "ben", ...).
const absl::flat_hash_set<std::string_view>& Particles();
// Titles before a person's name, kept out of it ("M", "Mme", "MM", "Dr").
const absl::flat_hash_set<std::string_view>& CourtesyTitles();
// Words before a name that make it a person's ("M.", "ministre", ...).
const absl::flat_hash_set<std::string_view>& PersonCues();
// Words inside a name that make it an organisation's ("Banque", "FC", ...).
const absl::flat_hash_set<std::string_view>& OrganisationWords();
// Words inside a name that make it a place's ("Lac", "Harbour", "San").
const absl::flat_hash_set<std::string_view>& PlaceWords();
// Adjectives that make a part of a place, or a place of its owner, into a
// place of its own ("centrale", "équatoriale", "française").
const absl::flat_hash_set<std::string_view>& GeographicAdjectives();
// Countries, regions, cities, seas, mountains and rivers.
const absl::flat_hash_set<std::string_view>& KnownPlaces();
// The countries, former countries and larger subdivisions (provinces,
// regions, states, départements, counties, prefectures) of ISO 3166, as
// French writes them where Debian's iso-codes translates them: "Hérault",
// "Connecticut", "Hokkaidō", "Tadjikistan". Generated
// (registered_places.inc, scripts/make-place-names). They only type a name
// found otherwise; unlike KnownPlaces, they never make or extend one.
const absl::flat_hash_set<std::string_view>& RegisteredPlaces();
// Capitalised common nouns that name nothing alone ("l'État", "la Cour").
const absl::flat_hash_set<std::string_view>& GenericNouns();
// Given names: a name that starts with one is a person's.
const absl::flat_hash_set<std::string_view>& FirstNames();
// Lower-case nouns that open the name of a place when a proper name follows
// them ("rue Mercière", "place des Terreaux", "stade Vélodrome").
const absl::flat_hash_set<std::string_view>& PlaceHeads();
// Lower-case nouns that open the name of an institution when a proper name
// follows them ("ministère de l'Intérieur", "mairie de Paris").
const absl::flat_hash_set<std::string_view>& InstitutionHeads();
// Capitalised nouns that open names of institutions, places and events and
// take lower-case complements ("Bureau ovale", "Ligue arabe", "Coupe du
// monde", "Ville de Lyon").
const absl::flat_hash_set<std::string_view>& InstitutionNouns();
// Lower-case nouns of the kinds of organisation, written before one's name
// ("le groupe Pink Floyd", "la société Renault", "le label Warp").
const absl::flat_hash_set<std::string_view>& OrganisationCues();
// Capitalised nouns of states that open a place's name with an adjective or
// a complement ("Empire romain", "Royaume de Castille", "République
// démocratique du Congo").
const absl::flat_hash_set<std::string_view>& StateNouns();
// Verbs that introduce a quoted speaker ("», raconte Karim, 42 ans"): the
// word after one, when followed by a comma, is a person's name.
const absl::flat_hash_set<std::string_view>& SpeechVerbs();
// Capitalised words that end a name rather than continue it, where a full
// stop was lost ("... Sbiglio Mardi 22"): pronouns, conjunctions, weekdays.
const absl::flat_hash_set<std::string_view>& NameEnders();
// Words that open the names of competitions and events, which may end on a
// number ("Ligue 1", "Coupe du monde 2030", "Paris 2024", "ATP 250").
const absl::flat_hash_set<std::string_view>& EventWords();

}  // namespace newsq::internal

#endif  // NEWSQ_ENTITIES_ENTITY_LEXICON_H_
