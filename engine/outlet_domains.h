// Internal: the web domains of French-language news outlets and the names
// they go by. Indexing and searching share it: extraction names a page's
// outlet by its domain (extract/outlet_name), and outlet:liberation.fr finds
// the articles of the outlet that domain names (query/filters).
//
// Example:
//   FindKnownOutlet("https://next.liberation.fr/culture/x")->name
//       // "Libération"
//   RegistrableDomain("www.tdg.ch/")  // "tdg.ch"
//   OutletCompactKey("Le Monde.fr")   // "lemonde"
#ifndef NEWSQ_ENGINE_OUTLET_DOMAINS_H_
#define NEWSQ_ENGINE_OUTLET_DOMAINS_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace newsq::internal {

// The host of a URL ("https://www.Liberation.fr/politique" or
// "//www.tdg.ch/x") or of a bare host, with or without a path
// ("www.liberation.fr", "tdg.ch/"), in lower case, without a port. "" when
// `text` is neither: spaces, no dot, a character no host name has (ASCII
// letters, digits, '-' and '.'), or a last label that is not 2 to 24 letters
// ("3.14"). A file name ("page.html") passes for a host: callers give URLs or
// values that a page or a user wrote as a site, never file paths.
std::string HostOfUrlOrHost(std::string_view text);

// The part of a host (or URL, or bare host as above) that its owner
// registered, in lower case: the last two labels ("next.liberation.fr" ->
// "liberation.fr"), or three under a second-level public suffix
// ("businessnews.com.tn", "monjournal.qc.ca") or a host of users' sites
// ("tana-actu.blogspot.com", "x.substack.com"). "" when `url_or_host` is not
// a URL or a host.
std::string RegistrableDomain(std::string_view url_or_host);

// A news outlet of the table of known French-language outlets (France,
// Belgium, Switzerland, Luxembourg, Québec, the Maghreb, West and Central
// Africa, the Indian Ocean, the Caribbean and the Pacific): its domain, the
// name its own pages use, and where its newsroom is when the domain does not
// say it.
struct KnownOutlet {
  std::string_view domain;  // "liberation.fr", "madame.lefigaro.fr"
  std::string_view name;    // "Libération", "Madame Figaro"
  // The country code of the domain the newsroom's country would have ("bf"
  // for lefaso.net, "mq" for rci.fm and franceantilles.fr), whose clock its
  // pages write times by; "" when the domain is that country's own, or for
  // metropolitan France.
  std::string_view country = {};
};

// Every known outlet, in the table's order (by region).
std::span<const KnownOutlet> KnownOutlets();

// The known outlet at `url_or_host`: the host's own entry, else its parent
// domains' down to the registrable one ("madame.lefigaro.fr" -> Madame
// Figaro, "next.liberation.fr" -> Libération). nullptr when none. The entry
// lives as long as the program.
const KnownOutlet* FindKnownOutlet(std::string_view url_or_host);

// The one known outlet that `name` spells (IsSpellingOf: "Lefaso.net",
// "LEFASO"), for a page saved without its address. nullptr when none does,
// or when several outlets do ("Le Soleil" of Dakar and of Québec; one
// outlet's two addresses are one). The entry lives as long as the program.
const KnownOutlet* FindKnownOutletNamed(std::string_view name);

// A name's form for telling spellings of one outlet apart from different
// outlets: FilterKey (case, accents, punctuation) without spaces, and without
// a trailing top-level domain written after a dot ("Le Monde.fr", "LEMONDE",
// "le-monde" -> "lemonde"; "Libération.fr" -> "liberation"). "" for "".
std::string OutletCompactKey(std::string_view name);

// True when `name` is `outlet`'s name written another way: the same compact
// key as its name, or as the label its domain is registered under
// ("LEFIGARO" and "lefigaro.fr" for Le Figaro at lefigaro.fr, "TDG" for
// Tribune de Genève at tdg.ch; a subdomain's label, "madame", counts not).
// False for any other name, however close ("Madame Figaro" is not Le Figaro).
bool IsSpellingOf(std::string_view name, const KnownOutlet& outlet);

// The names of the known outlets whose name `name` is, written another way
// (the same OutletCompactKey): "LEFIGARO" and "Le Figaro.fr" -> {"Le
// Figaro"}. Domains' labels do not count here: "rtl" is RTL, not also RTL
// Info at rtl.be. Outlets may share a name ("Le Matin" of Lausanne and of
// Casablanca): the names are then one, their domains tell them apart.
std::vector<std::string_view> KnownOutletsNamed(std::string_view name);

}  // namespace newsq::internal

#endif  // NEWSQ_ENGINE_OUTLET_DOMAINS_H_
