// Internal: an Article as a Xapian document, laid out as engine/schema.h says.
#ifndef NEWSQ_INDEXER_DOCUMENT_BUILDER_H_
#define NEWSQ_INDEXER_DOCUMENT_BUILDER_H_

#include <xapian.h>

#include <string>

#include "engine/french_analyzer.h"
#include "newsq/article.h"

namespace newsq::internal {

class DocumentBuilder {
 public:
  explicit DocumentBuilder(const FrenchAnalyzer& analyzer)
      : analyzer_(analyzer) {}

  // The document for `article` with the given ids: text terms (title words
  // weigh kTitleWeight times body words, bar a kicker's: KickerLength),
  // boolean filter terms, values, and the article as JSON.
  Xapian::Document Build(const Article& article, const std::string& article_id,
                         const std::string& story_id) const;

  // Build() in two steps, for the parallel pipeline. BuildText is the costly,
  // index-independent part that worker threads run (each with its own
  // builder: the analyzer's stem cache is not shared): title and body terms
  // with positions, the headline term and the SimHash value. Complete adds the
  // rest on the writer's thread, once the article's entities and story are
  // settled; `content_hash` is stored as the article's hash (ContentHash of the
  // article as read, before names were resolved).
  Xapian::Document BuildText(const Article& article) const;
  static void Complete(Xapian::Document& doc, const Article& article,
                       const std::string& article_id,
                       const std::string& story_id,
                       const std::string& content_hash);

  // The hash of what Build() stores for `article`, to tell an unchanged page
  // from an update.
  static std::string ContentHash(const Article& article);

  // Sets the story of a built document (terms, value and stored JSON).
  static void SetStory(Xapian::Document& doc, const std::string& story_id);

  // Sets schema::kFacetKeySlot from the document's story, outlet, day and
  // entities slots.
  static void SetFacetKey(Xapian::Document& doc);

  static constexpr Xapian::termcount kTitleWeight = 3;

 private:
  const FrenchAnalyzer& analyzer_;
};

}  // namespace newsq::internal

#endif  // NEWSQ_INDEXER_DOCUMENT_BUILDER_H_
