// Extraction of small pages written for the test, one concern each.
#include "newsq/extract.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "tests/warc_writer.h"

namespace newsq {
namespace {

constexpr const char* kParagraph =
    "Le consortium mené par Elon Musk propose 97,4 milliards de dollars pour "
    "prendre le "
    "contrôle d'OpenAI, selon le Wall Street Journal, qui cite plusieurs "
    "sources proches.";

std::string Page(const std::string& head, const std::string& body) {
  return "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\">" +
         head + "</head><body>" + body + "</body></html>";
}

// The author newsq finds on a page titled "Le travail" whose <head> adds
// `head` and whose <article> holds the headline then `article`; "?" when the
// page yields no article.
std::string AuthorOf(const std::string& head, const std::string& article) {
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>Le travail</title>" + head,
           "<article><h1>Le travail</h1>" + article + "</article>"),
      {.source = "a.html"});
  EXPECT_TRUE(a.ok()) << a.status();
  return a.ok() ? a->author : "?";
}

TEST(ExtractTest, KeepsTheArticleAndDropsTheChrome) {
  const std::string page =
      Page("<title>Musk veut OpenAI | Le Journal</title>",
           "<nav><a href=\"/\">Accueil</a><a href=\"/eco\">Économie</a></nav>"
           "<div class=\"ticker\">17:30 Gabon : plongé dans le noir</div>"
           "<article><h1>Musk veut OpenAI</h1><div class=\"article-body\">"
           "<p>" +
               std::string(kParagraph) +
               "</p><h2>Un refus immédiat</h2>"
               "<p>Sam Altman a répondu sur X, quelques heures plus tard, par "
               "une contre-offre "
               "ironique sur Twitter, que personne n'a prise au sérieux à San "
               "Francisco.</p>"
               "<div class=\"lire-aussi\"><a href=\"/x\">À lire aussi : la "
               "Gambie et Gaza</a></div>"
               "</div><div class=\"share-buttons\">Partager sur "
               "Facebook</div></article>"
               "<aside><h3>Les plus lus</h3><ul><li><a href=\"/y\">Grève des "
               "écoles à Paris</a></li>"
               "</ul></aside><footer>© 2003-2026 Le Journal. Mentions "
               "légales</footer>");
  absl::StatusOr<Article> a = ExtractArticle(page, {.source = "page.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->title, "Musk veut OpenAI");
  EXPECT_EQ(a->outlet, "Le Journal");
  EXPECT_EQ(a->language, "fr");
  EXPECT_NE(a->text.find("97,4 milliards"), std::string::npos);
  EXPECT_NE(a->text.find("Un refus immédiat"), std::string::npos);
  EXPECT_NE(a->text.find("contre-offre"), std::string::npos);
  for (const char* chrome :
       {"Gabon", "Gambie", "Grève", "Partager", "Mentions", "Accueil"}) {
    EXPECT_EQ(a->text.find(chrome), std::string::npos) << chrome;
  }
  EXPECT_EQ(a->canonical_url, "");
  EXPECT_EQ(a->Identity(), "page.html");
}

// Labels a template prints among the paragraphs (after the standfirst, where
// no trim of the text's opening labels reaches them): the reading time, an
// ad's label set off by dashes, a credit line, a caption's credit. Prose that
// opens or ends alike stays.
TEST(ExtractTest, ReadingTimeAdCreditAndCaptionLabelsAreNotText) {
  const std::string prose =
      "Le simple symbole © n'est pas nécessaire pour protéger une œuvre, a "
      "rappelé le tribunal.";
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>Le cajou de Bouaké</title>",
           "<article><h1>Le cajou de Bouaké</h1><p>" + std::string(kParagraph) +
               "</p><p>Temps de lecture : 14 minutes</p><p>" +
               std::string(kParagraph) +
               "</p><div class=\"td-a-rec\"><span>- Publicité "
               "-</span></div><p>Texte : Hinatea Teriitahi – Photos : Moana "
               "Chin</p><p>Des noix séchées au soleil. © Moana Chin</p><p>" +
               prose + "</p><p>" + std::string(kParagraph) + "</p></article>"),
      {.source = "page.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->text, std::string(kParagraph) + "\n\n" + kParagraph + "\n\n" +
                         prose + "\n\n" + kParagraph);
}

// A live page's newest entry keeps its time and heading, as the others do;
// a rubric before it is still a label.
TEST(ExtractTest, ALivePagesFirstEntryKeepsItsTime) {
  std::string feed;
  for (const char* time : {"19h40", "18h55", "17h20"}) {
    feed += std::string("<article class=\"live-post\"><time>") + time +
            "</time><h3>Le point à " + time + "</h3><p>" + kParagraph +
            "</p></article>";
  }
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>Tempête Zélie : en direct</title>",
           "<main><h1>Tempête Zélie : en direct</h1><div class=\"live-feed\">"
           "<p>Tempête</p>" +
               feed + "</div></main>"),
      {.source = "page.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_TRUE(a->text.starts_with("19h40\n\nLe point à 19h40\n\n")) << a->text;
  // A video's duration under its label is no entry's time.
  std::string videos;
  for (const char* duration : {"01:45", "02:10"}) {
    videos += std::string("<div class=\"video\"><p>Vidéo</p><p>") + duration +
              "</p></div><p>" + kParagraph + "</p>";
  }
  absl::StatusOr<Article> b = ExtractArticle(
      Page("<title>La tempête en images</title>",
           "<main><h1>La tempête en images</h1><div class=\"body\">" + videos +
               "</div></main>"),
      {.source = "page.html"});
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_TRUE(b->text.starts_with(kParagraph)) << b->text;
}

// A page builder's lines over the text: the dateline alone, the credits of
// text and photos, a caption with its ©.
TEST(ExtractTest, APageBuildersDatelineCreditsAndCaptionAreNotText) {
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>La vanille de Taha'a</title>",
           "<div id=\"comp-1\"><h1>La vanille de Taha'a</h1></div><div "
           "id=\"comp-2\"><p><span>Papeete, le 22 février 2025</span></p><p>"
           "Texte : Hinatea Teriitahi – Photos : Moana Chin</p><p>Gousses de "
           "vanille au séchage dans une plantation de Patio. © Moana "
           "Chin</p><p>" +
               std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
               "</p></div>"),
      {.source = "page.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->text, std::string(kParagraph) + "\n\n" + kParagraph);
  // A chronology's first heading names a day and is no dateline.
  absl::StatusOr<Article> b = ExtractArticle(
      Page("<title>Un an de guerre</title>",
           "<article><h1>Un an de guerre</h1><h2>7 octobre 2023, le "
           "choc</h2><p>" +
               std::string(kParagraph) +
               "</p><h2>27 octobre 2023, "
               "l'offensive</h2><p>" +
               std::string(kParagraph) + "</p></article>"),
      {.source = "page.html"});
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_TRUE(b->text.starts_with("7 octobre 2023, le choc")) << b->text;
}

// WordPress's featured image over the text, its caption in a
// "wp-caption-text": the picture's, not the article's first paragraph.
TEST(ExtractTest, AFeaturedImagesCaptionIsNotText) {
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>L'eau du Sahara</title>",
           "<article class=\"post\"><h1>L'eau du Sahara</h1><div "
           "class=\"post-thumbnail\"><img src=\"a.jpg\" alt=\"\"><p "
           "class=\"wp-caption-text\">Nadia Mekki, hydrogéologue à "
           "l'université de Ouargla, dans son laboratoire.</p></div><div "
           "class=\"entry-content\"><p>" +
               std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
               "</p></div></article>"),
      {.source = "page.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->text, std::string(kParagraph) + "\n\n" + kParagraph);
}

// A print page's footer, its name run into one word ("printfooter"), is no
// text: where the page was printed from, and its copyright.
TEST(ExtractTest, APrintPagesFooterIsNoText) {
  absl::StatusOr<Article> a = ExtractArticle(
      Page(
          "<title>Le Courrier - Version imprimable - Musk veut OpenAI</title>",
          "<div id=\"printarticle\"><h1>Musk veut OpenAI</h1><p>" +
              std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
              "</p></div><div id=\"printfooter\">Article imprimé le "
              "05/02/2025 à 14:10 depuis "
              "http://www.courrier.be/actu/2025/02/03/musk-openai.html<br>© Le "
              "Courrier 2025 - Reproduction interdite sans autorisation de "
              "l'éditeur</div>"),
      {.source = "page.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->text, std::string(kParagraph) + "\n\n" + kParagraph);
  // "nofooter" says the post has none, as "no-footer" does.
  constexpr const char* kArchive =
      "Archives : la saison touristique 2023 avait attiré plus de deux cent "
      "mille visiteurs sur la corniche, un record selon la direction du "
      "tourisme de la wilaya, qui mise désormais sur les croisières.";
  absl::StatusOr<Article> post = ExtractArticle(
      Page("<title>Musk veut OpenAI</title>",
           "<div class=\"post nofooter\"><h1>Musk veut OpenAI</h1><div "
           "class=\"entry\"><p>" +
               std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
               "</p></div></div><div class=\"archives\"><p>" +
               std::string(kArchive) + "</p><p>" + std::string(kArchive) +
               "</p><p>" + std::string(kArchive) + "</p><p>" +
               std::string(kArchive) + "</p></div>"),
      {.source = "page.html"});
  ASSERT_TRUE(post.ok()) << post.status();
  EXPECT_EQ(post->text, std::string(kParagraph) + "\n\n" + kParagraph);
}

// Weebly wraps a page's content in "wsite-not-footer": not a footer, so the
// post's date in it is read.
TEST(ExtractTest, AContainerMarkedNotAFooterKeepsItsDate) {
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>Fête du pain - Les Amis du Moulin</title>",
           "<div id=\"wsite-content\" class=\"wsite-elements "
           "wsite-not-footer\"><div class=\"blog-post\"><div "
           "class=\"blog-header\"><h2 class=\"blog-title\">Fête du "
           "pain</h2><p class=\"blog-date\"><span "
           "class=\"date-text\">03/04/2025</span></p></div><div "
           "class=\"blog-content\"><p>" +
               std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
               "</p></div></div></div>"),
      {.source = "https://www.moulin.fr/actualites/fete-du-pain"});
  ASSERT_TRUE(a.ok()) << a.status();
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToIso8601(), "2025-04-03");
}

// An author box whose one link names the writer and whose other element gives
// her job: the link's name is the author. Words around a link in the same
// line keep the line whole, so a photographer's credit stays one.
TEST(ExtractTest, AnAuthorBoxsLinkNamesTheWriterNotHerJob) {
  const auto author_of = [](const std::string& byline) {
    absl::StatusOr<Article> a = ExtractArticle(
        Page("<title>Une centrale solaire flottante</title>",
             "<article><h1>Une centrale solaire flottante</h1>" + byline +
                 "<p>" + std::string(kParagraph) + "</p><p>" +
                 std::string(kParagraph) + "</p></article>"),
        {.source = "https://www.verdalia.fr/blog/centrale"});
    return a.ok() ? a->author : a.status().ToString();
  };
  EXPECT_EQ(author_of("<div class=\"blog-post__author\"><a "
                      "class=\"blog-post__author-name\" rel=\"author\" "
                      "href=\"/blog/author/claire-monteil\">Claire "
                      "Monteil</a><span class=\"blog-post__author-title\">"
                      "Responsable communication</span></div>"),
            "Claire Monteil");
  EXPECT_EQ(author_of("<p class=\"byline\">Par <a "
                      "href=\"/auteur/marie-dupont\">Marie Dupont</a></p><p "
                      "class=\"byline\">Avec <a "
                      "href=\"/auteur/jean-martin\">Jean Martin</a> "
                      "(photos)</p>"),
            "Marie Dupont");
  // A link to a further page of an author's archive says where it goes, not
  // who wrote: "Plus anciens »" is no name, whichever way it paginates.
  for (const char* next_page :
       {"/auteurs/marie-dupont?page=2", "/auteur/marie-dupont/page/2/",
        "/auteur/marie-dupont?debut_articles=10"}) {
    EXPECT_EQ(
        author_of(absl::StrCat("<nav class=\"pager\"><a class=\"next\" href=\"",
                               next_page, "\">Plus anciens »</a></nav>")),
        "")
        << next_page;
  }
  // rel=author names its writer whatever its address says.
  EXPECT_EQ(author_of("<p class=\"meta\"><a rel=\"author\" "
                      "href=\"/spip.php?page=auteur&amp;id_auteur=3\">Marie "
                      "Dupont</a> · 3 mars 2026</p>"),
            "Marie Dupont");
}

// A "read-also" box's cards are other pieces: their "Par …" signs them, not
// the article, which names no writer of its own.
TEST(ExtractTest, AReadAlsoBoxsBylineSignsItsOwnPiece) {
  absl::StatusOr<Article> a = ExtractArticle(
      Page(
          "<title>Crues de la Meuse</title>",
          "<main><article><h1>Crues de la Meuse</h1><p>" +
              std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
              "</p></article><section class=\"read-also\"><h2>À lire "
              "aussi</h2><article class=\"card\"><a href=\"/dinant\"><h3>Crues "
              ": à Dinant, l'heure du premier bilan</h3></a><p "
              "class=\"card__meta\">Par Julien Marchal · "
              "18/02/2025</p></article></section></main>"),
      {.source = "a.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->author, "");
}

// A page that describes itself in Dublin Core only names its outlet there
// ("DC.publisher"), not in its <title>'s "- Dakar Soir mobile".
TEST(ExtractTest, ADublinCorePublisherNamesTheOutlet) {
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>Le port de Dakar s'agrandit - Dakar Soir mobile</title>"
           "<meta name=\"DC.title\" content=\"Le port de Dakar s'agrandit\">"
           "<meta name=\"DC.publisher\" content=\"Dakar Soir\">",
           "<h1>Le port de Dakar s'agrandit</h1><p>" + std::string(kParagraph) +
               "</p><p>" + std::string(kParagraph) + "</p>"),
      {.source = "a.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->outlet, "Dakar Soir");
}

// A radio interview's credits line under the transcript names who
// interviewed ("Propos recueillis par"), among other roles, in a sentence
// longer than a byline's line; the show's host ("Présenté par") is not read
// as the writer.
TEST(ExtractTest, AnInterviewsCreditsLineNamesItsInterviewer) {
  const std::string transcript = "<p>" + std::string(kParagraph) + "</p><p>" +
                                 std::string(kParagraph) + "</p>";
  EXPECT_EQ(
      AuthorOf("", transcript +
                       "<p class=\"episode__credits\"><em>Propos recueillis "
                       "par Nathalie Dewinter. Réalisation : Pierre Gillis. "
                       "Retranscription légèrement raccourcie pour la "
                       "lecture.</em></p>"),
      "Nathalie Dewinter");
  EXPECT_EQ(AuthorOf("", transcript +
                             "<p class=\"episode__credits\"><em>Émission "
                             "présentée par Nathalie Dewinter. Réalisation : "
                             "Pierre Gillis.</em></p>"),
            "");
}

// A JSON-LD "@graph" listing a related article before the page's own: the
// page's writer and date are those of the article that names its address.
TEST(ExtractTest, TheJsonLdArticleThatNamesThePageDescribesIt) {
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>La route du littoral fermée</title><link rel=\"canonical\" "
           "href=\"https://www.kreolactu.re/societe/route-91544\">"
           "<script type=\"application/ld+json\">{\"@graph\": ["
           "{\"@type\": \"NewsArticle\", \"url\": "
           "\"https://www.kreolactu.re/faits-divers/kayakiste-91502\", "
           "\"datePublished\": \"2025-03-11T18:05:00+04:00\", \"author\": "
           "{\"@type\": \"Person\", \"name\": \"Mélanie Hoarau\"}}, "
           "{\"@type\": \"NewsArticle\", \"url\": "
           "\"https://www.kreolactu.re/societe/route-91544\", "
           "\"datePublished\": \"2025-03-12T16:40:00+04:00\", \"author\": "
           "{\"@type\": \"Person\", \"name\": \"Yannick Payet\"}}]}"
           "</script>",
           "<h1>La route du littoral fermée</h1><p>" + std::string(kParagraph) +
               "</p><p>" + std::string(kParagraph) + "</p>"),
      {.source = "a.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->author, "Yannick Payet");
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToIso8601(), "2025-03-12T16:40:00+04:00");
}

// A byline that says where its writer files from after a comma: the place is
// no second writer, a second name is.
TEST(ExtractTest, APlaceAfterABylinesCommaIsNoWriter) {
  const std::string text = "<p>" + std::string(kParagraph) + "</p><p>" +
                           std::string(kParagraph) + "</p>";
  EXPECT_EQ(AuthorOf("<meta name=\"author\" content=\"Nicolas Jaquier\">",
                     "<p class=\"byline\"><span class=\"art-auteur\">Nicolas "
                     "Jaquier</span>, <span class=\"art-lieu\">Lausanne</span>"
                     "</p>" +
                         text),
            "Nicolas Jaquier");
  EXPECT_EQ(AuthorOf("",
                     "<span class=\"byline\">By <a "
                     "href=\"/author/blaise-ndjock\">Blaise "
                     "Ndjock-Mbarga</a>, Douala</span>" +
                         text),
            "Blaise Ndjock-Mbarga");
  EXPECT_EQ(
      AuthorOf("", "<p class=\"byline\">Par Anne Roux, Marc Petit</p>" + text),
      "Anne Roux, Marc Petit");
}

// A signature whose only name is its portrait's ("Par notre envoyé spécial à
// Kédougou" beside the writer's photo): the image's title, else its alt text
// without "Photo de", names the writer.
TEST(ExtractTest, ASignaturesPortraitNamesItsWriter) {
  const std::string text = "<p>" + std::string(kParagraph) + "</p><p>" +
                           std::string(kParagraph) + "</p>";
  const auto signature = [](const std::string& image) {
    return "<div class=\"signature\"><div class=\"signature_photo\">" + image +
           "</div><div class=\"signature_texte\"><span class=\"par\">Par "
           "notre envoyé spécial à Kédougou</span></div></div>";
  };
  EXPECT_EQ(AuthorOf("", signature("<img src=\"o-faye.jpg\" alt=\"Photo de "
                                   "Ousmane Faye\" title=\"Ousmane Faye\">") +
                             text),
            "Ousmane Faye");
  EXPECT_EQ(AuthorOf("", signature("<img src=\"o-faye.jpg\" alt=\"Photo de "
                                   "Ousmane Faye\">") +
                             text),
            "Ousmane Faye");
  EXPECT_EQ(
      AuthorOf("", signature("<img src=\"logo.png\" alt=\"logo\">") + text),
      "");
  // An AMP page's byline: the writer's avatar beside the dates, which name
  // nobody. A byline that names its writer keeps its name.
  const auto byline = [](const std::string& line) {
    return "<div class=\"byline\"><amp-img src=\"solivieri-64.jpg\" "
           "width=\"32\" height=\"32\" alt=\"Sandrine "
           "Olivieri\"></amp-img><span>" +
           line + "</span></div>";
  };
  EXPECT_EQ(AuthorOf("", byline("Publié le 09/03/2026 à 17h35 · Mis à jour à "
                                "18h02") +
                             text),
            "Sandrine Olivieri");
  EXPECT_EQ(AuthorOf("", byline("Par Marc Lenoir, le 09/03/2026") + text),
            "Marc Lenoir");
}

// A column names its writer in a columnist's box ("Chroniqueur" under the
// name, a blind Québec page); a sidebar of the other columnists names none.
TEST(ExtractTest, AColumnistsBoxNamesTheWriter) {
  const std::string text = "<p>" + std::string(kParagraph) + "</p><p>" +
                           std::string(kParagraph) + "</p>";
  EXPECT_EQ(AuthorOf("",
                     "<div class=\"ArticlePage-columnist\"><img "
                     "src=\"berube.jpg\" alt=\"Stéphane Bérubé\"><span "
                     "class=\"ArticlePage-columnist-name\"><a "
                     "href=\"/chroniques/stephane-berube\">Stéphane "
                     "Bérubé</a></span> <span "
                     "class=\"ArticlePage-columnist-role\">Chroniqueur</span>"
                     "</div>" +
                         text),
            "Stéphane Bérubé");
  EXPECT_EQ(AuthorOf("", text + "<div class=\"c-chroniqueurs\"><h2>Nos "
                                "chroniqueurs</h2><span>François "
                                "Bélanger</span></div>"),
            "");
}

// Drupal's RDFa marks the writer in the node's "submitted" line, with no
// class that says author; a comment's account name, in the same markup, is
// not the article's writer.
TEST(ExtractTest, AnRdfaPersonInTheSubmittedLineIsTheWriter) {
  const std::string text = "<p>" + std::string(kParagraph) + "</p><p>" +
                           std::string(kParagraph) + "</p>";
  EXPECT_EQ(AuthorOf("",
                     "<div class=\"node__submitted\"><span "
                     "class=\"field field--name-uid\"><span "
                     "about=\"/journaliste/priya-ramdin\" "
                     "typeof=\"schema:Person\" "
                     "property=\"schema:name\">Priya Ramdin</span></span> "
                     "<span class=\"date-display-single\">Mercredi, 5 "
                     "février 2025 - 14:20</span></div>" +
                         text),
            "Priya Ramdin");
  EXPECT_EQ(AuthorOf("", text + "<section class=\"comments\"><div "
                                "class=\"comment\"><span "
                                "rel=\"sioc:has_creator\"><span "
                                "typeof=\"sioc:UserAccount\" "
                                "property=\"foaf:name\">Jean Lecteur</span>"
                                "</span><p>Bravo pour cet article.</p></div>"
                                "</section>"),
            "");
}

// Pages that are no article, said so by the site itself: its JSON-LD's page
// type, its address (the site's root, a tag's, a category's or an author's
// archive), a search box echoing the query, a "noindex" over a few lines. An
// article's own markup outweighs any of these.
TEST(ExtractTest, PagesTheSiteSaysAreNoArticleAreRefused) {
  const std::string body = "<h1>Inondations</h1><p>" + std::string(kParagraph) +
                           "</p><p>" + std::string(kParagraph) + "</p>";
  const auto refusal = [&](const std::string& head, const std::string& url,
                           const std::string& page_body) {
    absl::StatusOr<Article> a = ExtractArticle(
        Page("<title>Inondations</title>" + head, page_body), {.source = url});
    return a.ok() ? std::string("article") : std::string(a.status().message());
  };
  const auto json_ld = [](const std::string& type) {
    return "<script type=\"application/ld+json\">{\"@context\": "
           "\"https://schema.org\", \"@type\": \"" +
           type + "\", \"name\": \"Inondations\"}</script>";
  };
  EXPECT_THAT(refusal(json_ld("ProfilePage"), "a.html", body),
              ::testing::HasSubstr("it presents a person"));
  EXPECT_THAT(refusal(json_ld("AboutPage"), "a.html", body),
              ::testing::HasSubstr("it presents the site"));
  // The site's "page not found" by its <body>'s class, with articles
  // suggested under it; not a class that only names a layout.
  const auto with_body_class = [&](const std::string& classes) {
    absl::StatusOr<Article> a = ExtractArticle(
        "<html><head><title>Page introuvable</title></head><body class=\"" +
            classes + "\">" + body + "</body></html>",
        {.source = "a.html"});
    return a.ok() ? std::string("article") : std::string(a.status().message());
  };
  for (const char* not_found :
       {"error404 et_divi_theme", "page-404", "notfound"})
    EXPECT_THAT(with_body_class(not_found),
                ::testing::HasSubstr("page not found"))
        << not_found;
  EXPECT_EQ(with_body_class("single-post postid-404"), "article");
  // A quiz dressed as an article (og:type "article", a date) is one only
  // when a JSON-LD article object stands beside it.
  const std::string dated_og_article =
      "<meta property=\"og:type\" content=\"article\"><meta "
      "property=\"article:published_time\" content=\"2026-12-04\">";
  EXPECT_THAT(refusal(json_ld("Quiz") + dated_og_article, "a.html", body),
              ::testing::HasSubstr("it is a quiz"));
  EXPECT_EQ(refusal(json_ld("Quiz") + dated_og_article + json_ld("NewsArticle"),
                    "a.html", body),
            "article");
  EXPECT_THAT(refusal("<meta property=\"og:type\" content=\"website\">",
                      "https://www.lecevenol.fr/", body),
              ::testing::HasSubstr("the site's root"));
  // A root that says nothing of itself may hold a site's one text; a root
  // whose query names a page is that page.
  EXPECT_EQ(refusal("", "https://www.example.com/", body), "article");
  EXPECT_EQ(
      refusal("<meta property=\"og:type\" content=\"website\">",
              "https://us14.campaign-archive.com/?u=7b1f3c&id=4e9a21", body),
      "article");
  EXPECT_EQ(
      refusal("<meta property=\"og:type\" content=\"website\">",
              "https://us14.campaign-archive.com?u=7b1f3c&id=4e9a21", body),
      "article");
  EXPECT_THAT(
      refusal("", "https://www.lecevenol.fr/tag/inondations/page/2/", body),
      ::testing::HasSubstr("/tag/inondations/"));
  EXPECT_THAT(
      refusal("", "https://www.lecevenol.fr/auteur/elodie-rouviere", body),
      ::testing::HasSubstr("an archive's"));
  EXPECT_THAT(
      refusal("", "https://www.lhorizon.fr/signatures/elise-marchand-2871/",
              body),
      ::testing::HasSubstr("an archive's"));
  // The site's own pages, at the top of its address or of a language's.
  EXPECT_THAT(refusal("<meta property=\"og:type\" content=\"article\">",
                      "https://www.dakarsoir.sn/qui-sommes-nous/", body),
              ::testing::HasSubstr("it presents the site"));
  EXPECT_THAT(refusal("", "https://www.lecevenol.fr/fr/mentions-legales", body),
              ::testing::HasSubstr("it presents the site"));
  EXPECT_EQ(refusal("", "https://www.lecevenol.fr/societe/contact", body),
            "article");
  EXPECT_THAT(refusal("", "page.html",
                      "<form action=\"/recherche\"><input type=\"search\" "
                      "name=\"q\" value=\"grève\"></form>" +
                          body),
              ::testing::HasSubstr("a search's results"));
  EXPECT_THAT(refusal("<meta name=\"robots\" content=\"noindex\">", "page.html",
                      "<h1>Page introuvable</h1><p>La page que vous "
                      "cherchez n'existe pas ou a été déplacée.</p>"),
              ::testing::HasSubstr("robots noindex"));
  // A tag's page at no archive's address: its content is teasers, each
  // titled by a link to its article.
  std::string teasers;
  for (int i = 0; i < 6; ++i) {
    teasers += "<article><h3><a href=\"/ia/essai-" + std::to_string(i) +
               "\">Un assistant vocal mis à l'essai pendant un mois, épisode " +
               std::to_string(i) + "</a></h3><p>" + std::string(kParagraph) +
               "</p></article>";
  }
  const std::string og_article =
      "<meta property=\"og:type\" content=\"article\">";
  EXPECT_THAT(
      refusal(og_article, "https://www.pixelactu.fr/ia/",
              "<main><h1>Intelligence artificielle</h1>" + teasers + "</main>"),
      ::testing::HasSubstr("6 headings in its content link"));
  // The same with each card's link around its picture and title.
  std::string cards;
  for (int i = 0; i < 6; ++i) {
    cards += "<div class=\"card\"><a href=\"/ia/essai-" + std::to_string(i) +
             "\"><img src=\"/i.jpg\" alt=\"\"><h3>Un assistant vocal mis à "
             "l'essai pendant un mois, épisode " +
             std::to_string(i) + "</h3></a><p>" + std::string(kParagraph) +
             "</p></div>";
  }
  EXPECT_THAT(
      refusal(og_article, "https://www.pixelactu.fr/ia/",
              "<main><h1>Intelligence artificielle</h1>" + cards + "</main>"),
      ::testing::HasSubstr("6 headings in its content link"));
  // A dated profile (Yoast's ProfilePage beside an Open Graph article and a
  // publication time) at an author's address, with four teasers: the
  // JSON-LD and the address agree, however few it lists (a blind Senegalese
  // page). At a page's own address, or with fewer statements, it is read.
  std::string four_teasers;
  for (int i = 0; i < 4; ++i) {
    four_teasers += "<article><h2><a href=\"/2026/12/0" + std::to_string(i) +
                    "/bus\">Le bus rapide de Dakar, épisode " +
                    std::to_string(i) + "</a></h2><p>" +
                    std::string(kParagraph) + "</p></article>";
  }
  const std::string dated_profile = json_ld("ProfilePage") + og_article +
                                    "<meta property=\"article:published_time\" "
                                    "content=\"2026-12-02T07:15:00+00:00\">";
  const std::string profile_body =
      "<h1>Auteur : Aminata Ndiaye</h1><main>" + four_teasers + "</main>";
  EXPECT_THAT(
      refusal(dated_profile, "https://terangamatin.sn/author/aminata-ndiaye/",
              profile_body),
      ::testing::HasSubstr("it presents a person"));
  EXPECT_EQ(refusal(dated_profile,
                    "https://terangamatin.sn/2026/12/02/bus-rapide-dakar/",
                    profile_body),
            "article");
  // An article's own markup or length outweighs them: a dated article at a
  // category's address, an empty search box, a print version kept out of
  // search engines whose text is an article's.
  EXPECT_EQ(refusal("<meta property=\"article:published_time\" "
                    "content=\"2025-03-03T07:15:00+01:00\">",
                    "https://www.lecevenol.fr/category/inondations/", body),
            "article");
  EXPECT_EQ(refusal("", "https://www.lecevenol.fr/societe/crue-gardon-12345",
                    "<input type=\"search\" name=\"s\" value=\"\">" + body),
            "article");
  // A dated page whose content is those teasers and little else is still
  // their list (themes date their fronts as articles); a dated report of an
  // article's length with the same teasers under it is an article.
  const std::string dated_article = og_article +
                                    "<meta property=\"article:published_time\" "
                                    "content=\"2025-03-03T07:15:00+01:00\">";
  EXPECT_THAT(
      refusal(dated_article, "https://www.pixelactu.fr/ia/",
              "<main><h1>Intelligence artificielle</h1>" + teasers + "</main>"),
      ::testing::HasSubstr("it lists articles"));
  // So is an author's or a search's page whose theme writes a JSON-LD
  // article, a profile's headline the writer's name (two blind pages).
  const std::string themed_article =
      dated_article +
      "<script type=\"application/ld+json\">{\"@context\": "
      "\"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": "
      "\"Nadia Rochat\"}</script>";
  for (const char* archive :
       {"https://www.messager.ch/auteurs/nadia-rochat",
        "https://www.messager.ch/recherche?q=assistant"}) {
    EXPECT_THAT(refusal(themed_article, archive,
                        "<main><h1>Nadia Rochat</h1>" + teasers + "</main>"),
                ::testing::HasSubstr("it lists articles"))
        << archive;
  }
  std::string report = "<h1>Un assistant vocal à l'essai</h1>";
  for (int i = 0; i < 10; ++i)
    report += "<p>" + std::string(kParagraph) + "</p>";
  EXPECT_EQ(refusal(dated_article, "https://www.pixelactu.fr/ia/essai",
                    "<main>" + report + teasers + "</main>"),
            "article");
  EXPECT_EQ(refusal("<meta name=\"robots\" content=\"noindex, nofollow\">",
                    "print.html", body + body + body),
            "article");
}

// A sidebar's card of another article ("Les plus populaires": its linked
// title, its writer) signs nothing here, even when the page's own byline
// names no one; an author box that titles its writer's name with a link to
// their page still signs.
TEST(ExtractTest, AnotherArticlesCardSignsNothingHere) {
  const std::string text = "<p>" + std::string(kParagraph) + "</p><p>" +
                           std::string(kParagraph) + "</p>";
  const auto author = [&](const std::string& article,
                          const std::string& aside) {
    absl::StatusOr<Article> a = ExtractArticle(
        Page("<title>Le travail</title><meta property=\"og:site_name\" "
             "content=\"Abidjan Soir\">",
             "<div class=\"td-ss-main-content\"><article><h1>Le travail</h1>" +
                 article + "</article></div><div class=\"td-pb-span4\">" +
                 aside + "</div>"),
        {.source = "a.html"});
    EXPECT_TRUE(a.ok()) << a.status();
    return a.ok() ? a->author : "?";
  };
  const std::string card =
      "<aside class=\"widget\"><h4 class=\"block-title\">Les plus "
      "populaires</h4><div class=\"td_module_6\"><h3 "
      "class=\"entry-title\"><a href=\"/can-les-elephants/\">CAN : les "
      "Éléphants en stage à San-Pedro</a></h3><span "
      "class=\"td-post-author-name\"><a href=\"/author/aya-konan/\">Aya "
      "Konan</a></span></div></aside>";
  EXPECT_EQ(author("<span class=\"td-post-author-name\">Par La "
                   "Rédaction</span>" +
                       text,
                   card),
            "");
  // A card whose one link holds its picture and its title, its byline in
  // its footer, under the article, whose byline the markup does not name.
  EXPECT_EQ(
      author(
          "<div class=\"story-info\"><span class=\"story-by\">Par Lucie "
          "Fontaine</span></div>" +
              text +
              "<section class=\"more-news\"><h2>Dans l'actu</h2><article "
              "class=\"card\"><a href=\"/ski/val-thorens\"><img src=\"v.jpg\" "
              "alt=\"\"><h2>Val Thorens ouvre sa saison avec un enneigement "
              "record</h2></a><footer class=\"card-meta\">Par Adrien "
              "Collomb · 29/11/2026</footer></article></section>",
          ""),
      "Lucie Fontaine");
  // A list item of another article: its linked title, then its byline.
  EXPECT_EQ(
      author(text,
             "<section class=\"rel\"><h2>Sur le même sujet</h2><ul><li><a "
             "href=\"/eco/nador-west-med\">Nador West Med : les premiers "
             "navires attendus</a> <span class=\"meta\">· Par Youssef El "
             "Amrani · 19/05/2025</span></li></ul></section>"),
      "");
  EXPECT_EQ(
      author(text + "<div class=\"author-box\"><h3><a "
                    "href=\"/author/koffi-nguessan/\">Koffi "
                    "N'Guessan</a></h3><p>Correspondant à Bouaké</p></div>",
             ""),
      "Koffi N'Guessan");
  // A blog's post header links the post's own title to the post, under an
  // <h1> that names the blog: its byline signs the post.
  absl::StatusOr<Article> post = ExtractArticle(
      Page("<title>Le marché s'installe sur le quai - Chroniques du "
           "Maroni</title><meta property=\"og:title\" content=\"Le marché "
           "s'installe sur le quai\">",
           "<header class=\"ob-header\"><div class=\"ob-header-inner\"><h1><a "
           "href=\"https://maroni.over-blog.com/\">Chroniques du "
           "Maroni</a></h1></div></header><div class=\"ob-post\"><div "
           "class=\"ob-header-post\"><h2 class=\"ob-post-title\"><a "
           "href=\"https://maroni.over-blog.com/2023/09/marche.html\">Le "
           "marché s'installe sur le quai</a></h2><p class=\"ob-post-date\">"
           "Publié le 16 Septembre 2023 par <span class=\"ob-author\">Lucien "
           "Aupert</span></p></div><div class=\"ob-text\">" +
               text + "</div></div>"),
      {.source = "https://maroni.over-blog.com/2023/09/marche.html"});
  ASSERT_TRUE(post.ok()) << post.status();
  EXPECT_EQ(post->author, "Lucien Aupert");
}

// A collective opinion piece closes on the list of its signers, each name
// before a comma and a title; a petition's count of supporters names no one.
TEST(ExtractTest, ATribunesSignatoriesAreItsAuthors) {
  const std::string text = "<p>" + std::string(kParagraph) + "</p><p>" +
                           std::string(kParagraph) + "</p>";
  EXPECT_EQ(
      AuthorOf("<meta name=\"author\" content=\"L'Horizon\"><meta "
               "property=\"og:site_name\" content=\"L'Horizon\">",
               text +
                   "<div class=\"Article__signatories\"><p><strong>Les "
                   "signataires de cette tribune sont :</strong></p><p><strong>"
                   "Anne-Sophie Ferrand</strong>, maire de "
                   "Villeneuve-sur-Arce (Aube) ; <strong>Nadia "
                   "Ferhat</strong>, professeure des écoles ; "
                   "<strong>Hervé Quillet</strong>, président de "
                   "l'association.</p></div>"),
      "Anne-Sophie Ferrand, Nadia Ferhat, Hervé Quillet");
  EXPECT_EQ(AuthorOf("<meta property=\"og:site_name\" content=\"L'Horizon\">",
                     text + "<p>Signataires : 312 maires de communes rurales, "
                            "dont la liste est en ligne.</p>"),
            "");
  // An interview closes on who asked, however long the text (the headline's
  // area, cut to its first 1,500 bytes, no longer ends on a line cut short:
  // "… mené par Elon Musk" read as a byline); a sentence that speaks of an
  // interview names no one.
  std::string long_text;
  for (int i = 0; i < 10; ++i) long_text += text;
  // Wherever the cut falls in a sentence naming its agent.
  std::string agents;
  for (int i = 0; i < 30; ++i)
    agents += "<p>Le consortium mené par Elon Musk propose un rachat.</p>";
  for (int shift = 0; shift < 60; ++shift) {
    EXPECT_EQ(AuthorOf("", "<p>Ouverture" + std::string(shift, '.') + "</p>" +
                               agents),
              "")
        << shift;
  }
  EXPECT_EQ(
      AuthorOf("<meta property=\"og:site_name\" content=\"L'Horizon\">",
               long_text + "<p><em>Entretien réalisé par Paul-Henri Nzé et "
                           "Clarisse Moussavou</em></p>"),
      "Paul-Henri Nzé, Clarisse Moussavou");
  EXPECT_EQ(AuthorOf("<meta property=\"og:site_name\" content=\"L'Horizon\">",
                     text + "<p>Un entretien réalisé par la police a duré "
                            "trois heures.</p>"),
            "");
}

// An outlet that signs with its acronym ("APOA" for the Agence de Presse
// Ouest-Africaine) names no writer.
TEST(ExtractTest, TheOutletsAcronymIsNoAuthor) {
  const std::string text = "<p>" + std::string(kParagraph) + "</p><p>" +
                           std::string(kParagraph) + "</p>";
  EXPECT_EQ(AuthorOf("<meta name=\"author\" content=\"APOA\"><meta "
                     "name=\"DC.publisher\" content=\"Agence de Presse "
                     "Ouest-Africaine\">",
                     text),
            "");
  // A person beside the same agency is kept.
  EXPECT_EQ(AuthorOf("<meta name=\"author\" content=\"Jean Dupont\"><meta "
                     "name=\"DC.publisher\" content=\"Agence de Presse "
                     "Ouest-Africaine\">",
                     text),
            "Jean Dupont");
}

// A print version's byline: the writer's name alone on a line, over the line
// that says when the piece was published; no lead-in, no class that says
// author. A name over another line is no byline.
TEST(ExtractTest, ANameOverThePublicationLineIsTheWriter) {
  const std::string text = "<p>" + std::string(kParagraph) + "</p><p>" +
                           std::string(kParagraph) + "</p>";
  EXPECT_EQ(AuthorOf("",
                     "<p class=\"meta\">Geneviève Tremblay<br>Publié le "
                     "28 janvier 2025 à 14 h 10</p>" +
                         text),
            "Geneviève Tremblay");
  EXPECT_EQ(AuthorOf("",
                     "<p class=\"meta\">Geneviève Tremblay<br>Mairie de "
                     "Saguenay</p>" +
                         text),
            "");
}

// A print version: its <title> opens with the print label, not the outlet's
// name, which only its banner writes, as its address spells it.
TEST(ExtractTest, APrintVersionsBannerNamesTheOutletNotItsLabel) {
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>Version imprimable – Une patinoire sur la rivière "
           "Saguenay</title><link rel=\"canonical\" "
           "href=\"https://www.fjordexpress.ca/actualites/patinoire\">",
           "<div class=\"print-head\"><span>Le Fjord Express · Actualités · "
           "Saguenay</span><span>Version imprimable</span></div><h1>Une "
           "patinoire sur la rivière Saguenay</h1><p>" +
               std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
               "</p>"),
      {.source = "print.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->outlet, "Le Fjord Express");
  EXPECT_EQ(a->title, "Une patinoire sur la rivière Saguenay");
}

// A print page with no <h1>: its headline is an <h2> named "print-title",
// where "print" says the page is for paper, and its <title> gives only the
// site's name and the print label, which names no outlet either.
TEST(ExtractTest, APrintPagesTitleElementIsItsHeadlineNotThePrintLabel) {
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>La Lanterne de Lomé - Version imprimable</title>",
           "<div class=\"print-header\"><div class=\"print-logo\">LA "
           "LANTERNE DE LOMÉ</div></div><div class=\"print-article\"><h2 "
           "class=\"print-title\">Lomé : les taxis-motos devront porter un "
           "casque homologué</h2><div class=\"print-body\"><p>" +
               std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
               "</p></div></div>"),
      {.source = "imprimer.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->title,
            "Lomé : les taxis-motos devront porter un casque homologué");
  EXPECT_EQ(a->outlet, "La Lanterne de Lomé");
}

