// ReadMetadata: each field of an article's metadata chosen from what its page
// says (CollectTags), most trusted source first. Who wrote it is chosen in
// metadata_author.cc.
#include "extract/metadata.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "engine/ascii.h"
#include "engine/outlet_domains.h"
#include "engine/text_folding.h"
#include "entities/entity_lexicon.h"
#include "extract/html_dom.h"
#include "extract/json_ld.h"
#include "extract/metadata_author.h"
#include "extract/metadata_tags.h"
#include "extract/outlet_name.h"
#include "extract/page_dates.h"
#include "extract/wayback_url.h"

namespace newsq::internal {
namespace {

// The content of the first of `keys` among the page's <meta>, with that key in
// `*source` when given; "" (and `*source` unchanged) when none has one.
std::string FirstMeta(const RawTags& raw,
                      std::initializer_list<const char*> keys,
                      std::string* source = nullptr) {
  for (const char* key : keys) {
    if (auto it = raw.meta.find(key);
        it != raw.meta.end() && !it->second.empty()) {
      if (source != nullptr) *source = key;
      return it->second;
    }
  }
  return {};
}

// Splits "Headline – Outlet" into the headline and the last segment; the suffix
// is empty when the title has no separator.
std::pair<std::string, std::string> SplitTitleSuffix(const std::string& title) {
  size_t best = std::string::npos, width = 0;
  for (std::string_view sep : kTitleSeparators) {
    const size_t pos = title.rfind(sep);
    if (pos != std::string::npos && (best == std::string::npos || pos > best)) {
      best = pos;
      width = sep.size();
    }
  }
  if (best == std::string::npos || best == 0) return {title, ""};
  std::string suffix = title.substr(best + width);
  // A long last segment is part of the headline ("Gaza - la Gambie appelée à
  // ..."), not a name.
  if (suffix.size() > 40 || std::count(suffix.begin(), suffix.end(), ' ') > 4)
    return {title, ""};
  return {title.substr(0, best), suffix};
}

// The part of `title` before "<separator>Ending" (kTitleSeparators, the
// case aside), not empty; nullopt when the title does not end so.
std::optional<std::string_view> BeforeSeparatedEnding(
    std::string_view title, const std::string& ending) {
  if (ending.empty()) return std::nullopt;
  const std::string lower_title = AsciiLower(title),
                    lower_ending = AsciiLower(ending);
  for (std::string_view sep : kTitleSeparators) {
    const std::string tail = std::string(sep) + lower_ending;
    if (lower_title.size() > tail.size() && lower_title.ends_with(tail))
      return title.substr(0, title.size() - tail.size());
  }
  return std::nullopt;
}

// "Version imprimable", "Imprimer l'article", "Print": a print page's label,
// which stands where a headline or the site's name would.
bool SaysPrintVersion(std::string_view label) {
  const std::string folded = FoldText(TrimAscii(label));
  return folded.starts_with("version imprim") || folded.starts_with("imprim") ||
         folded.starts_with("print");
}

// The part of `title` before its first separator (kTitleSeparators), trimmed;
// "" when it has none.
std::string_view TitlesFirstPart(std::string_view title) {
  size_t first = std::string_view::npos;
  for (std::string_view separator : kTitleSeparators)
    first = std::min(first, title.find(separator));
  return first == std::string_view::npos ? std::string_view()
                                         : TrimAscii(title.substr(0, first));
}

// "Carthage Actu | Sfax : le port..." whose headline (<h1>) is "Sfax : le
// port...": the site's name put before the headline; "" when the title is
// not of that shape.
std::string OutletBeforeHeadline(const std::string& title,
                                 const std::string& headline) {
  constexpr size_t kLongestName = 40;
  if (headline.size() < 10) return {};
  const std::optional<std::string_view> before =
      BeforeSeparatedEnding(title, headline);
  if (!before) return {};
  const std::string name(TrimAscii(*before));
  // "☕ La Matinale – Headline", a newsletter's subject: a name opens on a
  // letter or a digit, not on an emoji.
  if (name.empty() ||
      !(OpensWithCapital(name) || OpensWithLowerCase(name) ||
        absl::ascii_isdigit(static_cast<unsigned char>(name[0]))))
    return {};
  // "Sénégal | Le port de Dakar rouvre": a section named after a place.
  if (KnownPlaces().contains(name) || RegisteredPlaces().contains(name))
    return {};
  // "Version imprimable – Headline": a print page's label where the name
  // would be ("Carthage Actu - Version imprimable - …" keeps its name, which
  // WithoutTagline cuts out).
  if (SaysPrintVersion(name)) return {};
  return name.size() <= kLongestName ? name : std::string();
}

bool NamesASection(std::string_view label);

// "Algérie Dépêches - Agence de presse" -> "Algérie Dépêches": a name
// followed by what the outlet is, a capitalised common noun and lower-case
// words ("Quotidien régional d'information"); `name` as it is otherwise
// ("AOC media - Analyse Opinion Critique" is the name).
std::string WithoutTagline(const std::string& name) {
  const auto [head, tail] = SplitTitleSuffix(name);
  if (tail.empty() || TrimAscii(head).size() < 2) return name;
  // A section's label after the name ("Le Moniteur de la Péninsule -
  // Nouvelles").
  if (NamesASection(tail)) return std::string(TrimAscii(head));
  const std::vector<absl::string_view> words =
      absl::StrSplit(tail, ' ', absl::SkipEmpty());
  if (words.size() < 2) return name;
  for (size_t i = 1; i < words.size(); ++i) {
    std::string_view word(words[i].data(), words[i].size());
    // An elided article ("d'information") before the lower-case word.
    if (word.size() > 2 && (word[1] == '\'' || word.substr(1).starts_with("’")))
      word.remove_prefix(word[1] == '\'' ? 2 : 4);
    if (word.empty()) continue;
    if (!absl::ascii_islower(static_cast<unsigned char>(word.front())) &&
        static_cast<unsigned char>(word.front()) < 0x80)
      return name;
    // A capital past ASCII ("Équipe") names something too.
    if (word.starts_with("\xC3") && word.size() > 1 &&
        static_cast<unsigned char>(word[1]) < 0xA0)
      return name;
  }
  return std::string(TrimAscii(head));
}

// The outlet's name in its logo's alt text, else in a logo written as text;
// "" when there is none, or when the text says what the image is ("logo",
// "Accueil") rather than whose.
std::string LogoName(const RawTags& raw) {
  const std::string& named =
      raw.logo_alt.empty() ? raw.logo_text : raw.logo_alt;
  if (named.empty() || named.size() >= 60) return {};
  std::string_view alt = named;
  if (!ConsumePrefix(&alt, "Logo ")) ConsumePrefix(&alt, "logo ");
  const std::string lower = AsciiLower(TrimAscii(alt));
  if (lower == "logo" || lower == "accueil" || lower == "home" ||
      lower == "site logo" || lower == "retour à l'accueil")
    return {};
  return WithoutTagline(std::string(alt));
}

// Removes a trailing " | Outlet" from a headline when `outlet` is known,
// whatever separators the outlet's own name holds ("… | AOC media - Analyse
// Opinion Critique").
std::string StripOutletSuffix(const std::string& title,
                              const std::string& outlet) {
  const std::optional<std::string_view> before =
      BeforeSeparatedEnding(title, outlet);
  return before ? std::string(*before) : title;
}

// The part of `title` after "Outlet<separator>" (kTitleSeparators, the
// outlet's case aside); nullopt when the title does not open so.
std::optional<std::string_view> AfterOutletPrefix(std::string_view title,
                                                  const std::string& outlet) {
  if (outlet.empty()) return std::nullopt;
  const std::string lower_title = AsciiLower(title),
                    lower_outlet = AsciiLower(outlet);
  // After the outlet's own name, a colon separates too ("Échos du Sahel :
  // Délestages à Bamako", as blog platforms write their <title>).
  for (std::string_view sep : kTitleSeparators) {
    const std::string head = lower_outlet + std::string(sep);
    if (lower_title.starts_with(head)) return title.substr(head.size());
  }
  for (std::string_view colon : {" : ", "\u00a0: "}) {
    if (const std::string head = lower_outlet + std::string(colon);
        lower_title.starts_with(head))
      return title.substr(head.size());
  }
  return std::nullopt;
}

// Removes a leading "Outlet - " from a headline when `outlet` is known, as
// some sites write their <title> ("Le Courrier du Hainaut - Charleroi : …").
std::string StripOutletPrefix(const std::string& title,
                              const std::string& outlet) {
  const std::optional<std::string_view> rest = AfterOutletPrefix(title, outlet);
  return rest && rest->size() > 10 ? std::string(*rest) : title;
}

// The time a blog's post footer writes alone, on the `day` a header gives
// ("mardi 11 mars 2025 | Posté par Moussa Traoré à 19:47 - Société", as
// Canalblog prints them): the first piece of `bylines` (joined by " | ")
// that opens on "Posté par" or "Publié par" (OpensOnPostedBy), when it
// writes a clock time and dates no other day. nullopt otherwise: a later
// piece is a reader's or another post's.
std::optional<DateTime> PostedTimeOfTheDay(const std::string& bylines,
                                           const DateTime& day,
                                           std::string_view host) {
  for (absl::string_view piece : absl::StrSplit(bylines, " | ")) {
    const std::string line(
        TrimAscii(std::string_view(piece.data(), piece.size())));
    if (!OpensOnPostedBy(line)) continue;
    if (const std::optional<DateTime> date = FindFrenchDate(line, host);
        date && date->LocalDay() != day.LocalDay())
      return std::nullopt;
    const std::optional<std::pair<int, int>> time = FindClockTime(line);
    if (!time) return std::nullopt;
    return DayAtTime(day, time->first, time->second, host);
  }
  return std::nullopt;
}

// "Publié hier à 18h" by the headline under a masthead's date of the day
// ("Mardi 12 mars 2024", a daily's edition): the day before `day` at that
// time; "Publié aujourd'hui à 9h05", `day` itself. `day_text` is the text
// `day` was found in: a day its own piece says is the publication's ("Publié
// le 12 mars") is no masthead's. The first piece of `near_bylines` that
// says "hier" (not "avant-hier") or "aujourd'hui" must say "Publié", write a
// clock time and date no day. nullopt otherwise (a sidebar's "Hier à 18h30",
// an update's "Mis à jour aujourd'hui").
std::optional<DateTime> RelativeToTheDay(const std::string& day_text,
                                         const std::string& near_bylines,
                                         const DateTime& day,
                                         std::string_view host) {
  for (absl::string_view piece : absl::StrSplit(day_text, " | ")) {
    const std::string line(piece.data(), piece.size());
    if (!FindFrenchDate(line, host)) continue;
    if (SaysPublished(line)) return std::nullopt;
    break;
  }
  constexpr int64_t kSecondsPerDay = 24 * 60 * 60;
  for (absl::string_view piece : absl::StrSplit(near_bylines, " | ")) {
    const std::string line(piece.data(), piece.size());
    const std::vector<std::string> words = FoldedWords(line);
    const auto hier = std::find(words.begin(), words.end(), "hier");
    const bool yesterday = hier != words.end();
    const bool today =
        std::find(words.begin(), words.end(), "aujourd") != words.end();
    if (!yesterday && !today) continue;
    if ((yesterday && hier != words.begin() && *(hier - 1) == "avant") ||
        !SaysPublished(line) || SaysUpdated(line) ||
        FindFrenchDate(line, host).has_value())
      return std::nullopt;
    std::optional<std::pair<int, int>> time = FindClockTime(line);
    // "hier à 18h": an hour without its minutes.
    static const std::regex kHour(R"((?:^|[^\d])([01]?\d|2[0-3])\s*h(?:\W|$))");
    if (std::smatch m; !time && std::regex_search(line, m, kHour))
      time = std::make_pair(std::stoi(m[1].str()), 0);
    if (!time) return std::nullopt;
    DateTime shown_day = day;
    if (yesterday) shown_day.unix_seconds -= kSecondsPerDay;
    return DayAtTime(shown_day, time->first, time->second, host);
  }
  return std::nullopt;
}

// Only absolute URLs identify a page: a relative canonical ("/eco/musk") says
// nothing about the site, so og:url is tried next. A capture of the Wayback
// Machine is the page it captured (wayback_url.h): its canonical URL as the
// archive rewrote it, else the address its banner or `source_url` gives, is
// the original's.
void ChooseCanonicalUrl(const RawTags& raw, std::string_view source_url,
                        PageMetadata& md) {
  auto absolute = [](const std::string& url) {
    return url.starts_with("http://") || url.starts_with("https://");
  };
  std::string source;
  if (absolute(raw.canonical)) {
    md.canonical_url = raw.canonical;
    md.sources["canonical_url"] = "link rel=canonical";
  } else if (std::string og = FirstMeta(raw, {"og:url"}, &source);
             absolute(og)) {
    md.canonical_url = og;
    md.sources["canonical_url"] = source;
  }
  if (std::optional<std::string> original = WaybackOriginal(md.canonical_url)) {
    md.canonical_url = *std::move(original);
    md.sources["canonical_url"] += ", the page the Wayback Machine captured";
    return;
  }
  if (!md.canonical_url.empty()) return;
  if (!raw.archive_today_original.empty()) {
    md.canonical_url = raw.archive_today_original;
    md.sources["canonical_url"] = "the page archive.today captured";
    return;
  }
  if (!raw.reader_view_original.empty()) {
    md.canonical_url = raw.reader_view_original;
    md.sources["canonical_url"] = "the page Firefox's Reader View showed";
    return;
  }
  const size_t banner_url = raw.wayback_banner.find("http");
  for (const auto& [url, from] :
       {std::pair(banner_url == std::string::npos
                      ? std::string_view()
                      : std::string_view(raw.wayback_banner).substr(banner_url),
                  "the Wayback Machine's banner"),
        std::pair(source_url,
                  "the Wayback Machine's address it was read from")}) {
    if (std::optional<std::string> original = WaybackOriginal(url)) {
      md.canonical_url = *std::move(original);
      md.sources["canonical_url"] = from;
      return;
    }
  }
}

// Whether `site_name` names a publishing platform, whose pages belong to the
// many publications and writers it hosts ("Medium", "Substack", "Blogger",
// "Over-Blog"), not one outlet.
bool NamesAPublishingPlatform(std::string_view site_name) {
  static const auto* platforms = new absl::flat_hash_set<std::string_view>{
      "medium",     "medium.com",    "substack",   "blogger",  "blogspot",
      "wordpress",  "wordpress.com", "over-blog",  "overblog", "canalblog",
      "tumblr",     "ghost",         "wix",        "hashnode", "linkedin",
      "hypotheses", "hypothèses",    "openedition"};
  return platforms->contains(AsciiLower(std::string(TrimAscii(site_name))));
}

// Whether `label` is a newspaper's section ("Culture", "Faits divers",
// "Actualités"), which a <title> puts where another site puts its name.
bool NamesASection(std::string_view label) {
  static const auto* sections = new absl::flat_hash_set<std::string_view>{
      "actualite",  "actualites",    "actu",      "actus",
      "culture",    "sport",         "sports",    "politique",
      "economie",   "societe",       "monde",     "international",
      "france",     "region",        "regions",   "faits divers",
      "opinion",    "opinions",      "debats",    "idees",
      "sante",      "science",       "sciences",  "tech",
      "high-tech",  "medias",        "people",    "loisirs",
      "education",  "environnement", "planete",   "justice",
      "local",      "national",      "afrique",   "video",
      "videos",     "photos",        "arts",      "musique",
      "cinema",     "livres",        "auto",      "emploi",
      "editorial",  "chroniques",    "tribunes",  "agriculture",
      "religion",   "insolite",      "nouvelles", "infos",
      "necrologie", "necrologies"};
  return sections->contains(FoldText(TrimAscii(label)));
}

// The holder a copyright line names: "© 2025 L'Éléphant Info. Tous droits
// réservés." gives "L'Éléphant Info", "Copyright © 2019-2025 Le Réveil |
// Mentions légales" gives "Le Réveil", "Copyright Abidjan Times 2025 –"
// gives "Abidjan Times"; "" when there is none.
std::string CopyrightHolder(std::string_view line) {
  const std::string lower = AsciiLower(line);
  size_t at = line.find("©");
  size_t mark = std::string_view("©").size();
  if (const size_t word = lower.find("copyright");
      word != std::string::npos &&
      (at == std::string_view::npos || word < at)) {
    at = word;
    mark = std::string_view("copyright").size();
  }
  if (at == std::string_view::npos) return {};
  std::string_view rest = line.substr(at + mark);
  // Past "Copyright ©", "(c)", the years and blanks.
  for (bool skipped = true; skipped;) {
    skipped = false;
    rest = TrimAscii(rest);
    for (std::string_view lead : {"©", "(c)", "(C)"}) {
      if (rest.starts_with(lead)) {
        rest.remove_prefix(lead.size());
        skipped = true;
      }
    }
    if (constexpr std::string_view kWord = "copyright";
        rest.size() >= kWord.size() &&
        AsciiLower(rest.substr(0, kWord.size())) == kWord) {
      rest.remove_prefix(kWord.size());
      skipped = true;
    }
    while (!rest.empty() &&
           (absl::ascii_isdigit(rest[0]) || rest[0] == '-' || rest[0] == ',')) {
      rest.remove_prefix(1);
      skipped = true;
    }
  }
  // Up to the first mark that ends a name (whole UTF-8 sequences, not
  // bytes: "’" holds bytes of "—").
  size_t end = rest.size();
  for (std::string_view stop : {".", "|", ",", "/", "–", "—", "\n", " - ",
                                " Tous ", " tous ", " All ", " all "}) {
    end = std::min(end, rest.find(stop));
  }
  std::string holder(TrimAscii(rest.substr(0, end)));
  // A year after the name ("Abidjan Times 2025").
  while (!holder.empty() && (absl::ascii_isdigit(holder.back()) ||
                             holder.back() == '-' || holder.back() == ' '))
    holder.pop_back();
  constexpr size_t kLongestHolder = 60;
  return holder.size() <= kLongestHolder ? holder : std::string();
}

// Whether `name` spells the first label of the URL's host past "www.", or
// the label before its last dot (a language's subdomain, "fr.wikinews.org"):
// the letters and digits of one, folded, are those of the other in order,
// with at most three more ("L'Éléphant Info" and elephant-info.ci, "LE
// SOLEIL DE DOUALA" and lesoleildouala.cm, "Wikinews" and fr.wikinews.org).
// A company that owns the site ("Groupe Var Info Médias SAS" on varinfo.fr)
// does not, nor a word of the address ("Info" on afriqueinfo.net). With
// `most_extra_letters` 0, the letters must be the same: "Le Wouri" spells
// lewouri.cm so, "Réunion" does not spell ipreunion.com.
bool SpellsTheAddress(std::string_view name, std::string_view url,
                      size_t most_extra_letters = 3) {
  std::string_view host = HostOf(url);
  if (host.starts_with("www.")) host.remove_prefix(4);
  const auto letters = [](std::string_view text) {
    std::string kept;
    for (const char c : FoldText(text)) {
      if (absl::ascii_isalnum(static_cast<unsigned char>(c))) kept += c;
    }
    return kept;
  };
  const std::string spelt = letters(name);
  const auto spells = [&spelt, most_extra_letters](const std::string& site) {
    constexpr size_t kFewestLetters = 4;
    if (site.size() < kFewestLetters || spelt.size() < kFewestLetters)
      return false;
    const std::string& longer = site.size() >= spelt.size() ? site : spelt;
    const std::string& shorter = site.size() >= spelt.size() ? spelt : site;
    if (longer.size() > shorter.size() + most_extra_letters) return false;
    // `shorter` in order within `longer`.
    size_t matched = 0;
    for (const char c : longer) {
      if (matched < shorter.size() && c == shorter[matched]) ++matched;
    }
    return matched == shorter.size();
  };
  const size_t first_dot = host.find('.');
  if (spells(letters(host.substr(0, first_dot)))) return true;
  const size_t last_dot = host.rfind('.');
  if (last_dot == std::string_view::npos || last_dot == first_dot) return false;
  const size_t before = host.rfind('.', last_dot - 1);
  return spells(letters(host.substr(before + 1, last_dot - before - 1)));
}

// `name` with the article the page writes before it elsewhere: "Écho du
// Léman" in og:site_name, "L'Écho du Léman" in the <title>, the JSON-LD
// publisher, the logo or the copyright line. "" when no such spelling stands
// there, or when `name` opens with an article already.
std::string WithItsArticle(const std::string& name, const RawTags& raw,
                           const nlohmann::json* ld) {
  constexpr std::string_view kArticles[] = {"Le ", "La ", "Les ", "L'",
                                            "L\u2019"};
  if (name.empty()) return {};
  for (std::string_view article : kArticles) {
    if (std::string_view(name).starts_with(article)) return {};
  }
  std::vector<std::string> spellings = {raw.title_tag, LogoName(raw)};
  if (ld != nullptr) spellings.push_back(JsonString(*ld, "publisher"));
  spellings.insert(spellings.end(), raw.copyright_lines.begin(),
                   raw.copyright_lines.end());
  for (std::string_view article : kArticles) {
    const std::string fuller = std::string(article) + name;
    for (const std::string& text : spellings) {
      // As a whole word: not "Du Courrier du Grand-Duché".
      for (size_t at = text.find(fuller); at != std::string::npos;
           at = text.find(fuller, at + 1)) {
        if (at == 0 ||
            !absl::ascii_isalpha(static_cast<unsigned char>(text[at - 1])))
          return fuller;
      }
    }
  }
  return {};
}

// The outlet's name, one per site (extract/outlet_name): the site's own name
// for itself (og:site_name, JSON-LD publisher), else the table's name for a
// known domain, else guesses from the <title> and the logo, else the domain.
// `site_url` is the page's URL ("" when it has only a file path). Returns the
// name as the page wrote it, which its titles may end with.
std::string ChooseOutlet(const RawTags& raw, const nlohmann::json* ld,
                         std::string_view site_url, PageMetadata& md) {
  // The name the page shows as its logo or brand, which several rules below
  // read.
  const std::string logo = LogoName(raw);
  std::string source;
  std::string given = FirstMeta(
      raw, {"og:site_name", "application-name", "al:android:app_name"},
      &source);
  // "quotidienloire.fr" in og:site_name is the site's address, which
  // OutletName would show as a domain: the logo names it better when the
  // table of known outlets does not ("Slate.fr", "Jeuxvideo.com" are written
  // as names, and kept), and the JSON-LD's publisher when the logo holds its
  // name ("trr Télévision Radio Romande", "Télévision Radio Romande") or
  // there is no logo; a publisher the logo does not name is often the
  // company that owns the title ("SAS Éditions Alpines Médias").
  if (!given.empty() && WrittenAsAddress(given) &&
      FindKnownOutlet(given) == nullptr &&
      FindKnownOutlet(site_url) == nullptr) {
    if (std::string publisher =
            ld == nullptr ? "" : JsonString(*ld, "publisher");
        !publisher.empty() && !WrittenAsAddress(publisher) &&
        !NamesAPublishingPlatform(publisher) &&
        (logo.empty() || Contains(AsciiLower(logo), AsciiLower(publisher)))) {
      given = std::move(publisher);
      source = "json-ld publisher";
    } else if (!logo.empty()) {
      given = logo;
      source = raw.logo_alt.empty() ? "logo text" : "logo alt";
    }
  }
  // "L'Horizon.fr" in og:site_name, "L'Horizon" as the JSON-LD's publisher:
  // the brand without its domain's ending ("Slate.fr", whose publisher is
  // "Slate.fr" too, stays).
  if (const size_t dot = given.rfind('.');
      dot != std::string::npos && dot + 3 <= given.size() &&
      given.size() - dot <= 5 && ld != nullptr &&
      std::all_of(given.begin() + dot + 1, given.end(),
                  [](char c) { return c >= 'a' && c <= 'z'; })) {
    if (std::string publisher = JsonString(*ld, "publisher");
        !publisher.empty() && publisher == given.substr(0, dot)) {
      given = std::move(publisher);
      source = "json-ld publisher, the site's name without its domain";
    }
  }
  // The site's name as the page wrote it, which its titles may end with,
  // when the name shown is shorter.
  std::string written_name;
  // "AMI - Agence Marocaine d'Information" in og:site_name, "... | AMI" ending
  // every <title>: the name the site goes by. Not when the title ends with
  // the whole name ("... - Le Quotidien - Journal d'information générale").
  if (const std::string suffix = SplitTitleSuffix(raw.title_tag).second;
      !suffix.empty() && !given.empty() && suffix != given &&
      !BeforeSeparatedEnding(raw.title_tag, given)) {
    if (const auto [head, tail] = SplitTitleSuffix(given);
        !tail.empty() && suffix == TrimAscii(head)) {
      written_name = given;
      given = suffix;
      source += ", as the titles shorten it";
    }
  }
  // "Le Quotidien - Journal d'information générale": the name, then what the
  // outlet is (WithoutTagline).
  if (std::string name = WithoutTagline(given); name != given) {
    written_name = given;
    given = std::move(name);
    source += ", without its tagline";
  }
  // A publication hosted by a platform names itself as the publisher
  // ("Data Sahel" on Medium, whose og:site_name is "Medium").
  const bool named_by_the_site = !given.empty();
  if (ld != nullptr && (given.empty() || NamesAPublishingPlatform(given))) {
    if (std::string publisher = JsonString(*ld, "publisher");
        given.empty() ||
        (!publisher.empty() && !NamesAPublishingPlatform(publisher))) {
      given = std::move(publisher);
      source = "json-ld publisher";
    }
  }
  // Dublin Core's publisher, on pages that describe themselves that way and
  // in no other (an old portal's mobile site, a library's).
  if (given.empty()) {
    given = FirstMeta(raw, {"dc.publisher", "dcterms.publisher"}, &source);
  }
  // A publisher that is the company behind the site ("Wikimedia Foundation,
  // Inc." on fr.wikinews.org, which names itself nowhere else; Dublin Core's
  // "Groupe Éveil Médias" on a print page of L'Éveil d'Abidjan), when the
  // <title> ends with a name the address spells ("… — Wikinews"): that name
  // is the outlet. Not a platform's name ("… | Medium" on medium.com).
  if (!named_by_the_site &&
      (source == "json-ld publisher" || source == "dc.publisher" ||
       source == "dcterms.publisher") &&
      !SpellsTheAddress(given, site_url)) {
    if (const std::string suffix = SplitTitleSuffix(raw.title_tag).second;
        !suffix.empty() && !NamesAPublishingPlatform(suffix) &&
        SpellsTheAddress(suffix, site_url)) {
      given = suffix;
      source = "title suffix, as the address spells it";
    }
  }
  // Without a publisher to name the publication, the page's <title> or its
  // header may ("Le Crieur" on Tumblr); the platform's name stands when
  // nothing else names one.
  std::string platform, platform_source;
  if (NamesAPublishingPlatform(given)) {
    platform = std::move(given);
    platform_source = source;
    given.clear();
  }
  if (given.empty() && FindKnownOutlet(site_url) == nullptr) {
    const auto [head, suffix] = SplitTitleSuffix(raw.title_tag);
    given = suffix;
    source = "title suffix";
    // "L'Echo du Nord-Liban - Culture": the site's name, then the section.
    if (NamesASection(suffix)) {
      // "Fête de la musique - Culture" over the <h1> "Fête de la musique :
      // Béjaïa vibre...": the headline cut short, no name.
      const bool head_is_headline =
          AsciiLower(raw.h1).find(AsciiLower(TrimAscii(head))) !=
          std::string::npos;
      given = head_is_headline || head.size() > 40 || WordCount(head) > 5
                  ? ""
                  : std::string(head);
      source = "title prefix before a section's name";
    }
    // "La Lanterne de Lomé - Version imprimable": a print page's label after
    // the site's name.
    if (SaysPrintVersion(suffix)) {
      given = head.size() > 40 || WordCount(head) > 5 ? "" : std::string(head);
      source = "title prefix before the print label";
    }
    // "L'Echo de Constantine - Actualité régionale", the logo reading "L'Echo
    // de Constantine - Quotidien régional": the site puts its name first and
    // the section after it.
    const std::string lower_logo = AsciiLower(logo);
    if (!suffix.empty() && head.size() >= 3 &&
        lower_logo.starts_with(AsciiLower(head)) &&
        !Contains(lower_logo, AsciiLower(suffix))) {
      given = head;
      source = "title prefix, as the logo names it";
    }
    // "Cameroun Express - Actualité du Cameroun au quotidien" over the footer's
    // "© 2003-2026 Cameroun Express - Tous droits réservés": the same order,
    // told by the copyright's holder. Not when the suffix is the page's
    // address spelt out and the head does not spell it: "Sanaga Médias - Le
    // Wouri" on lewouri.cm, over the group's "© 2026 Sanaga Médias", is the
    // group's name before its title's. (A place in the address is no title:
    // "Imaz Press - Réunion" on ipreunion.com.)
    if (!suffix.empty() && head.size() >= 3 &&
        !(SpellsTheAddress(suffix, site_url, /*most_extra_letters=*/0) &&
          !SpellsTheAddress(head, site_url))) {
      const auto held_by_copyright = [&](std::string_view part) {
        return std::any_of(
            raw.copyright_lines.begin(), raw.copyright_lines.end(),
            [&](const std::string& line) {
              return AsciiLower(CopyrightHolder(line)) == AsciiLower(part);
            });
      };
      // "L'Éveil du Cher - Headline - Actualité Cher": the name is the
      // title's first part, the section its last.
      for (const std::string_view part :
           {TrimAscii(head), TitlesFirstPart(raw.title_tag)}) {
        if (!part.empty() && held_by_copyright(part)) {
          given = std::string(part);
          source = "title prefix, as the copyright line names it";
          break;
        }
      }
    }
    // "Outlet | Headline": the suffix is the page's <h1>. Not a blog's <h1>
    // linking to its home page: "Billet - Le blog de Marie" under the <h1>
    // "Le blog de Marie" ends with the blog's name.
    if (given.empty() ||
        (AsciiLower(given) == AsciiLower(raw.h1) && !raw.h1_links_home &&
         !IsShorterTitlePart(raw.h1, raw.title_tag))) {
      // "Le Courrier mosan - Version imprimable - Headline": a print page's
      // label after the name (WithoutTagline).
      given = WithoutTagline(OutletBeforeHeadline(raw.title_tag, raw.h1));
      source = "title prefix before the headline";
    }
    // A blog's <h1>: its name, linking to its home page (before the
    // article's own <h1>, when there are two).
    if (given.empty() && raw.h1_links_home) {
      given = raw.h1;
      source = "h1 linking to the home page";
    }
    if (given.empty() && !raw.site_h1.empty()) {
      given = raw.site_h1;
      source = "the site's <h1> before the article's";
    }
    if (given.empty()) {
      given = logo;
      source = raw.logo_alt.empty() ? "logo text" : "logo alt";
    }
  }
  // "© 2025 L'Éléphant Info. Tous droits réservés." on elephant-info.ci:
  // the footer's holder, when it spells the address's name.
  if (given.empty() && FindKnownOutlet(site_url) == nullptr) {
    for (const std::string& line : raw.copyright_lines) {
      if (std::string holder = CopyrightHolder(line);
          SpellsTheAddress(holder, site_url)) {
        given = std::move(holder);
        source = "copyright line";
        break;
      }
    }
  }
  // Else a part of one of the page's first short texts, when it spells the
  // address: a print version's banner ("Le Fjord Express · Actualités ·
  // Saguenay" on fjordexpress.ca).
  if (given.empty() && FindKnownOutlet(site_url) == nullptr) {
    for (const std::string& text : raw.opening_texts) {
      for (absl::string_view part :
           absl::StrSplit(text, absl::ByAnyChar("·|–—•"), absl::SkipEmpty())) {
        std::string name(TrimAscii(std::string_view(part.data(), part.size())));
        if (SpellsTheAddress(name, site_url)) {
          given = std::move(name);
          source = "the page's opening text";
          break;
        }
      }
      if (!given.empty()) break;
    }
  }
  // A platform's post titles end on the post's own labels ("Partie 2",
  // "Cuisine"), not on the blog's name.
  if (!platform.empty() && source == "title suffix") given.clear();
  if (given.empty() && !platform.empty()) {
    given = std::move(platform);
    source = std::move(platform_source);
  }
  // A group's name in og:site_name ("Sanaga Médias"), which neither the
  // <title> nor the logo writes, while both name the outlet ("… - Le Wouri",
  // the logo's alt "Le Wouri"): the group publishes several titles.
  if (source == "og:site_name" && !logo.empty()) {
    const std::string folded_logo = FoldText(logo);
    const std::string folded_suffix =
        FoldText(SplitTitleSuffix(raw.title_tag).second);
    const std::string folded_given = FoldText(given);
    if (folded_logo == folded_suffix && !Contains(folded_logo, folded_given) &&
        !Contains(folded_given, folded_logo)) {
      given = logo;
      source = "logo, as the title's suffix names it";
    }
  }
  // The name written without its accents ("Haiti Horizon ::" in <title>),
  // the logo writing them ("Haïti Horizon"): the logo's spelling, unless it
  // is all capitals.
  if (!logo.empty() && logo != given && FoldText(logo) == FoldText(given) &&
      std::any_of(logo.begin(), logo.end(), absl::ascii_islower)) {
    const auto non_ascii = [](const std::string& text) {
      return std::count_if(text.begin(), text.end(),
                           [](char c) { return (c & 0x80) != 0; });
    };
    if (non_ascii(logo) > non_ascii(given)) {
      given = logo;
      source += ", spelt as the logo writes it";
    }
  }
  if (std::string fuller = WithItsArticle(given, raw, ld); !fuller.empty()) {
    given = std::move(fuller);
    source += ", with the article the page writes before it";
  }
  const NamedOutlet named = OutletName(given, site_url);
  if (written_name.empty()) written_name = given;
  md.outlet = named.name;
  const bool by_table = named.how == NamedOutlet::How::kKnownDomain;
  if (TrimAscii(given).empty()) {
    md.sources["outlet"] = by_table ? "table of known outlets" : "domain";
  } else if (named.how == NamedOutlet::How::kAsGiven ||
             named.name == TrimAscii(given)) {
    md.sources["outlet"] = source;
  } else {
    md.sources["outlet"] =
        absl::StrCat(source, " \"", given, "\", named after ",
                     by_table ? "the table of known outlets" : "its domain");
  }
  return written_name;
}

// How many distinct words of four letters or more, folded, `a` and `b` share.
size_t SharedContentWords(const std::string& a, const std::string& b) {
  const auto words = [](const std::string& text) {
    absl::flat_hash_set<std::string> found;
    for (absl::string_view word :
         absl::StrSplit(FoldText(text), absl::ByAnyChar(" ,;:.!?«»\"'()-|"),
                        absl::SkipEmpty())) {
      if (word.size() >= 4) found.insert(std::string(word));
    }
    return found;
  };
  const absl::flat_hash_set<std::string> in_a = words(a);
  size_t shared = 0;
  for (const std::string& word : words(b)) shared += in_a.contains(word);
  return shared;
}

// The page's own headline (<h1>) when a metadata title confirms it, else the
// most trusted metadata title without the outlet suffix: the outlet as the
// page wrote it (`page_outlet`) or as it is shown (md.outlet, which must be
// chosen).
void ChooseTitle(const RawTags& raw, const nlohmann::json* ld,
                 const std::string& page_outlet, PageMetadata& md) {
  auto strip = [&](const std::string& title) {
    return StripOutletSuffix(StripOutletSuffix(title, page_outlet), md.outlet);
  };
  std::vector<std::pair<std::string, std::string>> titles;
  if (ld != nullptr)
    titles.emplace_back(JsonString(*ld, "headline"), "json-ld headline");
  titles.emplace_back(FirstMeta(raw, {"og:title"}), "og:title");
  titles.emplace_back(FirstMeta(raw, {"twitter:title"}), "twitter:title");
  // Only <title> puts the outlet first ("Le Courrier du Hainaut - …"): a
  // headline may open with a name that is also the outlet's.
  titles.emplace_back(StripOutletPrefix(strip(raw.title_tag), md.outlet),
                      "title");
  titles.emplace_back(
      StripOutletPrefix(SplitTitleSuffix(raw.title_tag).first, md.outlet),
      "title without suffix");
  // The markup's other headline, often the one the page shows when JSON-LD's
  // `headline` is written for search: it confirms an <h1>, and stands in
  // only when nothing else names the article.
  if (ld != nullptr)
    titles.emplace_back(JsonString(*ld, "alternativeHeadline"),
                        "json-ld alternativeHeadline");
  for (auto& [title, from] : titles) title = strip(title);
  // A metadata title confirms the <h1> when one holds the other: "Headline | DW
  // | 23.05.2011" or "Pétition : Headline" around the h1, or a metadata title
  // cut short.
  // An <h1> that holds the site's name or address, or links to its home page
  // (a blog's header), is its logo's.
  const bool h1_names_the_site =
      raw.h1_links_home || !HostOfUrlOrHost(raw.h1).empty() ||
      AsciiLower(raw.h1) == AsciiLower(page_outlet) ||
      AsciiLower(raw.h1) == AsciiLower(md.outlet) ||
      IsShorterTitlePart(raw.h1, raw.title_tag);
  // Typographic and straight apostrophes differ between a CMS's headline and
  // its metadata ("l’aéroport", "l'aéroport").
  const auto straight = [](std::string text) {
    return absl::StrReplaceAll(text, {{"\u2019", "'"}});
  };
  const std::string h1 = straight(raw.h1);
  if (raw.h1.size() >= 10 && !h1_names_the_site) {
    for (const auto& [title, from] : titles) {
      if (!title.empty() &&
          (Contains(straight(title), h1) ||
           std::string_view(h1).starts_with(straight(title)))) {
        md.title = raw.h1;
        md.sources["title"] = "h1, confirmed by " + from;
        // "Headline <small>Publié le 12 mars 2025 à 18h02</small>" in the
        // <h1>: the date is the byline's, the metadata title the headline.
        const std::string confirmed = straight(title);
        if (h1.size() > confirmed.size() && h1.starts_with(confirmed)) {
          const std::string_view rest =
              std::string_view(h1).substr(confirmed.size());
          if ((SaysPublished(rest) || SaysUpdated(rest)) &&
              FindFrenchDate(rest, "")) {
            md.title = title;
            md.sources["title"] = from + ", the h1 without the date after it";
          }
        }
        // An AMP story's cover, or a headline split over the <h1> and a
        // subtitle: "Caribous de Charlevoix" in the <h1>, "Caribous de
        // Charlevoix : cinq images pour comprendre le déclin" in the markup,
        // which gives the whole headline. Not <title>, nor a metadata title
        // that ends on the site's name after a colon.
        if (from == "json-ld headline" || from == "og:title") {
          const std::string_view rest = std::string_view(confirmed).substr(
              std::min(h1.size(), confirmed.size()));
          constexpr size_t kFewestWordsAfter = 3;
          const auto names_the_site = [&](std::string_view words) {
            const std::string folded = FoldText(TrimAscii(words));
            return folded == FoldText(md.outlet) ||
                   folded == FoldText(page_outlet) ||
                   folded == FoldText(FirstMeta(raw, {"og:site_name"}));
          };
          if (confirmed.starts_with(h1) && rest.starts_with(" : ") &&
              static_cast<size_t>(
                  std::count(rest.begin() + 3, rest.end(), ' ')) +
                      1 >=
                  kFewestWordsAfter &&
              !names_the_site(rest.substr(3))) {
            md.title = title;
            md.sources["title"] = from + ", the h1 its first half";
          }
        }
        return;
      }
    }
  }
  // "Tribune « La France … »": an <h1> that ends with a metadata title holds a
  // kicker before it; the metadata title is the headline.
  if (!h1_names_the_site) {
    for (const auto& [title, from] : titles) {
      if (title.size() >= 10 && raw.h1.size() > title.size() &&
          std::string_view(raw.h1).ends_with(title)) {
        md.title = title;
        md.sources["title"] = from + ", the end of the h1";
        return;
      }
    }
  }
  // A metadata title that only names the site ("Info Touraine"), or a
  // section of it once the site's name is cut off ("Info Touraine -
  // Actualités locales"), is the page's label, not its headline: a longer
  // <h1> is the headline then.
  const size_t h1_words = WordCount(raw.h1);
  const auto names_the_site = [&](const std::string& title) {
    const std::string lower = AsciiLower(title);
    if (lower == AsciiLower(page_outlet) || lower == AsciiLower(md.outlet))
      return true;
    const std::string tag = AsciiLower(raw.title_tag);
    const auto in_tag = [&](const std::string& outlet) {
      return !outlet.empty() && Contains(tag, AsciiLower(outlet));
    };
    const bool site_cut = title.size() < raw.title_tag.size() &&
                          (in_tag(page_outlet) || in_tag(md.outlet));
    if (site_cut && WordCount(title) <= 3 && h1_words > WordCount(title))
      return true;
    // "Cameroun Express - Actualité du Cameroun au quotidien": what follows
    // the name opening the <title>, when an <h1> of five words or more in the
    // content shares none of its words, is the site's tagline, not this
    // page's headline, when a date is written by the <h1> as by an article's
    // headline; unless another of the page's titles (og:title, JSON-LD's
    // headline) says the same, which a site writes for each page (an <h1>
    // may be its slogan then).
    const bool declared_elsewhere =
        std::any_of(titles.begin(), titles.end(), [&](const auto& other) {
          return !other.second.starts_with("title") &&
                 AsciiLower(other.first) == lower;
        });
    for (const std::string* outlet :
         {&page_outlet, static_cast<const std::string*>(&md.outlet)}) {
      const std::optional<std::string_view> rest =
          AfterOutletPrefix(raw.title_tag, *outlet);
      if (!declared_elsewhere && rest &&
          AsciiLower(TrimAscii(*rest)) == lower && h1_words >= 5 &&
          !raw.h1_in_chrome && SharedContentWords(raw.h1, title) == 0 &&
          FindFrenchDate(raw.headline_area, "").has_value())
        return true;
    }
    // "Outlet - Section" whole, the section too short to be cut off as a
    // headline would be.
    for (const std::string* outlet :
         {&page_outlet, static_cast<const std::string*>(&md.outlet)}) {
      const std::optional<std::string_view> section =
          AfterOutletPrefix(title, *outlet);
      if (section && WordCount(*section) <= 3 && h1_words > 3) return true;
    }
    return false;
  };
  const bool h1_is_headline = raw.h1.size() >= 10 && !h1_names_the_site;
  // An <h1> of five words or more in the page's content is the headline as
  // readers see it, though the metadata give another (an SEO headline, the
  // <title> an archive kept, an AMP page's JSON-LD), when the two report the
  // same: two words of four letters or more in common. Not a header's
  // tagline, a section's or a dossier's label, a live page's banner (in
  // chrome, sharing no words with the headline, or sentences: "Créatrice de
  // podcasts depuis 2002. Emissions, ..."), nor a stand-in (an <h2>) unless
  // the microdata declare it the headline.
  const std::string_view h1_text = TrimAscii(raw.h1);
  const auto reports_the_same = [&](const std::string& title) {
    return SharedContentWords(raw.h1, title) >= 2;
  };
  // A kicker's full stop ("Vannes. Le chantier du port…") is no sentence's:
  // a capitalised label of up to three words, then the headline.
  std::string_view h1_sentences = h1_text;
  if (const size_t stop = h1_text.find(". ");
      stop != std::string_view::npos && stop > 0 &&
      std::count(h1_text.begin(), h1_text.begin() + stop, ' ') < 3 &&
      !absl::ascii_islower(static_cast<unsigned char>(h1_text[0])))
    h1_sentences = h1_text.substr(stop + 2);
  if (h1_is_headline && (!raw.headline_stand_in || raw.headline_declared) &&
      !raw.h1_in_chrome && h1_words >= 5 && !h1_sentences.ends_with(".") &&
      h1_sentences.find(". ") == std::string_view::npos &&
      (raw.h1_class_says_headline ||
       std::any_of(titles.begin(), titles.end(), [&](const auto& title) {
         return reports_the_same(title.first);
       }))) {
    md.title = raw.h1;
    md.sources["title"] = "h1, over metadata titles that differ";
    return;
  }
  for (const auto& [title, from] : titles) {
    if (!title.empty()) {
      // "La Lanterne - Version imprimable": the print page's label, once the
      // site's name is cut off.
      if (h1_is_headline && (names_the_site(title) || SaysPrintVersion(title)))
        continue;
      md.title = title;
      md.sources["title"] = from;
      return;
    }
  }
  if (!raw.h1.empty() && !h1_names_the_site) {
    md.title = raw.h1;
    md.sources["title"] = "h1";
  }
}

// Sets `field` (md.published or md.modified, named `name` in md.sources) from
// the machine-readable date `text` unless a more trusted source already did.
void TryMachineDate(std::optional<DateTime>& field, const char* name,
                    std::string_view text, std::string_view from,
                    std::string_view host, PageMetadata& md) {
  if (text.empty()) return;
  if (field) {
    // A day alone ("DC.date" 2026-12-03) is refined by a later source's
    // time of that day.
    // Not from the first <time> of the page, which may be a sidebar's: the
    // time written near the headline refines it then
    // (ChooseWrittenPublicationDate). The first <time> of the headline's
    // article block ("time datetime in the headline's article block") does.
    if (&field != &md.published || !field->day_only || from == "time datetime")
      return;
    if (auto date = ParseMachineDate(text, host);
        date && !date->day_only && date->LocalDay() == field->LocalDay()) {
      field = date;
      md.sources[name] += ", the time from " + std::string(from);
    }
    return;
  }
  if (auto date = ParseMachineDate(text, host)) {
    field = date;
    md.sources[name] = std::string(from);
    if (&field == &md.published) {
      const std::optional<DateTime> as_written =
          DateTime::FromIso8601(TrimAscii(text));
      md.published_written_in_utc = as_written && !as_written->day_only &&
                                    HasUtcOffset(text) &&
                                    as_written->utc_offset_minutes == 0;
    }
  }
}

// Whether a <time> is an update's: its class says so ("article__date--updated",
// "date-modified", "maj"), or its itemprop (dateModified), or its text ("Mis à
// jour le 22 octobre 2024 à 11h47").
bool IsAnUpdatesTime(const GumboNode* time) {
  const std::string class_and_id = ClassAndId(time);
  for (std::string_view word : ClassWords(class_and_id)) {
    if (word.starts_with("updat") || word.starts_with("modif") || word == "maj")
      return true;
  }
  return Attribute(time, "itemprop") == "dateModified" ||
         SaysUpdated(VisibleText(time));
}

// The dates that markup gives in machine form, most trusted first: JSON-LD,
// <meta>, microdata, then the first <time datetime> (for publication only).
void ChooseMachineDates(const RawTags& raw, const nlohmann::json* ld,
                        std::string_view host, PageMetadata& md) {
  // A time written without its offset is a guess at the site's zone
  // (ParseMachineDate); article:published_time with one says it: "2019-12-09
  // 20:00:49" in JSON-LD beside "2019-12-09T19:00:49+01:00" is the same
  // moment in UTC+2 or a server's clock, and the meta is right.
  if (const auto meta = raw.meta.find("article:published_time");
      ld != nullptr && meta != raw.meta.end() &&
      !HasUtcOffset(JsonString(*ld, "datePublished")) &&
      HasUtcOffset(meta->second)) {
    TryMachineDate(md.published, "published", meta->second,
                   "article:published_time (with its offset, over json-ld's "
                   "without)",
                   host, md);
  }
  if (ld != nullptr) {
    TryMachineDate(md.published, "published", JsonString(*ld, "datePublished"),
                   "json-ld", host, md);
    TryMachineDate(md.modified, "modified", JsonString(*ld, "dateModified"),
                   "json-ld", host, md);
  }
  for (const char* key :
       {"article:published_time", "og:article:published_time", "datepublished",
        "date", "pubdate", "publishdate", "publish-date", "dc.date",
        "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date",
        "parsely-pub-date", "article.published"}) {
    if (auto it = raw.meta.find(key); it != raw.meta.end()) {
      TryMachineDate(md.published, "published", it->second, key, host, md);
    }
  }
  for (const char* key :
       {"article:modified_time", "og:updated_time", "datemodified",
        "dcterms.modified", "last-modified"}) {
    if (auto it = raw.meta.find(key); it != raw.meta.end()) {
      TryMachineDate(md.modified, "modified", it->second, key, host, md);
    }
  }
  TryMachineDate(md.published, "published", raw.itemprop_published,
                 "itemprop=datePublished", host, md);
  TryMachineDate(md.modified, "modified", raw.itemprop_modified,
                 "itemprop=dateModified", host, md);
  TryMachineDate(md.published, "published", raw.hatom_published,
                 "class=published title", host, md);
  // The first <time> of the headline's article block, else of the page: a
  // strip of the latest news above the article, or the site's header, has
  // <time>s of its own. An update's <time> ("article__date--updated", "Mis à
  // jour le ...") gives way to a later one that is not, which some systems
  // write after it.
  const auto& times = raw.time_datetimes;
  const auto first_in_block = [&](bool updates_too) {
    if (raw.headline_block == nullptr) return times.end();
    return std::find_if(times.begin(), times.end(), [&](const auto& time) {
      return IsWithin(time.second, raw.headline_block) &&
             (updates_too || !IsAnUpdatesTime(time.second));
    });
  };
  auto in_block = first_in_block(false);
  if (in_block == times.end()) in_block = first_in_block(true);
  if (in_block != times.end()) {
    TryMachineDate(md.published, "published", in_block->first,
                   "time datetime in the headline's article block", host, md);
  } else if (!times.empty()) {
    TryMachineDate(md.published, "published", times.front().first,
                   "time datetime", host, md);
  }
}

// The first date the page writes by its headline (in the bylines of its
// parent or grandparent, else in the text around it), `day_only` when it
// gives no time.
std::optional<DateTime> DateWrittenByTheHeadline(const RawTags& raw,
                                                 std::string_view host) {
  for (const std::string* text : {&raw.near_byline_text, &raw.headline_area}) {
    if (std::optional<DateTime> date = FindFrenchDate(*text, host)) return date;
  }
  return std::nullopt;
}

// A machine instant written in UTC, shown in the offset its host suggests
// (Paris' for a .com), that falls on another day than the one the byline
// writes without a time ("27 nov. 2026" under an instant of 02:15Z, a
// Montréal newsletter on substack.com; "mardi 1 décembre 2026" in Guyane):
// shown in the nearest whole-hour offset that puts it on the written day, so
// that it falls on its readers' day. The moment is the same; the offset is
// the nearest one the page allows, not necessarily its zone's. Not a day the
// byline gives to the update, nor a day more than one apart.
void ShowOnTheBylinesDay(const RawTags& raw, std::string_view host,
                         PageMetadata& md) {
  if (!md.published_written_in_utc) return;
  const std::optional<DateTime> written =
      FindFrenchDate(raw.near_byline_text, host);
  if (!written || !written->day_only) return;
  const std::string day = written->LocalDay();
  if (day == md.published->LocalDay()) return;
  if (md.modified && md.modified->unix_seconds != md.published->unix_seconds &&
      md.modified->LocalDay() == day)
    return;
  constexpr int kMostHours = 14, kFewestHours = -12;
  DateTime shown = *md.published;
  const int guessed = shown.utc_offset_minutes;
  for (int shift = 1; shift <= 24; ++shift) {
    for (const int sign : {-1, 1}) {
      const int offset = guessed + sign * shift * 60;
      if (offset > kMostHours * 60 || offset < kFewestHours * 60) continue;
      shown.utc_offset_minutes = offset;
      if (shown.LocalDay() == day) {
        md.published = shown;
        md.sources["published"] += ", shown on the byline's day";
        return;
      }
    }
  }
}

// The offset of the page's own clock: a machine date ("14:05:00+00:00") that
// the page writes as a local time of the same minute ("Publié le 3 décembre
// 2026 à 14:05") is shown in the offset that makes them one, when the host
// did not say it (a Senegalese site on .com, a Réunion one on .fr). Whole
// hours only, within ±14 h: another day's date, or a time that is not the
// same minute of an hour, says nothing of the zone.
void ShowInThePagesOffset(const RawTags& raw, std::string_view host,
                          PageMetadata& md) {
  constexpr int64_t kMostMinutes = 14 * 60;
  const std::optional<DateTime> written = DateWrittenByTheHeadline(raw, host);
  if (!written) return;
  if (written->day_only) {
    ShowOnTheBylinesDay(raw, host, md);
    return;
  }
  // The written minute as if it were UTC, against the machine's instant,
  // whose seconds the page does not write: the offset O is the one for
  // which the machine's local time falls in the written minute.
  const int64_t civil =
      written->unix_seconds + int64_t{written->utc_offset_minutes} * 60;
  // The written time is the update's when it is the markup's modification
  // time, as that time's own offset shows it ("Prévisions actualisées le 4
  // décembre à 11h00" under a publication at 06:00+01:00): it says nothing
  // of the publication's zone.
  if (md.modified && !md.modified->day_only &&
      md.modified->unix_seconds != md.published->unix_seconds) {
    const int64_t modified_civil =
        md.modified->unix_seconds +
        int64_t{md.modified->utc_offset_minutes} * 60;
    if (modified_civil >= civil && modified_civil < civil + 60) return;
  }
  const int64_t gap = civil - md.published->unix_seconds;
  const int64_t offset = gap >= 0 ? (gap + 59) / 60 : -((-gap) / 60);
  if (offset % 60 == 0 && offset <= kMostMinutes && offset >= -kMostMinutes)
    md.published->utc_offset_minutes = static_cast<int>(offset);
}

// The date of the first line of `text` that says "Publié" (SaysPublished)
// and dates a day before `first`, the first date of `text`; nullopt when
// none does.
std::optional<DateTime> EarlierPublishedLine(std::string_view text,
                                             const DateTime& first,
                                             std::string_view host) {
  for (absl::string_view piece :
       absl::StrSplit(absl::string_view(text.data(), text.size()), '\n')) {
    const std::string_view line(piece.data(), piece.size());
    if (!SaysPublished(line)) continue;
    std::optional<DateTime> date = FindFrenchDate(line, host);
    if (date && date->LocalDay() < first.LocalDay()) return date;
  }
  return std::nullopt;
}

// The date the page writes, where the markup's needs it: when no markup gives
// the publication date in machine form, a French date in the byline or near
// the headline, else the day in the canonical URL, else in `source_url`; a
// markup's day alone takes the time written that day; a markup's date that is
// its modification date gives way to an earlier "Publié" day in the byline;
// a markup's time is shown in the offset the page's written clock says.
// md.canonical_url must be chosen.
void ChooseWrittenPublicationDate(const RawTags& raw, std::string_view host,
                                  std::string_view source_url,
                                  PageMetadata& md) {
  if (md.published && !md.published->day_only) {
    // A machine publication date that is the modification date too, while
    // the byline by the headline says "Publié le ..." on an earlier day:
    // content systems that stamp both with the last save. The written one
    // is the publication. Only the byline's own words, a "Publié" among them
    // (a standfirst's date is an event's), and only an earlier day: the
    // same day may differ by the offset the host guessed.
    if (md.modified &&
        md.modified->unix_seconds == md.published->unix_seconds &&
        FoldText(raw.near_byline_text).find("publi") != std::string::npos) {
      const std::optional<DateTime> written =
          FindFrenchDate(raw.near_byline_text, host);
      if (written && !written->day_only &&
          written->LocalDay() < md.published->LocalDay()) {
        md.published = written;
        md.sources["published"] =
            "the byline's \"Publié\" date, a day before the markup's (its "
            "modification date)";
        return;
      }
      // The same stamp, a theme's own (JSON-LD written once for a template,
      // "2019-06-14" on a page of 2026), when the byline's "Publié" day is
      // later and the page's other modification time (og:updated_time,
      // article:modified_time) is later still: two sources against one.
      if (written && written->LocalDay() > md.published->LocalDay() &&
          SaysPublished(raw.near_byline_text)) {
        for (const char* name : {"article:modified_time", "og:updated_time"}) {
          const std::optional<DateTime> other_modified =
              ParseMachineDate(FirstMeta(raw, {name}), host);
          if (other_modified &&
              other_modified->unix_seconds >= written->unix_seconds) {
            md.published = written;
            md.modified = other_modified;
            md.sources["published"] =
                "the byline's \"Publié\" date, after the markup's (a stale "
                "stamp: " +
                std::string(name) + " is later)";
            md.sources["modified"] = name;
            return;
          }
        }
      }
    }
    ShowInThePagesOffset(raw, host, md);
    return;
  }
  if (md.published) {
    // The markup's day, the time of that day the page writes by its headline.
    const std::optional<DateTime> written = DateWrittenByTheHeadline(raw, host);
    if (written && !written->day_only &&
        written->LocalDay() == md.published->LocalDay()) {
      md.published = written;
      md.sources["published"] += ", the time written on the page";
    }
    return;
  }
  // "Publié le 11 février 2025 à 17h30, mis à jour le ...": the first date of
  // the bylines in the headline's block, then of the text around the headline
  // (a table layout's unclassed dateline), then of the page's other bylines
  // (a header's date of the day comes last).
  // A date of the page's other bylines, far from the headline and not said
  // to be the publication's, that is later than the URL's day is the day
  // the page was shown (a site header's "Mardi 15 juillet 2025"): the URL's
  // day comes before it, without that line's time.
  const std::optional<DateTime> url_day = DateFromUrl(md.canonical_url);
  bool date_of_the_day = false;
  const std::pair<const std::string*, const char*> texts[] = {
      {&raw.near_byline_text, "byline text"},
      {&raw.headline_area, "headline area text"},
      {&raw.byline_text, "byline text"}};
  for (size_t i = 0; i < std::size(texts); ++i) {
    const auto& [text, from] = texts[i];
    if (auto date = FindFrenchDate(*text, host)) {
      if (text == &raw.byline_text && url_day &&
          date->LocalDay() > url_day->LocalDay() &&
          !SaysPublished(raw.byline_text)) {
        date_of_the_day = true;
        break;
      }
      md.published = date;
      md.sources["published"] = from;
      // A header's date of the day over the headline ("Édition du jour :
      // jeudi 5 novembre 2026") comes first in its area; a line saying
      // "Publié" on an earlier day is the publication (a day of showing is
      // never before it).
      if (std::optional<DateTime> published =
              EarlierPublishedLine(*text, *date, host)) {
        md.published = date = published;
        md.sources["published"] =
            absl::StrCat(from, ", its \"Publié\" line before a later date");
      }
      // A day alone (a header's date of the day when the <h1> is the site's
      // name): the time a later text writes that day.
      for (size_t later = i + 1; later < std::size(texts) && date->day_only;
           ++later) {
        if (auto timed = FindFrenchDate(*texts[later].first, host);
            timed && !timed->day_only &&
            timed->LocalDay() == date->LocalDay()) {
          md.published = timed;
          md.sources["published"] = absl::StrCat(
              from, ", with that day's time from the ", texts[later].second);
          break;
        }
      }
      if (md.published->day_only) {
        if (std::optional<DateTime> posted =
                PostedTimeOfTheDay(*text, *md.published, host)) {
          md.published = posted;
          md.sources["published"] += ", with the time the post's footer writes";
        } else if (std::optional<DateTime> relative = RelativeToTheDay(
                       *text, raw.near_byline_text, *md.published, host)) {
          md.published = relative;
          md.sources["published"] +=
              ", the day the page was shown, and the byline's \"hier\" or "
              "\"aujourd'hui\" with its time";
        }
      }
      return;
    }
  }
  md.published = url_day;
  if (md.published) {
    md.sources["published"] = "url";
    // Wire sites put the day in the URL and only the time ("17h00") in the
    // byline.
    if (std::optional<std::pair<int, int>> time =
            date_of_the_day ? std::nullopt : FindClockTime(raw.byline_text)) {
      if (std::optional<DateTime> timed =
              DayAtTime(*md.published, time->first, time->second, host)) {
        md.published = timed;
        md.sources["published"] = "url day, byline time";
      }
    }
    return;
  }
  md.published = DateFromUrl(source_url);
  if (md.published) md.sources["published"] = "source path";
}

// <html lang>, else a <meta>, else JSON-LD; only the language ("fr-FR" and
// "fr_BE" are "fr").
void ChooseLanguage(const RawTags& raw, const nlohmann::json* ld,
                    PageMetadata& md) {
  md.language = raw.html_lang;
  std::string source = "html lang";
  if (md.language.empty())
    md.language =
        FirstMeta(raw, {"og:locale", "language", "content-language"}, &source);
  if (ld != nullptr && md.language.empty()) {
    md.language = JsonString(*ld, "inLanguage");
    source = "json-ld inLanguage";
  }
  if (!md.language.empty()) md.sources["language"] = source;
  md.language =
      AsciiLower(md.language.substr(0, md.language.find_first_of("-_")));
}

// Every article:tag, else the comma-separated keywords of a <meta> or of
// JSON-LD.
void ChooseTags(const RawTags& raw, const nlohmann::json* ld,
                PageMetadata& md) {
  md.tags = raw.meta_tags;
  if (!md.tags.empty()) return;
  std::string keywords = FirstMeta(raw, {"news_keywords", "keywords"});
  if (keywords.empty() && ld != nullptr) keywords = JsonString(*ld, "keywords");
  for (absl::string_view tag :
       absl::StrSplit(keywords, ',', absl::SkipWhitespace())) {
    md.tags.emplace_back(TrimAscii(std::string_view(tag.data(), tag.size())));
  }
}

}  // namespace

// Whether `name`, folded and hyphenated ("mentions-legales"), names one of
// the pages every site has beside its news: the same few names on every
// content system, in French and English.
bool IsSitePageName(std::string_view name) {
  static const auto* site_pages = new absl::flat_hash_set<std::string_view>{
      "qui-sommes-nous",
      "a-propos",
      "apropos",
      "about",
      "about-us",
      "contact",
      "contacts",
      "contactez-nous",
      "nous-contacter",
      "mentions-legales",
      "plan-du-site",
      "politique-de-confidentialite",
      "cgu",
      "conditions-generales-d-utilisation"};
  return site_pages->contains(name);
}

// An address's path, as its segments, and its query, fragment left out.
struct AddressParts {
  std::vector<std::string_view> segments;  // non-empty, as written
  std::string_view query;
};

// `url`'s parts; nullopt for a file's path (no scheme).
std::optional<AddressParts> SplitAddress(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return std::nullopt;
  std::string_view rest = url.substr(scheme + 3);
  // The path, query and fragment start after the host (and its port), at
  // whichever comes first: "site.fr?u=1" has a query and no path.
  const size_t path_at = rest.find_first_of("/?#");
  std::string_view path =
      path_at == std::string_view::npos ? "" : rest.substr(path_at);
  AddressParts parts;
  const size_t query_at = path.find('?');
  if (query_at != std::string_view::npos) {
    parts.query = path.substr(query_at + 1);
    parts.query = parts.query.substr(0, parts.query.find('#'));
  }
  path = path.substr(0, path.find_first_of("?#"));
  for (absl::string_view segment :
       absl::StrSplit(absl::string_view(path.data(), path.size()), '/',
                      absl::SkipEmpty())) {
    parts.segments.emplace_back(segment.data(), segment.size());
  }
  return parts;
}

// What a page's address says when it says the page is no article.
struct NonArticleAddress {
  std::string why;  // "" when the address may be an article's
  // One of the site's own pages, rather than an archive or the home page,
  // whose lists of articles a theme may date as articles.
  bool site_page = false;
};

// Why a page's address says it is no article: the site's root without a
// query, or with a search's ("/?s=grève"), when `root_is_home` (the page
// says it is the website's), or a content system's archive of one tag,
// category, author or search ("/tag/inondations/",
// "/category/economie/page/2/", "/auteur/grace-mbuyi", "/recherche/…"), or
// one of the site's own pages ("/qui-sommes-nous/", "/mentions-legales").
// Nothing for any other address, and for a file path.
NonArticleAddress ReadNonArticleAddress(std::string_view url,
                                        bool root_is_home) {
  const std::optional<AddressParts> parts = SplitAddress(url);
  if (!parts) return {};
  const std::string_view query = parts->query;
  std::vector<std::string> segments;
  for (std::string_view segment : parts->segments)
    segments.push_back(AsciiLower(segment));
  // A page of the archive ("…/page/2/"), a folder's index.
  if (segments.size() >= 2 && segments[segments.size() - 2] == "page" &&
      IsAsciiDigits(segments.back()))
    segments.resize(segments.size() - 2);
  if (!segments.empty() &&
      (segments.back() == "index.html" || segments.back() == "index.php" ||
       segments.back() == "index.htm"))
    segments.pop_back();
  // The root with a query that names a page ("/?u=…&id=…", a newsletter's
  // archive; "/?p=123", WordPress's plain links) is that page.
  const auto searches = [](std::string_view query) {
    for (absl::string_view piece :
         absl::StrSplit(absl::string_view(query.data(), query.size()), '&')) {
      const std::string_view pair(piece.data(), piece.size());
      if (pair.starts_with("s=") || pair.starts_with("q=") ||
          pair.starts_with("search="))
        return true;
    }
    return false;
  };
  if (segments.empty()) {
    if (!root_is_home || !(query.empty() || searches(query))) return {};
    return {
        "it is the site's home page or a search's results (its address "
        "is the site's root)"};
  }
  // French outlets file their writers' pages under "signatures",
  // "signataires" or "journalistes" too.
  static const auto* archives = new absl::flat_hash_set<std::string_view>{
      "tag",         "tags",        "category",     "categorie", "categories",
      "author",      "authors",     "auteur",       "auteurs",   "signatures",
      "signataires", "journaliste", "journalistes", "search",    "recherche"};
  // "/recherche/…" deeper is a research department's pages, not a search's.
  if (archives->contains(segments.front()) && segments.size() <= 2) {
    return {absl::StrCat("it lists articles (its address is an archive's: /",
                         absl::StrJoin(segments, "/"), "/)")};
  }
  // The pages every site has beside its news, at the top of the address
  // ("/qui-sommes-nous/", "/fr/contact"). Deeper, the name may be an
  // article's.
  const bool language_folder =
      segments.size() == 2 && segments.front().size() == 2;
  if ((segments.size() == 1 || language_folder) &&
      IsSitePageName(segments.back())) {
    return {absl::StrCat("it presents the site (its address is /",
                         absl::StrJoin(segments, "/"), "/)"),
            true};
  }
  return {};
}

// Whether `url`'s path is a section's or a topic's (a language folder
// aside): one segment of a word or two of letters ("/regions/",
// "/fr/faits-divers/"), or two whose last is one word ("/sport/football/"),
// where an article's address names its headline, or carries its id or its
// date. A short headline's two words under a section ("/faits-divers/
// incendie-entrepot") are an article's. Never for a file's path.
bool AddressNamesASection(std::string_view url) {
  std::optional<AddressParts> parts = SplitAddress(url);
  if (!parts) return false;
  std::vector<std::string_view>& segments = parts->segments;
  while (!segments.empty() && segments.back() == "amp") segments.pop_back();
  if (!segments.empty() && segments.front().size() == 2)
    segments.erase(segments.begin());
  if (segments.empty() || segments.size() > 2) return false;
  const std::string_view last = segments.back();
  const size_t most_words = segments.size() == 1 ? 2 : 1;
  size_t words = 1;
  for (const char c : last) {
    if (c == '-') {
      ++words;
    } else if (!absl::ascii_isalpha(static_cast<unsigned char>(c))) {
      return false;
    }
  }
  return words <= most_words && !last.starts_with("-") && !last.ends_with("-");
}

// The last segment of `url`'s path that names the page, percent-decoded:
// "…/mende-rn88-coupee-jeudi-travaux/amp/" ->
// "mende-rn88-coupee-jeudi-travaux";
// "" when the address has no path.
std::string LastNamingSegment(std::string_view url) {
  std::optional<AddressParts> parts = SplitAddress(url);
  if (!parts) return "";
  std::vector<std::string_view>& segments = parts->segments;
  // An AMP version's or a folder index's suffix names nothing.
  while (!segments.empty() &&
         (segments.back() == "amp" || segments.back().starts_with("index."))) {
    segments.pop_back();
  }
  if (segments.empty()) return "";
  std::string decoded;
  const std::string_view last = segments.back();
  for (size_t i = 0; i < last.size(); ++i) {
    if (last[i] == '%' && i + 2 < last.size() &&
        absl::ascii_isxdigit(static_cast<unsigned char>(last[i + 1])) &&
        absl::ascii_isxdigit(static_cast<unsigned char>(last[i + 2]))) {
      decoded += static_cast<char>(
          std::stoi(std::string(last.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      decoded += last[i];
    }
  }
  return decoded;
}

// Words of three letters or more that name nothing by themselves, which a
// headline and a section's name share alike.
bool IsFunctionWord(std::string_view folded_word) {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "les",   "des",    "une",   "aux",  "pour",  "par",   "sur",
      "sous",  "dans",   "avec",  "sans", "entre", "vers",  "chez",
      "est",   "sont",   "son",   "ses",  "leur",  "leurs", "qui",
      "que",   "quoi",   "dont",  "vous", "nous",  "ils",   "elle",
      "elles", "cette",  "ces",   "mais", "plus",  "tout",  "toute",
      "tous",  "toutes", "comme", "the",  "and",   "for",   "with"};
  return words->contains(folded_word);
}

// Whether `url`'s last path segment spells `title` (a headline rather than a
// name): it spells four of the title's words that name something (three
// letters or more, no function word; a hyphenated compound, "Saint-Maur-des-
// Fossés", is one word, and an elided one may be written whole,
// "lassemblee" for "L'Assemblée"), and the title's words are at least half
// of the segment's words of three letters or more
// ("/actualites/mende-rn88-coupee-jeudi-travaux" for "Mende : la RN88 coupée
// jeudi pour des travaux"). Content systems name an article's page after its
// headline as first written, which an editor may have changed since; a
// front, a tag, a show or a profile names a town, a section, a topic or a
// person in three such words at most ("/sujet/reforme-des-retraites",
// "/saint-maur-des-fosses-94100/"). Never for a file's path: a saved page is
// named by whoever saved it.
bool AddressNamesHeadline(std::string_view url, std::string_view title) {
  if (title.empty()) return false;
  const std::string segment = LastNamingSegment(url);
  if (segment.empty()) return false;
  constexpr size_t kShortestWord = 3, kHeadlineWords = 4;
  const auto names_something = [](std::string_view word) {
    return word.size() >= kShortestWord && !IsFunctionWord(word);
  };
  const std::vector<std::string> segment_words = FoldedWords(segment);
  const absl::flat_hash_set<std::string_view> in_segment(segment_words.begin(),
                                                         segment_words.end());
  // The title's words as written between spaces, each its folded parts.
  absl::flat_hash_set<std::string> in_title;
  size_t spelled = 0;
  for (absl::string_view token :
       absl::StrSplit(absl::string_view(title.data(), title.size()),
                      absl::ByAnyChar(" \t\n"), absl::SkipEmpty())) {
    const std::vector<std::string> parts =
        FoldedWords(std::string_view(token.data(), token.size()));
    std::string joined;
    bool names = false, all_in_segment = true;
    for (const std::string& part : parts) {
      joined += part;
      in_title.insert(part);
      if (!names_something(part)) continue;
      names = true;
      if (!in_segment.contains(part)) all_in_segment = false;
    }
    in_title.insert(joined);
    if (names && (all_in_segment || in_segment.contains(joined))) ++spelled;
  }
  size_t words = 0, of_title = 0;
  for (const std::string& word : segment_words) {
    if (word.size() < kShortestWord) continue;
    ++words;
    if (in_title.contains(word)) ++of_title;
  }
  return spelled >= kHeadlineWords && 2 * of_title >= words;
}

PageMetadata ReadMetadata(const GumboNode* root, std::string_view source_url) {
  const RawTags raw = CollectTags(root);
  PageMetadata md;
  ChooseCanonicalUrl(raw, source_url, md);
  // The page's address: its canonical one, else where it was read from (a
  // URL, or a file's path).
  const std::string_view page_url = md.canonical_url.empty()
                                        ? source_url
                                        : std::string_view(md.canonical_url);
  const nlohmann::json* ld = FindPagesArticleObject(raw.json_ld, page_url);
  md.headline_stand_in = raw.headline_stand_in;
  // What says the page is an article, the Open Graph type aside (some
  // themes write "article" on every page, their archives' included).
  const bool dated_article =
      ld != nullptr || !FirstMeta(raw, {"article:published_time"}).empty() ||
      !raw.itemprop_published.empty();
  md.dated_article = dated_article;
  md.json_ld_article = ld != nullptr;
  const std::string og_type = FirstMeta(raw, {"og:type"});
  md.says_article = dated_article || og_type == "article";
  md.robots_noindex =
      Contains(AsciiLower(FirstMeta(raw, {"robots", "googlebot"})), "noindex");
  // The site's "page not found", whatever its theme writes in the <head>:
  // suggested articles under it are other pages'.
  if (raw.body_says_not_found)
    md.not_an_article =
        "it is the site's \"page not found\" (its body's class)";
  // A page its JSON-LD declares no article (a list of articles, a person's
  // profile, the site's "about" page), when nothing else says it is one.
  // The first such declaration counts. When only a date or the Open Graph
  // type speaks for an article (themes write them on archives too), a list
  // or a profile is one if the page shows a list of articles.
  bool declares_list_or_profile = false;
  for (const auto& block : raw.json_ld) {
    const std::string type = NonArticlePageType(block);
    if (type.empty()) continue;
    const bool lists = type == "CollectionPage" || type == "SearchResultsPage";
    const bool person = type == "ProfilePage";
    const bool quiz = type == "Quiz";
    declares_list_or_profile = lists || person;
    std::string why = absl::StrCat(lists    ? "it lists articles"
                                   : person ? "it presents a person"
                                   : quiz   ? "it is a quiz"
                                            : "it presents the site",
                                   " (its JSON-LD says ", type, ")");
    // A quiz laid out as an article (a byline, a date, og:type "article"):
    // only a JSON-LD article object beside it says the page is one.
    if (!md.says_article || (quiz && !md.json_ld_article)) {
      md.not_an_article = std::move(why);
    } else if ((lists || person) && !md.json_ld_article) {
      md.not_an_article_if_it_lists = std::move(why);
    }
    break;
  }
  // A home page, a tag's or an author's archive by its address, when no
  // article object nor a publication date says otherwise. The site's root
  // only when its Open Graph type says it is the website's page: a root that
  // says nothing may hold a site's one text (example.com's). Dated but for
  // a JSON-LD article, the site's own pages are still no articles; dated
  // however, an archive is one if the page shows a list of articles.
  if (md.not_an_article.empty()) {
    NonArticleAddress address =
        ReadNonArticleAddress(page_url, og_type == "website");
    if (!dated_article) {
      md.not_an_article = std::move(address.why);
    } else if (!md.json_ld_article && address.site_page) {
      md.not_an_article = std::move(address.why);
    } else if (!address.site_page && !address.why.empty() &&
               declares_list_or_profile && !md.json_ld_article) {
      // The JSON-LD and the address both say a list or a profile (Yoast's
      // ProfilePage at /author/...), and no article object says otherwise:
      // one however few teasers it shows.
      md.not_an_article =
          absl::StrCat(md.not_an_article_if_it_lists, " and ", address.why);
    } else if (!address.site_page && md.not_an_article_if_it_lists.empty()) {
      // A tag's, an author's or a search's address: themes write a JSON-LD
      // article on those pages too (a profile whose headline is the
      // writer's name, a search's results), and no article lives there.
      md.not_an_article_if_it_lists = std::move(address.why);
    }
  }
  // A search's results, which echo the query in the page's search box.
  if (md.not_an_article.empty() && !dated_article &&
      !raw.search_query.empty()) {
    md.not_an_article =
        absl::StrCat("it lists a search's results (its search box holds \"",
                     std::string(Utf8Prefix(raw.search_query, 60)), "\")");
  }
  // Only a URL names a site: a file path ("pages/lemonde.fr.html") does not.
  const std::string_view site_url =
      !md.canonical_url.empty()     ? std::string_view(md.canonical_url)
      : Contains(source_url, "://") ? source_url
                                    : std::string_view();
  const std::string page_outlet = ChooseOutlet(raw, ld, site_url, md);
  // The host, the locale's region or the outlet gives the time zone of dates
  // written without one.
  md.zone_host = ZoneHost(
      HostOf(md.canonical_url.empty() ? source_url
                                      : std::string_view(md.canonical_url)),
      // The first that names a region: <html lang="fr"> with og:locale
      // "fr_CA" is a Québec page.
      raw.html_lang.find_first_of("-_") != std::string::npos
          ? raw.html_lang
          : FirstMeta(raw, {"og:locale"}),
      md.outlet);
  const std::string_view host = md.zone_host;
  ChooseTitle(raw, ld, page_outlet, md);
  md.address_names_headline = AddressNamesHeadline(page_url, md.title);
  md.address_names_a_section = AddressNamesASection(page_url);
  // One of the site's own pages by its title ("Mentions légales", "Qui
  // sommes-nous ?"), whatever dates it, as by its address; a JSON-LD article
  // aside, and an address that dates the page (an essay titled "Qui
  // sommes-nous ?" at /opinions/2026/01/21/…). Not a word alone: a film's
  // review may be titled « Contact ».
  const std::vector<std::string> title_words = FoldedWords(md.title);
  const bool address_dates_the_page = DateFromUrl(page_url).has_value();
  if (md.not_an_article.empty() && !md.json_ld_article &&
      !address_dates_the_page && title_words.size() >= 2 &&
      IsSitePageName(absl::StrJoin(title_words, "-"))) {
    md.not_an_article =
        absl::StrCat("it presents the site (its title is \"", md.title, "\")");
  }
  ChooseMachineDates(raw, ld, host, md);
  ChooseWrittenPublicationDate(raw, host, source_url, md);
  // The section before the author: a desk's name is no writer's.
  md.section = FirstMeta(raw, {"article:section"});
  if (md.section.empty() && ld != nullptr)
    md.section = JsonString(*ld, "articleSection");
  ChooseAuthor(raw, ld, md);
  // A section's name for a title, on a page whose markup names no writer
  // (a byline near the headline may be a teaser's) and whose address does
  // not date it: a front's heading ("Économie"), not an editorial's.
  md.title_names_a_section = NamesASection(md.title) && !AuthorFromMarkup(md) &&
                             !address_dates_the_page;
  ChooseLanguage(raw, ld, md);
  ChooseTags(raw, ld, md);
  md.description =
      FirstMeta(raw, {"og:description", "description", "twitter:description"});
  if (ld != nullptr) md.article_body = JsonString(*ld, "articleBody");
  return md;
}

}  // namespace newsq::internal
