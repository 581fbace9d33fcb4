#include "engine/outlet_domains.h"

#include <algorithm>
#include <array>

#include "engine/ascii.h"
#include "engine/text_folding.h"

namespace newsq::internal {
namespace {

// Names as the outlets' own pages and mastheads write them. A site whose name
// is its address ("Slate.fr", "Sports.fr") keeps the address in its name.
// Entries for a subdomain name a different title of the same house
// ("madame.lefigaro.fr"); every other subdomain is its registrable domain's
// outlet.
constexpr std::array kKnownOutlets = std::to_array<KnownOutlet>({
    // France: national dailies, weeklies and magazines.
    {"lemonde.fr", "Le Monde"},
    {"liberation.fr", "Libération"},
    {"lefigaro.fr", "Le Figaro"},
    {"madame.lefigaro.fr", "Madame Figaro"},
    {"leparisien.fr", "Le Parisien"},
    {"lesechos.fr", "Les Echos"},
    {"latribune.fr", "La Tribune"},
    {"la-croix.com", "La Croix"},
    {"humanite.fr", "L'Humanité"},
    {"lopinion.fr", "L'Opinion"},
    {"lejdd.fr", "Le JDD"},
    {"20minutes.fr", "20 Minutes"},
    {"lequipe.fr", "L'Équipe"},
    {"mediapart.fr", "Mediapart"},
    {"lexpress.fr", "L'Express"},
    {"lepoint.fr", "Le Point"},
    {"nouvelobs.com", "L'Obs"},
    {"marianne.net", "Marianne"},
    {"challenges.fr", "Challenges"},
    {"capital.fr", "Capital"},
    {"valeursactuelles.com", "Valeurs actuelles"},
    {"telerama.fr", "Télérama"},
    {"courrierinternational.com", "Courrier international"},
    {"lesinrocks.com", "Les Inrockuptibles"},
    {"parismatch.com", "Paris Match"},
    {"monde-diplomatique.fr", "Le Monde diplomatique"},
    {"mondediplo.net", "Le Monde diplomatique"},
    {"alternatives-economiques.fr", "Alternatives Economiques"},
    {"sciencesetavenir.fr", "Sciences et Avenir"},
    {"pourlascience.fr", "Pour la Science"},
    {"usinenouvelle.com", "L'Usine Nouvelle"},
    {"lesjours.fr", "Les Jours"},
    {"reporterre.net", "Reporterre"},
    {"streetpress.com", "StreetPress"},
    {"bondyblog.fr", "Bondy Blog"},
    {"regards.fr", "Regards"},
    {"legrandcontinent.eu", "Le Grand Continent"},
    {"laviedesidees.fr", "La Vie des idées"},
    {"dalloz-actualite.fr", "Dalloz Actualité"},
    {"theconversation.com", "The Conversation"},
    {"huffingtonpost.fr", "Le HuffPost"},
    {"slate.fr", "Slate.fr"},
    {"gala.fr", "Gala.fr"},
    {"sports.fr", "Sports.fr"},
    {"voici.fr", "Voici"},
    {"elle.fr", "Elle"},
    {"numerama.com", "Numerama"},
    {"01net.com", "01net"},
    {"futura-sciences.com", "Futura"},
    {"boursorama.com", "Boursorama"},
    {"actu.fr", "Actu.fr"},
    {"afp.com", "AFP"},
    // France: radio and television.
    {"francetvinfo.fr", "Franceinfo"},
    {"france3-regions.francetvinfo.fr", "France 3 Régions"},
    {"radiofrance.fr", "Radio France"},
    {"franceinter.fr", "France Inter"},
    {"franceculture.fr", "France Culture"},
    {"francebleu.fr", "France Bleu"},
    {"rfi.fr", "RFI"},
    {"france24.com", "France 24"},
    {"tv5monde.com", "TV5MONDE"},
    {"arte.tv", "Arte"},
    {"arteradio.com", "ARTE Radio"},
    {"tf1info.fr", "TF1 Info"},
    {"lci.fr", "LCI"},
    {"bfmtv.com", "BFMTV"},
    {"rtl.fr", "RTL"},
    {"europe1.fr", "Europe 1"},
    {"cnews.fr", "CNews"},
    {"euronews.com", "Euronews"},
    {"dw.com", "DW"},
    {"francais.radio.cz", "Radio Prague International"},
    // France: regional dailies.
    {"ouest-france.fr", "Ouest-France"},
    {"sudouest.fr", "Sud Ouest"},
    {"lavoixdunord.fr", "La Voix du Nord"},
    {"ledauphine.com", "Le Dauphiné libéré"},
    {"leprogres.fr", "Le Progrès"},
    {"lamontagne.fr", "La Montagne"},
    {"laprovence.com", "La Provence"},
    {"nicematin.com", "Nice-Matin"},
    {"varmatin.com", "Var-Matin"},
    {"corsematin.com", "Corse-Matin"},
    {"midilibre.fr", "Midi Libre"},
    {"ladepeche.fr", "La Dépêche du Midi"},
    {"lindependant.fr", "L'Indépendant"},
    {"dna.fr", "Dernières Nouvelles d'Alsace"},
    {"lalsace.fr", "L'Alsace"},
    {"estrepublicain.fr", "L'Est Républicain"},
    {"republicain-lorrain.fr", "Le Républicain lorrain"},
    {"vosgesmatin.fr", "Vosges Matin"},
    {"lejsl.com", "Le Journal de Saône-et-Loire"},
    {"bienpublic.com", "Le Bien Public"},
    {"letelegramme.fr", "Le Télégramme"},
    {"courrier-picard.fr", "Courrier picard"},
    {"paris-normandie.fr", "Paris-Normandie"},
    {"lanouvellerepublique.fr", "La Nouvelle République"},
    {"larep.fr", "La République du Centre"},
    {"lunion.fr", "L'Union"},
    {"charentelibre.fr", "Charente Libre"},
    {"lamarseillaise.fr", "La Marseillaise"},
    {"mediacites.fr", "Mediacités"},
    // Belgium.
    {"lesoir.be", "Le Soir"},
    {"lalibre.be", "La Libre Belgique"},
    {"dhnet.be", "La DH"},
    {"rtbf.be", "RTBF"},
    {"sudinfo.be", "Sudinfo"},
    {"lavenir.net", "L'Avenir", "be"},
    {"7sur7.be", "7sur7"},
    {"levif.be", "Le Vif"},
    {"lecho.be", "L'Echo"},
    {"rtl.be", "RTL Info"},
    // Switzerland and Luxembourg.
    {"tdg.ch", "Tribune de Genève"},
    {"24heures.ch", "24 heures"},
    {"letemps.ch", "Le Temps"},
    {"lematin.ch", "Le Matin"},
    {"rts.ch", "RTS"},
    {"arcinfo.ch", "ArcInfo"},
    {"lenouvelliste.ch", "Le Nouvelliste"},
    {"laliberte.ch", "La Liberté"},
    {"lecourrier.ch", "Le Courrier"},
    {"20min.ch", "20 minutes"},
    {"heidi.news", "Heidi.news", "ch"},
    {"swissinfo.ch", "Swissinfo"},
    {"lessentiel.lu", "L'essentiel"},
    // Québec and Canada.
    {"ledevoir.com", "Le Devoir", "ca"},
    {"lapresse.ca", "La Presse"},
    {"journaldemontreal.com", "Le Journal de Montréal", "ca"},
    {"journaldequebec.com", "Le Journal de Québec", "ca"},
    {"radio-canada.ca", "Radio-Canada"},
    {"lesoleil.com", "Le Soleil", "ca"},
    {"ledroit.com", "Le Droit", "ca"},
    {"lactualite.com", "L'actualité", "ca"},
    {"tvanouvelles.ca", "TVA Nouvelles"},
    {"noovo.info", "Noovo Info", "ca"},
    // The Maghreb and the Levant.
    {"lapresse.tn", "La Presse de Tunisie"},
    {"kapitalis.com", "Kapitalis", "tn"},
    {"businessnews.com.tn", "Business News"},
    {"leconomistemaghrebin.com", "L'Economiste Maghrébin", "tn"},
    {"elwatan.com", "El Watan", "dz"},
    {"elwatan-dz.com", "El Watan", "dz"},
    {"tsa-algerie.com", "TSA", "dz"},
    {"liberte-algerie.com", "Liberté", "dz"},
    {"lexpressiondz.com", "L'Expression", "dz"},
    {"aps.dz", "APS"},
    {"lematin.ma", "Le Matin"},
    {"le360.ma", "Le360"},
    {"hespress.com", "Hespress", "ma"},
    {"medias24.com", "Médias24", "ma"},
    {"telquel.ma", "TelQuel"},
    {"h24info.ma", "H24info"},
    {"lavieeco.com", "La Vie éco", "ma"},
    {"leconomiste.com", "L'Economiste", "ma"},
    {"yabiladi.com", "Yabiladi", "ma"},
    {"lorientlejour.com", "L'Orient-Le Jour", "lb"},
    // West and Central Africa.
    {"jeuneafrique.com", "Jeune Afrique"},
    {"africanews.com", "Africanews"},
    {"seneweb.com", "Seneweb", "sn"},
    {"lesoleil.sn", "Le Soleil"},
    {"dakaractu.com", "Dakaractu", "sn"},
    {"senenews.com", "SeneNews", "sn"},
    {"abidjan.net", "Abidjan.net", "ci"},
    {"fratmat.info", "Fraternité Matin", "ci"},
    {"linfodrome.com", "L'Infodrome", "ci"},
    {"lefaso.net", "Lefaso.net", "bf"},
    {"burkina24.com", "Burkina 24", "bf"},
    {"sidwaya.info", "Sidwaya", "bf"},
    {"maliweb.net", "Maliweb", "ml"},
    {"journaldumali.com", "Journal du Mali", "ml"},
    {"guineenews.org", "Guinéenews", "gn"},
    {"cameroon-tribune.cm", "Cameroon Tribune"},
    {"actualite.cd", "Actualite.cd"},
    {"radiookapi.net", "Radio Okapi", "cd"},
    // The Indian Ocean, the Caribbean and the Pacific.
    {"zinfos974.com", "Zinfos974", "re"},
    {"imazpress.com", "Imaz Press Réunion", "re"},
    {"lemauricien.com", "Le Mauricien", "mu"},
    {"rci.fm", "RCI", "mq"},
    {"franceantilles.fr", "France-Antilles", "mq"},
    {"tahiti-infos.com", "Tahiti Infos", "pf"},
    {"lnc.nc", "Les Nouvelles Calédoniennes"},
    {"lenouvelliste.com", "Le Nouvelliste", "ht"},
    {"alterpresse.org", "AlterPresse", "ht"},
});

// Second-level labels under which a country's registry gives out names
// ("businessnews.com.tn", "monjournal.qc.ca").
constexpr std::array<std::string_view, 13> kSecondLevelSuffixes = {
    "ac",  "asso", "co",  "com",    "edu", "gouv", "gov",
    "net", "nom",  "org", "presse", "qc",  "tm"};

// Hosts that give each of their users a subdomain, listed as public suffixes
// (the Public Suffix List's private section): "tana-actu.blogspot.com" is one
// blog's, as "monjournal.qc.ca" is one paper's. Blogger's "blogspot" under
// any country code too.
constexpr std::array<std::string_view, 15> kHostingSuffixes = {
    "blogspot.com",  "wordpress.com", "over-blog.com", "over-blog.fr",
    "canalblog.com", "substack.com",  "github.io",     "hypotheses.org",
    "wixsite.com",   "weebly.com",    "tumblr.com",    "e-monsite.com",
    "webnode.fr",    "ghost.io",      "skyrock.com"};

bool IsHostCharacter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.';
}

bool AllLetters(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(),
                                   [](char c) { return c >= 'a' && c <= 'z'; });
}