// A wiki's JSON-LD names the foundation behind it as publisher; its <title>
// ends with the name its address spells, the outlet. A publisher the page
// names nowhere else, on a site with no og:site_name, gives way only so.
TEST(ExtractTest, ATitleSuffixTheAddressSpellsOutranksTheOwnersName) {
  const auto outlet_of = [](const std::string& title, const std::string& url) {
    absl::StatusOr<Article> a = ExtractArticle(
        Page("<title>" + title +
                 "</title><script type=\"application/ld+json\">"
                 "{\"@context\":\"https://schema.org\",\"@type\":"
                 "\"Article\",\"name\":\"Tournai inaugure un musée\","
                 "\"publisher\":{\"@type\":\"Organization\",\"name\":"
                 "\"Wikimedia Foundation, Inc.\"}}</script>",
             "<h1>Tournai inaugure un musée</h1><p>" + std::string(kParagraph) +
                 "</p><p>" + std::string(kParagraph) + "</p>"),
        {.source = url});
    return a.ok() ? a->outlet : a.status().ToString();
  };
  EXPECT_EQ(outlet_of("Tournai inaugure un musée — Wikinews",
                      "https://fr.wikinews.org/wiki/Tournai"),
            "Wikinews");
  // A suffix the address does not spell is no reason to doubt the publisher.
  EXPECT_EQ(outlet_of("Tournai inaugure un musée — Actualités",
                      "https://fr.wikinews.org/wiki/Tournai"),
            "Wikimedia Foundation, Inc.");
  // Dublin Core's publisher alike: the group behind a print page's site.
  absl::StatusOr<Article> print = ExtractArticle(
      Page("<title>Transport lagunaire : deux lignes de plus | L'Éveil "
           "d'Abidjan</title><meta name=\"DC.publisher\" content=\"Groupe "
           "Éveil Médias\"><link rel=\"canonical\" "
           "href=\"https://www.eveil-abidjan.ci/economie/transport\">",
           "<h1>Transport lagunaire : deux lignes de plus</h1><p>" +
               std::string(kParagraph) + "</p>"),
      {.source = "imprimer.html"});
  ASSERT_TRUE(print.ok()) << print.status();
  EXPECT_EQ(print->outlet, "L'Éveil d'Abidjan");
}

// A group's name in og:site_name gives way to the outlet's that the
// <title>'s suffix and the logo agree on; a name written without its accents
// is spelt as the logo writes it.
TEST(ExtractTest, TheTitleAndTheLogoNameTheOutletOverItsGroup) {
  const auto outlet_of = [](const std::string& head, const std::string& logo) {
    absl::StatusOr<Article> a = ExtractArticle(
        Page(head, "<header><a href=\"/\"><img src=\"/logo.png\" alt=\"" +
                       logo +
                       "\" class=\"logo\"></a></header><h1>Les "
                       "transporteurs suspendent leur grève</h1><p>" +
                       std::string(kParagraph) + "</p><p>" +
                       std::string(kParagraph) + "</p>"),
        {.source = "page.html"});
    return a.ok() ? a->outlet : a.status().ToString();
  };
  EXPECT_EQ(outlet_of("<title>Les transporteurs suspendent leur grève - Le "
                      "Wouri</title><meta property=\"og:site_name\" "
                      "content=\"Sanaga Médias\">",
                      "Le Wouri"),
            "Le Wouri");
  // Without the <title>'s word for the logo's name, og:site_name stands.
  EXPECT_EQ(outlet_of("<title>Les transporteurs suspendent leur grève - "
                      "Actualités</title><meta property=\"og:site_name\" "
                      "content=\"Sanaga Médias\">",
                      "Le Wouri"),
            "Sanaga Médias");
  EXPECT_EQ(outlet_of("<title>Haiti Horizon :: Les transporteurs suspendent "
                      "leur grève</title>",
                      "Haïti Horizon"),
            "Haïti Horizon");
}

// The site's standing notice under an opinion piece is no part of it.
TEST(ExtractTest, ADisclaimerUnderTheTextIsNoText) {
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>Tribune</title>",
           "<article><h1>Tribune</h1><div class=\"article-content\"><p>" +
               std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
               "</p><p class=\"hr-disclaimer\">Les tribunes publiées sur "
               "Horizons Romands n'engagent que leurs auteurs. Vous souhaitez "
               "proposer un texte ? Écrivez-nous.</p></div></article>"),
      {.source = "page.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->text, std::string(kParagraph) + "\n\n" + kParagraph);
}

// A JavaScript application's shell ("Chargement en cours…"), its article in a
// <noscript> or a <template> for browsers without scripts: that article is
// the page's. A page with its own text keeps its <noscript> warning hidden.
TEST(ExtractTest, AnApplicationShellsScriptlessArticleIsRead) {
  const std::string paragraphs = "<p>" + std::string(kParagraph) + "</p><p>" +
                                 std::string(kParagraph) + "</p><p>" +
                                 std::string(kParagraph) + "</p>";
  const std::string article =
      "<article><h1>Musk veut OpenAI</h1>" + paragraphs + "</article>";
  const std::string text =
      std::string(kParagraph) + "\n\n" + kParagraph + "\n\n" + kParagraph;
  const std::string shell =
      "<div id=\"app\"><p class=\"loading\">Chargement en cours…</p></div>";
  for (const char* wrapper : {"noscript", "template"}) {
    absl::StatusOr<Article> a = ExtractArticle(
        Page("<title>Le Journal</title>",
             shell + "<" + wrapper + ">" + article + "</" + wrapper + ">"),
        {.source = "page.html"});
    ASSERT_TRUE(a.ok()) << wrapper << ": " << a.status();
    EXPECT_EQ(a->text, text) << wrapper;
  }
  // A consent dialog's template is no article, however long.
  absl::StatusOr<Article> video = ExtractArticle(
      Page("<title>Tempête à Brest</title>",
           "<main><h1>Tempête à Brest</h1><p>Les images des rafales sur le "
           "port, jeudi matin.</p></main><template id=\"consent\"><div><p>" +
               std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
               "</p><p>" + std::string(kParagraph) + "</p></div></template>"),
      {.source = "video.html"});
  ASSERT_TRUE(video.ok()) << video.status();
  EXPECT_EQ(video->text.find("consortium"), std::string::npos) << video->text;
  absl::StatusOr<Article> page = ExtractArticle(
      Page("<title>Musk veut OpenAI</title>",
           article +
               "<noscript><p>Pour profiter pleinement du site, veuillez "
               "activer JavaScript dans votre navigateur. " +
               std::string(kParagraph) + std::string(kParagraph) +
               std::string(kParagraph) + "</p></noscript>"),
      {.source = "page.html"});
  ASSERT_TRUE(page.ok()) << page.status();
  EXPECT_EQ(page->text, text);
}

// The writer's name and place over the text, as a template prints it, is
// the byline, not the article's first paragraph.
TEST(ExtractTest, TheWritersSignatureOverTheTextIsNotText) {
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>Pêche à Soumbédioune</title><meta name=\"author\" "
           "content=\"Aminata DIALLO\">",
           "<article><h1>Pêche à Soumbédioune</h1><p><strong>Aminata DIALLO, "
           "à Dakar</strong></p><p>" +
               std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
               "</p></article>"),
      {.source = "page.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->text, std::string(kParagraph) + "\n\n" + kParagraph);
  EXPECT_EQ(a->author, "Aminata DIALLO");
}

// Without an author field, a name and a writer's role over the text (the way
// Québec's papers sign a freelance's piece), or the place the writer files
// from, name the writer; a name and the role of someone the article is about
// do not, and stay text.
TEST(ExtractTest, ANameAndAWritersRoleOverTheTextSignIt) {
  const auto extract = [](const std::string& first_line) {
    return ExtractArticle(
        Page("<title>Pêche blanche au lac</title>",
             "<article><h1>Pêche blanche au lac</h1><p>" + first_line +
                 "</p><p>" + std::string(kParagraph) + "</p></article>"),
        {.source = "page.html"});
  };
  absl::StatusOr<Article> signed_piece =
      extract("Ginette Boisvert, collaboration spéciale");
  ASSERT_TRUE(signed_piece.ok()) << signed_piece.status();
  EXPECT_EQ(signed_piece->author, "Ginette Boisvert");
  EXPECT_EQ(signed_piece->text, kParagraph);
  EXPECT_EQ(extract("Moussa Sarr, correspondant à Thiès")->author,
            "Moussa Sarr");
  // A name and the place the writer files from.
  EXPECT_EQ(extract("Alain Ngono, à Garoua")->author, "Alain Ngono");
  EXPECT_EQ(extract("Awa Traoré, à Bobo-Dioulasso")->author, "Awa Traoré");
  EXPECT_EQ(extract("Jean Dupont, à la mairie de Laval")->author, "");
  // The place in parentheses, as Blogger's templates set it in bold.
  EXPECT_EQ(extract("Fatoumata Coulibaly (à Bamako)")->author,
            "Fatoumata Coulibaly");
  EXPECT_EQ(extract("Jean Dupont (maire de Laval)")->author, "");
  // A role with what makes the person the article's subject.
  EXPECT_EQ(extract("Hervé Ghesquière, journaliste de France 3 retenu en otage")
                ->author,
            "");
  EXPECT_EQ(extract("Samir Toumi, chroniqueur et romancier")->author, "");
  absl::StatusOr<Article> about = extract("Jean Dupont, maire de Laval");
  ASSERT_TRUE(about.ok()) << about.status();
  EXPECT_EQ(about->author, "");
  EXPECT_THAT(about->text,
              ::testing::StartsWith("Jean Dupont, maire de Laval"));
}

// A Blogger post opens on its picture's caption, then the writer's
// signature and the time in figures: the caption, ending on its credit, is
// no text, nor is the time, and the signature names the writer.
TEST(ExtractTest, ASignatureUnderACaptionSignsThePost) {
  absl::StatusOr<Article> post = ExtractArticle(
      Page("<title>Crue du Niger à Bamako</title>",
           "<div class=\"post-body\"><div><i>Une rue de Sébénikoro envahie "
           "par les eaux, lundi 18 août. Photo : Le Djoliba</i></div><div><b>"
           "Fatoumata Coulibaly (à Bamako)</b></div><div>19/08/2025 "
           "07:42</div><div>" +
               std::string(kParagraph) + "</div><div>" +
               std::string(kParagraph) + "</div></div>"),
      {.source = "post.html"});
  ASSERT_TRUE(post.ok()) << post.status();
  EXPECT_EQ(post->author, "Fatoumata Coulibaly");
  EXPECT_EQ(post->text, std::string(kParagraph) + "\n\n" + kParagraph);
  ASSERT_TRUE(post->published.has_value());
  EXPECT_EQ(post->published->LocalDay(), "2025-08-19");
}

// The same signature under the text, the outlet after a dash.
TEST(ExtractTest, ANameAndAWritersRoleUnderTheTextSignIt) {
  const std::string text = "<p>" + std::string(kParagraph) + "</p><p>" +
                           std::string(kParagraph) + "</p>";
  EXPECT_EQ(
      AuthorOf("", text + "<p><em>Mathieu LeBlanc, Initiative de journalisme "
                          "local – Le Phare acadien</em></p>"),
      "Mathieu LeBlanc");
  // The role on a line of its own, after the text's last prose.
  EXPECT_EQ(AuthorOf("", text + "<p><b>Réjean LeBlanc</b><br><i>Collaboration "
                                "spéciale</i></p>"),
            "Réjean LeBlanc");
  // A section's label between the outlet's name and the headline in the
  // <title> is no part of the name.
  absl::StatusOr<Article> obituary = ExtractArticle(
      Page("<title>Le Moniteur de la Péninsule - Nouvelles - Adieu au "
           "violoneux de Lamèque</title>",
           "<article><h1>Adieu au violoneux de Lamèque</h1>" + text +
               "</article>"),
      {.source = "avis.html"});
  ASSERT_TRUE(obituary.ok()) << obituary.status();
  EXPECT_EQ(obituary->outlet, "Le Moniteur de la Péninsule");
}

// A page saved from Firefox's Reader View keeps the address it showed in its
// header's "reader-domain" link, and the writer in "reader-credits".
TEST(ExtractTest, AFirefoxReaderViewSaveKeepsItsAddressAndWriter) {
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>Gafsa : le phosphate repart</title><link rel=\"stylesheet\" "
           "href=\"chrome://global/skin/aboutReader.css\">",
           "<div class=\"container\"><div class=\"header reader-header\"><a "
           "class=\"domain reader-domain\" "
           "href=\"https://www.reveil-tunis.tn/economie/gafsa\">"
           "www.reveil-tunis.tn</a><h1 class=\"reader-title\">Gafsa : le "
           "phosphate repart</h1><div class=\"credits reader-credits\">Leïla "
           "Ben Amor</div></div><div class=\"content\"><p>" +
               std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
               "</p></div></div>"),
      {.source = "gafsa.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->canonical_url, "https://www.reveil-tunis.tn/economie/gafsa");
  EXPECT_EQ(a->author, "Leïla Ben Amor");
}

// A review's verdict box names its critic ("La critique de X", class
// "verdict__critic"): the writer.
TEST(ExtractTest, AReviewsCriticIsItsAuthor) {
  EXPECT_EQ(AuthorOf("",
                     "<div class=\"se-verdict\"><p>★★★★☆</p><p "
                     "class=\"se-verdict__critic\">La critique de "
                     "<strong>Hugo Mercier</strong></p></div><p>" +
                         std::string(kParagraph) + "</p>"),
            "Hugo Mercier");
  // Not "critical", nor a press review's list of outlets.
  EXPECT_EQ(AuthorOf("",
                     "<div class=\"alert-critical\"><strong>Vigilance "
                     "rouge</strong></div><p>" +
                         std::string(kParagraph) + "</p>"),
            "");
  EXPECT_EQ(AuthorOf("",
                     "<ul class=\"critics\"><li class=\"critic\"><span "
                     "class=\"critic-name\">Le Monde</span> ★★★★</li><li "
                     "class=\"critic\"><span class=\"critic-name\">"
                     "Télérama</span> ★★★</li></ul><p>" +
                         std::string(kParagraph) + "</p>"),
            "");
}

// A profile box under the article (Squarespace's "author-profile": the
// account's name, then its description) is no byline: the site's account
// names nobody, and its description's words are no name.
TEST(ExtractTest, AnAuthorsProfileBoxIsNoByline) {
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>Pêche blanche au lac</title><meta property=\"og:site_name\" "
           "content=\"Le Jaseur\">",
           "<article><h1>Pêche blanche au lac</h1><p>" +
               std::string(kParagraph) +
               "</p><div class=\"blog-item-author-profile-wrapper\"><div "
               "class=\"author-bio\"><a class=\"author-name\" "
               "href=\"/nouvelles?author=1\">Le Jaseur</a><p>Journal "
               "communautaire de Saint-Zénon et des environs, publié depuis "
               "1987.</p></div></div></article>"),
      {.source = "page.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->author, "");
  // A box whose name has no class of its own: the name outside the
  // description.
  EXPECT_EQ(
      AuthorOf("", "<div class=\"article\"><p>" + std::string(kParagraph) +
                       "</p></div><div class=\"post-author\"><img "
                       "src=\"/k.jpg\" alt=\"\"><strong>Karim "
                       "Benali</strong><div class=\"author-bio\">"
                       "Journaliste au service économie depuis 2012, "
                       "spécialiste des questions maritimes.</div></div>"),
      "Karim Benali");
}

