// Story grouping against a live writer's database: similar reports join, and
// what the grouper remembers of indexed articles (their stems, document
// frequencies) follows the index when an article is replaced.
#include "indexer/story_grouper.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <map>
#include <string>
#include <vector>

#include "indexer/document_builder.h"
#include "indexer/story_join_model.h"
#include "tests/scratch_dir.h"

namespace newsq::internal {
namespace {

constexpr char kStrike[] =
    "Les contrôleurs aériens de Marseille cessent le travail mardi pour "
    "protester contre la réforme de leurs horaires. La direction de "
    "l'aviation civile prévoit l'annulation d'un vol sur deux à l'aéroport "
    "de Marignane et des retards sur tout le sud-est.";
constexpr char kStrikeAgain[] =
    "À Marseille, la grève des contrôleurs aériens contre la réforme des "
    "horaires entraîne mardi l'annulation d'un vol sur deux à Marignane, "
    "selon la direction de l'aviation civile, et des retards dans le sud-est.";
// Shares one word with the reports above ("mardi"), so that the index still
// offers it as a candidate once it has replaced the first report.
constexpr char kHarvest[] =
    "Les vendanges commencent mardi dans le Bordelais, où les viticulteurs "
    "attendent un millésime abondant après un été chaud et sec.";

class StoryGrouperTest : public ::testing::Test {
 protected:
  Article ArticleOf(const std::string& title, const std::string& text) {
    Article article;
    article.url = "https://exemple.fr/" + std::to_string(++pages_);
    article.title = title;
    article.text = text;
    article.outlet = "Le Quotidien";
    article.published = DateTime::FromIso8601("2025-02-11T09:00:00+01:00");
    return article;
  }

  Xapian::Document Build(const Article& article, const std::string& id) {
    return builder_.Build(article, id, id);
  }

  std::string StoryOf(const Article& article) {
    const std::optional<StoryGrouper::Match> match = grouper_.FindStory(
        IndexView(db_), Build(article, "probe"), article.published);
    return match ? match->story_id : "";
  }

  // What the grouper measures between a headline and each candidate story,
  // by story id.
  std::map<std::string, JoinEvidence> EvidenceByStory(
      const std::string& headline) {
    const Article probe = ArticleOf(headline, "");
    std::map<std::string, JoinEvidence> by_story;
    for (const StoryGrouper::Candidate& candidate :
         grouper_.Weigh(IndexView(db_), Build(probe, "probe"), probe.published)
             .candidates)
      by_story[candidate.story_id] = candidate.evidence;
    return by_story;
  }

