// Internal: the JSON-LD blocks of a page (<script type="application/ld+json">),
// read as sites write them, and the article object they describe.
#ifndef NEWSQ_EXTRACT_JSON_LD_H_
#define NEWSQ_EXTRACT_JSON_LD_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace newsq::internal {

// JSON-LD as sites write it: wrapped in CDATA or HTML comments, with raw line
// breaks inside strings, or plainly broken (unescaped quotes in an image tag
// pasted into a field). What parses is used as is; from what does not, the
// article's headline, dates and author are salvaged when the text says it
// describes an article. A discarded value when nothing could be read.
nlohmann::json ParseJsonLd(std::string text);

// The article object of a JSON-LD block: top level, in an array, or in
// "@graph"; nullptr when there is none. A WebPage counts only with
// `allow_webpage`.
const nlohmann::json* FindArticleObject(const nlohmann::json& j,
                                        bool allow_webpage);

// The article object of the page's JSON-LD `blocks` (WebPages left out):
// when they hold several (a page's own article and the related ones it lists
// in one "@graph"), the one whose "url", "@id" or "mainEntityOfPage" is
// `page_url` (scheme, "www.", query, fragment and a trailing slash aside),
// else the first. nullptr when there is none; the pointer is into `blocks`.
const nlohmann::json* FindPagesArticleObject(
    const std::vector<nlohmann::json>& blocks, std::string_view page_url);

// The page type a JSON-LD block declares for a page that is no article: a
// page of links to articles (a tag's or a section's archive, search results:
// "CollectionPage", "SearchResultsPage"), a person's profile ("ProfilePage",
// an author's page), the site's "AboutPage" or "ContactPage", a "Quiz"
// (questions to answer, however newsy); top level, in
// an array, or in "@graph". "" when it declares none, or when the page's
// main entity is an article.
std::string NonArticlePageType(const nlohmann::json& j);

// The value of `key` as text: a string, an object's "name", or the strings and
// names of an array joined with ", "; whitespace collapsed. "" otherwise.
std::string JsonString(const nlohmann::json& node, const char* key);

// The article's "author" as JsonString reads it, where an author given only
// by its "@id" (as WordPress's Yoast writes a "@graph") is named by the node
// of `blocks` (the page's JSON-LD) that has this "@id"; its "creator" when it
// has no "author".
std::string JsonAuthor(const nlohmann::json& article,
                       const std::vector<nlohmann::json>& blocks);

}  // namespace newsq::internal

#endif  // NEWSQ_EXTRACT_JSON_LD_H_