// A social network's post embedded in the article keeps its words, not the
// platform's attribution line ("— Name (@handle) March 3, 2025") nor its
// picture's address; an Instagram card holds only the platform's labels.
TEST(ExtractTest, AnEmbeddedPostKeepsItsWordsNotItsAttribution) {
  const std::string page = Page(
      "<title>Pistes cyclables à Lille</title>",
      "<article><h1>Pistes cyclables à Lille</h1><p>" +
          std::string(kParagraph) +
          "</p><blockquote class=\"twitter-tweet\"><p lang=\"fr\">Les "
          "chiffres sont là : +40 % de cyclistes rue Nationale. <a "
          "href=\"https://t.co/a\">pic.twitter.com/a1b2</a></p>&mdash; "
          "Arnaud Deslandes (@ADeslandes) <a "
          "href=\"https://twitter.com/x/status/1\">March 3, "
          "2025</a></blockquote><blockquote class=\"instagram-media\"><div><a "
          "href=\"https://www.instagram.com/p/x/\">Voir cette publication "
          "sur Instagram</a><p><a href=\"https://www.instagram.com/p/x/\">Une "
          "publication partagée par Lille (@lille)</a></p></div></blockquote>"
          "<p>L'opposition municipale demande un audit indépendant des "
          "comptages, qu'elle juge peu fiables depuis l'an dernier.</p>"
          "</article>");
  absl::StatusOr<Article> a = ExtractArticle(page, {.source = "page.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_NE(a->text.find("+40 % de cyclistes rue Nationale."),
            std::string::npos)
      << a->text;
  EXPECT_NE(a->text.find("audit indépendant"), std::string::npos) << a->text;
  for (const char* platform :
       {"@ADeslandes", "March", "pic.twitter.com", "Instagram", "partagée"}) {
    EXPECT_EQ(a->text.find(platform), std::string::npos)
        << platform << " in " << a->text;
  }
}

// Without an <h1>, the element schema.org's microdata calls the headline is
// the headline, in a "page-header" as Joomla writes it; the dates by it come
// before the header's date of the day.
TEST(ExtractTest, AMicrodataHeadlineAnchorsTheDatesBesideIt) {
  const std::string page = Page(
      "<title>Tipaza : la station de Fouka 2 mise en service - Algérie "
      "Dépêches</title>",
      "<div class=\"topbar\"><span class=\"topbar-date\">Lundi 17 février "
      "2025</span></div><div class=\"item-page\" itemscope "
      "itemtype=\"https://schema.org/Article\"><div class=\"page-header\"><h2 "
      "itemprop=\"headline\">Tipaza : la station de Fouka 2 mise en "
      "service</h2></div><dl class=\"article-info\"><dd class=\"published\">"
      "Publié le : dimanche, 16 février 2025 15:42</dd></dl><div "
      "itemprop=\"articleBody\"><p>" +
          std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
          "</p></div></div>");
  absl::StatusOr<Article> a = ExtractArticle(page, {.source = "page.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->title, "Tipaza : la station de Fouka 2 mise en service");
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToIso8601(), "2025-02-16T15:42:00+01:00");

  // The same template without the microdata: the <h2> in the "page-header"
  // is still the headline, not the site's header; one in the site's header
  // is the site's.
  absl::StatusOr<Article> bare = ExtractArticle(
      absl::StrReplaceAll(page, {{" itemprop=\"headline\"", ""}}),
      {.source = "page.html"});
  ASSERT_TRUE(bare.ok()) << bare.status();
  ASSERT_TRUE(bare->published.has_value());
  EXPECT_EQ(bare->published->ToIso8601(), "2025-02-16T15:42:00+01:00");
  absl::StatusOr<Article> headed = ExtractArticle(
      absl::StrReplaceAll(page,
                          {{" itemprop=\"headline\"", ""},
                           {"<div class=\"topbar\">",
                            "<div id=\"header\"><div class=\"page-header\"><h2>"
                            "L'information de la wilaya de Tipaza</h2></div>"
                            "<div class=\"topbar\">"},
                           {"2025</span></div>", "2025</span></div></div>"}}),
      {.source = "page.html"});
  ASSERT_TRUE(headed.ok()) << headed.status();
  ASSERT_TRUE(headed->published.has_value());
  EXPECT_EQ(headed->published->ToIso8601(), "2025-02-16T15:42:00+01:00");
}

// The headline the microdata declare is the one readers see, over a shorter
// one the metadata write for search (a blind Cameroonian Joomla page); a
// bare <h2> is only a stand-in, and the metadata's headline stands.
TEST(ExtractTest, AMicrodataHeadlineOutranksAShorterMetadataTitle) {
  const std::string page = Page(
      "<title>Douala : 40 nouveaux bus sur les routes - Cameroun Actu "
      "Plus</title><meta property=\"og:title\" content=\"Douala : 40 "
      "nouveaux bus sur les routes\">",
      "<main><div class=\"item-page\" itemscope "
      "itemtype=\"https://schema.org/Article\"><div class=\"page-header\"><h2 "
      "itemprop=\"headline\">Douala : la société de transport urbain met en "
      "circulation 40 nouveaux bus</h2></div><div "
      "itemprop=\"articleBody\"><p>" +
          std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
          "</p></div></div></main>");
  absl::StatusOr<Article> a = ExtractArticle(page, {.source = "page.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->title,
            "Douala : la société de transport urbain met en circulation 40 "
            "nouveaux bus");
  absl::StatusOr<Article> bare = ExtractArticle(
      absl::StrReplaceAll(page, {{" itemprop=\"headline\"", ""}}),
      {.source = "page.html"});
  ASSERT_TRUE(bare.ok()) << bare.status();
  EXPECT_EQ(bare->title, "Douala : 40 nouveaux bus sur les routes");
}

// A column's <h1> that its template's class names the headline is the
// headline, though it shares no word with the short title of the metadata
// (a blind Québec column); an <h1> that nothing names so must share words
// with a metadata title to outrank it.
TEST(ExtractTest, AnH1TheTemplateNamesTheHeadlineOutranksTheMetadata) {
  const std::string page = Page(
      "<title>Le REM et nous | Stéphane Bérubé | Le Carrefour "
      "montréalais</title><meta property=\"og:title\" content=\"Le REM et "
      "nous\">",
      "<main><div class=\"ArticlePage-main\"><h1 "
      "class=\"ArticlePage-headline\">Le REM, trois ans plus tard : on "
      "s'habitue à tout</h1><div class=\"RichTextArticleBody\"><p>" +
          std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
          "</p></div></div></main>");
  absl::StatusOr<Article> a = ExtractArticle(page, {.source = "page.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->title, "Le REM, trois ans plus tard : on s'habitue à tout");
  absl::StatusOr<Article> plain = ExtractArticle(
      absl::StrReplaceAll(page, {{" class=\"ArticlePage-headline\"", ""}}),
      {.source = "page.html"});
  ASSERT_TRUE(plain.ok()) << plain.status();
  EXPECT_EQ(plain->title, "Le REM et nous");
}

// No page holds a worker past its time limit: the walks check it, and the
// page is refused with the reason (a limit no real page reaches here).
TEST(ExtractTest, APagePastItsTimeLimitIsRefused) {
  std::string page =
      "<html lang=\"fr\"><head><title>Grève dans les écoles</title></head>"
      "<body><article>";
  for (int i = 0; i < 200; ++i)
    page += "<p>" + std::string(kParagraph) + "</p>";
  page += "</article></body></html>";
  EXPECT_TRUE(ExtractArticle(page).ok());
  ExtractOptions hurried;
  hurried.time_limit_seconds = 1e-9;
  const absl::StatusOr<Article> refused = ExtractArticle(page, hurried);
  EXPECT_EQ(refused.status().code(), absl::StatusCode::kDeadlineExceeded);
  EXPECT_NE(refused.status().message().find("took over"), std::string::npos);
  // The limit was the call's only: the next extraction has its own.
  EXPECT_TRUE(ExtractArticle(page).ok());
}

TEST(ExtractTest, MetadataFromJsonLdWinsOverDecoys) {
  const std::string page = Page(
      "<link rel=\"canonical\" href=\"https://www.x.ma/eco/musk\">"
      "<meta property=\"og:site_name\" content=\"Le Matin Express\">"
      "<script "
      "type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
      "\"@type\":\"NewsArticle\",\"headline\":\"Musk veut OpenAI\","
      "\"datePublished\":\"2025-02-11T15:14:00+01:00\","
      "\"author\":{\"@type\":\"Person\",\"name\":\"Nadia Berrada\"}}</script>"
      "<script>var page={\"buildDate\":\"2024-11-30T08:00:00Z\"};</script>",
      "<h1>Musk veut OpenAI</h1><p>" + std::string(kParagraph) +
          "</p>"
          "<footer>Dernière mise à jour du site : 3 janvier 2026</footer>");
  absl::StatusOr<Article> a = ExtractArticle(page, {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->canonical_url, "https://www.x.ma/eco/musk");
  EXPECT_EQ(a->outlet, "Le Matin Express");
  EXPECT_EQ(a->author, "Nadia Berrada");
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToIso8601(), "2025-02-11T15:14:00+01:00");
}

TEST(ExtractTest, FrenchBylineDateAndTitleSuffix) {
  const std::string page =
      Page("<title>Grève dans les écoles – La Gazette du Rhône</title>",
           "<h1>Grève dans les écoles</h1><p class=\"date\">Publié le 11 "
           "février 2025 à 14h30, "
           "mis à jour le 11 février 2025 à 16h00</p><div class=\"texte\"><p>" +
               std::string(kParagraph) +
               "</p></div><footer>© 1998-2026 La Gazette du Rhône</footer>");
  absl::StatusOr<Article> a = ExtractArticle(page, {.source = "g.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->title, "Grève dans les écoles");
  EXPECT_EQ(a->outlet, "La Gazette du Rhône");
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToIso8601(), "2025-02-11T14:30:00+01:00");
}

// A magazine signs its piece after the text: a paragraph holding a name
// alone, after the last long one. A sentence there, or a name that heads the
// next long paragraph (an interview's speaker, an intertitle), is no
// signature.
TEST(ExtractTest, ASignatureAfterTheTextIsTheAuthor) {
  const std::string long_paragraph =
      "<p>" + std::string(kParagraph) + " " + kParagraph + "</p>";
  auto author_of = [&](const std::string& after_text) {
    return AuthorOf("", long_paragraph + long_paragraph + after_text);
  };
  EXPECT_EQ(author_of("<p align=\"right\"><em>Denis Clerc</em></p>"
                      "<p>(1) Chiffres de l'Insee.</p>"),
            "Denis Clerc");
  EXPECT_EQ(author_of("<p>Par Denis Clerc, à Lyon</p>"), "Denis Clerc");
  EXPECT_EQ(author_of("<p>Jean d'Ormesson</p><p>(1) Note.</p>"),
            "Jean d'Ormesson");
  EXPECT_EQ(author_of("<p>Emmanuel Macron a dit non</p>"), "");
  EXPECT_EQ(author_of("<p>Denis Clerc</p>" + long_paragraph), "");
  // After a last paragraph of one sentence.
  EXPECT_EQ(author_of("<p>Une déviation sera mise en place via la rocade ouest "
                      "et la route de Lorient pendant toute la durée des "
                      "travaux.</p><p><em>Jean-Marc Daniel</em></p>"),
            "Jean-Marc Daniel");
  // An agency's intertitle before a short last paragraph.
  EXPECT_EQ(author_of("<p>- Pearl Harbor -</p><p>Le 7 décembre 1941, la "
                      "flotte est détruite.</p>"),
            "");
  // A letter's closing formula, then its signer and her function.
  EXPECT_EQ(author_of("<p>Au plaisir de vous retrouver au moulin,</p>"
                      "<p><em>Monique Ferrand, présidente</em></p>"),
            "Monique Ferrand");
  // A short line without the formula's comma is a heading.
  EXPECT_EQ(author_of("<p>Au plaisir de vous retrouver</p>"
                      "<p><em>Monique Ferrand, présidente</em></p>"),
            "");
}

// The page's last line, a name alone, is cut from the text as a label (as a
// toolbox's "Imprimer" is) but still signs the piece. A list of names there
// is the article's tags.
TEST(ExtractTest, ASignatureOnTheArticlesLastLineIsTheAuthor) {
  const std::string long_paragraph =
      "<p>" + std::string(kParagraph) + " " + kParagraph + "</p>";
  auto author_of = [&](const std::string& after_text) {
    return AuthorOf("", long_paragraph + long_paragraph + after_text);
  };
  EXPECT_EQ(author_of("<p><em>Denis Clerc</em></p>"), "Denis Clerc");
  EXPECT_EQ(author_of("<p>Denis Clerc</p><p>Imprimer</p>"), "Denis Clerc");
  EXPECT_EQ(author_of("<p>Emmanuel Macron</p><p>Olaf Scholz</p>"), "");
  EXPECT_EQ(author_of("<p>Imprimer</p><p>Denis Clerc</p>"), "");
  EXPECT_EQ(author_of("<p>- Pearl Harbor -</p>"), "");
}

// A signature after a short closing sentence of the narrator ("X laisse une
// épouse et six enfants."), and one whose name is followed by the writer's
// description on the next line, sign the piece.
TEST(ExtractTest, SignaturesAfterAShortSentenceOrWithADescription) {
  const std::string body = "<p>" + std::string(kParagraph) + " " + kParagraph +
                           "</p><p>" + kParagraph + " " + kParagraph + "</p>";
  EXPECT_EQ(AuthorOf("", body + "<p>Jean-Paul Mbarga laisse une épouse, six "
                                "enfants et de nombreux petits-enfants.</p><p "
                                "style=\"text-align: right;\"><strong>Serge "
                                "Nkodo</strong></p>"),
            "Serge Nkodo");
  EXPECT_EQ(
      AuthorOf("", body + "<p class=\"signature\"><strong>Jean-Robert "
                          "Désir</strong><br>Économiste, professeur à la "
                          "Faculté des sciences économiques de l'Université "
                          "d'État d'Haïti</p>"),
      "Jean-Robert Désir");
  EXPECT_EQ(
      AuthorOf("", body + "<p class=\"signature\"><strong>Nathalie Van den "
                          "Bossche</strong><br>Professeure de droit social "
                          "à l'Université de Liège</p>"),
      "Nathalie Van den Bossche");
  // After an interviewer's short question, the name is the answerer's.
  EXPECT_EQ(AuthorOf("", body + "<p>Que répondez-vous à ceux qui disent que la "
                                "réforme arrive trop tard ?</p><p>Serge "
                                "Nkodo</p>"),
            "");
  // After a quotation, a name is its speaker's.
  EXPECT_EQ(
      AuthorOf("", body + "<p>« Nous ne lâcherons rien, jamais, ni demain "
                          "ni après-demain », a-t-il dit.</p><p>Serge "
                          "Nkodo</p>"),
      "");
}

// A byline's label is dropped, and several people signing are listed.
// A credit of roles names who wrote the piece; pictures credit no writer.
TEST(ExtractTest, ACreditOfRolesNamesTheWriters) {
  EXPECT_EQ(AuthorOf("",
                     "<p class=\"article-author-credit\">Sujet TJ: Aline "
                     "Perrenoud<br>Adaptation web: Marc-Olivier Dubey</p><p>" +
                         std::string(kParagraph) + "</p>"),
            "Aline Perrenoud, Marc-Olivier Dubey");
  EXPECT_EQ(AuthorOf("",
                     "<p class=\"byline\">Texte : Nadia Bensaïd. Photo : "
                     "Julien Roux.</p><p>" +
                         std::string(kParagraph) + "</p>"),
            "Nadia Bensaïd");
  // Only the text's writers: not a photographer, nor a guest.
  EXPECT_EQ(AuthorOf("",
                     "<p class=\"byline\">Texte: Anne Roux Photo: Marc "
                     "Petit</p><p>" +
                         std::string(kParagraph) + "</p>"),
            "Anne Roux");
  EXPECT_EQ(AuthorOf("",
                     "<p class=\"byline\">Journaliste : Anne Roux Invité "
                     ": Jean Castex</p><p>" +
                         std::string(kParagraph) + "</p>"),
            "Anne Roux");
  // A dot between the credits is neither's.
  EXPECT_EQ(AuthorOf("",
                     "<p class=\"credits\">Texte : Émilie Tremblay · Photos "
                     ": Marc Pelletier</p><p>" +
                         std::string(kParagraph) + "</p>"),
            "Émilie Tremblay");
  // A gallery's credit line under the headline, no byline class, with the
  // date and the pictures' count after the names; the page's metadata names
  // the photographer (a blind Burkinabè gallery).
  EXPECT_EQ(AuthorOf("<meta name=\"author\" content=\"Alizèta Sawadogo\">",
                     "<div class=\"infos-galerie\"><span>Texte : <a "
                     "href=\"/auteur/ro\">Rasmané Ouédraogo</a></span> — "
                     "<span>Photos : <a href=\"/auteur/as\">Alizèta "
                     "Sawadogo</a></span> — <span>29/11/2026 à 10h12</span> "
                     "— <span>12 photos</span></div><p>" +
                         std::string(kParagraph) + "</p>"),
            "Rasmané Ouédraogo");
  // When the metadata name only the photographer, the credit's writer signs
  // (a blind Martinican gallery).
  EXPECT_EQ(AuthorOf("<meta name=\"author\" content=\"Marc-Antoine "
                     "Jean-Louis\">",
                     "<div class=\"entry-meta\"><span class=\"byline\">Texte "
                     ": <span class=\"author vcard\"><a class=\"url fn n\" "
                     "href=\"/author/sl/\">Sandrine Lordinot</a></span> — "
                     "Photos : Marc-Antoine Jean-Louis</span></div><p>" +
                         std::string(kParagraph) + "</p>"),
            "Sandrine Lordinot");
}

// A signature's name and its agency in two spans side by side, which a
// style sets on two lines (a blind Québec page of Canadian Press copy): two
// words, and the agency is no author. A surname is cut only when it spells an
// agency's acronym in capitals or an agency's name of several words.
TEST(ExtractTest, AnAgencyBesideTheNameInASignatureIsNoAuthor) {
  const std::string text = "<p>" + std::string(kParagraph) + "</p>";
  EXPECT_EQ(AuthorOf("",
                     "<div class=\"article-signature\"><div "
                     "class=\"auteur\"><span class=\"nom\">Marie-Ève "
                     "Lavoie</span><span class=\"media\">La Presse "
                     "Canadienne</span></div><div class=\"dates\"><span>15 "
                     "décembre 2026 à 16 h 42</span></div></div>" +
                         text),
            "Marie-Ève Lavoie");
  EXPECT_EQ(AuthorOf("", "<p class=\"byline\">Par Anne Dupont AFP</p>" + text),
            "Anne Dupont");
  EXPECT_EQ(AuthorOf("", "<p class=\"byline\">Par Anne Tap</p>" + text),
            "Anne Tap");
}

// A container of the whole post with a class of dates (Blogger's
// "date-outer") keeps its blocks apart: the byline paragraph above a photo
// does not read on into the caption.
TEST(ExtractTest, ABylineAboveACaptionEndsWithItsParagraph) {
  EXPECT_EQ(AuthorOf("",
                     "<div class=\"date-outer\"><h2 class=\"date-header\">"
                     "mercredi 8 janvier 2025</h2><p><b>Par Jean-Robert "
                     "Saint-Fleur</b></p><div><img src=\"a.jpg\"></div>"
                     "<div><i>Une station fermée sur le boulevard.</i></div>"
                     "<p>" +
                         std::string(kParagraph) + "</p><p>" + kParagraph +
                         "</p></div>"),
            "Jean-Robert Saint-Fleur");
}

// A name the page credits for drawings or editing only is no writer's: a
// magazine's JSON-LD lists its illustrator, a site running agency copy
// names its web editor as the author. A writer who took the photos too
// stays.
TEST(ExtractTest, IllustratorsAndEditorsAreNoWriters) {
  const auto ld_authors = [](const std::string& names) {
    std::string list;
    for (absl::string_view name : absl::StrSplit(names, ", ")) {
      if (!list.empty()) list += ",";
      list += "{\"@type\":\"Person\",\"name\":\"" + std::string(name) + "\"}";
    }
    return "<script type=\"application/ld+json\">{\"@type\":"
           "\"NewsArticle\",\"headline\":\"Le travail\",\"author\":[" +
           list + "]}</script>";
  };
  const std::string paragraph = "<p>" + std::string(kParagraph) + "</p>";
  EXPECT_EQ(AuthorOf(ld_authors("Claire Dumont, Paul Verdier"),
                     "<div class=\"credits\"><p>Texte Claire Dumont</p><p>"
                     "Illustrations Paul Verdier</p></div>" +
                         paragraph),
            "Claire Dumont");
  EXPECT_EQ(AuthorOf(ld_authors("Rami Khoury"),
                     "<div class=\"meta\"><span class=\"byline\">Par "
                     "AFP</span> <span class=\"editor\">Édité par <a "
                     "href=\"/author/rk/\">Rami Khoury</a></span></div>" +
                         paragraph),
            "");
  // The editor's credit on a line of its own, or run on after the agency's.
  EXPECT_EQ(AuthorOf(ld_authors("Rami Khoury"),
                     "<div class=\"byline\"><div>Par AFP</div><div>Édité par "
                     "Rami Khoury</div></div>" +
                         paragraph),
            "");
  EXPECT_EQ(AuthorOf(ld_authors("Rami Khoury"),
                     "<p class=\"byline\">Par AFP Édité par Rami Khoury</p>" +
                         paragraph),
            "");
  // The editor's credit under the text, the agency's byline over it.
  EXPECT_EQ(AuthorOf(ld_authors("Camille Noiret"),
                     "<div class=\"meta\"><span class=\"meta-author\">Par <a "
                     "href=\"/tag/afp/\">AFP</a></span></div>" +
                         paragraph + paragraph +
                         "<p class=\"edited-by\">Édité par Camille Noiret</p>"),
            "");
  // Without an agency's byline, the only name stands.
  EXPECT_EQ(
      AuthorOf(ld_authors("Rami Khoury"),
               "<div class=\"meta\">Édité par Rami Khoury</div>" + paragraph),
      "Rami Khoury");
  // A translated piece's metadata list its translator, whom the text's note
  // credits (a blind Haitian page); alone, a translator's name stands.
  const std::string translated =
      paragraph +
      "<p><em>Cet article a été publié initialement en anglais par The "
      "Caribbean Ledger. Traduit de l'anglais par Jean-Robert "
      "Pierre.</em></p>";
  EXPECT_EQ(
      AuthorOf(ld_authors("Rachel Whitmore, Jean-Robert Pierre"), translated),
      "Rachel Whitmore");
  EXPECT_EQ(AuthorOf(ld_authors("Rachel Whitmore, Jean-Robert Pierre"),
                     paragraph + "<p>Jean-Robert Pierre a traduit des romans. "
                                 "Il a été reçu par le ministre.</p>"),
            "Rachel Whitmore, Jean-Robert Pierre");
  EXPECT_EQ(AuthorOf(ld_authors("Jean-Robert Pierre"), translated),
            "Jean-Robert Pierre");
  // Unless the text closes on its writer's signature (a blind Alsatian page
  // whose metadata name the editor who put it online).
  EXPECT_EQ(
      AuthorOf(ld_authors("Sophie Ritter"),
               "<div class=\"entry-meta\"><span class=\"posted-by\">Mis "
               "en ligne par <a class=\"url fn n\" "
               "href=\"/author/sritter/\">Sophie Ritter</a></span></div>" +
                   paragraph + paragraph +
                   "<p style=\"text-align:right\"><em>Paul "
                   "Hirtz</em></p>"),
      "Paul Hirtz");
  // A stock photo's credit, and an editor who signs too.
  EXPECT_EQ(AuthorOf(ld_authors("Marie Dupont, Jean Martin"),
                     "<figure><img src=\"a.jpg\"><figcaption>Photo "
                     "d'illustration : Jean Martin</figcaption></figure>" +
                         paragraph),
            "Marie Dupont, Jean Martin");
  EXPECT_EQ(AuthorOf(ld_authors("Marie Dupont, Jean Martin"),
                     "<div class=\"byline\">Par Marie Dupont et Jean "
                     "Martin</div><div class=\"byline\">Édité par Jean "
                     "Martin</div>" +
                         paragraph),
            "Marie Dupont, Jean Martin");
  // A credit of roles that names the writers: the photographer it names
  // apart took the pictures only.
  EXPECT_EQ(AuthorOf(ld_authors("Pauline Dabadie, Thibault Laffargue, Mathieu "
                                "Sempé"),
                     "<div class=\"author-m__authors\"><div "
                     "class=\"author-m__credit\"><span>Texte :</span> <a "
                     "href=\"/author/pd\">Pauline Dabadie</a> et <a "
                     "href=\"/author/tl\">Thibault Laffargue</a></div><div "
                     "class=\"author-m__credit\"><span>Photos :</span> <a "
                     "href=\"/author/ms\">Mathieu Sempé</a></div></div>" +
                         paragraph),
            "Pauline Dabadie, Thibault Laffargue");
  EXPECT_EQ(AuthorOf(ld_authors("Mélanie Cormier, Luc LeBlanc"),
                     "<figure><img src=\"a.jpg\"><figcaption>Le quai. Photo "
                     ": Luc LeBlanc</figcaption></figure>" +
                         paragraph),
            "Mélanie Cormier, Luc LeBlanc");
}

// One byline element per writer, side by side (Facebook Instant Articles'
// <address>, each with its link to the writer's page), names them all.
TEST(ExtractTest, SideBySideBylinesNameEveryWriter) {
  EXPECT_EQ(AuthorOf("",
                     "<address><a href=\"/auteur/awa-kone\">Awa Koné</a> "
                     "Envoyée spéciale à San-Pédro</address><address><a "
                     "href=\"/auteur/didier-yao\">Didier Kouadio Yao</a>"
                     "</address><p>" +
                         std::string(kParagraph) + "</p>"),
            "Awa Koné, Didier Kouadio Yao");
  // Drupal's field items, whose field's text runs the names together.
  EXPECT_EQ(AuthorOf("",
                     "<div class=\"field field--name-field-auteurs\"><div "
                     "class=\"field__items\"><div class=\"field__item\"><a "
                     "href=\"/auteur/sl\">Sophie Lambrecht</a></div><div "
                     "class=\"field__item\"><a href=\"/auteur/md\">Marc "
                     "Dethier</a></div></div></div><p>" +
                         std::string(kParagraph) + "</p>"),
            "Sophie Lambrecht, Marc Dethier");
  // A broadcast's hosts, credited over its player, wrote nothing.
  EXPECT_EQ(AuthorOf("",
                     "<p class=\"Player-credits\">Émission présentée par "
                     "Antoine Ferrand et Sonia Benhamou</p><p>" +
                         std::string(kParagraph) + "</p>"),
            "");
  // A byline in title case joins its names with "Et".
  EXPECT_EQ(AuthorOf("",
                     "<p class=\"byline\">Par Sophie Bernard Et Luc "
                     "Petit</p><p>" +
                         std::string(kParagraph) + "</p>"),
            "Sophie Bernard, Luc Petit");
  // A byline and a photo credit side by side are not two writers.
  EXPECT_EQ(AuthorOf("",
                     "<div class=\"byline\">Par <a "
                     "href=\"/auteur/awa-kone\">Awa Koné</a></div><div "
                     "class=\"credit\">Photo : Yao Kouassi</div><p>" +
                         std::string(kParagraph) + "</p>"),
            "Awa Koné");
}

// A desk the JSON-LD names as its author ("Opinions", the article's
// section) signs for no one: the signature under the piece names the
// writer, without the description after the comma.
TEST(ExtractTest, ASectionAsTheAuthorGivesWayToTheSignature) {
  const std::string head =
      "<meta property=\"article:section\" content=\"Opinions\">"
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
      "\"headline\":\"Le travail\",\"author\":{\"@type\":\"Person\","
      "\"name\":\"Opinions\"}}</script>";
  EXPECT_EQ(AuthorOf(head, "<p>" + std::string(kParagraph) + " " + kParagraph +
                               "</p><p class=\"article__signature\"><strong>"
                               "Nathalie Van den Bossche</strong>, professeure "
                               "de droit social à l'Université de Liège</p>"),
            "Nathalie Van den Bossche");
  // A columnist's name as his column's section still signs.
  EXPECT_EQ(AuthorOf("<meta property=\"article:section\" content=\"Patrick "
                     "Lagacé\"><script type=\"application/ld+json\">{\"@type\":"
                     "\"NewsArticle\",\"author\":{\"@type\":\"Person\","
                     "\"name\":\"Patrick Lagacé\"}}</script>",
                     "<p>" + std::string(kParagraph) + "</p>"),
            "Patrick Lagacé");
  // Itemprop authors joined by "et" stay a list.
  EXPECT_EQ(AuthorOf("",
                     "<div class=\"signature\">Par Anne Roux, et Marc "
                     "Petit</div><p>" +
                         std::string(kParagraph) + "</p>"),
            "Anne Roux, Marc Petit");
}

// An organisation the JSON-LD names as the author signs for no one; the
// byline names the writer.
// Dublin Core's creator in a library catalogue's order is a name.
TEST(ExtractTest, DublinCoresCreatorInCatalogueOrder) {
  const auto author_of = [](const std::string& creator) {
    return AuthorOf("<meta name=\"DC.creator\" content=\"" + creator + "\">",
                    "<p>" + std::string(kParagraph) + "</p>");
  };
  EXPECT_EQ(author_of("Vasseur, Hélène"), "Hélène Vasseur");
  EXPECT_EQ(author_of("Le Goff, Anne-Marie"), "Anne-Marie Le Goff");
  // Two writers, or two given names, stay as they are.
  EXPECT_EQ(author_of("Hélène Vasseur, Marc Lenoir"),
            "Hélène Vasseur, Marc Lenoir");
}

TEST(ExtractTest, AnOrganisationIsNoAuthor) {
  for (const std::string& author :
       {std::string("{\"@type\": \"Organization\", \"name\": \"TRR Info\"}"),
        std::string("[{\"@id\": \"#newsroom\"}]")}) {
    const std::string head =
        "<script type=\"application/ld+json\">{\"@context\": "
        "\"https://schema.org\", \"@graph\": [{\"@type\": \"NewsArticle\", "
        "\"headline\": \"Le travail\", \"author\": " +
        author +
        "}, {\"@type\": \"NewsMediaOrganization\", \"@id\": \"#newsroom\", "
        "\"name\": \"TRR Info\"}]}</script>";
    EXPECT_EQ(AuthorOf(head, "<p class=\"byline\">Par Aline Perrenoud</p><p>" +
                                 std::string(kParagraph) + "</p>"),
              "Aline Perrenoud")
        << author;
  }
}

TEST(ExtractTest, LabelledBylinesAndSeveralAuthors) {
  auto author_of = [](const std::string& byline) {
    return AuthorOf(
        "<meta name=\"author\" content=\"Le Journal du Soir\"><meta "
        "property=\"og:site_name\" content=\"Le Journal du Soir\">",
        byline + "<p>" + kParagraph + "</p>");
  };
  EXPECT_EQ(author_of("<div class=\"author\">Auteur(s) : Anne Dupont (avec "
                      "Marc Lenoir et Julie Petit)</div>"),
            "Anne Dupont, Marc Lenoir, Julie Petit");
  EXPECT_EQ(author_of("<div class=\"byline\">Par Anne Dupont et Marc "
                      "Lenoir</div>"),
            "Anne Dupont, Marc Lenoir");
  // A signature in initials under the text is the byline's writer.
  EXPECT_EQ(AuthorOf("",
                     "<div class=\"infos_article\">Publié le 15/04/2024 "
                     "à 07h12 | Par Jean-Hugues Payet</div><p>" +
                         std::string(kParagraph) +
                         "</p><div class=\"signature\">J.-H. P.</div>"),
            "Jean-Hugues Payet");
  // An interview's byline names who asked.
  EXPECT_EQ(author_of("<div class=\"article__author\">Interview: <a "
                      "href=\"/autoren/y-metrailler\">Yannick "
                      "Métrailler</a></div>"),
            "Yannick Métrailler");
  // The site naming itself as the author publishes the piece but signs
  // nothing; the group that signs it wrote it.
  EXPECT_EQ(author_of("<div class=\"mo-author\"><strong>Les Membres du Chœur "
                      "de la Ville</strong></div>"),
            "Les Membres du Chœur de la Ville");
  EXPECT_EQ(author_of(""), "");
  // A role is not part of the names, nor a name on its own; a name written
  // twice (once per screen size) is one name.
  EXPECT_EQ(author_of("<div class=\"byline\">Par Lilian Alemagna, Laure "
                      "Bretton Envoyés spéciaux</div>"),
            "Lilian Alemagna, Laure Bretton");
  // Names printed in capitals are written as names; an agency's credit signs
  // nothing.
  EXPECT_EQ(author_of("<div class=\"byline\">Par LILIAN ALEMAGNA, LAURE "
                      "BRETTON</div>"),
            "Lilian Alemagna, Laure Bretton");
  EXPECT_EQ(author_of("<div class=\"byline\">Par CHARLES DE GAULLE</div>"),
            "Charles de Gaulle");
  EXPECT_EQ(author_of("<div class=\"byline\">Par Chokri GHARBI</div>"),
            "Chokri GHARBI");
  EXPECT_EQ(author_of("<div class=\"byline\">Par AFP REUTERS</div>"), "");
  // The newsroom's initials beside the agency sign nothing either; a name
  // beside it does.
  EXPECT_EQ(AuthorOf("<meta name=\"author\" content=\"OLJ/AFP\">",
                     "<div class=\"byline\"><span class=\"source\">OLJ/AFP"
                     "</span></div><p>" +
                         std::string(kParagraph) + "</p>"),
            "");
  // A television report's credits: the journalist wrote it, not the camera
  // operator nor the editor.
  EXPECT_EQ(author_of("<p class=\"article__credits\">Journaliste : Karim "
                      "Bensaïd — Images : Julie Fabre — Montage : Paul "
                      "Nguyen</p>"),
            "Karim Bensaïd");
  EXPECT_EQ(author_of("<p class=\"credits\">Journaliste : Karim Bensaïd</p>"),
            "Karim Bensaïd");
  // A content system's account.
  EXPECT_EQ(author_of("<span class=\"vcard author\">Webmestre</span>"), "");
  // "Texte et photos :", a writer who took the pictures too, under the text.
  EXPECT_EQ(AuthorOf("", "<p>" + std::string(kParagraph) +
                             "</p><p>Texte et photos : Kévin Waheo</p>"),
            "Kévin Waheo");
  // A dispatch's closing codes: the agency's and its staff's initials.
  EXPECT_EQ(AuthorOf("", "<p>" + std::string(kParagraph) +
                             "</p><p class=\"depeche-signature\">ASP/MA/ID/AZ"
                             "</p>"),
            "");
  // AFP's, in lower case.
  EXPECT_EQ(AuthorOf("", "<p>" + std::string(kParagraph) +
                             "</p><p class=\"signature\">bur-ach/pa/eb</p>"),
            "");
  EXPECT_EQ(author_of("<div class=\"byline\">Anne Dupont/AFP</div>"),
            "Anne Dupont");
  EXPECT_EQ(author_of("<div class=\"byline\">Noémie Favre (avec ATS)</div>"),
            "Noémie Favre");
  EXPECT_EQ(author_of("<div class=\"byline\">Noémie Favre (AFP)</div>"),
            "Noémie Favre");
  // An acronym alone is an agency the list does not know, or a newsroom's
  // initials; a short surname in capitals is a name.
  EXPECT_EQ(AuthorOf("<meta name=\"author\" content=\"AGP\">",
                     "<p>" + std::string(kParagraph) +
                         "</p><p class=\"signature\">AGP</p>"),
            "");
  EXPECT_EQ(author_of("<div class=\"byline\">Par Mamadou SY</div>"),
            "Mamadou SY");
  EXPECT_EQ(author_of("<div class=\"byline\">Par SOW</div>"), "SOW");
  EXPECT_EQ(author_of("<div class=\"byline\">Par BAH</div>"), "BAH");
  // An author box's description says who the account is, in a sentence; the
  // signature closing the text names the writer.
  EXPECT_EQ(
      AuthorOf("", "<p>" + std::string(kParagraph) + " " +
                       std::string(kParagraph) +
                       "</p><p><em>Koffi Yao, correspondant à "
                       "Bouaké</em></p><div class=\"author-box-wrap\"><div "
                       "class=\"td-author-name\"><a "
                       "href=\"/author/redaction/\">La Rédaction</a></div><div "
                       "class=\"td-author-description\">Abidjan Matin, "
                       "quotidien d'information générale.</div></div>"),
      "Koffi Yao");
  // The outlet's label for its partners' pages is the outlet's, no one's.
  EXPECT_EQ(AuthorOf("<meta property=\"og:site_name\" content=\"Cameroon "
                     "Tribune\"><meta name=\"author\" content=\"Cameroon "
                     "Tribune Partenaires\">",
                     "<p>" + std::string(kParagraph) + "</p>"),
            "");
  // A role in brackets after the name.
  EXPECT_EQ(author_of("<div class=\"byline\">Ousmane DIOP (Correspondant "
                      "régional)</div>"),
            "Ousmane DIOP");
  // Block parts written with no blank between them are apart too.
  EXPECT_EQ(author_of("<div class=\"byline\"><div>Ousmane DIOP,</div><div>"
                      "Ibrahima FALL</div></div>"),
            "Ousmane DIOP, Ibrahima FALL");
  EXPECT_EQ(author_of("<div class=\"byline\"><div>Ousmane DIOP</div><div>"
                      "(Envoyé spécial à Kolda)</div></div>"),
            "Ousmane DIOP");
  // An outlet of one word may be a writer's given name.
  EXPECT_EQ(AuthorOf("<meta property=\"og:site_name\" content=\"Marianne\">"
                     "<meta name=\"author\" content=\"Marianne Enault\">",
                     "<div class=\"byline\">Par Marianne Enault et Paul "
                     "Leroy</div><p>" +
                         std::string(kParagraph) + "</p>"),
            "Marianne Enault, Paul Leroy");
  // An author box's name is read; its description is not.
  EXPECT_EQ(AuthorOf("", "<p>" + std::string(kParagraph) +
                             "</p><div class=\"author-bio\"><h4 "
                             "class=\"author-bio-name\">Julie Tremblay</h4><p "
                             "class=\"author-bio-description\">Journaliste "
                             "aux affaires municipales.</p></div>"),
            "Julie Tremblay");
  // A role that style sets apart from the name, with no blank between them.
  EXPECT_EQ(author_of("<div class=\"m-from-author\"><span>Par :</span> <a "
                      "href=\"/auteur/an/\">Armel Nguimbous</a><span "
                      "class=\"role\">correspondant à Yaoundé</span></div>"),
            "Armel Nguimbous");
  // Joomla: a colon after its lead-in, its first account's name in the
  // author meta.
  EXPECT_EQ(AuthorOf("<meta name=\"author\" content=\"Super User\">",
                     "<dd class=\"createdby\">Écrit par : <span>Karim "
                     "Boudiaf</span></dd><p>" +
                         std::string(kParagraph) + "</p>"),
            "Karim Boudiaf");
  // WordPress: a login as the account's name, in Yoast's JSON-LD and the
  // theme's byline alike, names nobody.
  for (const char* login : {"admin_sh", "redaction"}) {
    EXPECT_EQ(AuthorOf(absl::StrCat("<script type=\"application/ld+json\">"
                                    "{\"@type\": \"Article\", \"author\": "
                                    "{\"name\": \"",
                                    login, "\"}}</script>"),
                       absl::StrCat("<span class=\"post-meta-author\"><a "
                                    "href=\"/author/",
                                    login, "/\">", login, "</a></span><p>",
                                    kParagraph, "</p>")),
              "")
        << login;
  }
  // Co-authors marked up beside each other, a role between them; another
  // piece's author elsewhere is none of them.
  EXPECT_EQ(AuthorOf("",
                     "<span class=\"post-byline\">Par <span "
                     "itemprop=\"author\">Patrick Kalala Mwamba</span>, "
                     "correspondant à Kolwezi, et <span "
                     "itemprop=\"author\">Esther Mujinga</span></span><p>" +
                         std::string(kParagraph) +
                         "</p><ul><li><span itemprop=\"author\">Paul "
                         "Martin</span></li></ul>"),
            "Patrick Kalala Mwamba, Esther Mujinga");
  EXPECT_EQ(AuthorOf("",
                     "<span class=\"byline\">Par <a "
                     "itemprop=\"author\">Anne Dupont</a><meta "
                     "itemprop=\"author\" content=\"Anne Dupont\"><span "
                     "itemprop=\"author\" itemscope "
                     "itemtype=\"https://schema.org/Organization\">AFP"
                     "</span></span><p>" +
                         std::string(kParagraph) + "</p>"),
            "Anne Dupont");
  // A microdata Person is called by its `name` property, not by the words
  // around it ("Source:", a role); an agency so credited signs no one.
  EXPECT_EQ(AuthorOf("",
                     "<div class=\"footer\"><span class=\"news-list-author\" "
                     "itemprop=\"author\" itemscope "
                     "itemtype=\"http://schema.org/Person\">Source: <span "
                     "itemprop=\"name\">ATS</span></span></div><p>" +
                         std::string(kParagraph) + "</p>"),
            "");
  EXPECT_EQ(AuthorOf("",
                     "<span itemprop=\"author\" itemscope "
                     "itemtype=\"http://schema.org/Person\"><span "
                     "itemprop=\"name\">Léa Gasser</span>, cheffe de "
                     "rubrique</span><p>" +
                         std::string(kParagraph) + "</p>"),
            "Léa Gasser");
  // A guest's column, a footnote's mark, a role after the name, a link's
  // words.
  EXPECT_EQ(author_of("<span class=\"signature\">Une carte blanche "
                      "d'Anne-Sophie Lambotte*</span>"),
            "Anne-Sophie Lambotte");
  EXPECT_EQ(author_of("<div class=\"field--name-field-auteur-externe\">Une "
                      "carte blanche de <strong>Marc Vandeputte</strong>, "
                      "géographe et ancien bourgmestre</div>"),
            "Marc Vandeputte");
  EXPECT_EQ(author_of("<div class=\"byline\"><span>Jérôme Caron</span> "
                      "<span>Critique de cinéma</span></div>"),
            "Jérôme Caron");
  EXPECT_EQ(author_of("<a rel=\"author\" href=\"/auteur/jrpl\">Voir tous ses "
                      "articles</a>"),
            "");
  // A desk of the newsroom signs nothing.
  EXPECT_EQ(author_of("<span class=\"author\">Service Sport</span>"), "");
  EXPECT_EQ(author_of("<span class=\"author\">Pôle Enquêtes</span>"), "");
  EXPECT_EQ(author_of("<span class=\"author\">Serviceman Dupont</span>"),
            "Serviceman Dupont");
  // Short words of names, "ET" between two of them, an elision's capital.
  EXPECT_EQ(author_of("<div class=\"byline\">PAR AYA N'GUESSAN ET "
                      "SERGE-ALAIN KOUADIO YAO</div>"),
            "Aya N'Guessan, Serge-Alain Kouadio Yao");
  EXPECT_EQ(author_of("<div class=\"byline\">Par AMADOU BA</div>"),
            "Amadou Ba");
  EXPECT_EQ(author_of("<div class=\"byline\">Par MARIAMA BÂ ET MOUSSA "
                      "N’DIAYE</div>"),
            "Mariama Bâ, Moussa N’Diaye");
  EXPECT_EQ(author_of("<div class=\"byline\">PAR MOUSSA DIOP ET LA "
                      "RÉDACTION</div>"),
            "Moussa Diop");
  EXPECT_EQ(author_of("<div class=\"byline\">PAR ONU INFO</div>"), "ONU INFO");
  EXPECT_EQ(author_of("<div class=\"byline\">Par MOUSSA TRAORE (AMAP)</div>"),
            "Moussa Traore");
  EXPECT_EQ(author_of("<div class=\"byline\">Journaliste</div>"), "");
  EXPECT_EQ(author_of("<div class=\"byline\">Kristen Falc'honKristen "
                      "Falc'hon</div>"),
            "Kristen Falc'hon");
  // A role before "par", a label in an element of its own, "our
  // correspondent" before the name.
  EXPECT_EQ(author_of("<p class=\"live-authors\">Direct animé par Thomas "
                      "Garnier et Inès Marchal</p>"),
            "Thomas Garnier, Inès Marchal");
  EXPECT_EQ(author_of("<div class=\"field--name-author\"><div "
                      "class=\"field__label\">Texte</div><div "
                      "class=\"field__item\">Nicolas Favre</div></div>"),
            "Nicolas Favre");
  // The label's plural in brackets (a blind broadcaster's page).
  EXPECT_EQ(author_of("<ul><li class=\"eri-authors\"><span "
                      "class=\"label\">Auteur(s)</span> Awa Koné et Serge "
                      "Kouassi (à Abidjan)</li></ul>"),
            "Awa Koné, Serge Kouassi");
  // A newsroom's name that opens on "Rédaction" is no label before a name.
  EXPECT_EQ(author_of("<div class=\"byline\">Rédaction Sud Ouest</div>"), "");
  EXPECT_EQ(author_of("<div class=\"byline\">Un article de notre "
                      "correspondant à Bruxelles, Florent Meunier</div>"),
            "Florent Meunier");
}

// A standfirst set beside the body's block, in the same container, opens the
// text once.
TEST(ExtractTest, AStandfirstBesideTheBodyOpensTheTextOnce) {
  const std::string standfirst =
      "Le conseil a validé un tronçon de cinq kilomètres vers le sud. Mise en "
      "service visée fin 2029.";
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>Le tramway</title>",
           "<article><h1>Le tramway</h1><p class=\"chapo\">" + standfirst +
               "</p><div class=\"post-content\"><p>" + kParagraph + "</p><p>" +
               kParagraph + "</p></div></article>"),
      {.source = "a.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_TRUE(a->text.starts_with(standfirst)) << a->text;
  EXPECT_EQ(a->text.find(standfirst, 1), std::string::npos) << a->text;
}

// A standfirst in the article's own <header>, or in a Drupal field whose
// label is hidden ("field--label-hidden"), opens the text too.
TEST(ExtractTest, AStandfirstInTheArticlesHeaderOrAFieldOpensTheText) {
  const std::string standfirst =
      "Le conseil a validé un tronçon de cinq kilomètres vers le sud. Mise en "
      "service visée fin 2029.";
  for (const std::string& page :
       {Page(
            "<title>Le tramway</title>",
            "<header class=\"site-header\">Le Journal</header><article><header "
            "class=\"article__header\"><h1>Le tramway</h1><p "
            "class=\"article__chapo\">" +
                standfirst + "</p></header><div class=\"article__body\"><p>" +
                kParagraph + "</p><p>" + kParagraph + "</p></div></article>"),
        Page("<title>Le tramway</title>",
             "<article class=\"node\"><h1>Le tramway</h1><div "
             "class=\"node__content\"><div class=\"field "
             "field--name-field-chapeau field--label-hidden\">" +
                 standfirst +
                 "</div><div class=\"field field--name-body "
                 "field--label-hidden\"><p>" +
                 kParagraph + "</p><p>" + kParagraph +
                 "</p></div></div></article>"),
        // The <article> is the body's block itself, its <header> inside it;
        // the writer's organisation after the header is a label.
        Page("<title>Le tramway</title>",
             "<article class=\"articleBody\"><header><p "
             "class=\"section\">Transports</p><h1>Le tramway</h1><p "
             "class=\"lead\">" +
                 standfirst +
                 "</p></header><div class=\"authorModule\"><div>Geneviève "
                 "Laplante-Roy</div><div>La Presse</div></div><div "
                 "class=\"textModule\"><p>" +
                 kParagraph + "</p><p>" + kParagraph +
                 "</p></div></article>")}) {
    absl::StatusOr<Article> a = ExtractArticle(page, {.source = "a.html"});
    ASSERT_TRUE(a.ok()) << a.status();
    EXPECT_TRUE(a->text.starts_with(standfirst)) << a->text;
    EXPECT_EQ(a->text.find(standfirst, 1), std::string::npos) << a->text;
    EXPECT_EQ(a->text.find("La Presse"), std::string::npos) << a->text;
  }
}

// Nothing is said twice: the standfirst in a header block written beside the
// body, nor a pull quote; the kicker over the headline is a label.
TEST(ExtractTest, TheHeaderAndPullQuotesRepeatNothing) {
  const std::string standfirst =
      "Le conseil a validé un tronçon de cinq kilomètres vers le sud. Mise en "
      "service visée fin 2029.";
  const std::string quote =
      "« Nous avons attendu ce tramway pendant vingt ans », a dit la maire.";
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>Le tramway</title>",
           "<article class=\"node-article\"><div class=\"article-header\"><p "
           "class=\"kicker\"><a href=\"/region\">Région</a> · "
           "Transports</p><h1>Le tramway</h1><p class=\"lead\">" +
               standfirst + "</p></div><div class=\"article-body\"><p>" +
               kParagraph + "</p><blockquote class=\"pull-quote\"><p>" + quote +
               "</p></blockquote><p>" + quote + " " + kParagraph +
               "</p></div></article>"),
      {.source = "a.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_TRUE(a->text.starts_with(standfirst)) << a->text;
  EXPECT_EQ(a->text.find(standfirst, 1), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Transports"), std::string::npos) << a->text;
  const size_t said = a->text.find(quote);
  ASSERT_NE(said, std::string::npos) << a->text;
  EXPECT_EQ(a->text.find(quote, said + 1), std::string::npos) << a->text;
  // A quotation emphasised inside a sentence, or a quote set in a float, is
  // the text's own.
  absl::StatusOr<Article> b = ExtractArticle(
      Page("<title>Retraites</title>",
           "<article><h1>Retraites</h1><div class=\"article-body\"><p>Le "
           "ministre a été très clair : <span class=\"exergue\">« nous ne "
           "reviendrons pas sur les 64 ans »</span>, a-t-il martelé. " +
               std::string(kParagraph) +
               "</p><blockquote class=\"pull-right quote\"><p>« La "
               "mobilisation continuera jusqu'au retrait », a prévenu la "
               "CGT.</p></blockquote><p>" +
               kParagraph + "</p></div></article>"),
      {.source = "b.html"});
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_NE(b->text.find("« nous ne reviendrons pas sur les 64 ans »"),
            std::string::npos)
      << b->text;
  EXPECT_NE(b->text.find("continuera jusqu'au retrait"), std::string::npos)
      << b->text;
}

// What the byline rules must not drop or take (a review of the thirty
// byline pages' changes): the article's own byline in its header's <footer>
// or in a blog's meta list, a newsroom's label before a name, a site named
// after its author; not an organisation after "et", nor words of the date.
TEST(ExtractTest, BylinesKeepTheirOwnAuthorAndNoOneElse) {
  auto author_of_page = [](const std::string& head, const std::string& body) {
    absl::StatusOr<Article> a = ExtractArticle(
        Page("<title>Le travail</title>" + head, body), {.source = "a.html"});
    EXPECT_TRUE(a.ok()) << a.status();
    return a.ok() ? a->author : "?";
  };
  const std::string text = "<p>" + std::string(kParagraph) + "</p>";
  EXPECT_EQ(author_of_page("",
                           "<article><header><h1>Le travail</h1><footer>"
                           "Par Anne Dupont, publié le 3 mai 2024"
                           "</footer></header>" +
                               text + "</article>"),
            "Anne Dupont");
  EXPECT_EQ(author_of_page("",
                           "<article><h1>Le travail</h1><ul "
                           "class=\"post-info\"><li><a class=\"author\" "
                           "href=\"/equipe/jean-baptiste-martin\">Jean-"
                           "Baptiste Martin</a></li><li><a href=\"/2024/"
                           "09/03/\">3 septembre 2024</a></li></ul>" +
                               text + "</article>"),
            "Jean-Baptiste Martin");
  EXPECT_EQ(AuthorOf("", "<div class=\"byline\">Rédaction : Anne Dupont</div>" +
                             text),
            "Anne Dupont");
  EXPECT_EQ(AuthorOf("<meta property=\"og:site_name\" content=\"Jean-Marc "
                     "Sylvestre\"><meta name=\"author\" content=\"Jean-Marc "
                     "Sylvestre\">",
                     text),
            "Jean-Marc Sylvestre");
  // A co-author whose first name no list holds.
  EXPECT_EQ(AuthorOf("",
                     "<div>Par Moussa Ag Attaher et Fatoumata "
                     "Coulibaly</div>" +
                         text),
            "Moussa Ag Attaher, Fatoumata Coulibaly");
  for (const char* line : {"Par Anne Dupont et Agence France-Presse",
                           "Par Anne Dupont et La Presse Canadienne",
                           "Par Anne Dupont et France Bleu Isère"}) {
    EXPECT_EQ(AuthorOf("", std::string("<div>") + line + "</div>" + text),
              "Anne Dupont")
        << line;
  }
  EXPECT_EQ(AuthorOf("",
                     "<div>Par Anne Dupont et Marc Lenoir Mis à jour le 3 "
                     "mai</div>" +
                         text),
            "Anne Dupont, Marc Lenoir");
  EXPECT_EQ(AuthorOf("",
                     "<div>Par Anne Dupont et Marc Lenoir Le 3 mai 2024 "
                     "à 10h</div>" +
                         text),
            "Anne Dupont, Marc Lenoir");
  // People quoted above their words sign nothing, however the article ends.
  EXPECT_EQ(AuthorOf("", text + "<h3>Marie Lefèvre</h3><p>« On nous promet ce "
                                "tram depuis dix ans », soupire-t-elle.</p>"
                                "<h3>Paul Durand</h3><p>« Moi, j'y crois », "
                                "dit-il.</p>"),
            "");
}

TEST(ExtractTest, RejectsBinaryAndEmptyInput) {
  EXPECT_EQ(ExtractArticle("").status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(
      ExtractArticle(std::string("\x89PNG\r\n\x1a\n\0\0", 10)).status().code(),
      absl::StatusCode::kInvalidArgument);
  // Gzip data that cannot be decompressed.
  EXPECT_EQ(ExtractArticle("\x1F\x8B\x08\x00").status().code(),
            absl::StatusCode::kInvalidArgument);
}

// A web archive handed over as a page is told as such, whatever its size:
// `newsq extract crawl.warc.gz` says what it is and who reads it.
TEST(ExtractTest, AWebArchiveIsToldAsSuch) {
  const absl::StatusOr<Article> warc =
      ExtractArticle("WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n");
  EXPECT_EQ(warc.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(warc.status().message().find("a web archive"), std::string::npos);
  // Over the page limit once decompressed, or on disk.
  const std::string path =
      (std::filesystem::temp_directory_path() /
       ("newsq_big_" + std::to_string(getpid()) + ".warc.gz"))
          .string();
  std::string archive = "WARC/1.0\r\nWARC-Type: resource\r\n";
  archive += std::string(20 << 20, 'x');
  ASSERT_TRUE(::newsq::testing::WriteBytes(
      path, ::newsq::testing::GzipMember(archive)));
  const absl::StatusOr<Article> big = ExtractArticleFromFile(path);
  std::filesystem::remove(path);
  EXPECT_EQ(big.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(big.status().message().find("a web archive"), std::string::npos)
      << big.status();
}

// Pages stored as the server sent them, gzip-compressed, are read; corrupt,
// truncated or bomb-like gzip data is refused with its reason.
TEST(ExtractTest, GzipPagesAreReadAndBadGzipIsRefused) {
  const std::string page =
      "<html lang=\"fr\"><head><title>Grève dans les écoles</title></head>"
      "<body><article><p>" +
      std::string(kParagraph) + "</p></article></body></html>";
  const std::string compressed = ::newsq::testing::GzipMember(page);
  absl::StatusOr<Article> read = ExtractArticle(compressed);
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(read->title, "Grève dans les écoles");
  EXPECT_NE(read->text.find("97,4 milliards"), std::string::npos);

  absl::StatusOr<Article> truncated =
      ExtractArticle(compressed.substr(0, compressed.size() / 2));
  EXPECT_EQ(truncated.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(truncated.status().message().find("truncated gzip"),
            std::string::npos);
  // 40 MB of spaces compress to a few tens of kilobytes.
  absl::StatusOr<Article> bomb =
      ExtractArticle(::newsq::testing::GzipMember(std::string(40 << 20, ' ')));
  EXPECT_EQ(bomb.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(bomb.status().message().find("expands beyond 16 MB"),
            std::string::npos);
}

// A few stray NUL bytes in a page do not make it binary; they are dropped.
TEST(ExtractTest, StrayNulBytesAreDroppedAndTheArticleRead) {
  std::string page =
      "<html lang=\"fr\"><head><title>Grève dans les écoles</title></head>"
      "<body><article><p>" +
      std::string(kParagraph) + "</p></article></body></html>";
  page.insert(page.find("<p>") + 3, std::string("\0\0", 2));
  absl::StatusOr<Article> read = ExtractArticle(page);
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(read->text.find('\0'), std::string::npos);
  EXPECT_TRUE(read->text.starts_with(std::string(kParagraph).substr(0, 20)))
      << read->text;
  // Text that is mostly NUL bytes is binary, whatever it starts with.
  EXPECT_EQ(ExtractArticle("<p>" + std::string(200, '\0')).status().code(),
            absl::StatusCode::kInvalidArgument);
}

// UTF-16 with a byte order mark is text, not NUL bytes to strip (issue 21:
// such pages were never indexed), and its nesting is checked as UTF-8's.
TEST(ExtractTest, Utf16PagesWithAByteOrderMarkAreRead) {
  const std::string utf8 =
      "<html lang=\"fr\"><head><title>Grève dans les écoles</title></head>"
      "<body><article><p>" +
      std::string(kParagraph) + "</p></article></body></html>";
  // UTF-16LE of `utf8` (all of it in the Basic Multilingual Plane).
  std::string utf16 = "\xFF\xFE";
  for (size_t i = 0; i < utf8.size();) {
    const unsigned char c = utf8[i];
    unsigned code = c;
    int length = 1;
    if (c >= 0xE0) {
      code = c & 0x0F, length = 3;
    } else if (c >= 0xC0) {
      code = c & 0x1F, length = 2;
    }
    for (int k = 1; k < length; ++k) code = (code << 6) | (utf8[i + k] & 0x3F);
    utf16 += static_cast<char>(code & 0xFF);
    utf16 += static_cast<char>(code >> 8);
    i += length;
  }
  absl::StatusOr<Article> read = ExtractArticle(utf16);
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(read->title, "Grève dans les écoles");
  EXPECT_TRUE(read->text.starts_with(std::string(kParagraph).substr(0, 20)))
      << read->text;
  std::string nested = "\xFF\xFE";
  for (int i = 0; i < 5000; ++i) nested += std::string("<\0q\0>\0", 6);
  EXPECT_EQ(ExtractArticle(nested).status().code(),
            absl::StatusCode::kInvalidArgument);
}

// A page of links and a title, like a home page, holds no article.
TEST(ExtractTest, ATitleWithoutTextIsNoArticle) {
  absl::StatusOr<Article> home = ExtractArticle(
      "<html><head><title>Accueil</title></head><body><nav><a href=\"/\">"
      "Accueil</a> <a href=\"/sport\">Sport</a></nav></body></html>");
  EXPECT_EQ(home.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(home.status().message().find("no article text"), std::string::npos);
}

// Hostile nesting is refused with its reason instead of exhausting the stack
// (100,000 nested <div>s crashed the recursive readers) or stalling gumbo,
// whose parse slows with the square of the depth.
TEST(ExtractTest, AbsurdNestingIsRefusedAndRealNestingIsRead) {
  auto nested = [](const std::string& open, const std::string& close, int n) {
    std::string inner;
    for (int i = 0; i < n; ++i) inner += open;
    inner +=
        "<p>Un paragraphe assez long pour faire un article, avec des mots "
        "et encore des mots pour passer le seuil.</p>";
    for (int i = 0; i < n; ++i) inner += close;
    return "<html><head><title>Profond</title></head><body>" + inner +
           "</body></html>";
  };
  for (const std::string& page :
       {nested("<div>", "</div>", 100000), nested("<b>", "</b>", 100000),
        nested("<ul><li>", "", 20000)}) {
    absl::StatusOr<Article> a = ExtractArticle(page);
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(a.status().message().find("levels deep"), std::string::npos)
        << a.status();
  }
  EXPECT_TRUE(ExtractArticle(nested("<div>", "</div>", 200)).ok());
}

TEST(ExtractTest, AHugePageIsRefusedWithItsSize) {
  const std::string page =
      "<html><body><p>" + std::string(17 << 20, 'a') + "</p></body></html>";
  absl::StatusOr<Article> a = ExtractArticle(page);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(a.status().message().find("page too large (17 MB"),
            std::string::npos)
      << a.status();
}

TEST(ExtractTest, PageWithoutArticleIsNotFound) {
  EXPECT_EQ(
      ExtractArticle(Page("", "<script>var a=1;</script>")).status().code(),
      absl::StatusCode::kNotFound);
}

// A headline marked on <html> itself (found by the fuzzer): the element's
// surroundings are the document, read as no element.
TEST(ExtractTest, AHeadlineMarkedOnTheRootElement) {
  absl::StatusOr<Article> a = ExtractArticle(
      "<html itemprop=\"headline\" lang=\"fr\"><head><meta "
      "charset=\"utf-8\"><title>Banjul accueille le sommet de "
      "l'OCI</title></head><body><article><p>" +
          std::string(kParagraph) + "</p></article></body></html>",
      {.source = "root.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->title, "Banjul accueille le sommet de l'OCI");
  EXPECT_EQ(a->text, kParagraph);
}

// A tag's archive (WordPress's, whose JSON-LD calls it a CollectionPage)
// shows other pages' teasers: no article of its own. A page that describes an
// article too is one.
TEST(ExtractTest, AnArchiveOfTeasersIsNoArticle) {
  const std::string teasers =
      "<h1>Énergies renouvelables</h1><article class=\"teaser\"><h2><a "
      "href=\"/a\">Solaire : la centrale injecte ses premiers "
      "mégawatts</a></h2><p>" +
      std::string(kParagraph) +
      "</p></article><article class=\"teaser\"><h2><a href=\"/b\">Biskra : "
      "les pompes solaires subventionnées</a></h2><p>" +
      std::string(kParagraph) + "</p></article>";
  const std::string collection =
      "<script type=\"application/ld+json\">{\"@context\": "
      "\"https://schema.org\", \"@graph\": [{\"@type\": "
      "\"CollectionPage\", \"name\": \"Énergies renouvelables\"}";
  absl::StatusOr<Article> archive = ExtractArticle(
      Page("<title>Énergies renouvelables</title>" + collection + "]}</script>",
           teasers),
      {.source = "tag.html"});
  EXPECT_EQ(archive.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(archive.status().message(),
              ::testing::HasSubstr("it lists articles"));
  absl::StatusOr<Article> article = ExtractArticle(
      Page("<title>Énergies renouvelables</title>" + collection +
               ", {\"@type\": \"NewsArticle\", \"headline\": \"Énergies "
               "renouvelables\"}]}</script>",
           teasers),
      {.source = "article.html"});
  EXPECT_TRUE(article.ok()) << article.status();
  // Nor one whose Open Graph type is an article.
  absl::StatusOr<Article> by_og = ExtractArticle(
      Page("<title>Énergies renouvelables</title><meta property=\"og:type\" "
           "content=\"article\">" +
               collection + "]}</script>",
           teasers),
      {.source = "og.html"});
  EXPECT_TRUE(by_og.ok()) << by_og.status();
  // JSON-LD nested past any site's habit does not exhaust the stack.
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_TRUE(
      ExtractArticle(Page("<title>Énergies renouvelables</title><script "
                          "type=\"application/ld+json\">" +
                              deep + "</script>",
                          teasers),
                     {.source = "deep.html"})
          .ok());
  // A section front of titles alone, whose theme calls every page an article
  // without a body: the site's description is all its text.
  std::string titles;
  for (const char* title :
       {"Solaire : la centrale injecte ses premiers mégawatts",
        "Biskra : les pompes solaires subventionnées",
        "Éolien en mer : le premier parc raccordé au réseau",
        "Hydrogène vert : un accord signé avec deux industriels",
        "Le prix de l'électricité baisse pour les ménages"})
    titles += absl::StrCat("<h3><a href=\"/", titles.size(), "\">", title,
                           "</a></h3>");
  absl::StatusOr<Article> titled = ExtractArticle(
      Page("<title>Énergies renouvelables</title><meta name=\"description\" "
           "content=\"Toute l'actualité des énergies renouvelables.\"><script "
           "type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
           "\"headline\": \"Énergies renouvelables\", \"datePublished\": "
           "\"2026-03-18T06:00:00+01:00\"}</script>",
           "<main><h1>Énergies renouvelables</h1>" + titles + "</main>"),
      {.source = "section.html"});
  EXPECT_EQ(titled.status().code(), absl::StatusCode::kNotFound)
      << (titled.ok() ? titled->description : "");
  // A photo gallery's page, its writer named by its JSON-LD, beside the
  // section's other articles: no text, an article all the same.
  absl::StatusOr<Article> gallery = ExtractArticle(
      Page("<title>Énergies renouvelables : le parc solaire en images</title>"
           "<meta name=\"description\" content=\"Les panneaux du parc "
           "solaire de Biskra, vus du ciel.\"><script "
           "type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
           "\"headline\": \"Énergies renouvelables : le parc solaire en "
           "images\", \"datePublished\": \"2026-03-18T06:00:00+01:00\", "
           "\"author\": {\"@type\": \"Person\", \"name\": \"Karima "
           "Benali\"}}</script>",
           "<main><h1>Énergies renouvelables : le parc solaire en "
           "images</h1><figure><img src=\"1.jpg\" alt=\"\"></figure><div "
           "class=\"meme-rubrique\">" +
               titles + "</div></main>"),
      {.source = "gallery.html"});
  EXPECT_TRUE(gallery.ok()) << gallery.status();
  // A podcast's episode, its audio and its byline, described by a
  // PodcastEpisode that names its host.
  absl::StatusOr<Article> episode = ExtractArticle(
      Page("<title>Le Débrief éco, épisode 42 : les prix au marché</title>"
           "<meta name=\"description\" content=\"Pourquoi les prix flambent "
           "au marché Mboppi, expliqué par nos chroniqueurs.\"><script "
           "type=\"application/ld+json\">{\"@type\": "
           "\"PodcastEpisode\", \"headline\": \"Le Débrief éco, épisode 42 : "
           "les prix au marché\", \"datePublished\": "
           "\"2026-01-13T10:42:00+01:00\", \"author\": {\"@type\": "
           "\"Person\", \"name\": \"Jean-Paul Mbarga\"}}</script>",
           "<main><article><h1>Le Débrief éco, épisode 42 : les prix au "
           "marché</h1><div class=\"meta\">Par <span "
           "class=\"author\">Jean-Paul Mbarga</span></div><audio controls "
           "src=\"42.mp3\"></audio></article><div class=\"meme-rubrique\">" +
               titles + "</div></main>"),
      {.source = "episode.html"});
  ASSERT_TRUE(episode.ok()) << episode.status();
  EXPECT_EQ(episode->author, "Jean-Paul Mbarga");
}

// A town's or a section's front: its introduction is the longest prose of
// the page, and its teasers (linked headings) sit beside it rather than in
// it. A brief beside such a list is still read when its markup dates it, and
// so is an undated report of several paragraphs.
TEST(ExtractTest, AnIntroductionOverTeasersIsNoArticle) {
  std::string teasers = "<section class=\"stream\">";
  int n = 0;
  for (const char* title :
       {"Pont de Jambes : fermeture totale pendant trois semaines",
        "Conseil communal : la taxe sur les kots revue à la hausse",
        "Saint-Servais : un incendie fait deux blessés légers",
        "Citadelle : une exposition au Terra Nova ce printemps",
        "Bouge : l'école communale s'agrandit",
        "Wépion : les producteurs de fraises misent sur les serres"}) {
    teasers +=
        absl::StrCat("<article class=\"row\"><h3><a href=\"/n/", ++n, "\">",
                     title, "</a></h3><p>Par la rédaction</p></article>");
  }
  teasers += "</section>";
  const std::string introduction =
      "<div class=\"head\"><h1>Actualités de Namur</h1><p>Capitale de la "
      "Wallonie, Namur vit au rythme de ses institutions régionales, de ses "
      "étudiants et de ses quartiers, de Jambes à Salzinnes. Chaque jour, la "
      "rédaction suit pour vous les décisions du conseil communal, les "
      "chantiers de mobilité et la vie des commerces du centre-ville.</p>"
      "</div>";
  const std::string front =
      "<div class=\"wrap\">" + introduction + teasers + "</div>";
  absl::StatusOr<Article> town = ExtractArticle(
      Page("<title>Actualités de Namur</title><meta property=\"og:type\" "
           "content=\"article\">",
           front),
      {.source = "namur.html"});
  EXPECT_EQ(town.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(town.status().message(),
              ::testing::HasSubstr("it lists articles"));
  // A section's front, titled by the section's name, which its theme dates
  // as an article.
  const std::string section_front =
      "<div class=\"wrap\"><div class=\"head\"><h1>Économie</h1><p>"
      "Emploi, entreprises, budget : la rubrique Économie suit chaque jour "
      "les décisions qui comptent pour la région.</p></div>" +
      teasers + "</div>";
  absl::StatusOr<Article> section = ExtractArticle(
      Page("<title>Économie</title><meta property=\"article:published_time\" "
           "content=\"2026-01-16T07:05:00+00:00\">",
           section_front),
      {.source = "economie.html"});
  EXPECT_EQ(section.status().code(), absl::StatusCode::kNotFound);
  // A column of that name, which its markup signs or its address dates, is
  // an article.
  absl::StatusOr<Article> signed_column = ExtractArticle(
      Page("<title>Économie</title><meta property=\"article:published_time\" "
           "content=\"2026-01-16T07:05:00+00:00\"><meta name=\"author\" "
           "content=\"Jean Dupont\">",
           section_front),
      {.source = "economie.html"});
  EXPECT_TRUE(signed_column.ok()) << signed_column.status();
  absl::StatusOr<Article> dated_column = ExtractArticle(
      Page("<title>Économie</title><meta property=\"article:published_time\" "
           "content=\"2026-01-16T07:05:00+00:00\">",
           section_front),
      {.source = "https://www.namur-info.be/2026/01/16/economie"});
  EXPECT_TRUE(dated_column.ok()) << dated_column.status();
  // A topic's page whose JSON-LD declares a collection, however long its
  // introduction and whatever dates it, unless an article object describes
  // it too.
  std::string long_introduction =
      "<div class=\"head\"><h1>Tout sur la "
      "réforme des retraites</h1>";
  for (int i = 0; i < 8; ++i)
    long_introduction += "<p>" + std::string(kParagraph) + "</p>";
  long_introduction += "</div>";
  const std::string topic_head =
      "<title>Tout sur la réforme des retraites</title><meta "
      "property=\"og:type\" content=\"article\"><meta "
      "property=\"article:published_time\" "
      "content=\"2023-01-10T08:00:00+01:00\"><script "
      "type=\"application/ld+json\">{\"@context\": \"https://schema.org\", "
      "\"@graph\": [{\"@type\": \"CollectionPage\", \"name\": \"Retraites\"}";
  absl::StatusOr<Article> topic = ExtractArticle(
      Page(topic_head + "]}</script>",
           "<div class=\"wrap\">" + long_introduction + teasers + "</div>"),
      {.source = "topic.html"});
  EXPECT_EQ(topic.status().code(), absl::StatusCode::kNotFound);
  absl::StatusOr<Article> described = ExtractArticle(
      Page(topic_head +
               ", {\"@type\": \"NewsArticle\", \"headline\": \"Tout sur "
               "la réforme des retraites\"}]}</script>",
           "<div class=\"wrap\">" + long_introduction + teasers + "</div>"),
      {.source = "described.html"});
  EXPECT_TRUE(described.ok()) << described.status();

  const std::string brief =
      "<div class=\"wrap\"><article><h1>Le pont de Jambes fermé trois "
      "semaines</h1><p>" +
      std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
      "</p></article>" + teasers + "</div>";
  absl::StatusOr<Article> dated =
      ExtractArticle(Page("<title>Le pont de Jambes fermé</title><meta "
                          "property=\"article:published_time\" "
                          "content=\"2026-02-13T09:12:00+01:00\">",
                          brief),
                     {.source = "brief.html"});
  EXPECT_TRUE(dated.ok()) << dated.status();

  std::string paragraphs;
  for (int i = 0; i < 8; ++i)
    paragraphs += "<p>" + std::string(kParagraph) + "</p>";
  absl::StatusOr<Article> report = ExtractArticle(
      Page("<title>Le pont de Jambes fermé</title>",
           "<div class=\"wrap\"><article><h1>Le pont de Jambes fermé trois "
           "semaines</h1>" +
               paragraphs + "</article>" + teasers + "</div>"),
      {.source = "report.html"});
  EXPECT_TRUE(report.ok()) << report.status();

  // Undated by its markup, the brief is read when its address names its
  // headline, as content systems name an article's page; at an address that
  // names a section, or a topic in three words, it is taken for a front.
  const auto undated_brief_at = [&](const std::string& address) {
    return ExtractArticle(
        Page("<title>Le pont de Jambes fermé trois semaines</title><link "
             "rel=\"canonical\" href=\"" +
                 address + "\">",
             brief),
        {.source = "brief.html"});
  };
  absl::StatusOr<Article> named = undated_brief_at(
      "https://www.namur-info.be/actu/pont-de-jambes-ferme-trois-semaines");
  EXPECT_TRUE(named.ok()) << named.status();
  EXPECT_EQ(
      undated_brief_at("https://www.namur-info.be/actu/namur/").status().code(),
      absl::StatusCode::kNotFound);
  EXPECT_EQ(undated_brief_at("https://www.namur-info.be/sujet/pont-de-jambes")
                .status()
                .code(),
            absl::StatusCode::kNotFound);
  // A slug that shares two words with the headline names another page.
  EXPECT_EQ(undated_brief_at("https://www.namur-info.be/actu/"
                             "pont-jambes-travaux-voirie-programme")
                .status()
                .code(),
            absl::StatusCode::kNotFound);
  // Written as content systems write them: an AMP version's suffix, accents
  // percent-encoded, apostrophes dropped.
  for (const char* address :
       {"https://www.namur-info.be/2026/02/13/"
        "le-pont-de-jambes-ferme-trois-semaines/amp/",
        "https://www.namur-info.be/actu/pont-de-jambes-ferm%C3%A9-trois-"
        "semaines-48213.html"}) {
    absl::StatusOr<Article> read = undated_brief_at(address);
    EXPECT_TRUE(read.ok()) << address << ": " << read.status();
  }
  const std::string elided =
      "<div class=\"wrap\"><article><h1>L'Assemblée vote l'interdiction "
      "d'office des écrans</h1><p>" +
      std::string(kParagraph) + "</p></article>" + teasers + "</div>";
  absl::StatusOr<Article> wordpress = ExtractArticle(
      Page("<title>L'Assemblée vote l'interdiction d'office des "
           "écrans</title><link rel=\"canonical\" "
           "href=\"https://www.hemicycle.fr/"
           "lassemblee-vote-linterdiction-doffice-des-ecrans/\">",
           elided),
      {.source = "elided.html"});
  EXPECT_TRUE(wordpress.ok()) << wordpress.status();
  // A town's front whose name is one compound of many words, at an address
  // that spells it, is a front.
  const std::string town_front =
      "<div class=\"wrap\"><div class=\"head\"><h1>Saint-Maur-des-Fossés"
      "</h1><p>Toute l'actualité de Saint-Maur-des-Fossés et des bords de "
      "Marne.</p></div>" +
      teasers + "</div>";
  absl::StatusOr<Article> town_named = ExtractArticle(
      Page("<title>Saint-Maur-des-Fossés</title><link rel=\"canonical\" "
           "href=\"https://www.val-info.fr/val-de-marne-94/"
           "saint-maur-des-fosses-94100/\">",
           town_front),
      {.source = "saint-maur.html"});
  EXPECT_EQ(town_named.status().code(), absl::StatusCode::kNotFound);
}

// A ticker's or a wire's page: each entry the time of a dispatch and a link
// to it (a summary after it), under a line of introduction, is a list
// whatever dates the page. Not a live report's key moments, which link to
// its own posts, nor its posts, whose "Lire aussi" follows their prose, nor
// a brief's related articles with their dates, nor a sidebar's timed links
// beside an undated brief.
TEST(ExtractTest, ATickersDatedEntriesAreAList) {
  const char* dispatches[] = {
      "Grève SNCF : le trafic sera très perturbé jeudi sur les TER",
      "Le Sénat adopte la loi sur les déserts médicaux",
      "Ligue des champions : le PSG connaît son adversaire",
      "Allemagne : accord de la coalition sur le budget 2026",
      "Le taux de chômage remonte à 7,6 % au quatrième trimestre",
      "Lyon : un incendie dans un immeuble du 8e arrondissement"};
  const auto ticker = [&](bool time_element) {
    // The latest dispatch first.
    std::string entries = "<ol class=\"fil\">";
    int minute = 30;
    for (const char* title : dispatches) {
      const std::string clock = absl::StrCat("16:", --minute);
      entries += absl::StrCat(
          "<li>",
          time_element ? "<time datetime=\"2026-03-04T" + clock +
                             ":00+01:00\">" + clock + "</time>"
                       : "<span class=\"heure\">" + clock + "</span>",
          " <a href=\"/fil/", minute, "\">", title,
          "</a><p>Les précisions de la rédaction suivent dans la "
          "journée.</p></li>");
    }
    return entries + "</ol>";
  };
  for (const bool time_element : {true, false}) {
    absl::StatusOr<Article> fil = ExtractArticle(
        Page("<title>Le fil info</title><meta "
             "property=\"article:published_time\" "
             "content=\"2026-03-04T16:52:00+01:00\">",
             "<main><section class=\"fil-info\"><h1>Le fil info</h1><p>Toute "
             "l'actualité en continu, mise à jour en temps réel par la "
             "rédaction.</p>" +
                 ticker(time_element) + "</section></main>"),
        {.source = "fil.html"});
    EXPECT_EQ(fil.status().code(), absl::StatusCode::kNotFound) << time_element;
  }
  // A wire of bare entries ("18 h 58", as French writes a time too) and no
  // line of its own: the site's description is all the text it has.
  std::string bare_entries = "<ul>";
  int minute = 59;
  for (const char* title : dispatches)
    bare_entries += absl::StrCat("<li><span>18 h ", --minute,
                                 "</span> <span>Politique</span> "
                                 "<a href=\"/flash/",
                                 minute, "\">", title, "</a></li>");
  bare_entries += "</ul>";
  absl::StatusOr<Article> bare = ExtractArticle(
      Page("<title>Dernières minutes</title><meta name=\"description\" "
           "content=\"L'actualité du Sénégal en continu.\"><meta "
           "property=\"article:published_time\" "
           "content=\"2025-12-09T18:52:00+00:00\">",
           "<main><h1>Dernières minutes</h1>" + bare_entries + "</main>"),
      {.source = "flash.html"});
  EXPECT_EQ(bare.status().code(), absl::StatusCode::kNotFound)
      << (bare.ok() ? bare->description : "");
  // Key moments, linked by a fragment or by the page's own address with one.
  for (const char* own : {"#post-", "/direct/journee-de-greve#post-"}) {
    std::string moments = "<ul class=\"temps-forts\">";
    for (const char* title : dispatches)
      moments += absl::StrCat("<li><time>16:20</time> <a href=\"", own,
                              moments.size(), "\">", title, "</a></li>");
    moments += "</ul>";
    absl::StatusOr<Article> live = ExtractArticle(
        Page("<title>EN DIRECT. Journée de grève</title>",
             "<main><article><h1>EN DIRECT. Journée de grève</h1>" + moments +
                 "<p>" + std::string(kParagraph) + "</p></article></main>"),
        {.source = "direct.html"});
    EXPECT_TRUE(live.ok()) << own << ": " << live.status();
  }
  // A live report whose posts each close on a "Lire aussi".
  std::string posts = "<ol class=\"posts\">";
  for (const char* title : dispatches)
    posts += absl::StrCat(
        "<li><time>16:20</time><p>Les cheminots se sont rassemblés devant "
        "la gare, où la direction a confirmé les prévisions du matin.</p><p>"
        "Lire aussi : <a href=\"/a/",
        posts.size(), "\">", title, "</a></p></li>");
  posts += "</ol>";
  absl::StatusOr<Article> posted = ExtractArticle(
      Page("<title>EN DIRECT. Journée de grève</title><meta "
           "property=\"article:published_time\" "
           "content=\"2026-03-04T08:00:00+01:00\">",
           "<main><article><h1>EN DIRECT. Journée de grève</h1>" + posts +
               "</article></main>"),
      {.source = "direct.html"});
  EXPECT_TRUE(posted.ok()) << posted.status();
  // A dated brief whose related articles give their days.
  std::string related = "<ul>";
  for (const char* title : dispatches)
    related += absl::StrCat("<li><time>12/01/2026</time> <a href=\"/r/",
                            related.size(), "\">", title, "</a></li>");
  related += "</ul>";
  absl::StatusOr<Article> brief = ExtractArticle(
      Page("<title>Saint-Brieuc : la taxe foncière augmente</title><meta "
           "property=\"article:published_time\" "
           "content=\"2026-01-14T09:00:00+01:00\">",
           "<main><article><h1>Saint-Brieuc : la taxe foncière "
           "augmente</h1><p>" +
               std::string(kParagraph) + "</p><h2>Sur le même sujet</h2>" +
               related + "</article></main>"),
      {.source = "brief.html"});
  EXPECT_TRUE(brief.ok()) << brief.status();
  // An undated brief beside a ticker in a sidebar no class names.
  absl::StatusOr<Article> beside = ExtractArticle(
      Page("<title>Saint-Brieuc : la taxe foncière augmente</title>",
           "<div class=\"row\"><div class=\"col-md-8\"><h1>Saint-Brieuc : "
           "la taxe foncière augmente</h1><p>" +
               std::string(kParagraph) +
               "</p></div><div class=\"col-md-4\"><h2>Dernières "
               "infos</h2>" +
               ticker(true) + "</div></div>"),
      {.source = "https://www.info-bretagne.fr/article.php?id=48213"});
  EXPECT_TRUE(beside.ok()) << beside.status();
  // A festival's programme in a dated brief: five timed links to the events'
  // pages, in the order of the evening, where a wire puts its latest first.
  std::string programme = "<ul>";
  for (const char* event :
       {"18h00 : <a href=\"/agenda/harmonie\">Ouverture par l'harmonie "
        "municipale place du Chai</a>",
        "19h30 : <a href=\"/agenda/menhirs\">Concert du groupe Les "
        "Ramoneurs de menhirs</a>",
        "20h30 : <a href=\"/agenda/kiosque\">Scène ouverte aux jeunes "
        "talents au kiosque</a>",
        "21h30 : <a href=\"/agenda/fest-noz\">Fest-noz géant sur le parvis "
        "de la cathédrale</a>",
        "23h00 : <a href=\"/agenda/dj-set\">DJ set électro au square de la "
        "Résistance</a>"})
    programme += absl::StrCat("<li>", event, "</li>");
  programme += "</ul>";
  absl::StatusOr<Article> timetable = ExtractArticle(
      Page("<title>Fête de la musique à Saint-Brieuc : le programme</title>"
           "<meta property=\"article:published_time\" "
           "content=\"2026-06-20T10:00:00+02:00\">",
           "<main><article><h1>Fête de la musique à Saint-Brieuc : le "
           "programme</h1><p>Publié le 20/06/2026</p><div><p>La ville fête "
           "la musique de la place du Chai au parvis de la cathédrale, où "
           "la circulation sera coupée toute la soirée.</p><p>Voici le "
           "programme de la soirée.</p>" +
               programme + "</div></article></main>"),
      {.source = "fete.html"});
  EXPECT_TRUE(timetable.ok()) << timetable.status();
  // A weekend's nights in one list, undated: two stages at one time, past
  // midnight, a day's name starting the times again.
  std::string nights = "<ul><li>Samedi</li>";
  for (const char* time : {"22h00", "23h30", "23h30", "00h15", "01h00"})
    nights += absl::StrCat("<li>", time, " : <a href=\"/agenda/", time,
                           "\">Concert sur la grande scène du parc</a></li>");
  nights +=
      "<li>Dimanche</li><li>20h00 : <a href=\"/agenda/dimanche\">Bal de "
      "clôture sous la halle du marché</a></li></ul>";
  absl::StatusOr<Article> weekend = ExtractArticle(
      Page("<title>Nuits du parc : le programme du week-end</title>",
           "<main><article><h1>Nuits du parc : le programme du "
           "week-end</h1><p>La ville fête la musique de la place du Chai au "
           "parvis de la cathédrale, où la circulation sera coupée toute la "
           "soirée.</p>" +
               nights + "</article></main>"),
      {.source = "nuits.html"});
  EXPECT_TRUE(weekend.ok()) << weekend.status();
  // The day's wire oldest first, each dispatch's summary under its link, and
  // nothing else: still a wire.
  std::string oldest_first = "<ul>";
  int hour = 7;
  for (const char* title : dispatches)
    oldest_first += absl::StrCat(
        "<li><span>", ++hour, ":05</span> <a href=\"/fil/", hour, "\">", title,
        "</a><p>Les précisions de la rédaction suivent dans la "
        "journée.</p></li>");
  oldest_first += "</ul>";
  absl::StatusOr<Article> day_wire = ExtractArticle(
      Page("<title>Fil info : l'essentiel de la journée</title>",
           "<main><h1>Fil info : l'essentiel de la journée</h1>" +
               oldest_first + "</main>"),
      {.source = "fil.html"});
  EXPECT_EQ(day_wire.status().code(), absl::StatusCode::kNotFound)
      << (day_wire.ok() ? day_wire->text : "");
}

// A league's standings: cells of names and numbers, no sentence. A report
// that gives the same table says in prose what it shows.
TEST(ExtractTest, ATableOfDataWithoutProseIsNoArticle) {
  std::string rows;
  int points = 56;
  for (const char* club :
       {"Club Bruges", "Union Saint-Gilloise", "Anderlecht", "KRC Genk",
        "La Gantoise", "Royal Antwerp", "Standard de Liège", "Westerlo"}) {
    rows += absl::StrCat("<tr><td>", club, "</td><td>25</td><td>", points,
                         "</td><td>+", points / 4, "</td></tr>");
    points -= 3;
  }
  const std::string table =
      "<table><tr><th>Club</th><th>J</th><th>Pts</th><th>Diff.</th></tr>" +
      rows + "</table>";
  absl::StatusOr<Article> standings = ExtractArticle(
      Page("<title>Division 1A : classement</title>",
           "<main><h1>Division 1A : classement</h1><p>Saison 2025-2026 · "
           "Phase classique · Mis à jour le lundi 16 février 2026 à "
           "22:51</p>" +
               table +
               "<p>Classement à l'issue de la phase classique (30 "
               "journées).</p></main>"),
      {.source = "classement.html"});
  EXPECT_EQ(standings.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(standings.status().message(),
              ::testing::HasSubstr("table of data"));
  // Two short paragraphs over the table, as a report of prices or of a
  // vote's results writes them: an article, dated or not.
  const std::string commented =
      "<main><h1>Division 1A : Bruges creuse l'écart</h1><p>" +
      std::string(kParagraph) + " " + kParagraph + "</p><p>" + kParagraph +
      " " + kParagraph + "</p>" + table + table + "</main>";
  for (const std::string& head :
       {std::string(), std::string("<meta property=\"article:published_time\" "
                                   "content=\"2026-02-16T22:51:00+01:00\">")}) {
    absl::StatusOr<Article> commented_table = ExtractArticle(
        Page("<title>Bruges creuse l'écart</title>" + head, commented),
        {.source = "commented.html"});
    EXPECT_TRUE(commented_table.ok()) << commented_table.status();
  }

  absl::StatusOr<Article> report = ExtractArticle(
      Page("<title>Bruges garde la tête</title>",
           "<main><h1>Bruges garde la tête</h1><p>" + std::string(kParagraph) +
               "</p><p>" + std::string(kParagraph) + "</p><p>" +
               std::string(kParagraph) + "</p>" + table + "</main>"),
      {.source = "report.html"});
  EXPECT_TRUE(report.ok()) << report.status();
}

// A service page in an article's template (a theme's NewsArticle, a date):
// a day's fuel prices by station, one sentence over them. Mostly data,
// however its markup dates it; the same list under paragraphs that say what
// it shows stays an article.
TEST(ExtractTest, ADatedPageOfMostlyDataIsNoArticle) {
  const std::string head =
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
      "\"headline\": \"Carburants\", \"datePublished\": "
      "\"2026-12-04T06:00:00+01:00\"}</script>";
  std::string stations;
  for (int n = 0; n < 24; ++n) {
    stations += absl::StrCat("<p>Station ", n + 1, " · Gazole 1,", 80 + n,
                             " € · SP95 1,", 85 + n, " €</p>");
  }
  absl::StatusOr<Article> prices = ExtractArticle(
      Page("<title>Carburants à Annecy</title>" + head,
           "<main><article><h1>Carburants à Annecy</h1><p>Les prix relevés ce "
           "matin dans les stations de l'agglomération.</p>" +
               stations + "</article></main>"),
      {.source = "carburants.html"});
  EXPECT_EQ(prices.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(prices.status().message(),
              ::testing::HasSubstr("mostly a table of data"));
  const std::string paragraph =
      "<p>" + std::string(kParagraph) + " " + kParagraph + "</p>";
  absl::StatusOr<Article> report = ExtractArticle(
      Page("<title>Le gazole repasse 1,90 €</title>" + head,
           "<main><article><h1>Le gazole repasse 1,90 €</h1>" + paragraph +
               paragraph + paragraph + stations + "</article></main>"),
      {.source = "carburants.html"});
  EXPECT_TRUE(report.ok()) << report.status();
}

// A ticker's page is a list of links: its only paragraph is the publisher's
// blurb in the page's footer, which is no article's text.
TEST(ExtractTest, TheFootersBlurbIsNoText) {
  std::string items = "<ul class=\"flash\">";
  for (int i = 0; i < 20; ++i) {
    items +=
        absl::StrCat("<li><span>18:", 40 - i, "</span> <a href=\"/flash/", i,
                     "\">Assemblée nationale : la loi de finances "
                     "adoptée en lecture numéro ",
                     i, "</a></li>");
  }
  items += "</ul>";
  absl::StatusOr<Article> ticker = ExtractArticle(
      Page("<title>Dernières minutes</title>",
           "<div class=\"col-content\"><h1>Dernières minutes</h1>" + items +
               "</div><footer id=\"footer\"><div class=\"col\"><p>Site "
               "d'information générale édité par SenActu Médias SARL, Dakar, "
               "Sacré-Cœur 3.</p></div></footer>"),
      {.source = "flash.html"});
  EXPECT_EQ(ticker.status().code(), absl::StatusCode::kNotFound)
      << (ticker.ok() ? ticker->text : "");
}

// Themes date archives and the site's own pages as they date articles
// (article:published_time, og:type article). An archive's address, or a
// JSON-LD profile, over a list of articles is still a list; the site's legal
// notice is still no article; only a JSON-LD article outweighs them.
TEST(ExtractTest, ADatedArchiveOrSitePageIsNoArticle) {
  std::string teasers;
  for (int i = 0; i < 6; ++i) {
    teasers += absl::StrCat(
        "<article class=\"node\"><h2><a href=\"/liege/2024/09/1", i,
        "/inondations-", i, "\">Inondations : le point sur les travaux numéro ",
        i, "</a></h2><p>Un court chapô.</p></article>");
  }
  const std::string dated =
      "<meta property=\"og:type\" content=\"article\"><meta "
      "property=\"article:published_time\" "
      "content=\"2021-07-15T08:12:44+02:00\">";
  const std::string intro =
      "<h1>Inondations</h1><p>Le collège communal a validé mardi un plan "
      "d'investissement sur trois ans pour protéger les quartiers.</p>";
  absl::StatusOr<Article> tag = ExtractArticle(
      Page("<title>Inondations</title>" + dated,
           "<main>" + intro + teasers + "</main>"),
      {.source = "https://www.courrierdemeuse.be/tags/inondations"});
  EXPECT_EQ(tag.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(tag.status().message(), ::testing::HasSubstr("archive"));

  absl::StatusOr<Article> profile = ExtractArticle(
      Page("<title>Geneviève Tremblay-Roy</title>" + dated +
               "<script type=\"application/ld+json\">{\"@context\": "
               "\"https://schema.org\", \"@type\": \"ProfilePage\"}"
               "</script>",
           "<main>" + intro + teasers + "</main>"),
      {.source = "profile.html"});
  EXPECT_EQ(profile.status().code(), absl::StatusCode::kNotFound);

  std::string legal = "<h1>Mentions légales</h1>";
  for (int i = 0; i < 6; ++i) legal += "<p>" + std::string(kParagraph) + "</p>";
  absl::StatusOr<Article> notice =
      ExtractArticle(Page("<title>Mentions légales</title>" + dated,
                          "<main>" + legal + "</main>"),
                     {.source = "https://eveildumorvan.fr/mentions-legales/"});
  EXPECT_EQ(notice.status().code(), absl::StatusCode::kNotFound);
  absl::StatusOr<Article> declared = ExtractArticle(
      Page("<title>Mentions légales</title>" + dated +
               "<script type=\"application/ld+json\">{\"@context\": "
               "\"https://schema.org\", \"@type\": \"NewsArticle\", "
               "\"headline\": \"Mentions légales\"}</script>",
           "<main>" + legal + "</main>"),
      {.source = "https://eveildumorvan.fr/mentions-legales/"});
  EXPECT_TRUE(declared.ok()) << declared.status();
  // The same page at any address: its title says what it is.
  absl::StatusOr<Article> titled =
      ExtractArticle(Page("<title>Mentions légales</title>" + dated,
                          "<main>" + legal + "</main>"),
                     {.source = "https://www.carthage-actu.tn/index.php"
                                "?option=com_content&view=article&id=12"});
  EXPECT_EQ(titled.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(titled.status().message(),
              ::testing::HasSubstr("its title is \"Mentions légales\""));
  // An essay of that title at an address that dates it is no site page.
  absl::StatusOr<Article> essay =
      ExtractArticle(Page("<title>Qui sommes-nous ?</title>" + dated,
                          "<main><h1>Qui sommes-nous ?</h1>" +
                              legal.substr(legal.find("<p>")) + "</main>"),
                     {.source = "https://www.lequotidien.fr/opinions/2026/01/"
                                "21/qui-sommes-nous"});
  EXPECT_TRUE(essay.ok()) << essay.status();
  // A review titled after a film of one such word is no site page.
  absl::StatusOr<Article> review =
      ExtractArticle(Page("<title>« Contact »</title>" + dated,
                          "<main><h1>« Contact »</h1>" +
                              legal.substr(legal.find("<p>")) + "</main>"),
                     {.source = "https://www.cinevue.fr/critiques/contact"});
  EXPECT_TRUE(review.ok()) << review.status();

  // A dated report at an article's address, its related teasers under it.
  absl::StatusOr<Article> report = ExtractArticle(
      Page("<title>Inondations : le plan</title>" + dated,
           "<main><article>" + legal + "</article><section>" + teasers +
               "</section></main>"),
      {.source = "https://www.courrierdemeuse.be/liege/2024/09/20/plan"});
  EXPECT_TRUE(report.ok()) << report.status();
}

// A consent banner styled with utility classes alone is told by its words:
// never the text, even where it is the page's only prose.
TEST(ExtractTest, AConsentBannerIsNoText) {
  const std::string banner =
      "<div class=\"fixed inset-x-0 bottom-0 z-50 bg-gray-900 p-4\"><p>Nous "
      "utilisons des témoins de navigation (cookies) afin d'opérer et "
      "d'améliorer nos services. <a href=\"/confidentialite\">En savoir "
      "plus</a></p></div>";
  std::string links = "<ul>";
  for (int i = 0; i < 8; ++i)
    links +=
        absl::StrCat("<li><a href=\"/n/", i, "\">Dépêche ", i, "</a></li>");
  links += "</ul>";
  absl::StatusOr<Article> list =
      ExtractArticle(Page("<title>Dernières dépêches</title>", banner + links),
                     {.source = "fil.html"});
  EXPECT_EQ(list.status().code(), absl::StatusCode::kNotFound)
      << (list.ok() ? list->text : "");
  absl::StatusOr<Article> article = ExtractArticle(
      Page("<title>Le travail</title>",
           "<article><h1>Le travail</h1><div class=\"mt-4\"><p>" +
               std::string(kParagraph) +
               "</p><p>Ce site utilise des cookies pour mesurer son "
               "audience.</p><p>" +
               std::string(kParagraph) + "</p></div></article>"),
      {.source = "a.html"});
  ASSERT_TRUE(article.ok()) << article.status();
  EXPECT_EQ(article->text, std::string(kParagraph) + "\n\n" + kParagraph);
}

// A consent wall that is all a crawler was shown: a modal dialog (or a
// cookie notice by its class) holding the page's only prose is no text,
// however long; the metadata's title and description still describe the
// article. Beside an article, such a dialog takes nothing from it.
TEST(ExtractTest, AConsentWallIsNoTextEvenWhenItIsThePagesOnlyProse) {
  const std::string wall_paragraph =
      "<p>Nos partenaires et nous-mêmes utilisons vos données pour stocker "
      "des informations sur un appareil, mesurer l'audience et personnaliser "
      "les publicités et les contenus que vous voyez sur ce site.</p>";
  const std::string meta =
      "<title>Strasbourg : le marché de Noël renforce sa sécurité</title>"
      "<meta property=\"og:description\" content=\"Plus de 700 agents "
      "mobilisés, des accès filtrés.\">";
  for (const std::string& opening :
       {std::string("<div class=\"cmp-overlay\" role=\"dialog\">"),
        std::string("<div class=\"wall\" aria-modal=\"true\">"),
        std::string("<div id=\"cookie-wall\" class=\"overlay\">")}) {
    absl::StatusOr<Article> walled = ExtractArticle(
        Page(meta, opening + "<div class=\"box\">" + wall_paragraph +
                       wall_paragraph + wall_paragraph +
                       "</div></div><div id=\"app\" hidden></div>"),
        {.source = "marche.html"});
    ASSERT_TRUE(walled.ok()) << walled.status();
    EXPECT_EQ(walled->text, "") << opening;
    EXPECT_EQ(walled->description,
              "Plus de 700 agents mobilisés, des accès "
              "filtrés.");
  }
  absl::StatusOr<Article> article = ExtractArticle(
      Page(meta, "<div role=\"dialog\">" + wall_paragraph +
                     "</div><article><h1>Strasbourg : le marché de Noël "
                     "renforce sa sécurité</h1><p>" +
                     std::string(kParagraph) + "</p></article>"),
      {.source = "marche.html"});
  ASSERT_TRUE(article.ok()) << article.status();
  EXPECT_EQ(article->text, kParagraph);
}

// A section front whose longest prose is its first teaser's standfirst is a
// list however its theme dates it; a JSON-LD article says otherwise, but not
// at a section's address, where themes write one on every page.
TEST(ExtractTest, ATeaserAsTheContentIsNoArticle) {
  std::string teasers;
  for (int i = 0; i < 6; ++i) {
    teasers += absl::StrCat(
        "<article class=\"teaser\"><h2><a href=\"/economie/", i,
        "\">Une entreprise de la région recrute numéro ", i,
        "</a></h2><p>L'entreprise veut remplacer une vague de départs à la "
        "retraite et lance une campagne de recrutement dans les cégeps.</p>"
        "</article>");
  }
  const std::string dated =
      "<title>Économie</title><meta property=\"og:type\" "
      "content=\"article\"><meta property=\"article:published_time\" "
      "content=\"2025-03-12T14:06:00-04:00\">";
  absl::StatusOr<Article> front = ExtractArticle(
      Page(dated, "<main><h1>Économie</h1>" + teasers + "</main>"),
      {.source = "https://www.fjord.ca/economie"});
  EXPECT_EQ(front.status().code(), absl::StatusCode::kNotFound)
      << (front.ok() ? front->text : "");
  absl::StatusOr<Article> declared = ExtractArticle(
      Page(dated + "<script type=\"application/ld+json\">{\"@context\": "
                   "\"https://schema.org\", \"@type\": \"NewsArticle\", "
                   "\"headline\": \"Économie\"}</script>",
           "<main><h1>Économie</h1>" + teasers + "</main>"),
      {.source = "https://www.fjord.ca/2025/03/12/economie"});
  EXPECT_TRUE(declared.ok()) << declared.status();
  for (const char* section :
       {"https://www.fjord.ca/economie", "https://www.fjord.ca/fr/economie/",
        "https://www.fjord.ca/nouvelles/economie/amp"}) {
    absl::StatusOr<Article> themed = ExtractArticle(
        Page(dated + "<script type=\"application/ld+json\">{\"@context\": "
                     "\"https://schema.org\", \"@type\": \"NewsArticle\", "
                     "\"headline\": \"Économie\"}</script>",
             "<main><h1>Économie</h1>" + teasers + "</main>"),
        {.source = section});
    EXPECT_EQ(themed.status().code(), absl::StatusCode::kNotFound)
        << section << ": " << (themed.ok() ? themed->text : "");
  }
}

// What a review of the list rules found read wrongly: a dated brief with
// one "Lire aussi" heading in its body over a grid of related posts, and a
// research department's dated page under "/recherche/…".
TEST(ExtractTest, ArticlesBesideListsAreRead) {
  std::string related = "<section class=\"more-posts\">";
  for (int i = 0; i < 6; ++i) {
    related += absl::StrCat("<article><h3><a href=\"/b/", i,
                            "\">Un autre fait divers de la semaine, le ", i,
                            "</a></h3></article>");
  }
  related += "</section>";
  const std::string dated =
      "<meta property=\"og:type\" content=\"article\"><meta "
      "property=\"article:published_time\" "
      "content=\"2025-03-12T14:06:00+01:00\">";
  const std::string brief =
      "<article><h1>Un incendie détruit un entrepôt</h1><div "
      "class=\"entry-content\"><p>" +
      std::string(kParagraph) +
      "</p><h3><a href=\"/a\">Lire aussi : le "
      "dernier incendie de la zone</a></h3><p>" +
      std::string(kParagraph) + "</p></div></article>";
  absl::StatusOr<Article> read = ExtractArticle(
      Page("<title>Un incendie détruit un entrepôt</title>" + dated,
           "<main>" + brief + related + "</main>"),
      {.source = "https://www.ouest.fr/faits-divers/incendie-entrepot"});
  EXPECT_TRUE(read.ok()) << read.status();
  absl::StatusOr<Article> research = ExtractArticle(
      Page(
          "<title>Un nouveau matériau pour stocker l'hydrogène</title>" + dated,
          "<main>" + brief + related + "</main>"),
      {.source = "https://www.univ.fr/recherche/actualites/hydrogene/"});
  EXPECT_TRUE(research.ok()) << research.status();
}

// A lower-case "par" line whose names a date or a time follows is a byline;
// witnesses are no cookies; a banner's tagline one size up is no headline.
TEST(ExtractTest, BylinesCaptionsAndTaglinesTheReviewFound) {
  const std::string text = "<p>" + std::string(kParagraph) + "</p><p>" +
                           std::string(kParagraph) + "</p>";
  EXPECT_EQ(AuthorOf("", "<p>par Jean Dupont vendredi 6 juin 2025</p>" + text),
            "Jean Dupont");
  EXPECT_EQ(AuthorOf("", "<p>par Jean Dupont aujourd’hui à 10h05</p>" + text),
            "Jean Dupont");
  absl::StatusOr<Article> interview = ExtractArticle(
      Page("<title>Les loups</title>",
           "<article><h1>Les loups</h1>" + text +
               "<p>Nous utilisons aussi les récits des témoins, éleveurs et "
               "bergers.</p></article>"),
      {.source = "a.html"});
  ASSERT_TRUE(interview.ok()) << interview.status();
  EXPECT_THAT(interview->text, ::testing::HasSubstr("témoins"));
  absl::StatusOr<Article> layout = ExtractArticle(
      "<html><head><title>L'Écho du Lac</title></head><body><table><tr><td>"
      "<font size=\"4\">Le journal du Léman depuis 1952</font></td></tr><tr>"
      "<td><font size=\"5\"><b>Évian : la CGN renforce ses "
      "traversées</b></font><br><font size=\"1\">Par Marc "
      "Vuillermoz</font><br><font size=\"2\">" +
          std::string(kParagraph) + "<br><br>" + kParagraph +
          "</font></td></tr></table></body></html>",
      {.source = "x.html"});
  ASSERT_TRUE(layout.ok()) << layout.status();
  EXPECT_EQ(layout->author, "Marc Vuillermoz");
}

TEST(ExtractTest, MissingFileNamesThePath) {
  absl::StatusOr<Article> a = ExtractArticleFromFile("/nonexistent/page.html");
  EXPECT_EQ(a.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(a.status().message().find("/nonexistent/page.html"),
            std::string::npos);
}

// A page saved from the Wayback Machine is the page it captured: its
// address, and so its outlet, are the original's, not the archive's, whose
// toolbar logo ("Wayback Machine") used to name the outlet.
TEST(ExtractTest, AWaybackMachineCaptureIsTheOriginalPage) {
  const std::string toolbar =
      "<div id=\"wm-ipp-base\"><div id=\"wm-ipp\"><a href=\"/web/\">"
      "<img src=\"/_static/images/toolbar/wayback-toolbar-logo-200.png\" "
      "alt=\"Wayback Machine\"></a></div></div>"
      "<div id=\"wm-ipp-print\">The Wayback Machine - "
      "https://web.archive.org/web/20070228213001/"
      "http://www.alternatives-economiques.fr:80/site/hs72.html</div>";
  const std::string body =
      "<h1>Les Français travaillent-ils trop peu ?</h1><p>" +
      std::string(kParagraph) + "</p>";
  absl::StatusOr<Article> saved =
      ExtractArticle(Page("", toolbar + body), {.source = "capture.html"});
  ASSERT_TRUE(saved.ok()) << saved.status();
  EXPECT_EQ(saved->canonical_url,
            "http://www.alternatives-economiques.fr/site/hs72.html");
  EXPECT_NE(saved->outlet, "Wayback Machine");
  EXPECT_NE(saved->outlet.find("lternatives"), std::string::npos)
      << saved->outlet;

  // The archive's rewritten canonical, and the address a crawl read it from.
  absl::StatusOr<Article> rewritten = ExtractArticle(
      Page("<link rel=\"canonical\" href=\"https://web.archive.org/web/"
           "2019id_/https://www.lemonde.fr/a.html\">",
           body),
      {.source = "x.html"});
  ASSERT_TRUE(rewritten.ok()) << rewritten.status();
  EXPECT_EQ(rewritten->canonical_url, "https://www.lemonde.fr/a.html");
  absl::StatusOr<Article> crawled = ExtractArticle(
      Page("", body),
      {.source = "http://web.archive.org/web/20200101000000/www.x.fr/b"});
  ASSERT_TRUE(crawled.ok()) << crawled.status();
  EXPECT_EQ(crawled->canonical_url, "http://www.x.fr/b");
}

// A strip of the latest news above the article has <time>s of its own; the
// article's is the one in the headline's block.
TEST(ExtractTest, TheArticlesTimeIsTheOneByItsHeadline) {
  const std::string strip =
      "<aside class=\"live-strip\"><h2>Le fil</h2><ol><li>"
      "<time datetime=\"2025-07-09T22:05:00-04:00\">22h05</time> "
      "<a href=\"/a\">Coupure d'eau cette nuit</a></li><li>"
      "<time datetime=\"2025-07-09T20:48:00-04:00\">20h48</time> "
      "<a href=\"/b\">Le parcours du Tour</a></li></ol></aside>";
  const std::string article =
      "<article><h1>Les restaurateurs de la marina inquiets</h1>"
      "<p class=\"date\"><time datetime=\"2025-07-09T21:30:00-04:00\">"
      "</time></p><p>" +
      std::string(kParagraph) + "</p></article>";
  absl::StatusOr<Article> a = ExtractArticle(Page("", strip + article));
  ASSERT_TRUE(a.ok()) << a.status();
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToIso8601(), "2025-07-09T21:30:00-04:00");
}

// Some systems write the update's <time> before the publication's: the
// first <time> by the headline that is not an update's dates the article,
// whether its class or its words say so.
TEST(ExtractTest, AnUpdatesTimeBeforeThePublicationsIsNotTheDate) {
  for (const std::string updated :
       {"<time class=\"article__date article__date--updated\" "
        "datetime=\"2024-10-22T11:47:00+02:00\">22/10/2024</time>",
        "<time datetime=\"2024-10-22T11:47:00+02:00\">Mis à jour le 22 "
        "octobre 2024 à 11h47</time>"}) {
    const std::string article =
        "<article><h1>Trois régions testent un billet unique</h1><div "
        "class=\"article__dates\">" +
        updated +
        " · <time class=\"article__date\" "
        "datetime=\"2024-10-22T06:00:00+02:00\">Publié le 22 octobre 2024 "
        "à 06h00</time></div><p>" +
        std::string(kParagraph) + "</p></article>";
    absl::StatusOr<Article> a = ExtractArticle(Page("", article));
    ASSERT_TRUE(a.ok()) << a.status();
    ASSERT_TRUE(a->published.has_value()) << updated;
    EXPECT_EQ(a->published->ToIso8601(), "2024-10-22T06:00:00+02:00")
        << updated;
  }
}

// "pied" is French for foot: a print page's footer, whose long notice after
// the signature made the signature look like a heading.
TEST(ExtractTest, APiedIsTheFooter) {
  const std::string notice =
      "Article paru dans Le Républicain grand-ducal – Adresse de l'article : "
      "https://www.republicain.lu/luxembourg/societe/le-tram-desservira-"
      "mersch-des-2031-confirme-le-ministere-a-88412 © 2025 Éditions du "
      "Républicain S.A. – 44, rue de Strasbourg, L-2560 Luxembourg. "
      "Reproduction interdite sans autorisation.";
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>Le tram desservira Mersch dès 2031</title>",
           "<h1>Le tram desservira Mersch dès 2031</h1><p>" +
               std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
               "</p><p><i>Claire Weis</i></p><div class=\"pied\">" + notice +
               "</div>"));
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->text.find("Reproduction interdite"), std::string::npos);
  EXPECT_EQ(a->author, "Claire Weis");
}

// "Il y a 3 jours" is never read; the date the element's tooltip gives is.
TEST(ExtractTest, ARelativeDatesTooltipGivesTheDate) {
  absl::StatusOr<Article> a = ExtractArticle(Page(
      "<link rel=\"canonical\" href=\"https://www.x.fr/a\">",
      "<main><h1>Bayonne : le pont Grenet fermé six mois</h1><span "
      "class=\"post-date\" title=\"vendredi 14 mars 2025 à 09:32\">Il y a 3 "
      "jours</span><p>" +
          std::string(kParagraph) +
          "</p></main><aside><span title=\"lundi "
          "17 mars 2025 à 08:05\">Il y a 2 heures</span></aside>"));
  ASSERT_TRUE(a.ok()) << a.status();
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToIso8601(), "2025-03-14T09:32:00+01:00");

  // A tooltip that gives the update is not the publication.
  a = ExtractArticle(
      Page("",
           "<main><h1>Bayonne : le pont Grenet fermé six mois</h1><span "
           "class=\"post-date\" title=\"Modifié le 17 mars 2025 à 08:05\">Il y "
           "a 3 jours</span><p>" +
               std::string(kParagraph) + "</p></main>"));
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_FALSE(a->published.has_value()) << a->published->ToIso8601();
}

// "il y a 3 heures" written by a script from the instant the element keeps
// as a Unix time (seconds or milliseconds); a number of another size is no
// instant.
TEST(ExtractTest, ARelativeDatesUnixTimeGivesTheDate) {
  const auto published_with = [](const std::string& attribute) {
    absl::StatusOr<Article> a = ExtractArticle(Page(
        "<link rel=\"canonical\" href=\"https://www.abidjanexpress.ci/a\">",
        "<main><h1>Abidjan : la lagune Ébrié sous surveillance</h1><span "
        "class=\"meta__time\" " +
            attribute + ">il y a 3 heures</span><p>" + std::string(kParagraph) +
            "</p></main>"));
    return !a.ok()        ? a.status().ToString()
           : a->published ? a->published->ToIso8601()
                          : std::string("none");
  };
  EXPECT_EQ(published_with("data-timestamp=\"1748940300\""),
            "2025-06-03T08:45:00+00:00");
  EXPECT_EQ(published_with("data-utime=\"1748940300000\""),
            "2025-06-03T08:45:00+00:00");
  EXPECT_EQ(published_with("data-timestamp=\"17489403\""), "none");
}

// A page saved from archive.today is the page it captured: archive.today
// writes its own <head> (its name as the site's, its short link as the
// canonical one, the capture's time as the publication's) and puts its banner
// over the page's body.
TEST(ExtractTest, AnArchiveTodayCaptureIsTheOriginalPage) {
  const std::string head =
      "<meta property=\"og:site_name\" content=\"archive.ph\">"
      "<meta property=\"og:url\" content=\"https://archive.ph/Xq7Tb\">"
      "<meta property=\"article:published_time\" "
      "content=\"2025-04-08T06:12:44Z\">"
      "<meta property=\"article:modified_time\" "
      "content=\"2025-04-08T06:12:44Z\">"
      "<meta itemprop=\"url\" content=\"https://archive.ph/"
      "2025.04.08-061244/https://www.lemansoir.ch/geneve/cornavin-5124877\">"
      "<link rel=\"canonical\" href=\"https://archive.ph/Xq7Tb\">";
  const std::string banner =
      "<div id=\"HEADER\"><table><tr><td><a href=\"https://archive.ph/\">"
      "archive.today</a></td><td>Saved from <input type=\"text\" "
      "value=\"https://www.lemansoir.ch/geneve/cornavin-5124877\"></td></tr>"
      "<tr><td>8 Apr 2025 06:12:44 UTC</td></tr></table></div>";
  const std::string body =
      "<div id=\"CONTENT\"><h1>Cornavin fermera partiellement ses voies</h1>"
      "<div>Publié le 07.04.2025 à 18h32</div><p>" +
      std::string(kParagraph) + "</p></div>";
  absl::StatusOr<Article> saved =
      ExtractArticle(Page(head, banner + body), {.source = "capture.html"});
  ASSERT_TRUE(saved.ok()) << saved.status();
  EXPECT_EQ(saved->canonical_url,
            "https://www.lemansoir.ch/geneve/cornavin-5124877");
  EXPECT_EQ(saved->outlet.find("archive"), std::string::npos) << saved->outlet;
  ASSERT_TRUE(saved->published.has_value());
  EXPECT_EQ(saved->published->ToIso8601(), "2025-04-07T18:32:00+02:00");
  EXPECT_EQ(saved->text.find("Saved from"), std::string::npos);

  // Without its banner, the long address in the archive's <head> names it.
  absl::StatusOr<Article> bare =
      ExtractArticle(Page(head, body), {.source = "capture.html"});
  ASSERT_TRUE(bare.ok()) << bare.status();
  EXPECT_EQ(bare->canonical_url,
            "https://www.lemansoir.ch/geneve/cornavin-5124877");
}

// The last resort for a date is the page's text, and a reader's comment is
// no part of it: its date is later than the article's ("Muriel - Le
// 22/01/2020 à 12:01:03" dated a petition). A date in a box of credits beside
// the text still is the page's.
TEST(ExtractTest, AReadersCommentDoesNotDateThePage) {
  const std::string article =
      "<main><article><h1>Non à la fermeture du chœur</h1><div "
      "class=\"petition\"><p>" +
      std::string(kParagraph) + "</p></div></article>";
  const std::string comment =
      "<div class=\"mo-comments\"><div class=\"mo-comment-infos\">"
      "<strong>Muriel - Le 22/01/2020 à 12:01:03</strong></div>"
      "<p>Je signe.</p></div></main>";
  absl::StatusOr<Article> commented =
      ExtractArticle(Page("", article + comment), {.source = "p.html"});
  ASSERT_TRUE(commented.ok()) << commented.status();
  EXPECT_FALSE(commented->published.has_value())
      << commented->published->ToIso8601();

  const std::string credits =
      "<ul class=\"podcast-description__credits\"><li><p>Mise en ligne</p>"
      "<p>23 mai 2019</p></li></ul>";
  absl::StatusOr<Article> credited = ExtractArticle(
      Page("", article + "<div class=\"sidebar\">" + credits + "</div></main>"),
      {.source = "p.html"});
  ASSERT_TRUE(credited.ok()) << credited.status();
  ASSERT_TRUE(credited->published.has_value());
  EXPECT_EQ(credited->published->LocalDay(), "2019-05-23");
}

// A theme's <html lang="en"> over a French article: the text says French,
// and --lang fr finds it.
TEST(ExtractTest, AFrenchTextUnderAnEnglishThemeIsFrench) {
  const std::string text =
      "<h1>Retraites</h1><p>" + std::string(kParagraph) +
      " Les syndicats, qui dénoncent une réforme injuste, appellent à la "
      "grève dans les transports et les écoles. Pour le ministre, ce texte est "
      "indispensable, mais il reconnaît que le calendrier sera serré.</p>";
  std::string page =
      Page("<meta property=\"og:locale\" content=\"fr_FR\">", text);
  page.replace(page.find("lang=\"fr\""), 9, "lang=\"en\"");
  std::istringstream in(page);
  absl::StatusOr<ExtractionReport> report =
      ExplainExtractionFromStream(in, "x.html", {.source = "x.html"});
  ASSERT_TRUE(report.ok()) << report.status();
  EXPECT_EQ(report->article.language, "fr");
  EXPECT_EQ(report->sources.at("language"),
            "the text's function words (the page says \"en\")");
}

// A <title> that only names the site, or the site and a section, is the
// page's label: the <h1> is the headline (a template that writes the same
// <title> on every page).
TEST(ExtractTest, ATitleThatOnlyNamesTheSiteLeavesTheHeadlineToTheH1) {
  const std::string body =
      "<main><h1>Tours : la guinguette des bords de Loire cherche un "
      "repreneur</h1><p>" +
      std::string(kParagraph) + "</p></main>";
  for (const char* title :
       {"Info Touraine", "Info Touraine - Actualités locales",
        "Actualités locales | Info Touraine"}) {
    const std::string page = Page(std::string("<title>") + title +
                                      "</title><meta property=\"og:site_name\" "
                                      "content=\"Info Touraine\">",
                                  body);
    absl::StatusOr<Article> a = ExtractArticle(page, {.source = "x.html"});
    ASSERT_TRUE(a.ok()) << a.status();
    EXPECT_EQ(a->title,
              "Tours : la guinguette des bords de Loire cherche un repreneur")
        << title;
  }
}

// SPIP and other hAtom templates give the date in machine form as the title
// of an element of class "published"; its time was lost (the text beside it
// says the day only).
TEST(ExtractTest, AnHAtomPublishedTitleDatesThePage) {
  const std::string page = Page(
      "<link rel=\"canonical\" href=\"https://www.x.fr/a\">",
      "<main><h1>Le conseil municipal vote le budget</h1><p "
      "class=\"info-publi\"><abbr class=\"published\" "
      "title=\"2026-12-03T13:05:00Z\">jeudi 3 décembre 2026</abbr></p><p>" +
          std::string(kParagraph) + "</p></main>");
  absl::StatusOr<Article> a = ExtractArticle(page, {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToIso8601(), "2026-12-03T14:05:00+01:00");
}

// A site whose markup names it nowhere but in a logo written as text.
TEST(ExtractTest, ALogoWrittenAsTextNamesTheOutlet) {
  const std::string page = Page(
      "<title>Le barrage de Shipshaw sera rénové</title>",
      "<div class=\"entete\"><a href=\"/\" class=\"logo\">Le Réveil du "
      "Saguenay</a><ul class=\"menu\"><li><a href=\"/nouvelles\">Nouvelles"
      "</a></li></ul></div><main><h1>Le barrage de Shipshaw sera rénové</h1>"
      "<p>" +
          std::string(kParagraph) + "</p></main>");
  absl::StatusOr<Article> a = ExtractArticle(page, {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->outlet, "Le Réveil du Saguenay");
}

// A site's address in og:site_name names no outlet: the JSON-LD's publisher
// does, before the logo's words.
TEST(ExtractTest, ThePublisherNamesASiteWhoseNameIsItsAddress) {
  const std::string page = Page(
      "<meta property=\"og:site_name\" content=\"trr.ch\"><script "
      "type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
      "\"headline\": \"Le travail\", \"publisher\": {\"@type\": "
      "\"Organization\", \"name\": \"Télévision Radio Romande\"}}</script>",
      "<a class=\"logo\" href=\"/\"><img src=\"/logo.svg\" alt=\"trr "
      "Télévision Radio Romande\"></a><main><h1>Le travail</h1><p>" +
          std::string(kParagraph) + "</p></main>");
  absl::StatusOr<Article> a = ExtractArticle(page, {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->outlet, "Télévision Radio Romande");
}

// JSON-LD's date without an offset is a guess at the site's zone; a meta that
// writes the offset says the moment.
TEST(ExtractTest, ADateWithItsOffsetWinsOverJsonLdsWithout) {
  const std::string page = Page(
      "<meta property=\"article:published_time\" "
      "content=\"2019-12-09T19:00:49+01:00\"><script "
      "type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
      "\"headline\": \"Le travail\", \"datePublished\": \"2019-12-09 "
      "20:00:49\"}</script>",
      "<main><h1>Le travail</h1><p>" + std::string(kParagraph) + "</p></main>");
  absl::StatusOr<Article> a = ExtractArticle(page, {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToIso8601(), "2019-12-09T19:00:49+01:00");
}

// A Québec site on .com, or a page saved without its address, says where it is
// by its locale: "7 h 30" there is Eastern time, not Paris's.
TEST(ExtractTest, ALocalesRegionSetsTheOffsetOfAWrittenTime) {
  const auto published_of = [](const std::string& lang,
                               const std::string& head) {
    std::string page =
        Page(head,
             "<main><h1>Le REM desservira l'aéroport</h1><p class=\"date\">"
             "Publié le mardi 1er décembre 2026 à 7 h 30</p><p>" +
                 std::string(kParagraph) + "</p></main>");
    page.replace(page.find("lang=\"fr\""), 9, "lang=\"" + lang + "\"");
    absl::StatusOr<Article> a = ExtractArticle(page, {.source = "x.html"});
    return a.ok() && a->published ? a->published->ToIso8601() : "?";
  };
  EXPECT_EQ(published_of("fr-CA", ""), "2026-12-01T07:30:00-05:00");
  // The first of the two that names a region.
  EXPECT_EQ(
      published_of("fr", "<meta property=\"og:locale\" content=\"fr_CA\">"),
      "2026-12-01T07:30:00-05:00");
  EXPECT_EQ(
      published_of("fr-BE", "<meta property=\"og:locale\" content=\"fr_CA\">"),
      "2026-12-01T07:30:00+01:00");
  EXPECT_EQ(published_of("", "<meta property=\"og:locale\" content=\"fr_CI\">"),
            "2026-12-01T07:30:00+00:00");
  EXPECT_EQ(published_of("fr-FR", ""), "2026-12-01T07:30:00+01:00");
  // A country's domain says more than a theme's locale.
  EXPECT_EQ(published_of("fr-CA",
                         "<link rel=\"canonical\" "
                         "href=\"https://www.dakar-matin.sn/a\">"),
            "2026-12-01T07:30:00+00:00");
}

// The newsroom crediting an agency signs nothing; an organisation that signs
// its own page does (the shared gold's Attac France).
TEST(ExtractTest, TheNewsroomWithAnAgencyIsNoAuthor) {
  const std::string outlet =
      "<meta property=\"og:site_name\" content=\"Le Baobab\">";
  const std::string paragraph = "<p>" + std::string(kParagraph) + "</p>";
  EXPECT_EQ(AuthorOf(outlet,
                     "<div class=\"post-meta\"><span "
                     "class=\"meta-author\">Par Le Baobab avec "
                     "APS</span></div>" +
                         paragraph),
            "");
  EXPECT_EQ(AuthorOf(outlet,
                     "<div class=\"post-meta\"><span "
                     "class=\"meta-author\">Par Awa Diop avec "
                     "APS</span></div>" +
                         paragraph),
            "Awa Diop");
  EXPECT_EQ(AuthorOf(outlet,
                     "<div class=\"post-meta\"><span "
                     "class=\"meta-author\">Par Le Baobab</span>"
                     "</div>" +
                         paragraph),
            "Le Baobab");
}

// A BEM element that names furniture ("article-full__date") is chrome though
// its block says "article"; a signup card is chrome.
TEST(ExtractTest, DateLinesAndSignupCardsAreNotTheText) {
  const std::string page = Page(
      "<title>Le tram de Liège</title>",
      "<article class=\"article-full\"><h1>Le tram de Liège</h1><div "
      "class=\"article-full__meta\"><p class=\"article-full__date\">Publié "
      "le 03/12/2026 à 14:05 | Mis à jour le 03/12/2026 à 16:20</p></div>"
      "<div class=\"article-full__body\"><p>" +
          std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
          "</p><p>" + std::string(kParagraph) +
          "</p><div class=\"kg-card kg-signup-card\"><h2>Abonnez-vous à la "
          "lettre</h2><p>Une enquête par mois, dans votre boîte mail.</p>"
          "<form><input type=\"email\"></form></div></div></article>");
  absl::StatusOr<Article> a = ExtractArticle(page, {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  const std::string paragraph(kParagraph);
  EXPECT_EQ(a->text, paragraph + "\n\n" + paragraph + "\n\n" + paragraph);
  ASSERT_TRUE(a->published.has_value());  // the metadata still reads it
  EXPECT_EQ(a->published->ToIso8601(), "2026-12-03T14:05:00+01:00");
}

// An old table layout: no <h1>, a <title> of site and section, the headline in
// a large <font> with its time and byline under it.
TEST(ExtractTest, ATableLayoutWithoutH1) {
  const std::string paragraph(kParagraph);
  // A headline one size over the default (3) stands out as well over a text
  // set at 2.
  for (const char* size : {"4", "+1"}) {
    absl::StatusOr<Article> a = ExtractArticle(
        absl::StrCat("<html><head><title>L'Echo du Kivu - Actualite</title>"
                     "</head><body><table><tr><td><font size=\"",
                     size,
                     "\"><b>Bukavu : les enseignants reprennent les "
                     "cours</b></font><br><font size=\"1\">Publié le "
                     "19/10/2009 | par Désiré Bisimwa</font><br><font "
                     "size=\"2\">",
                     paragraph, "<br><br>", paragraph,
                     "</font></td></tr></table></body></html>"),
        {.source = "x.html"});
    ASSERT_TRUE(a.ok()) << a.status();
    EXPECT_EQ(a->title, "Bukavu : les enseignants reprennent les cours");
    EXPECT_EQ(a->author, "Désiré Bisimwa");
  }
  const std::string page =
      "<html><head><title>L'Echo de Constantine - Actualité "
      "régionale</title></head><body><table><tr><td><img src=\"logo.gif\" "
      "alt=\"L'Echo de Constantine - Quotidien régional\"></td></tr><tr><td>"
      "<font size=\"1\"><a href=\"/a\">Sétif : ouverture de la foire "
      "agricole</a></font></td><td><font size=\"1\">Régions &gt; "
      "Constantine</font><br><font size=\"5\"><b>Téléphérique de "
      "Constantine : reprise du service</b></font><br><font size=\"1\">"
      "03/12/2026 - 14:05 | Par Karima Hadjadj</font><br><br><font "
      "size=\"2\">" +
      paragraph + "<br><br>" + paragraph + "<br><br>" + paragraph +
      "</font></td></tr></table></body></html>";
  absl::StatusOr<Article> a = ExtractArticle(page, {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->title, "Téléphérique de Constantine : reprise du service");
  EXPECT_EQ(a->outlet, "L'Echo de Constantine");
  EXPECT_EQ(a->author, "Karima Hadjadj");
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToIso8601(), "2026-12-03T14:05:00+01:00");
  EXPECT_EQ(a->text.substr(0, paragraph.size()), paragraph);
}

// The headline a row of its own, the dateline and byline in the rows under
// it: they are the headline's, the body's long row is not read for them.
TEST(ExtractTest, ATableLayoutsBylineRowUnderTheHeadline) {
  const std::string paragraph(kParagraph);
  const std::string page =
      "<html><head><title>Sfax Informations - Économie</title></head><body>"
      "<table><tr><td><font size=\"1\">Économie &gt; Agriculture</font></td>"
      "</tr><tr><td height=\"10\"></td></tr><tr><td class=\"titre\"><font "
      "size=\"5\"><b>Huile d'olive : Sfax s'attend à une récolte "
      "record</b></font></td></tr><tr><td height=\"6\"></td></tr><tr><td><font "
      "size=\"2\"><i>Sfax, le 12/09/2005</i> - Par <b>Hédi Ben Salah</b>"
      "</font></td></tr><tr><td class=\"texte\"><p>" +
      paragraph + "</p><p>" + paragraph + "</p><p>" + paragraph +
      "</p></td></tr></table></body></html>";
  absl::StatusOr<Article> a = ExtractArticle(page, {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->title, "Huile d'olive : Sfax s'attend à une récolte record");
  EXPECT_EQ(a->author, "Hédi Ben Salah");
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToIso8601(), "2005-09-12");
}

// An old portal's page: every <title> the site's name and its tagline, the
// footer's copyright naming the site, and the metadata in one line of pieces
// under the headline, the writer's name alone after the publication's.
TEST(ExtractTest, AnOldPortalsTitleTaglineAndMetadataLine) {
  const std::string paragraph(kParagraph);
  const std::string page =
      "<html><head><title>Cameroun Express - Actualité du Cameroun au "
      "quotidien</title></head><body><table><tr><td><img "
      "src=\"banniere.jpg\" alt=\"\"></td></tr><tr><td><h1 "
      "class=\"titre\"><font size=\"5\">Axe Douala-Yaoundé : les "
      "transporteurs menacent d'une grève</font></h1><font size=\"1\">Mise "
      "en ligne : 21/01/2026 | <b>Jean-Pierre Mbarga</b> | Cameroun Express "
      "| Lu 1837 fois</font><p>" +
      paragraph + "</p><p>" + paragraph +
      "</p></td></tr><tr><td><font size=\"1\">© 2003-2026 Cameroun Express "
      "- Tous droits réservés</font></td></tr></table></body></html>";
  absl::StatusOr<Article> a = ExtractArticle(page, {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->title,
            "Axe Douala-Yaoundé : les transporteurs menacent d'une grève");
  EXPECT_EQ(a->outlet, "Cameroun Express");
  EXPECT_EQ(a->author, "Jean-Pierre Mbarga");
  // A name on the line under the publication's is a caption's or a credit's.
  absl::StatusOr<Article> caption = ExtractArticle(
      absl::StrReplaceAll(page,
                          {{" | <b>Jean-Pierre Mbarga</b> | Cameroun Express",
                            "</font><br><img src=\"a.jpg\"><br><font "
                            "size=\"1\">Jean-Pierre Mbarga"}}),
      {.source = "x.html"});
  ASSERT_TRUE(caption.ok()) << caption.status();
  EXPECT_EQ(caption->author, "");
  // A slogan in the <h1> under an og:title that the <title> holds after the
  // site's name: the og:title is the headline.
  absl::StatusOr<Article> slogan = ExtractArticle(
      absl::StrReplaceAll(
          page, {{"</title>",
                  "</title><meta property=\"og:title\" content=\"Actualité du "
                  "Cameroun au quotidien\">"}}),
      {.source = "x.html"});
  ASSERT_TRUE(slogan.ok()) << slogan.status();
  EXPECT_EQ(slogan->title, "Actualité du Cameroun au quotidien");
  // A name after the publication's piece that is no person's is no writer.
  absl::StatusOr<Article> place = ExtractArticle(
      absl::StrReplaceAll(page, {{"<b>Jean-Pierre Mbarga</b>", "Douala"}}),
      {.source = "x.html"});
  ASSERT_TRUE(place.ok()) << place.status();
  EXPECT_EQ(place->author, "");
  // The group's name before its title's, at the title's address: the
  // footer's holder is the group.
  absl::StatusOr<Article> group = ExtractArticle(
      absl::StrReplaceAll(
          page, {{"Cameroun Express - Actualité du Cameroun au quotidien",
                  "Sanaga Médias - Le Wouri"},
                 {"© 2003-2026 Cameroun Express", "© 2026 Sanaga Médias"},
                 {"| Cameroun Express ", ""}}),
      {.source = "https://www.lewouri.cm/index.php?id=4821"});
  ASSERT_TRUE(group.ok()) << group.status();
  EXPECT_EQ(group->outlet, "Le Wouri");
  // A place the address holds among other letters is no title's name.
  absl::StatusOr<Article> place_in_address = ExtractArticle(
      absl::StrReplaceAll(
          page, {{"Cameroun Express - Actualité du Cameroun au quotidien",
                  "Imaz Press - Réunion"},
                 {"© 2003-2026 Cameroun Express", "© 2026 Imaz Press"},
                 {"| Cameroun Express ", ""}}),
      {.source = "https://www.ipreunion.com/actualites/2026/01/21/x.html"});
  ASSERT_TRUE(place_in_address.ok()) << place_in_address.status();
  EXPECT_EQ(place_in_address->outlet, "Imaz Press");
}

// A blog's <h1> is its name, linking to its home page; its <title> puts that
// name before the post's title with a colon.
TEST(ExtractTest, ABlogsH1LinkingHomeIsItsName) {
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>Échos du Sahel : Délestages à Bamako, les soudeurs au "
           "chômage</title>",
           "<div id=\"banner\"><h1><a "
           "href=\"https://echosdusahel.canalblog.com/\">Échos du "
           "Sahel</a></h1></div><div class=\"post\"><h3 "
           "class=\"post-title\">Délestages à Bamako, les soudeurs au "
           "chômage</h3><div class=\"post-body\"><p>" +
               std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
               "</p></div></div>"),
      {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->title, "Délestages à Bamako, les soudeurs au chômage");
  EXPECT_EQ(a->outlet, "Échos du Sahel");
  // Or after it, with a dash (Canalblog's other themes).
  absl::StatusOr<Article> c = ExtractArticle(
      Page("<title>La fête du village - Le blog de Marie</title>",
           "<div id=\"header\"><h1><a href=\"https://marie.canalblog.com/\">"
           "Le blog de Marie</a></h1></div><h2 class=\"articletitle\">La "
           "fête du village</h2><div class=\"articlebody\"><p>" +
               std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
               "</p></div>"),
      {.source = "x.html"});
  ASSERT_TRUE(c.ok()) << c.status();
  EXPECT_EQ(c->title, "La fête du village");
  EXPECT_EQ(c->outlet, "Le blog de Marie");
  // A link to a post on the site's root address, with a query, is no home
  // link: that <h1> is no site's name.
  absl::StatusOr<Article> b = ExtractArticle(
      Page("<title>Le Blog du Finistère</title>",
           "<div class=\"post\"><h1><a href=\"https://www.blog-finistere.fr?"
           "p=4521\">Quimper : la crêperie Ty Breizh ferme</a></h1><p>" +
               std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
               "</p></div>"),
      {.source = "x.html"});
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_NE(b->outlet, "Quimper : la crêperie Ty Breizh ferme");
}

// The classes of <body> speak of the whole page, or of a CMS's styles
// (Jimdo's "j-m-comment-styles-disabled j-footer-styles"): the page's
// headline and dates are in no comment thread nor footer.
TEST(ExtractTest, TheBodysClassesMarkNoPartOfThePage) {
  const std::string page =
      "<html lang=\"fr\"><head><title>Route des Tamarins : un "
      "éboulis</title></head><body class=\"cc-page j-m-comment-styles-disabled "
      "j-footer-styles j-m-blogSelection-styles\"><div "
      "class=\"j-blog-post--header\"><h1>Route des Tamarins : un éboulis "
      "coupe la voie à Saint-Paul</h1><div class=\"j-blog-post--date\"><time "
      "datetime=\"2025-06-03\">03/06/2025</time></div></div><div "
      "class=\"post\"><p>" +
      std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
      "</p></div></body></html>";
  absl::StatusOr<Article> a = ExtractArticle(page, {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->title,
            "Route des Tamarins : un éboulis coupe la voie à Saint-Paul");
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToIso8601(), "2025-06-03");
}

// A first <h1> that names the site (Jimdo's header module, a theme's logo)
// gives way to the article's <h1> after it: the headline, its block's date
// and byline, and the site's name as the outlet.
TEST(ExtractTest, TheSitesH1BeforeTheArticlesGivesWay) {
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>Assemblée générale 2025 : la roue tournera de nouveau - Les "
           "Amis du Moulin</title>",
           "<div class=\"j-header\"><h1 class=\"j-header-headline\">Les Amis "
           "du Moulin</h1></div><div class=\"j-blog\"><h1 "
           "class=\"j-blog-headline\">Assemblée générale 2025 : la roue "
           "tournera de nouveau</h1><div class=\"j-blog-post--date\">Publié le "
           "14 mars 2025 à 18h30</div><div class=\"post\"><p>" +
               std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
               "</p></div></div>"),
      {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->title, "Assemblée générale 2025 : la roue tournera de nouveau");
  EXPECT_EQ(a->outlet, "Les Amis du Moulin");
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToIso8601(), "2025-03-14T18:30:00+01:00");
}

// The site's <h1> alone, the shorter end of the <title>: no headline, and the
// <title>'s name for the site.
TEST(ExtractTest, TheSitesH1AloneIsNoHeadline) {
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>Assemblée générale 2025 : la roue tournera de nouveau - Les "
           "Amis du Moulin</title>",
           "<div class=\"j-header\"><h1>Les Amis du Moulin</h1></div><div "
           "class=\"post\"><p>" +
               std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
               "</p></div>"),
      {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->title, "Assemblée générale 2025 : la roue tournera de nouveau");
  EXPECT_EQ(a->outlet, "Les Amis du Moulin");
}

// Without an <h1>, a post's title that links to the post itself is its
// headline (Overblog), where a title linking elsewhere is another article's.
TEST(ExtractTest, AHeadingLinkingToThePageItselfIsItsHeadline) {
  const auto title_of = [](const std::string& href) {
    absl::StatusOr<Article> a = ExtractArticle(
        Page("<title>Dinan : rue du Jerzual, les artisans cherchent un second "
             "souffle - L'Écho de la Rance</title><link rel=\"canonical\" "
             "href=\"https://rance.over-blog.com/2024/02/jerzual.html\"><meta "
             "property=\"og:title\" content=\"Rue du Jerzual : un second "
             "souffle\">",
             "<div class=\"ob-section\"><h2 class=\"ob-title\"><a href=\"" +
                 href +
                 "\">Dinan : rue du Jerzual, les artisans cherchent un second "
                 "souffle</a></h2><div class=\"ob-text\"><p>" +
                 std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
                 "</p></div></div>"),
        {.source = "x.html"});
    return a.ok() ? a->title : "?";
  };
  EXPECT_EQ(title_of("http://rance.over-blog.com/2024/02/jerzual.html"),
            "Dinan : rue du Jerzual, les artisans cherchent un second souffle");
  EXPECT_EQ(title_of("https://rance.over-blog.com/2024/01/autre.html"),
            "Rue du Jerzual : un second souffle");
}

// A publication line opening the text, as page builders print it, leaves the
// text and gives its time to the day a <time> gave alone.
TEST(ExtractTest, APublicationLineOpeningTheTextIsNoProse) {
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>Route des Tamarins : un éboulis coupe la voie</title>",
           "<h1>Route des Tamarins : un éboulis coupe la voie</h1><div "
           "class=\"j-blog-post--date\"><time "
           "datetime=\"2025-06-03\">03/06/2025</time></div><div "
           "class=\"post\"><p><em>Publié le mardi 3 juin 2025 à 6h40 – Mis à "
           "jour à 9h15</em></p><p>" +
               std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
               "</p></div>"),
      {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToIso8601(), "2025-06-03T06:40:00+02:00");
  EXPECT_EQ(a->text.find("Publié"), std::string::npos) << a->text;
}

// A byline opening the body under a standfirst, with no class to say so, is
// left out of the text and names the writer, though the <h1> is the site's
// name (an old table layout).
TEST(ExtractTest, ABylineOverTheBodyNamesTheWriter) {
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>Hergla : le port de pêche sera agrandi - La Presse du "
           "Sahel</title>",
           "<table><tr><td><h1 class=\"nom_journal\">La Presse du "
           "Sahel</h1></td><td class=\"date_jour\">Lundi 3 février "
           "2025</td></tr><tr><td class=\"colonne_gauche\"><a "
           "href=\"/\">Accueil"
           "</a></td><td class=\"colonne_centre\"><div "
           "class=\"fil_ariane\"><a href=\"/\">Accueil</a> &gt; <a "
           "href=\"/eco\">Économie</a></div><div class=\"titre_art\">Hergla : "
           "le port de pêche sera agrandi</div><div class=\"date_art\">Publié "
           "le "
           "03-02-2025 à 09:45 | <a href=\"/imprimer\">Imprimer</a></div><div "
           "class=\"chapeau_art\">Le ministère a validé l'extension du port "
           "de pêche de Hergla, saturé depuis plusieurs années.</div><div "
           "class=\"texte_art\"><p>Par <b>Hédi Ben Romdhane</b></p><p>" +
               std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
               "</p></div></td></tr></table>"),
      {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->author, "Hédi Ben Romdhane");
  EXPECT_EQ(a->text.find("Par Hédi"), std::string::npos);
  // The header's date of the day comes first; the byline gives its time.
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToIso8601(), "2025-02-03T09:45:00+01:00");
}

// The same table layout, its "Publié" line in an element no class names as a
// date: the header's day of the day takes that line's time still.
TEST(ExtractTest, AnUnclassedPublicationLineTimesTheHeadersDay) {
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>Hergla : le port de pêche sera agrandi - La Presse du "
           "Sahel</title>",
           "<table><tr><td><h1 class=\"nom_journal\">La Presse du "
           "Sahel</h1></td><td class=\"date_jour\">Lundi 3 février "
           "2025</td></tr><tr><td class=\"colonne_centre\"><div "
           "class=\"titre_art\">Hergla : le port de pêche sera agrandi</div>"
           "<div class=\"infos_art\">Publié le 03-02-2025 à 09:45 | Lu 1 872 "
           "fois | <a href=\"/imprimer\">Imprimer</a></div><div "
           "class=\"texte_art\"><p>" +
               std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
               "</p></div></td></tr></table>"),
      {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToIso8601(), "2025-02-03T09:45:00+01:00");
  // A "Publié" line under the text is another article's.
  absl::StatusOr<Article> teaser = ExtractArticle(
      Page("<title>Oran : un abri pour les pêcheurs</title>",
           "<div id=\"page\"><div id=\"contenu\"><div "
           "class=\"entete\"><h1>Oran : un abri pour les pêcheurs</h1></div>"
           "<div class=\"auteur\">Par Karim Benali</div><div "
           "class=\"article\"><p>" +
               std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
               "</p></div></div><div id=\"suite\"><h3>Dans la même "
               "rubrique</h3><div><a href=\"/2024/03/12/tlemcen.html\">Tlemcen "
               ": la route rouverte</a><p>Publié le 12 mars 2024 à "
               "07h15</p></div></div></div>"),
      {.source = "https://www.x.dz/2024/03/12/oran.html"});
  ASSERT_TRUE(teaser.ok()) << teaser.status();
  ASSERT_TRUE(teaser->published.has_value());
  EXPECT_EQ(teaser->published->ToIso8601(), "2024-03-12");
}

// A blog's post footer gives the time alone ("Posté par X à 19:47"), under
// the day its header gives (Canalblog): the publication is that day at that
// time. A reader's comment that dates itself, in an unclassed table, is not.
TEST(ExtractTest, APostsFooterTimesTheHeadersDay) {
  const auto published = [](const std::string& after_text) {
    absl::StatusOr<Article> a = ExtractArticle(
        Page("<title>Coupures à Bamako</title>",
             "<div id=\"content\"><h2 class=\"date-header\">mardi 11 mars "
             "2025</h2><div class=\"blogbody\"><h3>Coupures à Bamako</h3><p>" +
                 std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
                 "</p>" + after_text + "</div></div>"),
        {.source = "https://echos.canalblog.com/archives/2025/03/11/1.html"});
    return a.ok() && a->published ? a->published->ToIso8601() : "?";
  };
  EXPECT_EQ(published("<div class=\"itemfooter\">Posté par <a "
                      "href=\"/about\">Moussa Traoré</a> à <a "
                      "href=\"/archives/1.html\">19:47</a> - <a "
                      "href=\"/societe\">Société</a></div>"),
            "2025-03-11T19:47:00+01:00");
  // A post's footer without its time: a reaction's after it gives none.
  EXPECT_EQ(
      published("<div class=\"itemfooter\">Posté par <a "
                "href=\"/about\">Moussa Traoré</a> - Société</div><div "
                "id=\"reactions\"><div>Posté par Aïda à 23:50</div></div>"),
      "2025-03-11");
  EXPECT_EQ(published("<table><tr><td><font>Posté par <b>Aïda</b> le "
                      "12/03/2025 à 12h05</font><br>Courage à tous.</td></tr>"
                      "</table>"),
            "2025-03-11");
}

// A daily's masthead gives the day the page was shown ("Mardi 12 mars
// 2024"), the byline "Publié hier à 18h": the day before, at 18:00. Not an
// update's "aujourd'hui".
TEST(ExtractTest, YesterdayInTheBylineCountsFromTheMastheadsDay) {
  const auto published = [](const std::string& line) {
    absl::StatusOr<Article> a = ExtractArticle(
        Page("<title>Oran : les pêcheurs réclament un abri</title>",
             "<div id=\"bandeau\"><div class=\"date-du-jour\">Mardi 12 mars "
             "2024</div></div><div id=\"contenu\"><h1>Oran : les pêcheurs "
             "réclament un abri</h1><div class=\"date\">" +
                 line + "</div><div class=\"article\"><p>" +
                 std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
                 "</p></div></div>"),
        {.source = "x.html"});
    return a.ok() && a->published ? a->published->ToIso8601() : "?";
  };
  EXPECT_EQ(published("Publié hier à 18h"), "2024-03-11T18:00:00+01:00");
  EXPECT_EQ(published("Publié aujourd'hui à 9h05"),
            "2024-03-12T09:05:00+01:00");
  EXPECT_EQ(published("Mis à jour aujourd'hui à 9h05"), "2024-03-12");
  // Not the day before yesterday, nor a teaser's "Hier à 18h30" that says no
  // publication.
  EXPECT_EQ(published("Publié avant-hier à 18h"), "2024-03-12");
  EXPECT_EQ(published("Hier à 18h30"), "2024-03-12");
}

// A lead that opens with the headline's words is the article's prose.
TEST(ExtractTest, ALeadRepeatingTheHeadlineStays) {
  const std::string paragraph(kParagraph);
  const std::string lead =
      "Le consortium mené par Elon Musk propose 97,4 milliards, a confirmé "
      "son avocat mardi.";
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>Le consortium mené par Elon Musk propose 97,4 "
           "milliards</title>",
           "<main><h1>Le consortium mené par Elon Musk propose 97,4 "
           "milliards</h1><p>" +
               lead + "</p><p>" + paragraph + "</p><p>" + paragraph +
               "</p></main>"),
      {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->text.substr(0, lead.size()), lead);
}

// A site's header shows today's date in a date-classed element; the dateline
// under the headline dates the article.
TEST(ExtractTest, TheDatelineUnderTheHeadlineWinsOverTheHeadersDate) {
  const std::string paragraph(kParagraph);
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>Le CHU de Bouaké manque de tout</title>",
           "<div class=\"top\"><span class=\"top-date\">Vendredi 04 "
           "Décembre 2026</span></div><div class=\"main\"><div "
           "class=\"post\"><h1 class=\"post-title\">Le CHU de Bouaké manque "
           "de tout</h1><div class=\"post-meta\">Publié le 03 décembre 2026 "
           "à 14h05</div><div class=\"post-content\"><p>" +
               paragraph + "</p><p>" + paragraph + "</p></div></div></div>"),
      {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToIso8601(), "2026-12-03T14:05:00+01:00");
}

// A markup whose publication date is its modification date, on a page that
// writes an earlier publication by the headline: the written one.
TEST(ExtractTest, AMarkupPublishedAtItsModificationGivesWayToTheWrittenDate) {
  const auto published_of = [](const std::string& modified) {
    absl::StatusOr<Article> a = ExtractArticle(
        Page(
            "<script type=\"application/ld+json\">{\"@type\": "
            "\"NewsArticle\", \"datePublished\": "
            "\"2025-03-04T09:15:00+01:00\", \"dateModified\": \"" +
                modified + "\"}</script>",
            "<main><h1>Le port de Dakar s'agrandit</h1><div class=\"meta\">Par "
            "Anne Dupont | Publié le 3 mars 2025 à 17h30 | Mis à jour le 4 "
            "mars 2025 à 09h15</div><p>" +
                std::string(kParagraph) + "</p></main>"),
        {.source = "x.html"});
    return a.ok() && a->published ? a->published->ToIso8601() : "?";
  };
  EXPECT_EQ(published_of("2025-03-04T09:15:00+01:00"),
            "2025-03-03T17:30:00+01:00");
  // A markup that tells the two apart is trusted.
  EXPECT_EQ(published_of("2025-03-05T10:00:00+01:00"),
            "2025-03-04T09:15:00+01:00");
  // Not an earlier date that is no byline's "Publié" (a standfirst's
  // event), nor the same day, which the host's guessed offset may shift.
  const auto published_beside = [](const std::string& written) {
    absl::StatusOr<Article> a = ExtractArticle(
        Page("<script type=\"application/ld+json\">{\"@type\": "
             "\"NewsArticle\", \"datePublished\": "
             "\"2025-03-03T10:00:00+00:00\", \"dateModified\": "
             "\"2025-03-03T10:00:00+00:00\"}</script>",
             "<main><h1>Le port de Dakar s'agrandit</h1>" + written + "<p>" +
                 std::string(kParagraph) + "</p></main>"),
        {.source = "x.html"});
    return a.ok() && a->published ? a->published->ToIso8601() : "?";
  };
  EXPECT_EQ(published_beside("<p class=\"chapo\">Le concert prévu le samedi "
                             "1er mars 2025 à 20h30 a été reporté.</p>"),
            "2025-03-03T11:00:00+01:00");
  EXPECT_EQ(published_beside("<div class=\"meta\">Publié le 3 mars 2025 à "
                             "10h00</div>"),
            "2025-03-03T10:00:00+00:00");
}

// A theme's JSON-LD stamped once with one date for both (2019) on a page
// whose byline says "Publié le" a later day, and whose og:updated_time is
// later still: the stamp is stale, the byline's date the publication.
TEST(ExtractTest, AStaleMarkupStampGivesWayToALaterPublishedDate) {
  const auto published_of = [](const std::string& updated_meta) {
    absl::StatusOr<Article> a = ExtractArticle(
        Page("<script type=\"application/ld+json\">{\"@type\": "
             "\"NewsArticle\", \"datePublished\": "
             "\"2019-06-14T08:00:00+02:00\", \"dateModified\": "
             "\"2019-06-14T08:00:00+02:00\"}</script>" +
                 updated_meta,
             "<main><h1>Tram de Liège : l'extension confirmée pour "
             "2030</h1><div class=\"post-meta\">Marc Lejeune · Publié le "
             "14/12/2026 à 17:20</div><p>" +
                 std::string(kParagraph) + "</p></main>"),
        {.source = "x.html"});
    return a.ok() && a->published ? a->published->ToIso8601() : "?";
  };
  EXPECT_EQ(published_of("<meta property=\"og:updated_time\" "
                         "content=\"2026-12-14T18:05:00+01:00\">"),
            "2026-12-14T17:20:00+01:00");
  // One source against the markup is not enough: no later modification
  // time, or one before the byline's date.
  EXPECT_EQ(published_of(""), "2019-06-14T08:00:00+02:00");
  EXPECT_EQ(published_of("<meta property=\"og:updated_time\" "
                         "content=\"2021-01-10T10:00:00+01:00\">"),
            "2019-06-14T08:00:00+02:00");
}

// A day in the markup ("DC.date") takes the time the page writes that day.
TEST(ExtractTest, ADayOnlyMachineDateTakesTheWrittenTime) {
  const auto published_of = [](const std::string& dateline) {
    absl::StatusOr<Article> a = ExtractArticle(
        Page("<meta name=\"DC.date\" content=\"2026-12-03\">",
             "<main><h1>Le port de Dakar s'agrandit</h1><div class=\"infos\">" +
                 dateline + "</div><p>" + std::string(kParagraph) +
                 "</p></main>"),
        {.source = "x.html"});
    return a.ok() && a->published ? a->published->ToIso8601() : "?";
  };
  EXPECT_EQ(published_of("Publié le jeudi 3 décembre 2026 à 14:05"),
            "2026-12-03T14:05:00+01:00");
  // Another day's time is not this day's: the day stays a day alone.
  EXPECT_EQ(published_of("Publié le vendredi 4 décembre 2026 à 14:05"),
            "2026-12-03");
}

// A column's label names its writer, above or under the headline; a label of
// what the piece is about does not.
TEST(ExtractTest, AColumnsLabelNamesItsWriter) {
  const std::string paragraph = "<p>" + std::string(kParagraph) + "</p>";
  EXPECT_EQ(AuthorOf("",
                     "<div class=\"byline\">Une analyse de Louis-Philippe "
                     "Gagnon</div>" +
                         paragraph),
            "Louis-Philippe Gagnon");
  EXPECT_EQ(AuthorOf("",
                     "<p class=\"chapeau\">L'édito de Benoît "
                     "Lambrechts</p>" +
                         paragraph),
            "Benoît Lambrechts");
  absl::StatusOr<Article> kicker =
      ExtractArticle(Page("<title>Le travail</title>",
                          "<article><div class=\"kicker\">Le billet de Benoît "
                          "Lambrechts</div><h1>Le travail</h1>" +
                              paragraph + "</article>"),
                     {.source = "a.html"});
  ASSERT_TRUE(kicker.ok()) << kicker.status();
  EXPECT_EQ(kicker->author, "Benoît Lambrechts");
  EXPECT_EQ(AuthorOf("",
                     "<p class=\"chapeau\">Le portrait de Benoît "
                     "Lambrechts</p>" +
                         paragraph),
            "");
  // A word that says which column ("La chronique éco de X", a radio
  // chronicle's label over its headline); not a name in its place.
  absl::StatusOr<Article> radio = ExtractArticle(
      Page("<title>Le travail</title>",
           "<main><div class=\"show\"><div><p class=\"show__name\">La "
           "chronique éco de Bernard Ortiz</p><h1>Le travail</h1></div></div>" +
               paragraph + paragraph + "</main>"),
      {.source = "a.html"});
  ASSERT_TRUE(radio.ok()) << radio.status();
  EXPECT_EQ(radio->author, "Bernard Ortiz");
  EXPECT_EQ(AuthorOf("",
                     "<p class=\"chapeau\">La chronique Europe de Bernard "
                     "Ortiz</p>" +
                         paragraph),
            "");
}

// An article's own footer holds its byline and date (Blogger's post-footer,
// HTML5's <footer> in an <article>); the page's footer holds decoys.
TEST(ExtractTest, TheArticlesFooterIsReadThePagesIsNot) {
  const std::string paragraph(kParagraph);
  for (const std::string footer :
       {"<footer>", "<div class=\"post-footer\">", "<div class=\"footer\">"}) {
    SCOPED_TRACE(footer);
    const std::string close = footer == "<footer>" ? "</footer>" : "</div>";
    absl::StatusOr<Article> a = ExtractArticle(
        Page("<title>Le travail</title>",
             "<article><h1>Le travail</h1><p>" + paragraph + "</p><p>" +
                 paragraph + "</p>" + footer +
                 "<span class=\"posted-on\">2 décembre 2026 à "
                 "16h40</span> <span class=\"author\">Anne Reuter</span>" +
                 close +
                 "</article><div class=\"footer\"><span class=\"date\">Mis "
                 "à jour le 5 décembre 2026</span> <span "
                 "class=\"author\">Paul Martin</span></div>"),
        {.source = "x.html"});
    ASSERT_TRUE(a.ok()) << a.status();
    EXPECT_EQ(a->author, "Anne Reuter");
    ASSERT_TRUE(a->published.has_value());
    EXPECT_EQ(a->published->ToIso8601(), "2026-12-02T16:40:00+01:00");
  }
  // Only the page's footer, or a teaser's in a list of other pieces: no
  // author from either.
  for (const std::string footer :
       {"<div class=\"footer\"><span class=\"author\">Paul "
        "Martin</span></div>",
        "<section class=\"more-news\"><article class=\"post\"><h3><a "
        "href=\"/a\">Le prix du riz baisse</a></h3><footer "
        "class=\"entry-footer\"><span class=\"author\">Paul "
        "Martin</span></footer></article></section>"}) {
    SCOPED_TRACE(footer);
    absl::StatusOr<Article> a =
        ExtractArticle(Page("<title>Le travail</title>",
                            "<div class=\"main\"><h1>Le travail</h1><div "
                            "class=\"entry-content\"><p>" +
                                paragraph + "</p></div>" + footer + "</div>"),
                       {.source = "x.html"});
    ASSERT_TRUE(a.ok()) << a.status();
    EXPECT_EQ(a->author, "");
  }
}

// A regional paper signs "Outlet Prénom NOM." at the end of a byline.
TEST(ExtractTest, TheOutletAndTheFullStopAroundASignatureAreNotTheName) {
  const std::string outlet =
      "<meta property=\"og:site_name\" content=\"L'Ouest Républicain\">";
  const std::string paragraph = "<p>" + std::string(kParagraph) + "</p>";
  EXPECT_EQ(AuthorOf(outlet,
                     "<div class=\"signature\"><span>L'Ouest "
                     "Républicain</span> <a class=\"author\">Corentin "
                     "LE GOFF.</a></div>" +
                         paragraph),
            "Corentin LE GOFF");
  EXPECT_EQ(
      AuthorOf("", "<div class=\"byline\">Par Jean-Marc D.</div>" + paragraph),
      "Jean-Marc D.");
}

// With nothing else to name the outlet, the footer's copyright holder does
// when it spells the address's name; a company that owns the site does not.
TEST(ExtractTest, TheCopyrightHolderWhoSpellsTheAddressNamesTheOutlet) {
  const auto outlet_of = [](const std::string& footer) {
    absl::StatusOr<Article> a = ExtractArticle(
        Page("<link rel=\"canonical\" "
             "href=\"https://www.elephant-info.ci/eco/cacao\">",
             "<article><h1>San-Pédro : les coopératives boycottent la "
             "pesée</h1><p>" +
                 std::string(kParagraph) + "</p></article><footer><p>" +
                 footer + "</p></footer>"),
        {.source = "x.html"});
    return a.ok() ? a->outlet : "?";
  };
  EXPECT_EQ(outlet_of("<small>© 2025 L'Éléphant Info. Tous droits "
                      "réservés.</small>"),
            "L'Éléphant Info");
  EXPECT_EQ(outlet_of("Copyright © 2019-2025 L'Éléphant Info | Mentions"),
            "L'Éléphant Info");
  EXPECT_EQ(outlet_of("© 2025 Groupe Ivoire Médias SA"), "elephant-info.ci");
  // A company holding the address's name, a word of it, a curly apostrophe,
  // a year after the name, a photo's credit before the footer's.
  EXPECT_EQ(outlet_of("© 2025 Groupe Elephant Info Médias SAS"),
            "elephant-info.ci");
  EXPECT_EQ(outlet_of("Copyright Elephant Info 2025 – Abidjan"),
            "Elephant Info");
  EXPECT_EQ(outlet_of("© 2025 L’Éléphant Info."), "L’Éléphant Info");
  EXPECT_EQ(outlet_of("Photo © Reuters</p><p>© 2025 L'Éléphant Info"),
            "L'Éléphant Info");
}

// Without og:site_name: the name a <title> puts before the headline, or the
// one a theme's brand shows.
TEST(ExtractTest, TheOutletBeforeTheHeadlineOrInTheBrand) {
  const auto outlet_of = [](const std::string& head, const std::string& top) {
    absl::StatusOr<Article> a = ExtractArticle(
        Page(head, top + "<main><h1>Sfax : le port rouvre</h1><p>" +
                       std::string(kParagraph) + "</p></main>"),
        {.source = "x.html"});
    return a.ok() ? a->outlet : "?";
  };
  EXPECT_EQ(
      outlet_of("<title>Carthage Actu | Sfax : le port rouvre</title>", ""),
      "Carthage Actu");
  // A newsletter's subject opening on an emoji names no outlet: the logo
  // does.
  EXPECT_EQ(outlet_of("<title>☕ La Matinale – Sfax : le port rouvre</title>",
                      "<a href=\"/\"><img src=\"logo.png\" alt=\"Carthage "
                      "Actu\"></a>"),
            "Carthage Actu");
  // A print page's label after the name.
  EXPECT_EQ(outlet_of("<title>Carthage Actu - Version imprimable - Sfax : le "
                      "port rouvre</title>",
                      ""),
            "Carthage Actu");
  EXPECT_EQ(outlet_of("<title>Sfax : le port rouvre</title>",
                      "<a class=\"navbar-brand\" href=\"/\">Carthage "
                      "Actu</a>"),
            "Carthage Actu");
  EXPECT_EQ(outlet_of("<title>Sfax : le port rouvre</title>",
                      "<p class=\"site-title\"><a href=\"/\">Carthage "
                      "Actu</a></p>"),
            "Carthage Actu");
  // A publication hosted by a platform: its own name, not the platform's.
  const std::string hosted =
      "<meta property=\"og:site_name\" content=\"Medium\"><script "
      "type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
      "\"publisher\": {\"@type\": \"Organization\", \"name\": \"";
  EXPECT_EQ(outlet_of(hosted + "Data Sahel\"}}</script>", ""), "Data Sahel");
  EXPECT_EQ(outlet_of(hosted + "Medium\"}}</script>", ""), "Medium");
  // Without a publisher, the blog's name in its header's link home.
  EXPECT_EQ(outlet_of("<meta property=\"og:site_name\" content=\"Tumblr\">",
                      "<div id=\"header\"><a href=\"/\"><h1>Le Crieur</h1>"
                      "</a></div>"),
            "Le Crieur");
  EXPECT_EQ(
      outlet_of("<meta property=\"og:site_name\" content=\"Tumblr\">", ""),
      "Tumblr");
  // og:site_name without the article the page writes before the name
  // elsewhere: in the <title>, the publisher or the footer.
  EXPECT_EQ(outlet_of("<title>Sfax : le port rouvre - L'Écho du Sahel</title>"
                      "<meta property=\"og:site_name\" content=\"Écho du "
                      "Sahel\">",
                      ""),
            "L'Écho du Sahel");
  EXPECT_EQ(outlet_of("<meta property=\"og:site_name\" content=\"Courrier du "
                      "Sahel\">",
                      "<footer><p>© 2025 Le Courrier du Sahel SA</p></footer>"),
            "Le Courrier du Sahel");
  // A brand written with its domain's ending, which the publisher drops.
  const std::string site_name_and_publisher =
      "<meta property=\"og:site_name\" content=\"L'Horizon.fr\"><script "
      "type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
      "\"publisher\": {\"@type\": \"Organization\", \"name\": \"";
  EXPECT_EQ(outlet_of(site_name_and_publisher + "L'Horizon\"}}</script>", ""),
            "L'Horizon");
  EXPECT_EQ(
      outlet_of(site_name_and_publisher + "Horizon Médias SA\"}}</script>", ""),
      "L'Horizon.fr");
  // Not inside another word.
  EXPECT_EQ(outlet_of("<title>Sfax : le port rouvre - BLe Courrier</title>"
                      "<meta property=\"og:site_name\" content=\"Courrier\">",
                      ""),
            "Courrier");
  // A post's title ends on its own label, not on the blog's name.
  EXPECT_EQ(outlet_of("<meta property=\"og:site_name\" content=\"Tumblr\">"
                      "<title>Sfax : le port rouvre - Partie 2</title>",
                      ""),
            "Tumblr");
  // A logo that says what the outlet is after its name; a site name that
  // the titles shorten.
  EXPECT_EQ(outlet_of("<title>Sfax : le port rouvre</title>",
                      "<a href=\"/\"><img src=\"logo.png\" "
                      "alt=\"Carthage Actu - Quotidien régional "
                      "d'information\"></a>"),
            "Carthage Actu");
  EXPECT_EQ(outlet_of("<title>Sfax : le port rouvre</title>",
                      "<a href=\"/\"><img src=\"logo.png\" "
                      "alt=\"AOC media - Analyse Opinion Critique\"></a>"),
            "AOC media - Analyse Opinion Critique");
  EXPECT_EQ(outlet_of("<title>Carthage Actu - Culture</title>", ""),
            "Carthage Actu");
  EXPECT_EQ(outlet_of("<title>Sfax : le port rouvre - Culture</title>", ""),
            "");
  EXPECT_EQ(outlet_of("<title>Sfax - Culture</title>", ""), "");
  // A site name with its tagline, which the titles end with whole.
  EXPECT_EQ(outlet_of("<title>Sfax : le port rouvre - Le Quotidien - Journal "
                      "d'information générale</title><meta "
                      "property=\"og:site_name\" content=\"Le Quotidien - "
                      "Journal d'information générale\">",
                      ""),
            "Le Quotidien");
  EXPECT_EQ(outlet_of("<title>Sfax : le port rouvre | TAP</title><meta "
                      "property=\"og:site_name\" content=\"TAP - Tunis "
                      "Afrique Presse\">",
                      ""),
            "TAP");
}

// A compound class names what its last word says ("entry-meta" is the byline
// block of an entry); a paywall's notice ends the text, its offer with it.
TEST(ExtractTest, MetaBlocksAndPaywallNoticesAreNotTheText) {
  const std::string paragraph(kParagraph);
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>Le travail</title>",
           "<article class=\"entry\"><h1>Le travail</h1><p "
           "class=\"chapo\">" +
               paragraph +
               "</p><div class=\"entry-meta\"><span>Publié le "
               "3 déc. 2026 à "
               "14:05 Mis à jour le 3 déc. 2026 à 17:48</span></div><div "
               "class=\"entry-content\"><p>" +
               paragraph + "</p><p>" + paragraph + "</p><p>" + paragraph +
               "</p><div class=\"offre\"><p>La suite de cet article est "
               "réservée aux abonnés</p><p>Profitez de notre offre dès 1 € le "
               "premier mois, sans engagement.</p></div></div></article>"),
      {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->text, paragraph + "\n\n" + paragraph + "\n\n" + paragraph +
                         "\n\n" + paragraph);
}

// The paid part of an article that a site wraps in a "paywall" element (as
// its JSON-LD's hasPart names it) is the article; a paywall's box of a few
// lines is not.
TEST(ExtractTest, APaywallElementHoldingTheArticleIsTheText) {
  const std::string paragraph(kParagraph);
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>Le travail</title>",
           "<article><h1>Le travail</h1><p>" + paragraph +
               "</p><div class=\"paywall\"><p>" + paragraph + "</p><p>" +
               paragraph + "</p><p>" + paragraph +
               "</p></div><div class=\"paywall-box\"><p>Cet article est "
               "réservé aux abonnés.</p></div></article>"),
      {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->text, paragraph + "\n\n" + paragraph + "\n\n" + paragraph +
                         "\n\n" + paragraph);
}

// A byline a template put at the head of the body is no text; it names the
// writers the theme's single author field cut to one. A sentence that opens
// on "Par" is text.
TEST(ExtractTest, ABylineOpeningTheBodyIsNotTheText) {
  const std::string paragraph(kParagraph);
  const auto extract = [&](const std::string& first) {
    return ExtractArticle(
        Page("<title>Le travail</title><meta name=\"author\" "
             "content=\"Mélanie LeBlanc\">",
             "<article><h1>Le travail</h1><p><em>" + first + "</em></p><p>" +
                 paragraph + "</p></article>"),
        {.source = "x.html"});
  };
  absl::StatusOr<Article> a = extract(
      "Par Mélanie LeBlanc et Rémi Cormier – Publié le 5 décembre 2026 à "
      "9 h 15");
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->author, "Mélanie LeBlanc, Rémi Cormier");
  EXPECT_EQ(a->text, paragraph);
  const std::string sentence =
      "Par ailleurs, la ville de Moncton a voté un budget de 24 millions de "
      "dollars pour le logement abordable.";
  for (const std::string& lead :
       {sentence,
        std::string("Par Air Sénégal et Royal Air Maroc, les 12 860 pèlerins "
                    "rallient Djeddah dès lundi")}) {
    a = extract(lead);
    ASSERT_TRUE(a.ok()) << a.status();
    EXPECT_EQ(a->author, "Mélanie LeBlanc");
    EXPECT_EQ(a->text, lead + "\n\n" + paragraph);
  }
  // The markup names a desk's account (a blind Haitian Blogger post's
  // "Publié par HMI Rédaction"): the person the byline names signs.
  absl::StatusOr<Article> desk = ExtractArticle(
      Page("<title>Le travail</title><meta name=\"author\" content=\"HMI "
           "Rédaction\">",
           "<article><h1>Le travail</h1><p><b>Par Wilner "
           "Saint-Fleur</b></p><p>" +
               paragraph + "</p></article>"),
      {.source = "x.html"});
  ASSERT_TRUE(desk.ok()) << desk.status();
  EXPECT_EQ(desk->author, "Wilner Saint-Fleur");
}

// A byline that lists the outlet's local edition after the writer ("Par Hugo
// Lemaître, Radio Hexagone Bretagne" on Radio Hexagone): the writer alone; a
// second writer stays.
TEST(ExtractTest, TheOutletsEditionAfterTheWriterIsNoWriter) {
  const auto author_of = [](const std::string& byline) {
    absl::StatusOr<Article> a = ExtractArticle(
        Page("<title>Brest : un obus déminé</title><meta "
             "property=\"og:site_name\" content=\"Radio Hexagone\">",
             "<article><h1>Brest : un obus déminé</h1><div "
             "class=\"article-author\"><span>" +
                 byline + "</span></div><p>" + std::string(kParagraph) +
                 "</p></article>"),
        {.source = "brest.html"});
    EXPECT_TRUE(a.ok()) << a.status();
    return a.ok() ? a->author : "?";
  };
  EXPECT_EQ(author_of("Par Hugo Lemaître, Radio Hexagone Bretagne"),
            "Hugo Lemaître");
  EXPECT_EQ(author_of("Par Hugo Lemaître, Radio Hexagone"), "Hugo Lemaître");
  EXPECT_EQ(author_of("Par Hugo Lemaître, Anne Le Gall"),
            "Hugo Lemaître, Anne Le Gall");
}

// A blog whose posts are published by its own account ("Publié par Faso
// Horizon" on the blog Faso Horizon, a blind Burkinabè Blogger post): the
// signature under the text names the writer, as one over the text does. An
// account of another name still signs.
TEST(ExtractTest, ASignatureSignsOverTheOutletsOwnAccount) {
  const auto author_of = [](const std::string& account) {
    absl::StatusOr<Article> a = ExtractArticle(
        Page("<title>Faso Horizon: Koudougou : le marché rouvre</title><meta "
             "property=\"og:site_name\" content=\"Faso Horizon\">",
             "<div class=\"post hentry\"><h3 class=\"post-title\">Koudougou : "
             "le marché rouvre</h3><div class=\"post-body\"><div>" +
                 std::string(kParagraph) + "</div><br><div>" +
                 std::string(kParagraph) +
                 "</div><br><div style=\"text-align: right;\"><b>Issouf "
                 "SAWADOGO</b></div></div><div class=\"post-footer\"><span "
                 "class=\"post-author vcard\">Publié par <span class=\"fn\" "
                 "itemprop=\"author\" itemscope "
                 "itemtype=\"http://schema.org/Person\"><span "
                 "itemprop=\"name\">" +
                 account + "</span></span></span></div></div>"),
        {.source = "https://www.fasohorizon.bf/2026/12/koudougou.html"});
    EXPECT_TRUE(a.ok()) << a.status();
    return a.ok() ? a->author : "?";
  };
  EXPECT_EQ(author_of("Faso Horizon"), "Issouf SAWADOGO");
  EXPECT_EQ(author_of("Awa Ouédraogo"), "Awa Ouédraogo");
  // The same over the text: a theme's byline names the site, the text opens
  // on the writer's name and where he writes from.
  absl::StatusOr<Article> opening = ExtractArticle(
      Page("<title>Goma : le Nyiragongo sous surveillance</title><meta "
           "property=\"og:site_name\" content=\"Congo Horizon\">",
           "<article><h1>Goma : le Nyiragongo sous surveillance</h1><div "
           "class=\"byline\">Par Congo Horizon</div><div "
           "class=\"entry-content\"><p><strong>Patient Kambale, à "
           "Goma</strong></p><p>" +
               std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
               "</p></div></article>"),
      {.source = "goma.html"});
  ASSERT_TRUE(opening.ok()) << opening.status();
  EXPECT_EQ(opening->author, "Patient Kambale");
  EXPECT_FALSE(absl::StrContains(opening->text, "Patient Kambale"));
}

// A "Par" line of its own under the headline, in a block of text before the
// one the text is read from (a blind Guyanese Squarespace post, whose author
// field names the desk's account): the byline of the article's block.
TEST(ExtractTest, ABylineUnderTheHeadlineOutsideTheTextsBlockSigns) {
  const std::string paragraph(kParagraph);
  absl::StatusOr<Article> a = ExtractArticle(
      Page(
          "<title>Kourou</title>",
          "<article class=\"entry hentry\"><div class=\"blog-item-top\"><div "
          "class=\"blog-meta-item--author\"><a href=\"/actualites?author=5f\" "
          "class=\"blog-author-name\">Rédaction LCG</a></div><div "
          "class=\"blog-item-title\"><h1>Kourou : le lancement d'Ariane 6 "
          "reporté in extremis</h1></div></div><div "
          "class=\"blog-item-content\"><div class=\"sqs-block\"><div "
          "class=\"sqs-block-content\"><p><strong>Par Jocelyn Horth et Maïté "
          "Bellony</strong></p><p><em>Le tir, prévu mardi soir, a été "
          "interrompu à sept minutes du décollage.</em></p></div></div><div "
          "class=\"sqs-block image-block\"><div "
          "class=\"sqs-block-content\"><figure><img "
          "src=\"a.jpg\"><figcaption>Le pas de "
          "tir.</figcaption></figure></div></div><div class=\"sqs-block\"><div "
          "class=\"sqs-block-content\"><p>" +
              paragraph + "</p><p>" + paragraph + "</p><p>" + paragraph +
              "</p></div></div></div></article>"),
      {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->author, "Jocelyn Horth, Maïté Bellony");
}

// A breadcrumb inside the article's block, down to the page's own headline,
// is the site's path, not text.
TEST(ExtractTest, ABreadcrumbInTheArticleIsNotTheText) {
  const std::string paragraph(kParagraph);
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>Le travail</title>",
           "<article><p class=\"arbo\"><a href=\"/\">Accueil</a> &gt; <a "
           "href=\"/r3\">France</a> &gt; <strong>Vie chère en outre-mer : un "
           "bouclier tarifaire sur 150 produits</strong></p><h1>Le "
           "travail</h1><p>" +
               paragraph + "</p><p>" + paragraph + "</p></article>"),
      {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->text, paragraph + "\n\n" + paragraph);
  // A lead that opens on "Accueilli" and quotes someone is text.
  const std::string lead =
      "Accueilli par le président, le ministre a salué « une relation "
      "fraternelle » devant la presse à Dakar.";
  a = ExtractArticle(Page("<title>Le travail</title>",
                          "<article><h1>Le travail</h1><p>" + lead + "</p><p>" +
                              paragraph + "</p></article>"),
                     {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->text, lead + "\n\n" + paragraph);
}

// The <h1> confirmed by a metadata title that writes its apostrophes straight
// is the headline, over an SEO headline in JSON-LD.
TEST(ExtractTest, ApostrophesDoNotUnconfirmTheHeadline) {
  const std::string h1 =
      "Le Sénat adopte le budget au bout d’une nuit de débats";
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<script type=\"application/ld+json\">{\"@type\": "
           "\"NewsArticle\", \"headline\": \"Budget : le Sénat adopte le "
           "texte\"}</script><meta property=\"og:title\" content=\"Le Sénat "
           "adopte le budget au bout d'une nuit de débats\">",
           "<main><h1>" + h1 + "</h1><p>" + std::string(kParagraph) +
               "</p></main>"),
      {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->title, h1);
}

// The <h1> is the headline as readers see it, though the metadata give
// another; not a header's tagline, which is in the chrome or reads as
// sentences, nor a label of a few words.
TEST(ExtractTest, TheVisibleHeadlineWinsOverAnotherMetadataTitle) {
  const std::string head =
      "<meta property=\"og:title\" content=\"Liège : la passerelle fermée "
      "après la crue\"><title>Liège : la passerelle fermée après la crue | "
      "Le Quotidien liégeois</title>";
  const std::string h1 =
      "La passerelle La Belle Liégeoise fermée pour inspection après la crue";
  const std::string text = "<p>" + std::string(kParagraph) + "</p>";
  absl::StatusOr<Article> a = ExtractArticle(
      Page(head, "<main><h1>" + h1 + "</h1>" + text + "</main>"));
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->title, h1);
  for (const std::string& not_headline :
       {std::string("<header class=\"site-header\"><h1>Le journal de toute "
                    "la province de Liège</h1></header><main>"),
        std::string("<main><h1>Créatrice de podcasts depuis 2002. Émissions "
                    "et reportages.</h1>"),
        std::string("<main><h1>Actualités de Liège</h1>"),
        std::string("<main><h1>Municipales 2026 : tout notre dossier "
                    "spécial</h1>")}) {
    a = ExtractArticle(Page(head, not_headline + text + "</main>"));
    ASSERT_TRUE(a.ok()) << a.status();
    EXPECT_EQ(a->title, "Liège : la passerelle fermée après la crue")
        << not_headline;
  }
}

// A date printed inside the <h1>, after the headline, is the byline's.
TEST(ExtractTest, ADateInsideTheHeadlineIsNotPartOfIt) {
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<meta property=\"og:title\" content=\"Annecy : le budget 2026 "
           "adopté dans la douleur\">",
           "<main><h1>Annecy : le budget 2026 adopté dans la douleur "
           "<small>Publié le 12 mars 2025 à 18h02</small></h1><p>" +
               std::string(kParagraph) + "</p></main>"),
      {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->title, "Annecy : le budget 2026 adopté dans la douleur");
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToIso8601(), "2025-03-12T18:02:00+01:00");
}

// The page's own outlet, naming itself in an interview's questions, is no
// entity of its article; another outlet it cites is.
TEST(ExtractTest, ThePagesOwnOutletIsNotAnEntity) {
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<meta property=\"og:site_name\" content=\"Lagune Info\">",
           "<main><h1>Le CHU de Bouaké manque de tout</h1><p>Lagune Info : "
           "Que manque-t-il ?</p><p>Sériba Ouattara : Tout, selon Le Monde, "
           "qui cite plusieurs sources proches du ministère à "
           "Abidjan.</p><p>" +
               std::string(kParagraph) + "</p></main>"),
      {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  std::vector<std::string> names;
  for (const Entity& e : a->entities) names.push_back(e.name);
  EXPECT_THAT(names, ::testing::Not(::testing::Contains("Lagune Info")));
  EXPECT_THAT(names, ::testing::Contains("Le Monde"));
}

// A machine date in UTC that the page writes as a local time of the same
// minute is shown in the offset of the page's own clock.
TEST(ExtractTest, AMachineDateIsShownInThePagesOwnOffset) {
  const auto published_of = [](const std::string& canonical,
                               const std::string& dateline) {
    absl::StatusOr<Article> a = ExtractArticle(
        Page("<link rel=\"canonical\" href=\"" + canonical +
                 "\"><meta property=\"article:published_time\" "
                 "content=\"2026-12-03T10:05:30Z\">",
             "<main><h1>Le port de Dakar s'agrandit</h1><div class=\"date\">" +
                 dateline + "</div><p>" + std::string(kParagraph) +
                 "</p></main>"),
        {.source = "x.html"});
    return a.ok() && a->published ? a->published->ToIso8601() : "?";
  };
  // A Senegalese site on .com, a Réunion one on .fr.
  EXPECT_EQ(published_of("https://www.dakar-matin.com/a",
                         "Publié le 3 décembre 2026 à 10:05"),
            "2026-12-03T10:05:30+00:00");
  EXPECT_EQ(published_of("https://www.reunion-matin.fr/a",
                         "Publié le 3 décembre 2026 à 14h05"),
            "2026-12-03T14:05:30+04:00");
  // Not the same minute of an hour, or another day: the host's offset.
  EXPECT_EQ(published_of("https://www.x.fr/a",
                         "Mis à jour le 3 décembre 2026 à 16:20"),
            "2026-12-03T11:05:30+01:00");
  EXPECT_EQ(
      published_of("https://www.x.fr/a", "Publié le 1er décembre 2026 à 10:05"),
      "2026-12-03T11:05:30+01:00");

  // The time written by the headline is the markup's modification time, in
  // its own offset: the update's, which says nothing of the publication's
  // zone (a blind Lyon weather page: published 06:00+01:00, "actualisées à
  // 11h00").
  absl::StatusOr<Article> updated = ExtractArticle(
      Page("<meta property=\"article:published_time\" "
           "content=\"2026-12-04T06:00:00+01:00\"><meta "
           "property=\"article:modified_time\" "
           "content=\"2026-12-04T11:00:00+01:00\">",
           "<main><h1>Le port de Lyon s'agrandit encore</h1><p "
           "class=\"maj\">Prévisions actualisées le vendredi 4 décembre 2026 "
           "à 11h00</p><p>" +
               std::string(kParagraph) + "</p></main>"),
      {.source = "x.html"});
  ASSERT_TRUE(updated.ok()) << updated.status();
  ASSERT_TRUE(updated->published.has_value());
  EXPECT_EQ(updated->published->ToIso8601(), "2026-12-04T06:00:00+01:00");
}

// A machine instant written in UTC, shown in the host's offset, that falls
// on another day than the one the byline writes: shown on the byline's day
// (a blind Montréal newsletter on substack.com, a Guyanese site on .com).
// Not when the markup says its own offset, nor when the day is the update's.
TEST(ExtractTest, AUtcInstantFallsOnTheDayTheBylineWrites) {
  const auto published_of = [](const std::string& machine,
                               const std::string& extra_head,
                               const std::string& dateline) {
    absl::StatusOr<Article> a = ExtractArticle(
        Page("<link rel=\"canonical\" "
             "href=\"https://lalettre.substack.com/p/budget\"><meta "
             "property=\"article:published_time\" content=\"" +
                 machine + "\">" + extra_head,
             "<main><h1>Le budget du déneigement à Montréal</h1><div "
             "class=\"post-meta\">" +
                 dateline + "</div><p>" + std::string(kParagraph) +
                 "</p></main>"),
        {.source = "x.html"});
    return a.ok() && a->published ? a->published->LocalDay() : "?";
  };
  EXPECT_EQ(published_of("2026-11-28T02:15:07Z", "", "27 nov. 2026"),
            "2026-11-27");
  EXPECT_EQ(published_of("2026-11-28T02:15:07+01:00", "", "27 nov. 2026"),
            "2026-11-28");
  EXPECT_EQ(published_of("2026-11-28T02:15:07Z",
                         "<meta property=\"article:modified_time\" "
                         "content=\"2026-11-29T10:00:00Z\">",
                         "Mis à jour le 29 nov. 2026"),
            "2026-11-28");
}

// Substack's article is a "newsletter-post": the post, whose byline and date
// are read, not a box inviting readers to subscribe.
TEST(ExtractTest, ANewslettersPostIsTheArticle) {
  absl::StatusOr<Article> a = ExtractArticle(
      Page("<title>Le budget</title>",
           "<article class=\"typography newsletter-post post\"><div "
           "class=\"post-header\"><h1 class=\"post-title\">Le budget du "
           "déneigement à Montréal</h1><div class=\"post-meta\">Par Marie "
           "Tremblay · 27 nov. 2026</div></div><div "
           "class=\"body markup\"><p>" +
               std::string(kParagraph) + "</p><p>" + std::string(kParagraph) +
               "</p></div></article>"),
      {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->author, "Marie Tremblay");
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->LocalDay(), "2026-11-27");
}

// What speaks of subscribers, or ends a class with a word of furniture that
// is not its head, stays the article's text.
TEST(ExtractTest, SubscribersAndClassTailsThatAreText) {
  const std::string paragraph(kParagraph);
  const auto text_of = [](const std::string& body) {
    absl::StatusOr<Article> a = ExtractArticle(
        Page("<title>Le travail</title>",
             "<article><h1>Le travail</h1>" + body + "</article>"),
        {.source = "x.html"});
    return a.ok() ? a->text : "?";
  };
  const std::string sentence =
      "Dans un premier temps, l'accès sera réservé aux abonnés de la saison.";
  EXPECT_EQ(text_of("<p>" + paragraph + "</p><p>" + sentence + "</p><p>" +
                    paragraph + "</p>"),
            paragraph + "\n\n" + sentence + "\n\n" + paragraph);
  // A subscriber's saved page: the badge goes, the article stays.
  EXPECT_EQ(text_of("<p>" + paragraph +
                    "</p><p>Article réservé aux "
                    "abonnés</p><p>" +
                    paragraph + " " + paragraph + "</p>"),
            paragraph + "\n\n" + paragraph + " " + paragraph);
  // Drupal's text-and-image paragraph, Tailwind's overflow-hidden.
  EXPECT_EQ(
      text_of("<div class=\"paragraph paragraph--type--texte-image\"><p>" +
              paragraph + "</p><p>" + paragraph + "</p></div>"),
      paragraph + "\n\n" + paragraph);
  EXPECT_EQ(text_of("<div class=\"article-text overflow-hidden\"><p>" +
                    paragraph + "</p><p>" + paragraph + "</p></div>"),
            paragraph + "\n\n" + paragraph);
}

// Found by reviewing the rules above: what each must not take.
TEST(ExtractTest, RulesForPagesWithoutBylinesKeepToTheirPlace) {
  const std::string paragraph(kParagraph);
  // A headline naming a genre and a person is about that person.
  EXPECT_EQ(AuthorOf("", "<p>" + paragraph + "</p>").empty(), true);
  absl::StatusOr<Article> story =
      ExtractArticle(Page("<title>Le récit de Gisèle Pelicot</title>",
                          "<main><h1>Le récit de Gisèle Pelicot</h1><p>" +
                              paragraph + "</p></main>"),
                     {.source = "x.html"});
  ASSERT_TRUE(story.ok()) << story.status();
  EXPECT_EQ(story->author, "");
  // After a quotation, a name is its speaker's, not a signature.
  const std::string long_paragraph =
      "<p>" + paragraph + " " + paragraph + "</p>";
  EXPECT_EQ(AuthorOf("", long_paragraph +
                             "<p>« Nous ne partirons pas d'ici tant que la "
                             "direction ne nous aura pas reçus, avec nos "
                             "familles », dit-elle »</p><p>Sophie "
                             "Lemaire</p>"),
            "");
  // A section named after a place is no outlet, and stays an entity.
  absl::StatusOr<Article> section = ExtractArticle(
      Page("<title>Sénégal | Le port de Dakar rouvre ses portes</title>",
           "<main><h1>Le port de Dakar rouvre ses portes</h1><p>Au Sénégal, "
           "le port a rouvert.</p><p>" +
               paragraph + "</p></main>"),
      {.source = "x.html"});
  ASSERT_TRUE(section.ok()) << section.status();
  EXPECT_NE(section->outlet, "Sénégal");
  bool senegal = false;
  for (const Entity& e : section->entities) senegal |= e.name == "Sénégal";
  EXPECT_TRUE(senegal);
  // On a page with <h1>, a lead that repeats the headline stays.
  absl::StatusOr<Article> lead = ExtractArticle(
      Page("<title>« Nous ne lâcherons rien »</title>",
           "<main><h1>« Nous ne lâcherons rien »</h1><p><b>« Nous ne lâcherons "
           "rien » : à Cholet, les 230 salariés ont voté la grève</b></p><p>" +
               paragraph + "</p></main>"),
      {.source = "x.html"});
  ASSERT_TRUE(lead.ok()) << lead.status();
  EXPECT_TRUE(lead->text.starts_with("« Nous ne lâcherons rien » : à Cholet"))
      << lead->text;
}

// Without <h1>: a section's label that the <title> names is no headline, and
// the dateline beside the headline wins over the header's date of the day.
TEST(ExtractTest, WithoutH1TheSectionLabelAndTheHeadersDateGiveWay) {
  const std::string paragraph(kParagraph);
  absl::StatusOr<Article> a = ExtractArticle(
      "<html><head><title>L'Est Républicain - Régions</title></head><body>"
      "<table><tr><td><span class=\"datedujour\">Vendredi 4 décembre "
      "2026</span></td></tr><tr><td><div class=\"page-title\">Régions</div>"
      "<font size=\"5\"><b>Constantine : le téléphérique reprend du "
      "service</b></font><br><font size=\"2\">03/12/2026 - 14:05 | Par "
      "Karima Hadjadj</font><br><font size=\"2\">" +
          paragraph + "<br><br>" + paragraph +
          "</font></td></tr></table></body></html>",
      {.source = "x.html"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->title, "Constantine : le téléphérique reprend du service");
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(a->published->ToIso8601(), "2026-12-03T14:05:00+01:00");
}

// A table layout's side column writes the day's edition beside the headline,
// and the "Publié le" line under it an earlier day: the publication's. Its
// <title> opens with the outlet's name and ends with a section's.
TEST(ExtractTest, APublishedLineOutranksTheEditionsDayBesideTheHeadline) {
  const std::string paragraph(kParagraph);
  const auto published_of = [&](const std::string& publication_line) {
    absl::StatusOr<Article> a = ExtractArticle(
        "<html><head><title>L'Éveil du Cher - La maternité suspend les "
        "accouchements - Actualité Cher</title></head><body><table><tr><td>"
        "<table><tr><td><a "
        "href=\"/sante/\">Santé</a></td></tr></table><br><font "
        "size=\"1\">Édition du jour : <b>jeudi 5 novembre "
        "2026</b></font></td><td><font size=\"5\"><b>La maternité suspend "
        "les accouchements</b></font><br><br><table "
        "class=\"infos\"><tr><td><font size=\"1\">Par <b>Jean-Marc "
        "Pelletier</b></font></td><td><font size=\"1\">" +
            publication_line +
            "</font></td></tr></table><br><font size=\"2\">" + paragraph +
            "<br><br>" + paragraph +
            "</font></td></tr></table><p>© L'Éveil du Cher 2026 - Tous "
            "droits réservés</p></body></html>",
        {.source = "x.html"});
    // The outlet is the title's first part, which the copyright line names,
    // not its last, a section's.
    EXPECT_EQ(a.ok() ? a->outlet : "?", "L'Éveil du Cher");
    return a.ok() && a->published ? a->published->ToIso8601() : "?";
  };
  EXPECT_EQ(published_of("Publié le mercredi 4 novembre 2026 à 18h40"),
            "2026-11-04T18:40:00+01:00");
  // Not a later "Publié" day.
  EXPECT_EQ(published_of("Publié le vendredi 6 novembre 2026 à 18h40"),
            "2026-11-05");
}

// The visible headline over an SEO headline that differs: one whose kicker
// ends with a full stop ("Vannes. …"), and one the markup names as its
// alternativeHeadline.
TEST(ExtractTest, TheVisibleHeadlineOverAnSeoOne) {
  const auto title_of = [](const std::string& head, const std::string& h1) {
    absl::StatusOr<Article> a = ExtractArticle(
        Page(head, "<article><h1>" + h1 + "</h1><p>" + std::string(kParagraph) +
                       "</p><p>" + kParagraph + "</p></article>"),
        {.source = "x.html"});
    EXPECT_TRUE(a.ok()) << a.status();
    return a.ok() ? a->title : "";
  };
  EXPECT_EQ(title_of("<meta property=\"og:title\" content=\"Vannes : le "
                     "chantier du port de plaisance accuse six mois de "
                     "retard\">",
                     "Vannes. Le chantier du port de plaisance prend six mois "
                     "de retard"),
            "Vannes. Le chantier du port de plaisance prend six mois de "
            "retard");
  EXPECT_EQ(title_of("<script type=\"application/ld+json\">{\"@type\":"
                     "\"NewsArticle\",\"headline\":\"Marseille : enquête sur "
                     "les marchands de sommeil\",\"alternativeHeadline\":"
                     "\"Dans les taudis de Noailles, l'impossible "
                     "relogement\"}</script>",
                     "Dans les taudis de Noailles, l'impossible relogement"),
            "Dans les taudis de Noailles, l'impossible relogement");
  // A sentence's full stop still says the <h1> is no headline.
  EXPECT_EQ(title_of("<meta property=\"og:title\" content=\"Le chantier du "
                     "port de plaisance prend du retard\">",
                     "Le port de plaisance de Vannes attend. Le chantier "
                     "prend du retard"),
            "Le chantier du port de plaisance prend du retard");
}

// An <h1> that is the first half of the markup's headline, before a colon,
// gives way to the whole (an AMP story's cover); <title>'s colon may bring
// the site's name instead.
TEST(ExtractTest, AnH1ThatOpensTheMarkupsHeadlineGivesWayToIt) {
  const auto title_of = [](const std::string& head) {
    absl::StatusOr<Article> a = ExtractArticle(
        Page(head, "<article><h1>Caribous de Charlevoix</h1><p>" +
                       std::string(kParagraph) + "</p><p>" + kParagraph +
                       "</p></article>"),
        {.source = "x.html"});
    EXPECT_TRUE(a.ok()) << a.status();
    return a.ok() ? a->title : "";
  };
  EXPECT_EQ(title_of("<meta property=\"og:title\" content=\"Caribous de "
                     "Charlevoix : cinq images pour comprendre le déclin\">"),
            "Caribous de Charlevoix : cinq images pour comprendre le déclin");
  EXPECT_EQ(title_of("<title>Caribous de Charlevoix : Le Quotidien de la "
                     "Capitale</title>"),
            "Caribous de Charlevoix");
  EXPECT_EQ(title_of("<meta property=\"og:title\" content=\"Caribous de "
                     "Charlevoix : reportage\">"),
            "Caribous de Charlevoix");
  EXPECT_EQ(title_of("<meta property=\"og:site_name\" content=\"Le Journal "
                     "de Sherbrooke\"><meta property=\"og:title\" "
                     "content=\"Caribous de Charlevoix : Le Journal de "
                     "Sherbrooke\">"),
            "Caribous de Charlevoix");
}

// A date of the day in the site's header, away from the headline, is not the
// article's when the URL says another day; the URL's day is.
TEST(ExtractTest, TheUrlsDayComesBeforeAHeadersDateOfTheDay) {
  const auto published_with_url = [](const std::string& url) {
    absl::StatusOr<Article> a = ExtractArticle(
        Page("<title>Saint-Pierre : la houle arrache la digue</title>"
             "<link rel=\"canonical\" href=\"" +
                 url + "\">",
             "<header class=\"site\"><div class=\"ligne-date\">Mardi 15 "
             "juillet 2025</div><a class=\"logo\" href=\"/\">Sud Info</a>"
             "</header><main><article><h1>Saint-Pierre : la houle arrache la "
             "digue</h1><p>" +
                 std::string(kParagraph) + "</p><p>" + kParagraph +
                 "</p></article></main>"),
        {.source = "x.html"});
    EXPECT_TRUE(a.ok()) << a.status();
    return a.ok() && a->published ? a->published->LocalDay() : "";
  };
  EXPECT_EQ(published_with_url("https://www.x.re/2025/07/14/houle/"),
            "2025-07-14");
  // The same day, or no day in the URL: the header's date stands.
  EXPECT_EQ(published_with_url("https://www.x.re/2025/07/15/houle/"),
            "2025-07-15");
  EXPECT_EQ(published_with_url("https://www.x.re/houle/"), "2025-07-15");
  // A URL's day later than the page's date (an event's page) says nothing.
  EXPECT_EQ(published_with_url("https://www.x.re/agenda/2025/08/15/houle/"),
            "2025-07-15");
}

// A byline's lead-in on a line of its own under the headline names the
// writer; a byline element that holds only a date names no one.
TEST(ExtractTest, LeadInsOnALineAndDateOnlyBylines) {
  const std::string paragraph = "<p>" + std::string(kParagraph) + "</p>";
  EXPECT_EQ(AuthorOf("", "<div class=\"x\">Reportage de Kokou Messan</div>" +
                             paragraph),
            "Kokou Messan");
  EXPECT_EQ(
      AuthorOf("", "<div class=\"x\">Signé Kokou Messan</div>" + paragraph),
      "Kokou Messan");
  EXPECT_EQ(AuthorOf("",
                     "<div class=\"byline\">Publié le 3 décembre 2026 "
                     "à 14h05</div>" +
                         paragraph),
            "");
  EXPECT_EQ(AuthorOf("",
                     "<div class=\"author\">· Mis à jour il y a 31 "
                     "min</div>" +
                         paragraph),
            "");
  EXPECT_EQ(AuthorOf("",
                     "<div class=\"meta\"><span class=\"source\">Par "
                     "AFP</span> – 28 octobre 2025</div>" +
                         paragraph),
            "");
}

// A theme's author meta names the first writer; the byline both.
TEST(ExtractTest, TheBylinesFullerListWinsOverOneMachineAuthor) {
  const std::string paragraph = "<p>" + std::string(kParagraph) + "</p>";
  EXPECT_EQ(AuthorOf("<meta name=\"author\" content=\"Nadia Lahlou\">",
                     "<div class=\"byline\">par Nadia Lahlou, avec Karim Ben "
                     "Mahmoud</div>" +
                         paragraph),
            "Nadia Lahlou, Karim Ben Mahmoud");
  // Not with an agency.
  EXPECT_EQ(AuthorOf("<meta name=\"author\" content=\"Nadia Lahlou\">",
                     "<div class=\"byline\">Nadia Lahlou et Agence "
                     "France-Presse</div>" +
                         paragraph),
            "Nadia Lahlou");
}

// An author's box under a prefixed class, and a call to action, are not the
// text.
TEST(ExtractTest, AuthorBoxesAndCallsToActionAreNotTheText) {
  const std::string paragraph(kParagraph);
  for (const char* box :
       {"<div class=\"article-author-box\"><p>Journaliste depuis 2019, "
        "Marc-André couvre les affaires municipales.</p></div>",
        "<div class=\"kg-card kg-cta-card\"><p>Le Murmure est un média "
        "indépendant financé par ses lecteurs. Soutenez notre travail.</p>"
        "</div>"}) {
    absl::StatusOr<Article> a = ExtractArticle(
        Page("<title>Le travail</title>",
             "<article class=\"article\"><h1>Le travail</h1><p>" + paragraph +
                 "</p><p>" + paragraph + "</p><p>" + paragraph + "</p>" + box +
                 "</article>"),
        {.source = "x.html"});
    ASSERT_TRUE(a.ok()) << a.status();
    EXPECT_EQ(a->text, paragraph + "\n\n" + paragraph + "\n\n" + paragraph)
        << box;
  }
}

// A surname's lower-case particle stays in a "Par" line; a place or an outlet
// after "de" or "du" is not the name.
TEST(ExtractTest, ParticlesOfSurnamesInABylineLine) {
  const std::string paragraph = "<p>" + std::string(kParagraph) + "</p>";
  for (const auto& [line, name] :
       std::vector<std::pair<std::string, std::string>>{
           {"Par Anne-Catherine de Weck", "Anne-Catherine de Weck"},
           {"Par Jean de La Fontaine", "Jean de La Fontaine"},
           {"Par Marie du Plessis", "Marie du Plessis"},
           {"Par Jean d'Ormesson", "Jean d'Ormesson"},
           {"Par Fatima ben Salah", "Fatima ben Salah"},
           {"Par Jean Dupont de Lyon", "Jean Dupont"},
           {"Par Jean Dupont du Monde", "Jean Dupont"}}) {
    EXPECT_EQ(AuthorOf("", "<div>" + line + "</div>" + paragraph), name)
        << line;
  }
}

}  // namespace
}  // namespace newsq
