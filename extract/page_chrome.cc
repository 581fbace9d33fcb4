// Page chrome: the word lists and the tag and role rules that tell navigation,
// sharing, ads and other furniture from the article, for both passes of the
// main-text extraction.
#include "extract/page_chrome.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "engine/text_folding.h"
#include "extract/html_dom.h"

namespace newsq::internal {
namespace {

// The words of readers' comments: chrome in the strict pass, and for a page's
// metadata (kRelaxedButComments).
const absl::flat_hash_set<std::string_view>& CommentWords() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "comment", "comments", "commentaires", "reactions", "respond", "reply"};
  return *words;
}

// Class/id words that mark chrome. Matched against whole words of class and id
// ("post-share" has the word "share"), so that "header" never matches "ad" and
// "shadow" never "ad". Strong words, and comments' (CommentWords), mark chrome
// whatever else the class says ("article-comments").
const absl::flat_hash_set<std::string_view>& StrongChromeWords() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "nav",        "navbar",    "navigation",    "menu",       "footer",
      "pied",       "sidebar",   "aside",         "widget",     "share",
      "sharing",    "social",    "partage",       "related",    "connexes",
      "newsletter", "cookie",    "cookies",       "consent",    "rgpd",
      "gdpr",       "ticker",    "breaking",      "breadcrumb", "breadcrumbs",
      "ariane",     "promo",     "pub",           "publicite",  "ad",
      "ads",        "advert",    "advertisement", "adsense",    "banner",
      "popup",      "modal",     "subscribe",     "abonnement", "paywall",
      "outbrain",   "taboola",   "sponsor",       "sponsored",  "recommended",
      "popular",    "livescore", "scoreboard",    "toolbar",    "masthead",
      "topbar",     "copyright", "legal",         "mentions",   "accessibility",
      "skip",       "signup",    "optin",         "cta"};
  return *words;
}

const absl::flat_hash_set<std::string_view>& ConsentWords() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "cookie", "cookies", "consent", "rgpd", "gdpr"};
  return *words;
}

// Weak words mark chrome unless the class also says content ("article-body
// read-more" is the article; "read-more" alone is a link list).
const absl::flat_hash_set<std::string_view>& WeakChromeWords() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "lire", "aussi", "readmore", "read", "most", "lus", "tags", "tag",
      "keywords", "byline", "author", "auteur", "signature", "dateline", "meta",
      "caption", "legende", "credit", "credits", "print", "hidden", "sr",
      "visually", "score", "alert", "header", "bottom", "img", "image", "photo",
      "metadata", "date", "dates", "kicker", "surtitre", "overline", "eyebrow",
      // The site's standing notice under every piece of a kind ("Les
      // tribunes n'engagent que leurs auteurs").
      "disclaimer", "avertissement"};
  return *words;
}

// The words that mark chrome on every page, used alone in the relaxed pass (see
// ExtractMainText): on a live page the "comments" are the article.
const absl::flat_hash_set<std::string_view>& AlwaysChromeWords() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "nav",     "navbar", "navigation", "menu",          "footer",
      "pied",    "cookie", "cookies",    "consent",       "share",
      "sharing", "social", "newsletter", "breadcrumb",    "breadcrumbs",
      "ad",      "ads",    "advert",     "advertisement", "banner",
      "popup",   "modal",  "copyright",  "skip"};
  return *words;
}

// A pull quote sets a sentence of the text apart in large type, beside it:
// the text says it already. A block named so ("pull-quote", "pullquote",
// "exergue"); not an inline <span class="exergue">, which is how some sites
// emphasise a quotation inside a sentence, nor "pull-right quote" (a float).
bool IsPullQuote(const GumboNode* node) {
  switch (node->v.element.tag) {
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_FIGURE:
      break;
    default:
      return false;
  }
  const std::string_view classes = Attribute(node, "class");
  for (absl::string_view name :
       absl::StrSplit(absl::string_view(classes.data(), classes.size()), ' ',
                      absl::SkipEmpty())) {
    for (absl::string_view ending :
         {"pull-quote", "pullquote", "pull_quote", "-exergue", "__exergue"}) {
      if (absl::EndsWithIgnoreCase(name, ending)) return true;
    }
    if (absl::EqualsIgnoreCase(name, "exergue")) return true;
  }
  return false;
}

