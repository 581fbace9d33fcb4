// One name per outlet, end to end (issue 22): pages of one site that name it
// differently are one outlet, found by its name or its domain.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <string>

#include "newsq/newsq.h"
#include "tests/scratch_dir.h"

namespace newsq {
namespace {

namespace fs = std::filesystem;

// A page of `url` whose og:site_name is `site_name` (none when empty), about
// `text` (a sentence, said four times over in different words).
void WritePage(const fs::path& file, const std::string& url,
               const std::string& site_name, const std::string& title,
               const std::string& text) {
  std::ofstream out(file);
  out << "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
      << "<title>" << title << "</title>"
      << "<link rel=\"canonical\" href=\"" << url << "\">";
  if (!site_name.empty())
    out << "<meta property=\"og:site_name\" content=\"" << site_name << "\">";
  out << "<meta property=\"article:published_time\" "
         "content=\"2025-02-11T10:00:00+01:00\"></head>\n<body><article><h1>"
      << title << "</h1>\n<p>" << text << "</p>\n<p>Selon le conseil, " << text
      << "</p>\n<p>Les habitants interrogés rappellent que " << text
      << "</p>\n<p>Rien ne dit encore quand " << text << "</p>\n"
      << "</article></body></html>\n";
}

class OutletSearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const fs::path pages = scratch_.path() / "pages";
    fs::create_directories(pages);
    // Three pages of one site, which names itself three ways.
    WritePage(pages / "a.html", "http://www.liberation.fr/politiques/a_1",
              "www.liberation.fr", "Le conseil tranche sur le tramway",
              "la ligne de tramway vers le nord coûtera deux fois plus que "
              "prévu, et les travaux dureront jusqu'à l'automne prochain.");
    WritePage(pages / "b.html", "https://next.liberation.fr/culture/b_2",
              "Libération", "La médiathèque rouvre ses portes",
              "la médiathèque du centre rouvre après dix-huit mois de "
              "chantier, avec une salle de concerts et un atelier numérique.");
    WritePage(pages / "c.html", "https://www.liberation.fr/societe/c_3",
              "Libération.fr", "Les piscines municipales ferment",
              "trois piscines municipales fermeront cet été faute de "
              "maîtres-nageurs, malgré une prime votée au printemps.");
    // A site the table does not know, naming itself by its address.
    WritePage(pages / "d.html", "https://www.exemple-presse.fr/x/d",
              "https://www.exemple-presse.fr/", "Le marché couvert déménage",
              "les commerçants du marché couvert s'installeront sur le quai "
              "pendant la rénovation de la halle, prévue pour deux ans.");
    // An agency's dispatch on a known site keeps the agency's name.
    WritePage(
        pages / "e.html", "https://www.lesoir.be/e/5", "AFP",
        "Les tarifs du stationnement augmentent",
        "le stationnement en surface coûtera un euro de plus par heure "
        "dès le mois de mars, une hausse que contestent les commerçants.");
    db_ = (scratch_.path() / "db").string();
    auto writer = IndexWriter::Open(db_);
    ASSERT_TRUE(writer.ok()) << writer.status();
    ASSERT_TRUE((*writer)->AddPages({pages.string()}).ok());
    writer->reset();
    auto searcher = Searcher::Open(db_);
    ASSERT_TRUE(searcher.ok()) << searcher.status();
    searcher_ = *std::move(searcher);
  }

  // The URLs of the articles `query` matches.
  std::set<std::string> Found(const std::string& query) {
    SearchRequest request;
    request.query = query;
    request.collapse = false;
    request.limit = 100;
    absl::StatusOr<SearchResult> result = searcher_->Search(request);
    EXPECT_TRUE(result.ok()) << query << ": " << result.status();
    std::set<std::string> urls;
    if (!result.ok()) return urls;
    for (const ArticleHit& hit : result->articles) urls.insert(hit.url);
    return urls;
  }

  std::string Suggestion(const std::string& query) {
    SearchRequest request;
    request.query = query;
    absl::StatusOr<SearchResult> result = searcher_->Search(request);
    EXPECT_TRUE(result.ok()) << query << ": " << result.status();
    return result.ok() ? result->suggestion : "";
  }

  const testing::ScratchDir scratch_{"outlets"};
  std::string db_;
  std::unique_ptr<Searcher> searcher_;
};

const std::set<std::string> kLiberation = {
    "http://www.liberation.fr/politiques/a_1",
    "https://next.liberation.fr/culture/b_2",
    "https://www.liberation.fr/societe/c_3"};

TEST_F(OutletSearchTest, EveryPageOfASiteHasOneOutletName) {
  std::map<std::string, std::string> outlet_of;
  ASSERT_TRUE(searcher_
                  ->ForEachArticle([&](const StoredArticle& a) {
                    outlet_of[a.article.Identity()] = a.article.outlet;
                  })
                  .ok());
  for (const std::string& url : kLiberation)
    EXPECT_EQ(outlet_of[url], "Libération") << url;
  EXPECT_EQ(outlet_of["https://www.exemple-presse.fr/x/d"],
            "exemple-presse.fr");
  EXPECT_EQ(outlet_of["https://www.lesoir.be/e/5"], "AFP");

  SearchRequest request;
  request.query = "conseil";
  request.facets = {kOutletFacet};
  absl::StatusOr<SearchResult> result = searcher_->Search(request);
  ASSERT_TRUE(result.ok()) << result.status();
  ASSERT_FALSE(result->facets[kOutletFacet].empty());
  EXPECT_EQ(result->facets[kOutletFacet].front().value, "Libération");
  EXPECT_EQ(result->facets[kOutletFacet].front().articles, 3);
}

TEST_F(OutletSearchTest, OutletTakesANameOrADomain) {
  for (const char* query :
       {"outlet:liberation.fr", "outlet:www.liberation.fr",
        "outlet:Liberation.fr", "outlet:libération", "outlet:Libération",
        "outlet:LIBERATION", "media:\"Libération.fr\"",
        "outlet:next.liberation.fr"}) {
    EXPECT_EQ(Found(query), kLiberation) << query;
  }
  const std::set<std::string> exemple = {"https://www.exemple-presse.fr/x/d"};
  EXPECT_EQ(Found("outlet:exemple-presse.fr"), exemple);
  EXPECT_EQ(Found("outlet:www.exemple-presse.fr"), exemple);
  // The agency by its name, the site it appeared on by its domain.
  const std::set<std::string> dispatch = {"https://www.lesoir.be/e/5"};
  EXPECT_EQ(Found("outlet:AFP"), dispatch);
  EXPECT_EQ(Found("outlet:lesoir.be"), dispatch);
  EXPECT_EQ(Found("outlet:\"Le Soir\""), std::set<std::string>{});
  EXPECT_EQ(Found("conseil -outlet:liberation.fr").size(), 2u);
  SearchRequest request;
  request.outlets = {"liberation.fr"};
  request.collapse = false;
  absl::StatusOr<SearchResult> result = searcher_->Search(request);
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(result->articles.size(), 3u);
}

TEST_F(OutletSearchTest, AnOutletNoArticleHasSuggestsTheClosest) {
  EXPECT_EQ(Suggestion("outlet:liberation.fr"), "");
  EXPECT_EQ(Suggestion("outlet:libération"), "");
  EXPECT_EQ(Suggestion("outlet:liberaton.fr"), "outlet:\"Libération\"");
  EXPECT_EQ(Suggestion("outlet:liberaton"), "outlet:\"Libération\"");
}

}  // namespace
}  // namespace newsq