// The compact key of the label an outlet registered its domain under
// ("lefigaro" of lefigaro.fr); "" for the subdomain of a house's other title
// ("madame.lefigaro.fr"), whose first label names no outlet.
std::string RegisteredLabelKey(const KnownOutlet& outlet) {
  if (RegistrableDomain(outlet.domain) != outlet.domain) return "";
  return OutletCompactKey(outlet.domain.substr(0, outlet.domain.find('.')));
}

}  // namespace

std::string HostOfUrlOrHost(std::string_view text) {
  std::string_view rest = TrimAscii(text);
  if (const size_t scheme = rest.find("://");
      scheme != std::string_view::npos) {
    rest = rest.substr(scheme + 3);
  } else {
    ConsumePrefix(&rest, "//");
  }
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (const size_t at = rest.rfind('@'); at != std::string_view::npos)
    rest = rest.substr(at + 1);
  rest = rest.substr(0, rest.find(':'));
  std::string host = AsciiLower(rest);
  while (!host.empty() && host.back() == '.') host.pop_back();
  const size_t last_dot = host.rfind('.');
  if (last_dot == std::string::npos || last_dot == 0 ||
      !std::all_of(host.begin(), host.end(), IsHostCharacter) ||
      host.find("..") != std::string::npos || host.front() == '.' ||
      host.front() == '-')
    return "";
  const std::string_view tld = std::string_view(host).substr(last_dot + 1);
  if (tld.size() < 2 || tld.size() > 24 || !AllLetters(tld)) return "";
  return host;
}