  int pages_ = 0;
  const testing::ScratchDir scratch_{"grouper"};
  Xapian::WritableDatabase db_{(scratch_.path() / "db").string(),
                               Xapian::DB_CREATE};
  FrenchAnalyzer analyzer_;
  DocumentBuilder builder_{analyzer_};
  StoryGrouper grouper_{analyzer_, IndexOptions()};
};

// An article without a date has no window: it joins a story on a copy of its
// text, never on similar words alone, which any year's story may share.
TEST_F(StoryGrouperTest, AnUndatedArticleJoinsOnlyACopyOfItsText) {
  const Article strike = ArticleOf("Grève des contrôleurs aériens", kStrike);
  db_.add_document(Build(strike, "strike"));
  db_.commit();
  Article similar =
      ArticleOf("Marignane : un vol sur deux annulé", kStrikeAgain);
  ASSERT_EQ(StoryOf(similar), "strike");  // dated, it joins
  similar.published.reset();
  EXPECT_EQ(StoryOf(similar), "");
  Article copy = ArticleOf("Contrôleurs aériens en grève à Marseille", kStrike);
  copy.published.reset();
  EXPECT_EQ(StoryOf(copy), "strike");
}

// Headlines: one shared word (a town) or the day's date is no sign of one
// event; the event's words, said again, are.
TEST_F(StoryGrouperTest, HeadlinesJoinOnTheEventsWordsNotATownOrADate) {
  // Other news of the day, so that the event's words are rare in the index as
  // they are in a real one.
  for (const char* other :
       {"Le prix du gazole baisse encore", "Un incendie ravage un entrepôt",
        "Le Stade rennais s'impose à Nantes", "Les urgences de Tours saturées",
        "Un nouveau pont sur la Loire", "La neige attendue sur les Vosges",
        "Un festival de jazz à Vannes", "Le tramway de Nancy en travaux",
        "Les pêcheurs de Lorient inquiets", "Un collège rénové à Niort"}) {
    db_.add_document(Build(ArticleOf(other, ""), other));
  }
  db_.add_document(Build(
      ArticleOf("Laval. Les avocats reconduisent leur grève", ""), "lawyers"));
  db_.add_document(Build(
      ArticleOf("Quel temps fera-t-il à Rennes le vendredi 10 janvier 2020 ?",
                ""),
      "weather"));
  db_.commit();
  EXPECT_EQ(StoryOf(ArticleOf("Laval : la boulangerie", "")), "");
  // Laval's weather page is not its lawyers' story (it may be the weather
  // pages' own: they share their template's words).
  EXPECT_NE(StoryOf(ArticleOf("Quel temps fera-t-il à Laval ?", "")),
            "lawyers");
  EXPECT_EQ(
      StoryOf(ArticleOf("Angers. Un concert le vendredi 10 janvier 2020", "")),
      "");
  EXPECT_EQ(
      StoryOf(ArticleOf("À Laval, la grève des avocats est reconduite", "")),
      "lawyers");
}

// In a small index every word is rare; the news at large says which are not.
// "gouvernement" and "ostréiculteurs" are each in one indexed headline, but
// French news holds the first in thousands of articles.
TEST_F(StoryGrouperTest, AWordCommonInTheNewsIsNotRareInASmallIndex) {
  db_.add_document(
      Build(ArticleOf("Le gouvernement présente un plan", ""), "government"));
  db_.add_document(Build(
      ArticleOf("Les ostréiculteurs d'Oléron manifestent", ""), "oysters"));
  db_.commit();
  std::map<std::string, JoinEvidence> by_story =
      EvidenceByStory("Le gouvernement reçoit les ostréiculteurs");
  ASSERT_TRUE(by_story.contains("government"));
  ASSERT_TRUE(by_story.contains("oysters"));
  EXPECT_LT(by_story["government"].rarest_shared,
            0.5 * by_story["oysters"].rarest_shared);
}

// What the join model is given: the closest article's shared stems and
// headline names, counted whether the article is committed or pending.
TEST_F(StoryGrouperTest, WeighingMeasuresTheClosestArticleOfEachStory) {
  db_.add_document(Build(
      ArticleOf("Sophie Davant chute sur le plateau d'Affaire conclue", ""),
      "fall"));
  db_.commit();
  const Article probe =
      ArticleOf("Affaire conclue : Sophie Davant se blesse au dos", "");
  const StoryGrouper::Weighing weighing =
      grouper_.Weigh(IndexView(db_), Build(probe, "probe"), probe.published);
  ASSERT_FALSE(weighing.certain.has_value());
  ASSERT_EQ(weighing.candidates.size(), 1u);
  const JoinEvidence& evidence = weighing.candidates[0].evidence;
  EXPECT_EQ(weighing.candidates[0].story_id, "fall");
  EXPECT_EQ(evidence.shared_headline_names, 3u);  // Sophie, Davant, Affaire
  EXPECT_EQ(evidence.shared_stems, 4u);           // and "conclue"
  EXPECT_EQ(evidence.story_candidates, 1u);
  EXPECT_GT(evidence.closest_cosine, 0.3);
  EXPECT_DOUBLE_EQ(evidence.centroid_cosine, evidence.closest_cosine);
}

// A story's nearest candidate in time says how far apart they are: the same
// union's strike a day later is not the strike of that morning.
TEST_F(StoryGrouperTest, WeighingMeasuresTheHoursToTheStorysNearestArticle) {
  Article morning = ArticleOf("Grève des contrôleurs aériens à Marseille", "");
  morning.published = DateTime::FromIso8601("2025-02-11T06:00:00+01:00");
  Article evening =
      ArticleOf("Marseille : la grève des contrôleurs aériens se durcit", "");
  evening.published = DateTime::FromIso8601("2025-02-11T18:30:00+01:00");
  for (const Article* article : {&morning, &evening}) {
    Xapian::Document doc = Build(*article, "a" + std::to_string(pages_));
    DocumentBuilder::SetStory(doc, "strike");
    db_.add_document(doc);
  }
  db_.commit();
  Article probe =
      ArticleOf("Les contrôleurs aériens de Marseille toujours en grève", "");
  probe.published = DateTime::FromIso8601("2025-02-12T09:00:00+01:00");
  const StoryGrouper::Weighing weighing =
      grouper_.Weigh(IndexView(db_), Build(probe, "probe"), probe.published);
  ASSERT_EQ(weighing.candidates.size(), 1u);
  EXPECT_EQ(weighing.candidates[0].evidence.story_candidates, 2u);
  EXPECT_DOUBLE_EQ(weighing.candidates[0].evidence.hours_apart, 14.5);
}

// Two pages of one town share its name, not two words: "Saint-Malo" is one
// shared stem, and a word they share besides it still counts.
TEST_F(StoryGrouperTest, ACompoundNameBothHeadlinesCarryIsOneSharedWord) {
  db_.add_document(Build(
      ArticleOf("Quel temps est prévu à Saint-Malo le vendredi 10 janvier ?",
                ""),
      "weather"));
  db_.add_document(Build(
      ArticleOf("Le Mont-Saint-Michel attend ses visiteurs de la saison", ""),
      "abbey"));
  db_.commit();
  const std::string camping = "Saint-Malo. De nouveaux gérants pour le camping";
  std::map<std::string, JoinEvidence> by_story = EvidenceByStory(camping);
  ASSERT_TRUE(by_story.contains("weather"));
  EXPECT_EQ(by_story["weather"].shared_headline_names, 1u);
  EXPECT_EQ(by_story["weather"].shared_stems, 1u);  // "saint-malo", not two
  // "Saint" alone is no shared name: the abbey's page shares one stem, as
  // before.
  ASSERT_TRUE(by_story.contains("abbey"));
  EXPECT_EQ(by_story["abbey"].shared_headline_names, 0u);
  EXPECT_EQ(by_story["abbey"].shared_stems, 1u);

  db_.add_document(Build(ArticleOf(camping, ""), "camping"));
  db_.commit();
  by_story =
      EvidenceByStory("Saint-Malo : le camping d'Alet change de gérants");
  ASSERT_TRUE(by_story.contains("camping"));
  // saint-malo, camping, gérant
  EXPECT_EQ(by_story["camping"].shared_stems, 3u);
}

// Names that share a part, or repeat one, count one stem each, no fewer.
TEST_F(StoryGrouperTest, SharedNamesCountOneStemEachWhateverTheirParts) {
  db_.add_document(
      Build(ArticleOf("Saint-Étienne et le Paris Saint-Germain à égalité", ""),
            "match"));
  db_.add_document(
      Build(ArticleOf("Baden-Baden : le festival de musique s'ouvre", ""),
            "festival"));
  db_.commit();
  std::map<std::string, JoinEvidence> match =
      EvidenceByStory("Saint-Étienne reçoit le Paris Saint-Germain");
  ASSERT_TRUE(match.contains("match"));
  // Saint-Étienne, Paris, Saint-Germain: "saint" is one stem of two names.
  EXPECT_EQ(match["match"].shared_headline_names, 3u);
  EXPECT_EQ(match["match"].shared_stems, 3u);
  std::map<std::string, JoinEvidence> festival =
      EvidenceByStory("Baden-Baden accueille le festival");
  ASSERT_TRUE(festival.contains("festival"));
  // Baden-Baden and "festival".
  EXPECT_EQ(festival["festival"].shared_stems, 2u);
}

// Xapian refuses a term over 245 bytes, at the commit: a headline's name
// that long must not lose the batch.
TEST_F(StoryGrouperTest, AHeadlineNameOfAnyLengthIsIndexed) {
  std::string long_name = "Ab";
  while (long_name.size() < 300) long_name += "cdefghij";
  const Article article = ArticleOf(long_name + " : une annonce", "");
  db_.add_document(Build(article, "long"));
  EXPECT_NO_THROW(db_.commit());
  EXPECT_EQ(db_.get_doccount(), 1u);
  // The same name in another headline still shares it.
  EXPECT_EQ(EvidenceByStory(long_name + " : une autre annonce")["long"]
                .shared_headline_names,
            1u);
}

TEST_F(StoryGrouperTest, AReplacedArticleIsComparedAsItIsNow) {
  const Xapian::Document strike =
      Build(ArticleOf("Grève des contrôleurs aériens", kStrike), "a");
  const Xapian::docid docid = db_.add_document(strike);
  grouper_.NoteAdded(strike);
  Xapian::Document unrelated =
      Build(ArticleOf("Bruxelles : un nouveau tram", "Le tram circule."), "b");
  db_.add_document(unrelated);
  grouper_.NoteAdded(unrelated);

  const Article again = ArticleOf("Contrôleurs aériens en grève", kStrikeAgain);
  ASSERT_EQ(StoryOf(again), "a") << "the second report joins the first";

  // The first report's page now says something else.
  db_.replace_document(docid, Build(ArticleOf("Vendanges", kHarvest), "a"));
  grouper_.ForgetFrequencies();
  EXPECT_EQ(StoryOf(again), "")
      << "grouped by what the replaced article said before";
}

// A model that reads only the shared stems: two or more make a story (0.9
// for two, more for more), one makes none.
StoryJoinModel SharedStemsModel() {
  JoinFeatures weights{};
  weights[0] = -10;  // the constant
  weights[3] = 2;    // log(1 + shared stems)
  weights[10] = 10;  // two shared stems or more
  return StoryJoinModel(weights);
}

// An article weighed before the rest of its story stays alone only until an
// article that joins the story finds it as likely: then it moves in too.
TEST_F(StoryGrouperTest, AJoiningArticleBringsInALoneArticleAsLikely) {
  const StoryJoinModel model = SharedStemsModel();
  IndexOptions options;
  options.story_threshold = 0.5;
  StoryGrouper grouper(analyzer_, options, model);
  db_.add_document(
      Build(ArticleOf("Ouragan sur Brest : coupure d'électricité géante", ""),
            "brest"));
  // One stem in common with the first ("électricité"): a story of its own.
  const Xapian::docid lone = db_.add_document(
      Build(ArticleOf("Quimper : les pompiers mobilisés, électricité", ""),
            "quimper"));
  // A second story of one article, sharing two stems with the probe too but
  // named by an outside label (no article's id): it stays where it was put.
  db_.add_document(builder_.Build(
      ArticleOf("Pompiers et ouragan : le bilan des secours", ""), "secours",
      "label"));
  // A story of one article that the probe shares one stem with ("géant"): a
  // candidate, but not likely enough to come along.
  db_.add_document(
      Build(ArticleOf("Un chêne géant abattu à Vannes", ""), "tree"));
  db_.commit();
  // Five stems in common with the first, three with the lone article.
  const Article probe = ArticleOf(
      "Ouragan géant sur Brest : coupure d'électricité, les pompiers de "
      "Quimper en renfort",
      "");
  // Each story is weighed as the comments above say.
  std::map<std::string, double> probability;
  for (const StoryGrouper::Candidate& candidate :
       grouper.Weigh(IndexView(db_), Build(probe, "probe"), probe.published)
           .candidates)
    probability[candidate.story_id] = model.Probability(candidate.evidence);
  EXPECT_GE(probability["quimper"], 0.5);
  EXPECT_GE(probability["label"], 0.5);
  ASSERT_TRUE(probability.contains("tree"));
  EXPECT_LT(probability["tree"], 0.5);

  const std::optional<StoryGrouper::Match> match =
      grouper.FindStory(IndexView(db_), Build(probe, "probe"), probe.published);
  ASSERT_TRUE(match.has_value());
  EXPECT_EQ(match->story_id, "brest");
  EXPECT_EQ(match->absorbed, std::vector<Xapian::docid>{lone});

  // Once the lone article has company, its story is no longer moved.
  db_.add_document(Build(
      ArticleOf("Quimper : les pompiers mobilisés toute la nuit", ""), "more"));
  Xapian::Document second = db_.get_document(db_.get_lastdocid());
  DocumentBuilder::SetStory(second, "quimper");
  db_.replace_document(db_.get_lastdocid(), second);
  db_.commit();
  grouper.ForgetFrequencies();
  const std::optional<StoryGrouper::Match> after =
      grouper.FindStory(IndexView(db_), Build(probe, "probe"), probe.published);
  ASSERT_TRUE(after.has_value());
  EXPECT_EQ(after->story_id, "brest");
  EXPECT_TRUE(after->absorbed.empty());
}

}  // namespace
}  // namespace newsq::internal
