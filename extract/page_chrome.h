// Internal: what on a page is chrome (navigation, sharing, ads, footers,
// related links, ...) rather than the article, by tag, ARIA role and the words
// of class and id.
#ifndef NEWSQ_EXTRACT_PAGE_CHROME_H_
#define NEWSQ_EXTRACT_PAGE_CHROME_H_

#include <gumbo.h>

#include <cstddef>
#include <string_view>

#include "absl/container/flat_hash_set.h"

namespace newsq::internal {

// How much the class and id hints are trusted: kStrict drops every kind of
// chrome; kRelaxed, the second try when the strict pass finds almost nothing,
// drops only what is chrome on every page; kRelaxedButComments drops readers'
// comments too, for the page's metadata: a comment's date is no article's,
// even where a live page's "comments" are its text.
enum class Strictness { kStrict, kRelaxed, kRelaxedButComments };

// True when the element `node` is chrome: by its tag (nav, aside, footer, form,
// figure, the <h1>, invisible tags), its role or aria-hidden, or its class and
// id as `strictness` reads them. itemprop=articleBody is never chrome.
bool IsChromeElement(const GumboNode* node, Strictness strictness);

// True when the element is a dialog over the page (role "dialog" or
// "alertdialog", aria-modal) or a cookie and consent notice by its class or
// id: chrome however much of the page's prose it holds, since a consent wall
// may be all a crawler was shown.
bool IsDialogOrConsentNotice(const GumboNode* node);

// True when `class_and_id` (lower-cased) names page chrome rather than content.
bool IsChromeHint(std::string_view class_and_id);

// The same without the weak words ("header", "meta", "date"...), which may
// also name the parts of an article: true only for words that are chrome
// whatever else the class says ("nav", "related", "comments") and for the
// byline's and caption's furniture.
bool IsStrongChromeHint(std::string_view class_and_id);

// True when a word of `hints` (a lower-cased class and id, see ClassWords) is
// one of `words`.
bool HasWord(std::string_view hints,
             const absl::flat_hash_set<std::string_view>& words);

// True when `text` is a site's notice asking consent for cookies ("Nous
// utilisons des cookies pour améliorer votre expérience.", "En poursuivant
// votre navigation, vous acceptez l'utilisation de témoins de connexion"):
// short, opening as such notices do and naming cookies, trackers or the
// reader's data. Banners styled with utility classes alone ("fixed bottom-0
// bg-gray-900") are told by their words. Québec's "témoins" alone is not
// enough ("Nous utilisons des témoins pour améliorer votre expérience." is no
// notice here): it also means witnesses.
bool IsConsentNotice(std::string_view text);
// The longest text IsConsentNotice reads as a notice.
inline constexpr size_t kLongestConsentNotice = 500;

// Class/id words that say content ("article-body", "entry-content").
const absl::flat_hash_set<std::string_view>& ContentWords();

}  // namespace newsq::internal

#endif  // NEWSQ_EXTRACT_PAGE_CHROME_H_