std::string RegistrableDomain(std::string_view url_or_host) {
  const std::string host = HostOfUrlOrHost(url_or_host);
  if (host.empty()) return "";
  const std::string_view h = host;
  const size_t last_dot = h.rfind('.');
  const size_t second_dot = h.rfind('.', last_dot - 1);
  if (second_dot == std::string_view::npos) return host;
  const std::string_view second_level =
      h.substr(second_dot + 1, last_dot - second_dot - 1);
  const std::string_view last_two = h.substr(second_dot + 1);
  const bool under_suffix =
      (h.size() - last_dot - 1 == 2 &&
       (std::find(kSecondLevelSuffixes.begin(), kSecondLevelSuffixes.end(),
                  second_level) != kSecondLevelSuffixes.end() ||
        second_level == "blogspot")) ||
      std::find(kHostingSuffixes.begin(), kHostingSuffixes.end(), last_two) !=
          kHostingSuffixes.end();
  if (!under_suffix) return std::string(h.substr(second_dot + 1));
  const size_t third_dot = h.rfind('.', second_dot - 1);
  const std::string_view owned =
      third_dot == std::string_view::npos ? h : h.substr(third_dot + 1);
  // "www.skyrock.com", "www.over-blog.com": the host's own site.
  if (owned.starts_with("www.")) return std::string(last_two);
  return std::string(owned);
}

