// Internal: the article's own text out of a page full of chrome.
#ifndef NEWSQ_EXTRACT_MAIN_TEXT_H_
#define NEWSQ_EXTRACT_MAIN_TEXT_H_

#include <gumbo.h>

#include <string>
#include <vector>

namespace newsq::internal {

// The paragraphs, intertitles, list items and quotations of the page's main
// content, in order, each with whitespace collapsed. The content block is the
// element whose paragraphs score best (text length, commas, class and id hints
// such as "article-body", low link density); within it, subtrees that are
// chrome by tag (nav, aside, footer, form, figure) or by class/id (share,
// related, newsletter, comment, "lire-aussi", ...) are dropped, and so are
// paragraphs that are mostly links. Empty when the page has no such block.
// Short labels before the first line of prose and after the last one are cut
// (a rubric, a toolbox) and kept apart in `opening_labels` and
// `closing_labels`, in order, since a byline or an author's signature can be
// one of them.
struct MainText {
  std::vector<std::string> paragraphs;
  std::vector<std::string> opening_labels;
  std::vector<std::string> closing_labels;
  // Headings (h2 to h4) in the content, chrome left out, whose whole text is
  // a link to another page: a section front's or an archive's list of
  // articles, each title over its teaser, is chosen as content too.
  size_t linked_headings = 0;
  // The same headings in the whole page, chrome left out: a section front
  // whose content block is its introduction, or one teaser's standfirst, has
  // its list beside that block.
  size_t linked_headings_in_page = 0;
  // A ticker's or a wire's entries in the content: list items that open on a
  // dispatch's clock time, then, a tag between them at most, a headline's
  // link to another page ("16:52 Grève SNCF : le trafic sera très perturbé
  // jeudi"). Counted in the content only: a sidebar's timed links beside an
  // article are chrome that no class names.
  size_t ticker_entries = 0;
  // The same entries in the whole page, chrome left out: read only when the
  // content has no text, where no article stands beside them.
  size_t ticker_entries_in_page = 0;
};
MainText ExtractMainText(const GumboNode* root);

// Whether a paragraph ends as a sentence, a quotation or a parenthesis does
// (". ! ? » \" … ) :"), rather than as a label or a heading.
bool EndsLikeASentence(std::string_view paragraph);

// The visible text of the page without its chrome, for the last searches of a
// page's metadata (a date that no markup names, say). With `relaxed`, only what
// is chrome on every page is left out (navigation, footers, cookie banners,
// sharing), as in ExtractMainText's second pass, and readers' comments.
std::string VisibleTextWithoutChrome(const GumboNode* root,
                                     bool relaxed = false);

}  // namespace newsq::internal

#endif  // NEWSQ_EXTRACT_MAIN_TEXT_H_
