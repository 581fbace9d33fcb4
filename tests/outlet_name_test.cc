// One name per outlet (issue 22): what a page calls its site becomes the name
// it is shown and found by, and outlet: takes a name or a domain.
#include "extract/outlet_name.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <set>
#include <string>
#include <vector>

#include "engine/outlet_domains.h"
#include "engine/schema.h"
#include "engine/terms.h"
#include "engine/text_folding.h"
#include "query/filters.h"

namespace newsq::internal {
namespace {

TEST(OutletDomainsTest, HostsOfUrlsAndOfHostsAsWritten) {
  struct Case {
    const char* text;
    const char* host;
  };
  for (const Case& c : std::vector<Case>{
           {"https://www.mesopinions.com/", "www.mesopinions.com"},
           {"https://www.Liberation.fr/politique/x?a=1#b", "www.liberation.fr"},
           {"//www.tdg.ch/suisse/x", "www.tdg.ch"},
           {"tdg.ch/", "tdg.ch"},
           {" www.liberation.fr ", "www.liberation.fr"},
           {"http://user@lesoir.be:8080/x", "lesoir.be"},
           {"lemonde.fr.", "lemonde.fr"},
           {"Le Monde.fr", ""},
           {"Libération.fr", ""},
           {"franceinfo", ""},
           {"3.14", ""},
           {"", ""},
           {"https://", ""},
           {"-x.fr", ""},
           {"a..fr", ""},
       }) {
    EXPECT_EQ(HostOfUrlOrHost(c.text), c.host) << c.text;
  }
}

TEST(OutletDomainsTest, RegistrableDomainsKeepWhatTheOwnerRegistered) {
  struct Case {
    const char* text;
    const char* domain;
  };
  for (const Case& c : std::vector<Case>{
           {"https://next.liberation.fr/culture/x", "liberation.fr"},
           {"www.tdg.ch/", "tdg.ch"},
           {"tdg.ch", "tdg.ch"},
           {"m.lesoir.be", "lesoir.be"},
           {"https://www.businessnews.com.tn/x", "businessnews.com.tn"},
           {"www.monjournal.qc.ca", "monjournal.qc.ca"},
           {"ici.radio-canada.ca", "radio-canada.ca"},
           {"com.tn", "com.tn"},
           // A blog host's users own their subdomains.
           {"https://tana-actu.blogspot.com/2026/12/x.html",
            "tana-actu.blogspot.com"},
           {"lettre.substack.com", "lettre.substack.com"},
           {"monblog.blogspot.fr", "monblog.blogspot.fr"},
           {"https://www.over-blog.com/actus", "over-blog.com"},
           {"Le Monde", ""},
       }) {
    EXPECT_EQ(RegistrableDomain(c.text), c.domain) << c.text;
  }
}

TEST(OutletDomainsTest, KnownOutletsByHostSubdomainOrParent) {
  struct Case {
    const char* url_or_host;
    const char* name;  // "" for none
  };
  for (const Case& c : std::vector<Case>{
           {"https://www.lemonde.fr/x", "Le Monde"},
           {"https://next.liberation.fr/x", "Libération"},
           {"madame.lefigaro.fr", "Madame Figaro"},
           {"www.madame.lefigaro.fr", "Madame Figaro"},
           {"https://www.lefigaro.fr/x", "Le Figaro"},
           {"tdg.ch/", "Tribune de Genève"},
           {"https://ici.radio-canada.ca/nouvelle/1", "Radio-Canada"},
           {"www.businessnews.com.tn", "Business News"},
           {"notlemonde.fr", ""},
           {"lemonde.fr.example.com", ""},
           {"https://www.techsphere.fr/x", ""},
           {"", ""},
       }) {
    const KnownOutlet* known = FindKnownOutlet(c.url_or_host);
    EXPECT_EQ(known == nullptr ? "" : std::string(known->name), c.name)
        << c.url_or_host;
  }
}

TEST(OutletDomainsTest, CompactKeysFoldCaseAccentsSpacesAndATopLevelDomain) {
  EXPECT_EQ(OutletCompactKey("Le Monde.fr"), "lemonde");
  EXPECT_EQ(OutletCompactKey("LEMONDE"), "lemonde");
  EXPECT_EQ(OutletCompactKey("le-monde"), "lemonde");
  EXPECT_EQ(OutletCompactKey("Libération.fr"), "liberation");
  EXPECT_EQ(OutletCompactKey("20 Minutes"), "20minutes");
  EXPECT_EQ(OutletCompactKey("St. Louis Mag"), "stlouismag");
  EXPECT_EQ(OutletCompactKey(""), "");
}

TEST(OutletDomainsTest, SpellingsOfANameAreThatOutletOnly) {
  const KnownOutlet* figaro = FindKnownOutlet("lefigaro.fr");
  ASSERT_NE(figaro, nullptr);
  EXPECT_TRUE(IsSpellingOf("LEFIGARO", *figaro));
  EXPECT_TRUE(IsSpellingOf("Le Figaro.fr", *figaro));
  EXPECT_TRUE(IsSpellingOf("le figaro", *figaro));
  EXPECT_FALSE(IsSpellingOf("Madame Figaro", *figaro));
  EXPECT_FALSE(IsSpellingOf("Figaro", *figaro));
  EXPECT_FALSE(IsSpellingOf("", *figaro));
  const KnownOutlet* madame = FindKnownOutlet("madame.lefigaro.fr");
  ASSERT_NE(madame, nullptr);
  EXPECT_FALSE(IsSpellingOf("Madame", *madame)) << "a subdomain's label";
  EXPECT_EQ(KnownOutletsNamed("lefigaro"),
            std::vector<std::string_view>{"Le Figaro"});
  EXPECT_EQ(KnownOutletsNamed("Le Matin"),
            std::vector<std::string_view>{"Le Matin"});
  EXPECT_TRUE(KnownOutletsNamed("rtl").size() == 1) << "not RTL Info too";
  EXPECT_TRUE(KnownOutletsNamed("Tech Sphère").empty());
}

// The table itself: every domain is a host in its own right, once, and every
// name is what extraction shows for a page giving that domain as its name.
TEST(OutletDomainsTest, TheTableIsConsistent) {
  std::set<std::string_view> domains;
  for (const KnownOutlet& outlet : KnownOutlets()) {
    EXPECT_EQ(HostOfUrlOrHost(outlet.domain), outlet.domain);
    EXPECT_TRUE(domains.insert(outlet.domain).second) << outlet.domain;
    EXPECT_FALSE(outlet.name.empty()) << outlet.domain;
    EXPECT_EQ(FindKnownOutlet(outlet.domain), &outlet);
    EXPECT_EQ(OutletName(outlet.domain, "").name, outlet.name);
    EXPECT_EQ(OutletName(outlet.name, "").name, outlet.name);
  }
  EXPECT_GE(domains.size(), 100u);
}

TEST(OutletNameTest, OnePagesNameForItsSite) {
  struct Case {
    const char* given;
    const char* url;
    const char* name;
    NamedOutlet::How how;
  };
  using enum NamedOutlet::How;
  for (const Case& c : std::vector<Case>{
           // A URL or a host is never shown as such.
           {"https://www.mesopinions.com/", "https://www.mesopinions.com/p/1",
            "mesopinions.com", kDomain},
           {"https://www.mesopinions.com/", "", "mesopinions.com", kDomain},
           {"www.liberation.fr", "http://www.liberation.fr/politiques/x",
            "Libération", kKnownDomain},
           {"www.liberation.fr", "", "Libération", kKnownDomain},
           {"liberation.fr", "corpus/page.html", "Libération", kKnownDomain},
           {"tdg.ch/", "https://www.tdg.ch/suisse/x", "Tribune de Genève",
            kKnownDomain},
           {"http://tdg.ch", "", "Tribune de Genève", kKnownDomain},
           {"WWW.LESOIR.BE/", "", "Le Soir", kKnownDomain},
           {"regards.fr", "http://www.regards.fr/x", "Regards", kKnownDomain},
           {"www.exemple-info.fr/", "", "exemple-info.fr", kDomain},
           {"m.exemple.com", "", "exemple.com", kDomain},
           // A host given by another site's page names that other site.
           {"lemonde.fr", "https://fr.news.example.com/x", "Le Monde",
            kKnownDomain},
           // Spellings of the site's own name.
           {"Libération.fr", "http://www.liberation.fr/x", "Libération",
            kKnownDomain},
           {"Libération", "https://next.liberation.fr/x", "Libération",
            kAsGiven},
           {"LEFIGARO", "http://www.lefigaro.fr/x", "Le Figaro", kKnownDomain},
           {"Le Monde.fr", "http://www.lemonde.fr/x", "Le Monde", kKnownDomain},
           {"TDG", "https://www.tdg.ch/x", "Tribune de Genève", kKnownDomain},
           {"DW.COM", "https://www.dw.com/fr/x", "DW", kKnownDomain},
           {"  Le Devoir ", "https://www.ledevoir.com/x", "Le Devoir",
            kAsGiven},
           // Brands stay as written.
           {"Slate.fr", "http://www.slate.fr/story/1", "Slate.fr", kAsGiven},
           {"Slate.fr", "", "Slate.fr", kAsGiven},
           {"Gala.fr", "https://www.gala.fr/x", "Gala.fr", kAsGiven},
           {"Sports.fr", "https://www.sports.fr/x", "Sports.fr", kAsGiven},
           {"20 Minutes", "https://www.20minutes.fr/x", "20 Minutes", kAsGiven},
           {"Franceinfo", "https://www.francetvinfo.fr/x", "Franceinfo",
            kAsGiven},
           {"Gala.fr", "https://www.example.fr/x", "Gala.fr", kAsGiven},
           {"Slate", "https://slate.com/x", "Slate", kAsGiven},
           {"Tech Sphère", "https://www.techsphere.fr/x", "Tech Sphère",
            kAsGiven},
           // Another outlet's name on a known site is that other outlet
           // (syndication, a house's other titles).
           {"AFP", "https://www.lemonde.fr/x", "AFP", kAsGiven},
           {"Courrier international", "https://www.lemonde.fr/x",
            "Courrier international", kAsGiven},
           {"Madame Figaro", "https://madame.lefigaro.fr/x", "Madame Figaro",
            kAsGiven},
           {"Le Monde", "https://www.lesoir.be/x", "Le Monde", kAsGiven},
           // No site: a known outlet's name spelled another way.
           {"Le Monde.fr", "corpora/page.html", "Le Monde", kKnownDomain},
           {"lemonde", "", "Le Monde", kKnownDomain},
           {"Le Matin", "", "Le Matin", kAsGiven},
           // Nothing given: the site's name, else its domain.
           {"", "https://www.liberation.fr/x", "Libération", kKnownDomain},
           {"", "https://www.exemple.fr/x", "exemple.fr", kDomain},
           {"   ", "https://m.exemple.fr/x", "exemple.fr", kDomain},
           {"", "pages/lemonde.fr.html", "", kAsGiven},
           {"", "", "", kAsGiven},
       }) {
    const NamedOutlet named = OutletName(c.given, c.url);
    EXPECT_EQ(named.name, c.name) << '"' << c.given << "\" at " << c.url;
    EXPECT_EQ(named.how, c.how) << '"' << c.given << "\" at " << c.url;
  }
}

TEST(OutletFilterTest, ANameOrADomainFindsTheOutlet) {
  const std::string liberation = FilterTerm(schema::kOutlet, "liberation");
  const std::string liberation_site =
      FilterTerm(schema::kOutletDomain, "liberation.fr");
  for (const char* typed :
       {"liberation.fr", "www.liberation.fr", "https://www.liberation.fr/",
        "Liberation.fr", "libération.fr", "next.liberation.fr"}) {
    const std::vector<std::string> terms = OutletFilterTerms(typed);
    const std::set<std::string> any(terms.begin(), terms.end());
    EXPECT_TRUE(any.contains(liberation)) << typed;
    EXPECT_TRUE(any.contains(liberation_site)) << typed;
  }
  for (const char* typed : {"Libération", "libération", "LIBERATION"}) {
    EXPECT_EQ(OutletFilterTerms(typed), std::vector<std::string>{liberation})
        << typed;
  }
  EXPECT_EQ(
      OutletFilterTerms("lefigaro"),
      (std::vector<std::string>{FilterTerm(schema::kOutlet, "lefigaro"),
                                FilterTerm(schema::kOutlet, "le figaro")}));
  // A house's other title is not every page of its domain.
  EXPECT_EQ(OutletFilterTerms("madame.lefigaro.fr"),
            (std::vector<std::string>{
                FilterTerm(schema::kOutlet, "madame lefigaro fr"),
                FilterTerm(schema::kOutlet, "madame figaro")}));
  // An unknown domain: its name as extraction would show it, and its pages.
  EXPECT_EQ(OutletFilterTerms("https://www.exemple-info.fr/"),
            (std::vector<std::string>{
                FilterTerm(schema::kOutlet, "https www exemple info fr"),
                FilterTerm(schema::kOutlet, "exemple info fr"),
                FilterTerm(schema::kOutletDomain, "exemple-info.fr")}));
}

TEST(OutletFilterTest, FiltersMatchIndexedNamesAndDomains) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  struct Page {
    const char* outlet;
    const char* domain;
  };
  for (const Page& page : std::vector<Page>{{"Libération", "liberation.fr"},
                                            {"AFP", "lesoir.be"},
                                            {"exemple.fr", "exemple.fr"},
                                            {"Le Soir", "lesoir.be"}}) {
    Xapian::Document doc;
    doc.add_boolean_term(FilterTerm(schema::kOutlet, FilterKey(page.outlet)));
    doc.add_boolean_term(FilterTerm(schema::kOutletDomain, page.domain));
    doc.set_data(std::string(page.outlet) + "@" + page.domain);
    db.add_document(doc);
  }
  auto found = [&](std::string_view value) {
    std::set<std::string> pages;
    absl::StatusOr<Xapian::Query> query =
        FilterQuery(FilterField::kOutlet, "outlet", value, 0, &db);
    EXPECT_TRUE(query.ok()) << value;
    if (!query.ok()) return pages;
    Xapian::Enquire enquire(db);
    enquire.set_query(*query);
    const Xapian::MSet matches = enquire.get_mset(0, 10);
    for (auto it = matches.begin(); it != matches.end(); ++it)
      pages.insert(it.get_document().get_data());
    return pages;
  };
  using Pages = std::set<std::string>;
  EXPECT_EQ(found("liberation.fr"), Pages{"Libération@liberation.fr"});
  EXPECT_EQ(found("Libération"), Pages{"Libération@liberation.fr"});
  EXPECT_EQ(found("lesoir.be"), (Pages{"AFP@lesoir.be", "Le Soir@lesoir.be"}));
  EXPECT_EQ(found("le soir"), Pages{"Le Soir@lesoir.be"});
  EXPECT_EQ(found("www.exemple.fr"), Pages{"exemple.fr@exemple.fr"});
  EXPECT_EQ(found("lemonde.fr"), Pages{});
  EXPECT_TRUE(OutletFilterFinds(db, "https://www.liberation.fr/"));
  EXPECT_FALSE(OutletFilterFinds(db, "liberaton.fr"));
  EXPECT_EQ(OutletSuggestionKey("www.liberaton.fr"), "liberaton");
  EXPECT_EQ(OutletSuggestionKey("Libératon"), "liberaton");
}

}  // namespace
}  // namespace newsq::internal