bool IsChromeTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_H1:  // the headline is Article::title, not text
      return true;
    default:
      return IsInvisibleTag(tag);
  }
}

}  // namespace

bool IsConsentNotice(std::string_view text) {
  if (text.size() > kLongestConsentNotice) return false;
  const std::string folded = FoldText(text);
  static constexpr std::string_view kOpenings[] = {
      "nous utilisons",
      "ce site utilise",
      "notre site utilise",
      "ce site web utilise",
      "nous et nos partenaires",
      "avec votre accord",
      "en poursuivant votre navigation"};
  // Not "témoins" alone: witnesses ("Nous utilisons aussi les récits des
  // témoins").
  static constexpr std::string_view kSubjects[] = {
      "cookie", "temoins de connexion", "temoins de navigation",
      "traceurs de navigation", "donnees personnelles"};
  const auto opens = [&](std::string_view opening) {
    return std::string_view(folded).starts_with(opening);
  };
  const auto names = [&](std::string_view subject) {
    return folded.find(subject) != std::string::npos;
  };
  return std::any_of(std::begin(kOpenings), std::end(kOpenings), opens) &&
         std::any_of(std::begin(kSubjects), std::end(kSubjects), names);
}

const absl::flat_hash_set<std::string_view>& ContentWords() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "article", "articlebody", "content", "entry", "post",
      "body",    "story",       "text",    "main",  "chapo",
      "corps",   "texte",       "contenu", "prose", "single"};
  return *words;
}

bool HasWord(std::string_view hints,
             const absl::flat_hash_set<std::string_view>& words) {
  for (std::string_view word : ClassWords(hints)) {
    if (words.contains(word)) return true;
  }
  return false;
}

// Bytes of text in an element named "paywall" past which it is the paid
// part of the article rather than the notice and offer that stand for it
// (some 200 to 400 bytes on the pages read).
constexpr size_t kLongestPaywallNotice = 600;

bool IsChromeElement(const GumboNode* node, Strictness strictness) {
  if (IsChromeTag(node->v.element.tag)) return true;
  if (IsPullQuote(node)) return true;
  const GumboVector& attributes = node->v.element.attributes;
  if (attributes.length == 0) return false;
  bool has_hints = false;
  for (unsigned i = 0; i < attributes.length; ++i) {
    const auto* attribute =
        static_cast<const GumboAttribute*>(attributes.data[i]);
    const std::string_view name = attribute->name, value = attribute->value;
    if (name == "itemprop" && value == "articleBody") return false;
    // schema.org's byline and dates inside the body ("<p class=date><span
    // itemprop=author>Orange avec AFP-Services</span>, publié le ...") are
    // the page's metadata, read as such; as text they become the article's
    // first line and its entities.
    if (name == "itemprop" && (value == "author" || value == "datePublished" ||
                               value == "dateModified" || value == "publisher"))
      return true;
    if (name == "role" && (value == "navigation" || value == "banner" ||
                           value == "contentinfo" || value == "complementary" ||
                           value == "dialog" || value == "alertdialog")) {
      return true;
    }
    if (name == "aria-modal" && value == "true") return true;
    if (name == "aria-hidden" && value == "true") return true;
    if (name == "class" || name == "id") has_hints = true;
  }
  if (!has_hints) return false;
  // A paywall's box holds its notice and offer, a few lines; the element a
  // site names "paywall" around the paid part of the article (the JSON-LD's
  // hasPart cssSelector ".paywall") holds the article itself.
  static const auto* paywall =
      new absl::flat_hash_set<std::string_view>{"paywall", "paywalled"};
  if (HasWord(ClassAndId(node), *paywall) &&
      HoldsText(node, kLongestPaywallNotice))
    return false;
  switch (strictness) {
    case Strictness::kStrict:
      return IsChromeHint(ClassAndId(node));
    case Strictness::kRelaxed:
      return HasWord(ClassAndId(node), AlwaysChromeWords());
    case Strictness::kRelaxedButComments: {
      const std::string hints = ClassAndId(node);
      return HasWord(hints, AlwaysChromeWords()) ||
             HasWord(hints, CommentWords());
    }
  }
  return false;
}

