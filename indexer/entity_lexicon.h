// Internal: the word lists the entity recogniser reads. Written by the
// project from general knowledge (no external data set), so that they can ship
// under the project's licence; extend them rather than adding rules that name
// particular pages.
#ifndef NEWSQ_INDEXER_ENTITY_LEXICON_H_
#define NEWSQ_INDEXER_ENTITY_LEXICON_H_

#include <string_view>

#include "absl/container/flat_hash_set.h"

namespace newsq::internal {

// Capitalised words that begin sentences without naming anything.
const absl::flat_hash_set<std::string_view>& SentenceWords();
// Words that join the parts of a name ("de", "van", "ben", ...).
const absl::flat_hash_set<std::string_view>& Particles();
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
// Capitalised common nouns that name nothing alone ("l'État", "la Cour").
const absl::flat_hash_set<std::string_view>& GenericNouns();
// Given names: a name that starts with one is a person's.
const absl::flat_hash_set<std::string_view>& FirstNames();

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_ENTITY_LEXICON_H_
