#include "indexer/document_builder.h"

#include <algorithm>
#include <string_view>

#include "absl/strings/str_split.h"
#include "engine/article_codec.h"
#include "engine/article_data.h"
#include "engine/ascii.h"
#include "engine/ids.h"
#include "engine/outlet_domains.h"
#include "engine/schema.h"
#include "engine/terms.h"
#include "engine/text_folding.h"
#include "indexer/headline_names.h"
#include "indexer/near_duplicates.h"
#include "indexer/surnames.h"

namespace newsq::internal {

std::string DocumentBuilder::ContentHash(const Article& article) {
  return Hex64(StableHash(ArticleToJsonValue(article).dump(
      -1, ' ', false, nlohmann::json::error_handler_t::replace)));
}

Xapian::Document DocumentBuilder::Build(const Article& article,
                                        const std::string& article_id,
                                        const std::string& story_id) const {
  Xapian::Document doc = BuildText(article);
  Complete(doc, article, article_id, story_id, ContentHash(article));
  return doc;
}

Xapian::Document DocumentBuilder::BuildText(const Article& article) const {
  Xapian::Document doc;
  FrenchAnalyzer::DocumentTerms terms = analyzer_.StartDocument(doc);
  // A kicker ("Betton.", "EN DIRECT.") says where or under which heading, not
  // what happened: its words weigh as the text's, so that local pages of one
  // town do not look alike for their first word alone.
  const std::string_view title = article.title;
  const size_t kicker = KickerLength(title);
  analyzer_.IndexText(terms, title.substr(0, kicker));
  analyzer_.IndexText(terms, title.substr(kicker), kTitleWeight);
  analyzer_.IndexText(terms, article.title, 1, schema::kTitle);
  // No phrase spans the headline and the body.
  terms.stems.increase_termpos();
  analyzer_.IndexText(terms, article.text);
  if (std::optional<std::string> key = HeadlineKey(analyzer_, article.title)) {
    doc.add_boolean_term(std::string(schema::kHeadline) + *key);
  }
  for (const std::string& stem : HeadlineNameStems(analyzer_, article.title))
    doc.add_boolean_term(FilterTerm(schema::kHeadlineName, stem));
  if (std::optional<uint64_t> simhash = TextSimHash(analyzer_, article.text)) {
    doc.add_value(schema::kSimHashSlot, Hex64(*simhash));
  }
  return doc;
}

void DocumentBuilder::Complete(Xapian::Document& doc, const Article& article,
                               const std::string& article_id,
                               const std::string& story_id,
                               const std::string& content_hash) {
  doc.add_boolean_term(std::string(schema::kArticleId) + article_id);
  if (!article.outlet.empty()) {
    doc.add_boolean_term(
        FilterTerm(schema::kOutlet, FilterKey(article.outlet)));
    doc.add_value(schema::kOutletSlot, article.outlet);
  }
  // Only URLs name a site; an article read from a file path has none.
  if (Contains(article.Identity(), "://")) {
    if (std::string domain = RegistrableDomain(article.Identity());
        !domain.empty())
      doc.add_boolean_term(FilterTerm(schema::kOutletDomain, domain));
  }
  // A story starts with its first article's outlet; the writer raises the
  // count on all of a story's articles as other outlets join.
  doc.add_value(schema::kStoryOutletsSlot,
                Xapian::sortable_serialise(article.outlet.empty() ? 0 : 1));
  std::string entity_names;
  for (const Entity& entity : article.entities) {
    doc.add_boolean_term(FilterTerm(schema::kEntity, FilterKey(entity.name)));
    for (const std::string& alias : entity.aliases)
      doc.add_boolean_term(FilterTerm(schema::kEntity, FilterKey(alias)));
    if (!entity_names.empty()) entity_names += schema::kListSeparator;
    entity_names += entity.name;
  }
  if (!entity_names.empty()) doc.add_value(schema::kEntitiesSlot, entity_names);
  for (const std::string& surname : SurnameKeys(article.entities))
    doc.add_boolean_term(FilterTerm(schema::kPersonSurname, surname));
  const std::vector<std::string> authors = absl::StrSplit(article.author, ", ");
  for (const std::string& author : authors) {
    if (std::string key = FilterKey(author); !key.empty())
      doc.add_boolean_term(FilterTerm(schema::kAuthor, key));
  }
  if (!article.language.empty()) {
    doc.add_boolean_term(
        FilterTerm(schema::kLanguage, FilterKey(article.language)));
  }
  if (std::string key = FilterKey(article.section); !key.empty())
    doc.add_boolean_term(FilterTerm(schema::kSection, key));
  if (article.published) {
    doc.add_value(schema::kPublishedSlot,
                  Xapian::sortable_serialise(
                      static_cast<double>(article.published->unix_seconds)));
    // The day the page showed its readers, in its own offset: what a reader
    // means by date:2025-02-11.
    std::string day = article.published->LocalDay();
    day.erase(std::remove(day.begin(), day.end(), '-'), day.end());
    doc.add_boolean_term(std::string(schema::kDay) + day);
    doc.add_value(schema::kDaySlot, day);
    doc.add_value(schema::kPublishedIsoSlot, article.published->ToIso8601());
  }
  doc.add_value(schema::kContentHashSlot, content_hash);

  nlohmann::json data = ArticleToJsonValue(article);
  data["id"] = article_id;
  data["story_id"] = story_id;
  doc.set_data(EncodeArticleData(
      data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)));
  doc.add_boolean_term(std::string(schema::kStory) + story_id);
  doc.add_value(schema::kStorySlot, story_id);
  SetFacetKey(doc);
}

void DocumentBuilder::SetFacetKey(Xapian::Document& doc) {
  doc.add_value(schema::kFacetKeySlot,
                schema::FacetKey(doc.get_value(schema::kStorySlot),
                                 doc.get_value(schema::kOutletSlot),
                                 doc.get_value(schema::kDaySlot),
                                 doc.get_value(schema::kEntitiesSlot)));
}

void DocumentBuilder::SetStory(Xapian::Document& doc,
                               const std::string& story_id) {
  const std::string old_story = doc.get_value(schema::kStorySlot);
  if (!old_story.empty()) {
    try {
      doc.remove_term(std::string(schema::kStory) + old_story);
    } catch (const Xapian::InvalidArgumentError&) {
      // The term was not there: nothing to remove.
    }
  }
  doc.add_boolean_term(std::string(schema::kStory) + story_id);
  doc.add_value(schema::kStorySlot, story_id);
  SetFacetKey(doc);
  // Data that does not read as an article is left as it is, as readers will
  // report it.
  absl::StatusOr<std::string> json = DecodeArticleData(doc.get_data());
  if (!json.ok()) return;
  nlohmann::json data = nlohmann::json::parse(*json, nullptr, false);
  if (data.is_object()) {
    data["story_id"] = story_id;
    doc.set_data(EncodeArticleData(
        data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)));
  }
}

}  // namespace newsq::internal
