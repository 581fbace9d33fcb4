// newsq/json.h: the stable JSON forms of newsq's results, as `newsq ... --json`
// prints them.
//
// Field names never change once published; later versions only add fields.
// Dates are ISO 8601 with their UTC offset, or null. The forms are documented
// in docs/json.md.
//
// Thread safety: all functions are pure and may be called from any thread.
#ifndef NEWSQ_JSON_H_
#define NEWSQ_JSON_H_

#include <string>
#include <vector>

#include "newsq/article.h"
#include "newsq/extract.h"
#include "newsq/search.h"

namespace newsq {

// {"url","canonical_url","title","published","modified","outlet","author","language",
//  "section","tags":[],"entities":[{"name","type","mentions"}],"text"} on one
//  line.
std::string ToJson(const Article& article);

// The Article form plus "explain": {"charset", "sources": {field: source}}, on
// one line.
std::string ToJson(const ExtractionReport& report);

// The Article form plus "id" and "story_id", on one line.
std::string ToJson(const StoredArticle& article);

// {"query","total":{"articles","stories","exact"},"stories":[...],"facets":{...}}
// on one line. Snippets mark matched words with <b>…</b>; the rest of the
// snippet text is HTML-escaped.
std::string ToJson(const SearchResult& result);

// One story as in "stories" above:
// {"story_id","score","size","outlets","first_published",
// "last_published","articles":[...]}, on one line.
std::string ToJson(const StoryHit& story);

// {"stories":[...]} for a list of stories (`newsq stories --json`), on one
// line.
std::string ToJson(const std::vector<StoryHit>& stories);

// {"entities":[{"value","articles","stories"},...]} for `newsq entities
// --json`, on one line.
std::string ToJson(const std::vector<FacetValue>& entities);

// {"articles","stories","outlets","first_published","last_published","size_bytes"}.
std::string ToJson(const DatabaseStats& stats);

}  // namespace newsq

#endif  // NEWSQ_JSON_H_