std::span<const KnownOutlet> KnownOutlets() { return kKnownOutlets; }

const KnownOutlet* FindKnownOutlet(std::string_view url_or_host) {
  const std::string host = HostOfUrlOrHost(url_or_host);
  if (host.empty()) return nullptr;
  const std::string registrable = RegistrableDomain(host);
  // From the host itself up to its registrable domain: "www.x.lefigaro.fr",
  // "x.lefigaro.fr", "lefigaro.fr".
  for (std::string_view domain = host;;) {
    for (const KnownOutlet& outlet : kKnownOutlets) {
      if (outlet.domain == domain) return &outlet;
    }
    if (domain.size() <= registrable.size()) return nullptr;
    domain.remove_prefix(domain.find('.') + 1);
  }
}

namespace {

// The keys each known outlet is spelt by, in the table's order, computed
// once: its name's OutletCompactKey and its RegisteredLabelKey. Pages ask
// for outlets by name many times (each entity, each page's zone).
struct SpellingKeys {
  std::string name;
  std::string registered_label;
};
const std::vector<SpellingKeys>& KnownOutletKeys() {
  static const auto* keys = [] {
    auto* all = new std::vector<SpellingKeys>;
    all->reserve(kKnownOutlets.size());
    for (const KnownOutlet& outlet : kKnownOutlets)
      all->push_back(
          {OutletCompactKey(outlet.name), RegisteredLabelKey(outlet)});
    return all;
  }();
  return *keys;
}

}  // namespace

const KnownOutlet* FindKnownOutletNamed(std::string_view name) {
  const std::string key = OutletCompactKey(name);
  if (key.empty()) return nullptr;
  const std::vector<SpellingKeys>& keys = KnownOutletKeys();
  const KnownOutlet* found = nullptr;
  for (size_t i = 0; i < kKnownOutlets.size(); ++i) {
    const KnownOutlet& outlet = kKnownOutlets[i];
    // IsSpellingOf, the keys read from the table's.
    if (key != keys[i].name && key != keys[i].registered_label) continue;
    // One outlet at two addresses (elwatan.com, elwatan-dz.com) is one.
    if (found != nullptr &&
        (found->name != outlet.name || found->country != outlet.country))
      return nullptr;
    if (found == nullptr) found = &outlet;
  }
  return found;
}

std::string OutletCompactKey(std::string_view name) {
  name = TrimAscii(name);
  if (const size_t dot = name.rfind('.');
      dot != std::string_view::npos && dot > 0) {
    const std::string tld = AsciiLower(name.substr(dot + 1));
    if (tld.size() >= 2 && tld.size() <= 24 && AllLetters(tld))
      name = name.substr(0, dot);
  }
  std::string key = FilterKey(name);
  key.erase(std::remove(key.begin(), key.end(), ' '), key.end());
  return key;
}

bool IsSpellingOf(std::string_view name, const KnownOutlet& outlet) {
  const std::string key = OutletCompactKey(name);
  return !key.empty() && (key == OutletCompactKey(outlet.name) ||
                          key == RegisteredLabelKey(outlet));
}

std::vector<std::string_view> KnownOutletsNamed(std::string_view name) {
  const std::string key = OutletCompactKey(name);
  std::vector<std::string_view> names;
  if (key.empty()) return names;
  const std::vector<SpellingKeys>& keys = KnownOutletKeys();
  for (size_t i = 0; i < kKnownOutlets.size(); ++i) {
    const std::string_view outlet_name = kKnownOutlets[i].name;
    if (key == keys[i].name &&
        std::find(names.begin(), names.end(), outlet_name) == names.end())
      names.push_back(outlet_name);
  }
  return names;
}

}  // namespace newsq::internal