// The furniture a class's head may name: a byline's and a date's parts,
// credits, captions, tags. Not the weak words that also end classes of text
// ("texte-image", "overflow-hidden", "story-header").
const absl::flat_hash_set<std::string_view>& FurnitureHeads() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "meta", "metadata", "date", "dates", "dateline", "byline", "author",
      "auteur", "credit", "credits", "caption", "legende", "signature", "tags",
      "tag",
      // The picture's box over the text ("post-thumbnail").
      "thumbnail"};
  return *words;
}

// Nouns of a class that say it wraps something, not what: "box", "wrapper";
// or that it is the text of it ("wp-caption-text").
const absl::flat_hash_set<std::string_view>& ContainerNouns() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "box", "container", "wrapper", "wrap", "block", "area", "inner", "text"};
  return *words;
}

// Whether a class names a piece of furniture as its head: the element of a
// BEM class ("article-full__date", "post__meta"), or the last word of a
// compound ("entry-meta", "article-dates"), which says what the node is as
// the head of an English compound does. The other words say where it sits,
// so that "article" there does not make a date line the article's text, as
// it does in "article-body read-more". A modifier ("--type--texte-image")
// is no head.
bool IsFurnitureElement(std::string_view class_and_id) {
  for (absl::string_view token : absl::StrSplit(
           absl::string_view(class_and_id.data(), class_and_id.size()), ' ',
           absl::SkipEmpty())) {
    const size_t element = token.rfind("__");
    std::string_view head(token.data(), token.size());
    if (element != absl::string_view::npos) head.remove_prefix(element + 2);
    head = head.substr(0, head.find("--"));
    std::vector<std::string_view> words = ClassWords(head);
    // A container's noun after the head: "article-author-box".
    if (words.size() >= 2 && ContainerNouns().contains(words.back()))
      words.pop_back();
    if (words.empty() ||
        (element == absl::string_view::npos && words.size() < 2))
      continue;
    if (FurnitureHeads().contains(words.back())) return true;
  }
  return false;
}

namespace {

// IsStrongChromeHint, given the class's words (ClassWords(class_and_id)).
bool IsStrongChromeHint(std::string_view class_and_id,
                        const std::vector<std::string_view>& words) {
  if (IsFurnitureElement(class_and_id)) return true;
  for (std::string_view word : words) {
    if (StrongChromeWords().contains(word) || CommentWords().contains(word))
      return true;
    // A footer's name run into one word ("printfooter", "pagefooter",
    // "sitefooter"), as "print-footer" is split; not a layout's switch
    // ("nofooter", "hasfooter", "withoutfooter"), whose split form ClassWords
    // leaves out too.
    if (word.size() > 6 && word.ends_with("footer") &&
        !word.starts_with("no") && !word.starts_with("has") &&
        !word.starts_with("with") && !word.starts_with("hide") &&
        !word.starts_with("show") && !word.starts_with("sans"))
      return true;
  }
  return false;
}

}  // namespace

bool IsStrongChromeHint(std::string_view class_and_id) {
  return IsStrongChromeHint(class_and_id, ClassWords(class_and_id));
}

bool IsDialogOrConsentNotice(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT) return false;
  const std::string_view role = Attribute(node, "role");
  if (role == "dialog" || role == "alertdialog" ||
      Attribute(node, "aria-modal") == "true")
    return true;
  return HasWord(ClassAndId(node), ConsentWords());
}

bool IsChromeHint(std::string_view class_and_id) {
  const std::vector<std::string_view> words = ClassWords(class_and_id);
  if (IsStrongChromeHint(class_and_id, words)) return true;
  bool weak = false, content = false;
  for (std::string_view word : words) {
    weak = weak || WeakChromeWords().contains(word);
    content = content || ContentWords().contains(word);
  }
  return weak && !content;
}

}  // namespace newsq::internal
