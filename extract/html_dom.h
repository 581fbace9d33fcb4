// Internal: small helpers over gumbo's parse tree, shared by the metadata
// reader and the main-text extractor.
#ifndef NEWSQ_EXTRACT_HTML_DOM_H_
#define NEWSQ_EXTRACT_HTML_DOM_H_

#include <gumbo.h>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/work_budget.h"

namespace newsq::internal {

// A parsed HTML document; owns gumbo's tree.
class HtmlDocument {
 public:
  // Parses UTF-8 HTML. gumbo never fails on malformed markup; it repairs it as
  // browsers do.
  explicit HtmlDocument(std::string utf8_html);
  ~HtmlDocument();
  HtmlDocument(const HtmlDocument&) = delete;
  HtmlDocument& operator=(const HtmlDocument&) = delete;

  const GumboNode* root() const { return output_->root; }

  // How deep elements nest (the root is 1). Measured without recursion, so
  // that a hostile page cannot exhaust the stack here.
  int MaxDepth() const;

  // Makes visible, as <div>s, the body's <noscript> and <template> elements
  // that hold an article (an <article>, an <h1> or an itemprop=articleBody)
  // and at least `least_bytes` of text: a JavaScript application's shell
  // whose article is there for browsers and robots without scripts, not a
  // consent dialog's template nor a tracking pixel. Returns how many were
  // revealed. The tree's nodes stay where they are; what callers read of it
  // afterwards changes.
  int RevealScriptlessContent(size_t least_bytes);

 private:
  std::string html_;  // gumbo's tree points into this buffer
  GumboOutput* output_;
};

// The value of attribute `name`, or "" when absent.
std::string_view Attribute(const GumboNode* node, const char* name);

// Lower-cased tag name of an element ("" for other nodes), including unknown
// tags.
std::string TagName(const GumboNode* node);

// `class` and `id` of an element together, lower-cased, for hint matching.
// Empty for <body> and <html>, whose classes describe the whole page or
// switch a CMS's styles ("single-post", Jimdo's "j-m-comment-styles-disabled
// j-footer-styles"): they mark no part of it.
std::string ClassAndId(const GumboNode* node);

// The words of a lower-cased class/id string ("post-share wp-block" -> post,
// share, wp, block), split at spaces and - _ : . /. Words after "with", "has",
// "no", "not", "without" and "sans" are left out: "with-navigation" or
// "has-sidebar" describe a wrapper's layout, not what it is, and Weebly's
// "wsite-not-footer" is the page's content; so is "hidden" after "label"
// (Drupal's "field--label-hidden" hides a field's label). "newsletter-post"
// (Substack's article) is a post: "newsletter" is left out before "post".
std::vector<std::string_view> ClassWords(std::string_view class_and_id);

// The visible text under `node`, whitespace collapsed to single spaces
// (no-break spaces included), without scripts, styles and templates. Block
// elements separate words.
std::string VisibleText(const GumboNode* node);

// The visible text under `node` as VisibleText gives it (block elements
// separate words), with a space also where an inline element's words end and
// the next one's begin with nothing between them ("<a>Armel
// Nguimbous</a><span>correspondant</span>"): a byline's parts that style lays
// out apart.
std::string TextOfParts(const GumboNode* node);

// The visible text under `node` with one line per block (paragraph, heading,
// list item, <br>...), whitespace collapsed within lines and empty lines
// dropped. Elements for which `skip` (when given) returns true are left out
// with everything under them.
std::string BlockText(const GumboNode* node,
                      bool (*skip)(const GumboNode*) = nullptr);

// BlockText's lines with TextOfParts' spaces: a byline's name and agency in
// two spans side by side stay two words.
std::string BlockTextOfParts(const GumboNode* node);

// Whether `node` holds at least `bytes` bytes of text (scripts and styles
// aside; a <template>'s content counted). Reads no further than the bytes
// sought, and a few thousand nodes at most, whatever is under `node`: nested
// elements are each asked, so the cost must not grow with what is under them.
bool HoldsText(const GumboNode* node, size_t bytes);

// Whether VisibleText(node) is longer than `bytes`, without building it
// when the first few thousand nodes under `node` hold more than `bytes` bytes
// of visible text that are not whitespace: a small box's measure, asked of
// ancestors that may be a whole page's region.
bool VisibleTextLongerThan(const GumboNode* node, size_t bytes);

// Whether `node` is `ancestor` or lies under it.
bool IsWithin(const GumboNode* node, const GumboNode* ancestor);

// Calls `visit` on every element under `node` (included) in document order.
// When `visit` returns false the element's children are skipped.
// (A template, not std::function: it runs for every element of every page.)
// Checks the thread's work budget (engine/work_budget.h) at each element.
template <typename Visit>
void ForEachElement(const GumboNode* node, const Visit& visit) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
    return;
  CheckWorkBudget();
  if (!visit(node)) return;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    ForEachElement(static_cast<const GumboNode*>(children.data[i]), visit);
  }
}

// Collapses runs of whitespace (ASCII, no-break and narrow no-break spaces) to
// one space and trims both ends.
std::string CollapseWhitespace(std::string_view text);

// True for tags whose content is never visible text (script, style, template,
// ...).
bool IsInvisibleTag(GumboTag tag);

}  // namespace newsq::internal

#endif  // NEWSQ_EXTRACT_HTML_DOM_H_
