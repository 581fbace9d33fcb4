// Internal: the one name an outlet is shown by, whatever its pages call it.
//
// Example:
//   OutletName("www.liberation.fr", "http://www.liberation.fr/politiques/x")
//       .name  // "Libération"
//   OutletName("https://www.mesopinions.com/", "").name  // "mesopinions.com"
//   OutletName("Slate.fr", "http://www.slate.fr/story/1").name  // "Slate.fr"
#ifndef NEWSQ_EXTRACT_OUTLET_NAME_H_
#define NEWSQ_EXTRACT_OUTLET_NAME_H_

#include <string>
#include <string_view>

namespace newsq::internal {

// True when a page wrote its site's name as an address rather than a name:
// a URL, a host that starts "www." or ends in a path, or a host with no
// capital letter ("regards.fr"). "Slate.fr" and "DW.COM" are written as
// names.
bool WrittenAsAddress(std::string_view given);

struct NamedOutlet {
  enum class How {
    kAsGiven,      // the page's own name for itself
    kKnownDomain,  // the table of known outlets (engine/outlet_domains.h)
    kDomain,       // the registrable domain: no better name is known
  };
  std::string name;
  How how = How::kAsGiven;
};

// The name to show for the outlet of a page at `url` (its canonical URL, else
// the URL it was read from; a file path or "" when it has none) whose markup
// names its site `given` (og:site_name, the JSON-LD publisher...; "" when
// nothing does):
//  - `given` written as a URL or a host ("https://www.mesopinions.com/",
//    "www.liberation.fr", "tdg.ch/", "regards.fr": a scheme, "www.", a path
//    or no capital letter) is never shown so: it is the known outlet at that
//    host, else its registrable domain ("mesopinions.com");
//  - `given` that spells the name of the known outlet at `url` another way
//    ("Libération.fr", "LEFIGARO", "Le Monde.fr", "TDG") is that outlet's
//    name; a different name is kept as the page gives it, since a site may
//    carry another outlet's article ("Madame Figaro" on madame.lefigaro.fr,
//    an agency's dispatch), and a brand is kept as written ("Slate.fr");
//  - when `url` has no host, `given` that spells exactly one known outlet's
//    name is that name;
//  - empty `given`: the known outlet at `url`, else its registrable domain,
//    else "".
// Surrounding spaces are trimmed.
NamedOutlet OutletName(std::string_view given, std::string_view url);

}  // namespace newsq::internal

#endif  // NEWSQ_EXTRACT_OUTLET_NAME_H_
