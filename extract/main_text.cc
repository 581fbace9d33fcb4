// ExtractMainText: the article's paragraphs out of a page full of chrome. Every
// element is scored by the prose it holds (after Arc90's Readability), the best
// one and its prose siblings are written out as paragraphs, and a second,
// relaxed pass runs when the strict one finds almost nothing. What counts as
// chrome is in page_chrome.cc.
#include "extract/main_text.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_split.h"
#include "engine/ascii.h"
#include "engine/work_budget.h"
#include "extract/html_dom.h"
#include "extract/page_chrome.h"

namespace newsq::internal {
namespace {

// Class/id words of the standfirst (chapô) that sites set above the body.
const absl::flat_hash_set<std::string_view>& StandfirstWords() {
  static const auto* words = new absl::flat_hash_set<std::string_view>{
      "chapo",    "chapeau",      "standfirst", "lede",    "lead",
      "intro",    "introduction", "excerpt",    "summary", "resume",
      "accroche", "deck",         "heading",    "perex"};
  return *words;
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_HR:
      return true;
    default:
      return false;
  }
}

const GumboNode* Child(const GumboNode* node, unsigned i) {
  return static_cast<const GumboNode*>(node->v.element.children.data[i]);
}

// Text length and link text length under a node, chrome included (for link
// density).
struct TextStats {
  size_t chars = 0;
  size_t link_chars = 0;
  size_t commas = 0;
  size_t paragraph_chars = 0;  // inside <p> elements
};

// An e-mail or phone link is part of what the text says, not a way out of the
// page.
bool IsContactLink(const GumboNode* node) {
  const std::string_view href = Attribute(node, "href");
  return href.starts_with("mailto:") || href.starts_with("tel:");
}

// The text statistics of every element of a page, computed once bottom-up:
// scoring asks for the same subtrees again and again (every candidate, every
// chrome-looking wrapper).
class TextStatsIndex {
 public:
  explicit TextStatsIndex(const GumboNode* root) { Compute(root); }

  const TextStats& Of(const GumboNode* node) const {
    static const TextStats kEmpty;
    auto it = stats_.find(node);
    return it == stats_.end() ? kEmpty : it->second;
  }

 private:
  TextStats Compute(const GumboNode* node) {
    TextStats stats;
    if (node->type == GUMBO_NODE_TEXT) {
      for (char c : std::string_view(node->v.text.text)) {
        if (!absl::ascii_isspace(static_cast<unsigned char>(c))) ++stats.chars;
        if (c == ',') ++stats.commas;
      }
      return stats;
    }
    if (node->type != GUMBO_NODE_ELEMENT || IsInvisibleTag(node->v.element.tag))
      return stats;
    for (unsigned i = 0; i < node->v.element.children.length; ++i) {
      const TextStats child = Compute(Child(node, i));
      stats.chars += child.chars;
      stats.link_chars += child.link_chars;
      stats.commas += child.commas;
      stats.paragraph_chars += child.paragraph_chars;
    }
    if (node->v.element.tag == GUMBO_TAG_A && !IsContactLink(node)) {
      stats.link_chars = stats.chars;
    }
    if (node->v.element.tag == GUMBO_TAG_P) stats.paragraph_chars = stats.chars;
    stats_.emplace(node, stats);
    return stats;
  }

  absl::flat_hash_map<const GumboNode*, TextStats> stats_;
};

// A <p>, or a block that holds its prose directly ("<div>Text…</div>").
bool IsParagraphLike(const GumboNode* node) {
  if (node->v.element.tag == GUMBO_TAG_P) return true;
  if (node->v.element.tag != GUMBO_TAG_DIV) return false;
  for (unsigned i = 0; i < node->v.element.children.length; ++i) {
    const GumboNode* child = Child(node, i);
    if (child->type == GUMBO_NODE_ELEMENT && IsBlockTag(child->v.element.tag))
      return false;
  }
  return true;
}

// Scores every element by the paragraphs it holds (after Arc90's Readability):
// a paragraph of real prose gives its parent its score and its grandparent half
// of it.
class CandidateScorer {
 public:
  CandidateScorer(const TextStatsIndex& index, const TextStats& page,
                  Strictness strictness)
      : index_(index), page_(page), strictness_(strictness) {}

  void Visit(const GumboNode* node) {
    if (node->type != GUMBO_NODE_ELEMENT) return;
    CheckWorkBudget();
    const GumboTag tag = node->v.element.tag;
    if (IsInvisibleTag(tag)) return;
    if (IsChromeElement(node, strictness_) && tag != GUMBO_TAG_BODY &&
        tag != GUMBO_TAG_HTML) {
      // The page's footer and navigation are chrome however much of its
      // prose they hold: a page of links (a ticker, a list of headlines)
      // has its only paragraphs there, the publisher's blurb. So is a
      // consent wall (IsDialogOrConsentNotice), when it is all the page
      // shows.
      if (tag == GUMBO_TAG_FOOTER || tag == GUMBO_TAG_NAV ||
          IsDialogOrConsentNotice(node))
        return;
      // A chrome-looking wrapper that holds most of the page's prose is a
      // layout class, not chrome.
      const TextStats& stats = index_.Of(node);
      const bool most_prose = stats.paragraph_chars * 2 > page_.paragraph_chars;
      const bool most_text = stats.chars * 2 > page_.chars;
      if (!most_prose && !most_text) return;
    }
    if (tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE ||
        tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_TD ||
        (tag == GUMBO_TAG_DIV && HasDirectText(node))) {
      ScoreParagraph(node);
    }
    for (unsigned i = 0; i < node->v.element.children.length; ++i)
      Visit(Child(node, i));
  }

  const GumboNode* Best() const {
    const GumboNode* best = nullptr;
    double best_score = 0;
    for (const auto& [node, score] : scores_) {
      const TextStats& stats = index_.Of(node);
      const double density =
          stats.chars == 0 ? 1.0 : double(stats.link_chars) / stats.chars;
      const double final_score = score * (1.0 - density);
      if (final_score > best_score) {
        best_score = final_score;
        best = node;
      }
    }
    return best;
  }

  double ScoreOf(const GumboNode* node) const {
    auto it = scores_.find(node);
    return it == scores_.end() ? 0 : it->second;
  }

 private:
  static bool HasDirectText(const GumboNode* node) {
    for (unsigned i = 0; i < node->v.element.children.length; ++i) {
      const GumboNode* child = Child(node, i);
      if (child->type == GUMBO_NODE_TEXT &&
          std::string_view(child->v.text.text).size() > 40) {
        return true;
      }
    }
    return false;
  }

  void ScoreParagraph(const GumboNode* node) {
    const TextStats& stats = index_.Of(node);
    if (stats.chars < 25) return;
    // A consent banner's words are the page's, however much of its prose
    // they are (a section front's, a list of links').
    if (stats.chars <= kLongestConsentNotice &&
        IsConsentNotice(VisibleText(node)))
      return;
    const double score =
        1.0 + double(stats.commas) + std::min(double(stats.chars) / 100.0, 3.0);
    const GumboNode* parent = node->parent;
    if (parent == nullptr || parent->type != GUMBO_NODE_ELEMENT) return;
    AddScore(parent, score);
    const GumboNode* grandparent = parent->parent;
    if (grandparent != nullptr && grandparent->type == GUMBO_NODE_ELEMENT) {
      AddScore(grandparent, score / 2);
    }
  }

  void AddScore(const GumboNode* node, double score) {
    auto [it, inserted] = scores_.try_emplace(node, 0.0);
    if (inserted) it->second = InitialScore(node);
    it->second += score;
  }

  static double InitialScore(const GumboNode* node) {
    double score = 0;
    switch (node->v.element.tag) {
      case GUMBO_TAG_ARTICLE:
        score += 10;
        break;
      case GUMBO_TAG_DIV:
        score += 5;
        break;
      case GUMBO_TAG_SECTION:
      case GUMBO_TAG_MAIN:
      case GUMBO_TAG_TD:
      case GUMBO_TAG_BLOCKQUOTE:
        score += 3;
        break;
      case GUMBO_TAG_BODY:
        score -= 5;
        break;
      default:
        break;
    }
    if (Attribute(node, "itemprop") == "articleBody") score += 50;
    const std::string hints = ClassAndId(node);
    if (HasWord(hints, ContentWords())) score += 25;
    if (IsChromeHint(hints)) score -= 25;
    return score;
  }

  const TextStatsIndex& index_;
  TextStats page_;
  Strictness strictness_;
  std::unordered_map<const GumboNode*, double> scores_;
};

// Writes the text of a content subtree as paragraphs, breaking at block
// elements.
class ParagraphWriter {
 public:
  explicit ParagraphWriter(Strictness strictness) : strictness_(strictness) {}

  void Write(const GumboNode* node) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
      current_ += node->v.text.text;
      if (in_link_) link_text_ += node->v.text.text;
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT || node == skipped_) return;
    const GumboTag tag = node->v.element.tag;
    if (IsChromeElement(node, strictness_)) return;
    if (tag == GUMBO_TAG_BR) {
      // Two <br> in a row end a paragraph in table-layout sites; one is a line
      // break.
      if (!current_.empty() && current_.back() == '\n') {
        Flush();
      } else {
        current_ += '\n';
      }
      return;
    }
    if (tag == GUMBO_TAG_BLOCKQUOTE) {
      switch (SocialEmbedOf(node)) {
        case SocialEmbed::kNone:
          break;
        case SocialEmbed::kLabels:
          return;
        case SocialEmbed::kPost:
          WritePost(node);
          return;
      }
    }
    if (in_post_ && tag == GUMBO_TAG_A && IsPostMediaLink(node)) return;
    const bool block = IsBlockTag(tag);
    if (block) Flush();
    const bool was_in_link = in_link_;
    if (tag == GUMBO_TAG_A && !IsContactLink(node)) in_link_ = true;
    for (unsigned i = 0; i < node->v.element.children.length; ++i)
      Write(Child(node, i));
    in_link_ = was_in_link;
    if (block) Flush();
  }

  // Leaves `node` and what is under it out of what Write writes from now on.
  void Skip(const GumboNode* node) { skipped_ = node; }

  std::vector<std::string> Take() {
    Flush();
    return std::move(paragraphs_);
  }

 private:
  void Flush() {
    std::string text = CollapseWhitespace(current_);
    const size_t link_chars = CollapseWhitespace(link_text_).size();
    current_.clear();
    link_text_.clear();
    if (text.empty()) return;
    // Mostly links: a list of other articles or a menu that escaped the class
    // hints.
    if (link_chars * 2 > text.size()) return;
    if (IsInsertLabel(text)) return;
    paragraphs_.push_back(std::move(text));
  }

  // A post of a social network embedded as the blockquote its script turns
  // into a card. Twitter's, Bluesky's and TikTok's hold the post's words in
  // <p>s, then the platform's attribution ("— Name (@handle) March 3, 2025",
  // in English, with a link to the post); Instagram's hold only labels
  // ("Voir cette publication sur Instagram", "Une publication partagée par").
  enum class SocialEmbed { kNone, kPost, kLabels };
  static SocialEmbed SocialEmbedOf(const GumboNode* blockquote) {
    const std::string_view classes = Attribute(blockquote, "class");
    for (absl::string_view name : absl::StrSplit(
             absl::string_view(classes.data(), classes.size()), ' ')) {
      if (name == "twitter-tweet" || name == "bluesky-embed" ||
          name == "tiktok-embed")
        return SocialEmbed::kPost;
      if (name == "instagram-media") return SocialEmbed::kLabels;
    }
    return SocialEmbed::kNone;
  }

  // The post's words: its <p>s, as one paragraph each, and nothing else.
  void WritePost(const GumboNode* post) {
    Flush();
    const bool was_in_post = in_post_;
    in_post_ = true;
    ForEachElement(post, [&](const GumboNode* node) {
      if (node->v.element.tag != GUMBO_TAG_P) return true;
      Write(node);
      return false;
    });
    in_post_ = was_in_post;
    Flush();
  }

  // A link a post's text ends on for its picture or video
  // ("pic.twitter.com/x1y2"): an address, not words.
  static bool IsPostMediaLink(const GumboNode* link) {
    const std::string text = VisibleText(link);
    return text.starts_with("pic.twitter.com/") ||
           text.starts_with("pic.x.com/");
  }

  // "À lire aussi : ...", "Publicité": labels that sites put inside the
  // article.
  static bool IsInsertLabel(std::string_view text) {
    // A consent notice, as the scorer leaves it out (IsConsentNotice bounds
    // its length).
    if (IsConsentNotice(text)) return true;
    // Inserts and credit lines are short; a long paragraph that opens this way
    // is prose.
    if (text.size() > 200) return false;
    // "- Publicité -": a label set off by dashes.
    while (!text.empty() && (text.front() == '-' || text.front() == ' '))
      text.remove_prefix(1);
    std::string lower = AsciiLower(text.substr(0, 24));
    for (std::string_view label :
         {"lire aussi", "à lire aussi", "\xc3\x80 lire aussi", "a lire aussi",
          "voir aussi", "lire également", "à voir aussi", "publicité",
          "read also", "related:", "crédit photo", "crédits photo",
          "photo :", "photo:", "©", "temps de lecture", "durée de lecture"}) {
      if (std::string_view(lower).starts_with(label)) return true;
    }
    // A credit line ("Texte : Hinatea Teriitahi – Photos : Moana Chin"), not
    // prose that opens so ("Texte : le jugement ... a été rendu.").
    constexpr size_t kLongestCredit = 100;
    if ((lower.starts_with("texte :") || lower.starts_with("textes :")) &&
        text.size() <= kLongestCredit && !EndsLikeASentence(text))
      return true;
    // A caption ending on its credit ("Gousses de vanille au séchage. ©
    // Moana Chin"): a few words after the sign, no sentence. Not prose that
    // speaks of the sign ("Le symbole © n'est pas nécessaire...").
    constexpr size_t kLongestCopyrightCredit = 40;
    if (const size_t sign = text.rfind("\xc2\xa9");
        sign != std::string_view::npos &&
        text.size() - sign <= kLongestCopyrightCredit &&
        !EndsLikeASentence(text))
      return true;
    // The same with a photo's credit ("Une rue envahie par les eaux, lundi.
    // Photo : Le Djoliba"): a few words after it, no second sentence.
    constexpr size_t kLongestPhotoCredit = 40;
    for (std::string_view credit :
         {". Photo : ", ". Photos : ", ". Photo: ", ". Crédit photo : ",
          ". Crédit : ", " (Photo : "}) {
      const size_t at = text.rfind(credit);
      if (at == std::string_view::npos) continue;
      const std::string_view source = text.substr(at + credit.size());
      if (!source.empty() && source.size() <= kLongestPhotoCredit &&
          source.find(". ") == std::string_view::npos)
        return true;
    }
    return text == "PUBLICITÉ" || text == "PUBLICITÉ -";
  }

  Strictness strictness_;
  std::string current_;
  std::string link_text_;
  bool in_link_ = false;
  // Inside a social network's post (WritePost).
  bool in_post_ = false;
  const GumboNode* skipped_ = nullptr;
  std::vector<std::string> paragraphs_;
};

// Whether `node` is the <header> of an <article> (HTML5's header of a
// section): the headline, standfirst and byline of the article, where the
// page's own <header> is its banner.
bool IsArticlesHeader(const GumboNode* node) {
  if (node->v.element.tag != GUMBO_TAG_HEADER) return false;
  for (const GumboNode* n = node->parent;
       n != nullptr && n->type == GUMBO_NODE_ELEMENT; n = n->parent) {
    if (n->v.element.tag == GUMBO_TAG_ARTICLE) return true;
  }
  return false;
}

// Whether `node`'s class or id names a standfirst (StandfirstWords).
bool NamesAStandfirst(const GumboNode* node) {
  return node->v.element.attributes.length > 0 &&
         HasWord(ClassAndId(node), StandfirstWords());
}

// Whether `node`'s text is as long as a standfirst's: a sentence or two, not
// a label nor the body.
bool IsStandfirstLong(const GumboNode* node) {
  const size_t length = VisibleText(node).size();
  return length >= 40 && length <= 1500;
}

// The element whose class or id names a standfirst in the first <header>
// inside `content` (an <article> chosen whole, its header holding the
// headline and standfirst), which the writer leaves out as chrome; nullptr
// when there is none.
const GumboNode* StandfirstInHeader(const GumboNode* content) {
  const GumboNode* header = nullptr;
  ForEachElement(content, [&](const GumboNode* node) {
    if (header != nullptr) return false;
    if (node->v.element.tag == GUMBO_TAG_HEADER && node != content) {
      header = node;
      return false;
    }
    return true;
  });
  if (header == nullptr) return nullptr;
  const GumboNode* found = nullptr;
  ForEachElement(header, [&](const GumboNode* node) {
    if (found != nullptr) return false;
    if (node != header && NamesAStandfirst(node)) {
      if (IsStandfirstLong(node)) found = node;
      return false;
    }
    return true;
  });
  return found;
}

// The standfirst of the article: the first element before the content block
// whose class or id names a standfirst, that is neither chrome nor inside the
// block, and that shares a container with the block below <body>; else one
// in the block's own <header> (StandfirstInHeader). Many sites
// keep it apart from the body's paragraphs, yet it is the first thing the
// article says.
const GumboNode* FindStandfirst(const GumboNode* body, const GumboNode* content,
                                Strictness strictness) {
  const GumboNode* found = nullptr;
  bool passed_content = false;
  ForEachElement(body, [&](const GumboNode* node) {
    if (found != nullptr || passed_content) return false;
    if (node == content) {
      passed_content = true;
      return false;
    }
    if (node != body && IsChromeElement(node, strictness) &&
        !IsArticlesHeader(node))
      return false;
    if (NamesAStandfirst(node) && !IsWithin(content, node) &&
        IsStandfirstLong(node)) {
      const GumboNode* shared = node->parent;
      while (shared != nullptr && !IsWithin(content, shared))
        shared = shared->parent;
      if (shared != nullptr && shared != body) found = node;
      return false;
    }
    return true;
  });
  if (found == nullptr) found = StandfirstInHeader(content);
  return found;
}

// What ExtractWith writes: the standfirst's paragraphs apart from the body's,
// so that the labels between them (a byline's organisation, a kicker) are
// trimmed as the body's opening labels.
struct WrittenText {
  std::vector<std::string> standfirst;
  std::vector<std::string> body;
  size_t linked_headings = 0;
  size_t linked_headings_in_page = 0;
  size_t ticker_entries = 0;
  size_t ticker_entries_in_page = 0;
};

// A time of day that `text` opens on ("18:52", "9h05", "09 h 15"): one or
// two digits of hours, 'h' or ':' (blanks around it allowed), two digits of
// minutes that no third digit follows.
struct ClockTime {
  int minutes_since_midnight = 0;
  size_t length = 0;  // the bytes it takes in `text`
};
std::optional<ClockTime> ReadClockTime(std::string_view text) {
  size_t i = 0;
  const auto number = [&](size_t most, size_t& digits) {
    int value = 0;
    digits = 0;
    while (i < text.size() && digits < most && absl::ascii_isdigit(text[i])) {
      value = value * 10 + (text[i++] - '0');
      ++digits;
    }
    return value;
  };
  const auto blanks = [&] {
    while (i < text.size() && text[i] == ' ') ++i;
  };
  size_t digits = 0;
  const int hours = number(2, digits);
  if (digits == 0) return std::nullopt;
  blanks();
  if (i == text.size() || (text[i] != 'h' && text[i] != ':'))
    return std::nullopt;
  ++i;
  blanks();
  const int minutes = number(2, digits);
  if (digits != 2 || (i < text.size() && absl::ascii_isdigit(text[i])))
    return std::nullopt;
  return ClockTime{hours * 60 + minutes, i};
}

// The minutes since midnight of the clock time `text` opens on ("18:52",
// "9h05 Politique …"), or nullopt.
std::optional<int> OpeningClockTime(std::string_view text) {
  const std::optional<ClockTime> time = ReadClockTime(TrimAscii(text));
  if (!time) return std::nullopt;
  return time->minutes_since_midnight;
}

// The clock time a ticker's or a wire's entry opens on, when list item `item`
// is one: the time of a dispatch ("16:52", "9h05", in a <time> or not), then
// a link of a headline's length to another page, a tag between them at most
// ("<li><time>16:52</time> Société <a href=…>Grève SNCF : le trafic sera
// très perturbé jeudi</a> Seul un TER sur trois…</li>"). Not a related
// article's date ("12/01/2026"), not a live report's post, whose link ("Lire
// aussi") comes after its prose, nor its key moments, which link to places
// in a page ("#post-12").
std::optional<int> TickerEntryTime(const GumboNode* item,
                                   const TextStatsIndex& index) {
  constexpr size_t kHeadlineChars = 25;
  // An entry is a line or two; a longer item is not read for its time.
  constexpr size_t kLongestEntryChars = 600;
  // The bytes a tag may take between the time and the link ("Société").
  constexpr size_t kLongestLabel = 40;
  if (index.Of(item).chars > kLongestEntryChars) return std::nullopt;
  const std::string text = VisibleText(item);
  const std::optional<int> time = OpeningClockTime(text);
  if (!time) return std::nullopt;
  bool linked = false;
  ForEachElement(item, [&](const GumboNode* element) {
    if (element->v.element.tag != GUMBO_TAG_A) return true;
    const std::string_view href = Attribute(element, "href");
    if (!href.empty() && href.find('#') == std::string_view::npos &&
        index.Of(element).chars >= kHeadlineChars) {
      const size_t at = text.find(VisibleText(element));
      linked = at != std::string::npos && at <= kLongestLabel;
    }
    return false;
  });
  if (!linked) return std::nullopt;
  return time;
}

// The ticker's entries (TickerEntryTime) under `node`, chrome left out. A
// wire lists its latest dispatch first. A list whose times go forward (each
// as late as the one before or later, past midnight once at most, a line
// without a time such as a day's name starting again) is a timetable: a
// festival's programme or a day's trains, each linking to its page, that an
// article holds beside its prose. It counts for none when `node` is a
// content block (`whole_page` false) holding a sentence's worth of text
// outside its lists; a wire of the day's dispatches oldest first, which holds
// nothing else, still counts, and so does any list in a whole page, which is
// read when the content holds no text.
size_t CountTickerEntries(const GumboNode* node, const TextStatsIndex& index,
                          Strictness strictness, bool whole_page) {
  constexpr int kLateEvening = 18 * 60, kEarlyMorning = 6 * 60;
  constexpr size_t kProseBesideTimetable = 100;
  struct List {
    size_t entries = 0;
    int last_time = -1;  // -1: a new run of times starts
    bool past_midnight = false;
    bool forward = true;
  };
  absl::flat_hash_map<const GumboNode*, List> lists;
  ForEachElement(node, [&](const GumboNode* element) {
    if (IsChromeElement(element, strictness)) return false;
    if (element->v.element.tag != GUMBO_TAG_LI) return true;
    const std::optional<int> time = TickerEntryTime(element, index);
    if (!time) {
      // "Samedi" between two evenings' programmes, or an advert.
      if (auto list = lists.find(element->parent); list != lists.end()) {
        list->second.last_time = -1;
        list->second.past_midnight = false;
      }
      return false;
    }
    List& list = lists[element->parent];
    if (list.last_time >= 0 && *time < list.last_time) {
      const bool midnight = !list.past_midnight &&
                            list.last_time >= kLateEvening &&
                            *time < kEarlyMorning;
      if (midnight)
        list.past_midnight = true;
      else
        list.forward = false;
    }
    list.last_time = *time;
    ++list.entries;
    return false;
  });
  size_t count = 0, listed_chars = 0;
  for (const auto& [parent, list] : lists)
    listed_chars += index.Of(parent).chars;
  const size_t chars = index.Of(node).chars;
  const bool prose_beside = !whole_page && chars > listed_chars &&
                            chars - listed_chars >= kProseBesideTimetable;
  for (const auto& [parent, list] : lists)
    if (!list.forward || list.entries < 2 || !prose_beside)
      count += list.entries;
  return count;
}

// Headings under `node`, chrome left out, whose whole text is a link: the
// titles of other pages, as a list of articles shows them, the link inside
// the heading ("<h3><a href=…>…</a></h3>") or around it, with the card's
// picture ("<a href=…><img><h3>…</h3></a>"). An article's own intertitles
// link nowhere.
size_t CountLinkedHeadings(const GumboNode* node, const TextStatsIndex& index,
                           Strictness strictness) {
  // A title, not an arrow or a "Lire" button.
  constexpr size_t kTitleChars = 12;
  const auto is_heading = [](const GumboNode* element) {
    const GumboTag tag = element->v.element.tag;
    return tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4;
  };
  size_t count = 0;
  ForEachElement(node, [&](const GumboNode* element) {
    if (IsChromeElement(element, strictness)) return false;
    if (element->v.element.tag == GUMBO_TAG_A) {
      ForEachElement(element, [&](const GumboNode* inner) {
        if (!is_heading(inner)) return true;
        if (index.Of(inner).chars >= kTitleChars) ++count;
        return false;
      });
      return false;
    }
    if (!is_heading(element)) return true;
    // Nine tenths of the heading a link.
    const TextStats& stats = index.Of(element);
    if (stats.chars >= kTitleChars && stats.link_chars * 10 >= stats.chars * 9)
      ++count;
    return false;
  });
  return count;
}

// The paragraphs of the best-scoring block of the page, with its standfirst
// and the siblings that hold prose too, chrome read as `strictness` says.
WrittenText ExtractWith(const GumboNode* root, const TextStatsIndex& index,
                        Strictness strictness) {
  const GumboNode* body = root;
  ForEachElement(root, [&](const GumboNode* node) {
    if (node->v.element.tag == GUMBO_TAG_BODY) body = node;
    return body == root;
  });
  CandidateScorer scorer(index, index.Of(body), strictness);
  scorer.Visit(body);
  const GumboNode* best = scorer.Best();
  WrittenText written;
  // Whatever the content: a list's page may hold nothing else.
  written.linked_headings_in_page =
      CountLinkedHeadings(body, index, strictness);
  written.ticker_entries_in_page =
      CountTickerEntries(body, index, strictness, /*whole_page=*/true);
  if (best == nullptr) return written;

  // Siblings that score well, or hold plain prose, belong to the article too
  // (pages that split the text around an inline ad or image).
  ParagraphWriter writer(strictness);
  const GumboNode* standfirst = FindStandfirst(body, best, strictness);
  if (standfirst != nullptr) {
    ParagraphWriter standfirst_writer(strictness);
    standfirst_writer.Write(standfirst);
    written.standfirst = standfirst_writer.Take();
    // Written first, once: not again inside a header block written beside
    // the body (its kicker and standfirst around the headline).
    writer.Skip(standfirst);
  }
  // What a written block holds of a list of articles.
  const auto count_listed = [&](const GumboNode* block) {
    written.linked_headings += CountLinkedHeadings(block, index, strictness);
    written.ticker_entries +=
        CountTickerEntries(block, index, strictness, /*whole_page=*/false);
  };
  const GumboNode* parent = best->parent;
  const double threshold = std::max(10.0, scorer.ScoreOf(best) * 0.2);
  if (parent != nullptr && parent->type == GUMBO_NODE_ELEMENT) {
    for (unsigned i = 0; i < parent->v.element.children.length; ++i) {
      const GumboNode* sibling = Child(parent, i);
      if (sibling == best) {
        writer.Write(sibling);
        count_listed(sibling);
        continue;
      }
      // The standfirst beside the body is written first, once.
      if (sibling == standfirst) continue;
      if (sibling->type != GUMBO_NODE_ELEMENT ||
          IsChromeElement(sibling, strictness)) {
        continue;
      }
      bool include = scorer.ScoreOf(sibling) >= threshold;
      if (!include && IsParagraphLike(sibling)) {
        const TextStats& stats = index.Of(sibling);
        include = stats.chars > 80 && stats.link_chars * 4 < stats.chars;
      }
      if (include) {
        writer.Write(sibling);
        count_listed(sibling);
      }
    }
  } else {
    writer.Write(best);
    count_listed(best);
  }
  written.body = writer.Take();
  // The page's count leaves out what a chrome-looking wrapper holds; the
  // content's own headings are in the page all the same.
  written.linked_headings_in_page =
      std::max(written.linked_headings_in_page, written.linked_headings);
  return written;
}

// True for a line of prose: long enough, or closed like a sentence.
bool IsProse(std::string_view paragraph) {
  return paragraph.size() >= 80 || EndsLikeASentence(paragraph);
}

// Whether `paragraph` is a time of day alone ("19h40", "7:02", "09 h 15"), as
// a live page opens each of its entries.
bool IsClockTimeAlone(std::string_view paragraph) {
  const std::optional<ClockTime> time = ReadClockTime(paragraph);
  return time && time->length == paragraph.size();
}

// Short labels before the first line of prose (a rubric: "Environnement") and
// after the last one (a toolbox: "Imprimer", "Permalien https://...",
// "Date 23.05.2011") belong to the page, not to the article. Intertitles
// between two lines of prose stay, and so does a live page's first entry's
// time and heading when later entries open on a time too. The labels cut
// after the last line of prose come back in order, and those cut before the
// first in `opening`.
std::vector<std::string> TrimLabels(std::vector<std::string>& paragraphs,
                                    std::vector<std::string>& opening) {
  constexpr size_t kLabelChars = 60;
  auto is_label = [](const std::string& p) {
    return p.size() < kLabelChars && !IsProse(p) &&
           p.find(',') == std::string::npos;
  };
  std::vector<std::string> closing;
  while (!paragraphs.empty() && is_label(paragraphs.back())) {
    closing.push_back(std::move(paragraphs.back()));
    paragraphs.pop_back();
  }
  std::reverse(closing.begin(), closing.end());
  size_t first = 0;
  while (first < paragraphs.size() && is_label(paragraphs[first])) ++first;
  // A live page's first entry: its time among the labels, and entries after
  // it that open on a time too, each after the prose of the one before (two
  // at least: a video's duration after its label is no entry). What stands
  // before that time is still the page's.
  const auto time = std::find_if(paragraphs.begin(),
                                 paragraphs.begin() + static_cast<long>(first),
                                 IsClockTimeAlone);
  if (time != paragraphs.begin() + static_cast<long>(first)) {
    int entries = 0;
    bool all_after_prose = true;
    for (size_t i = first; i < paragraphs.size(); ++i) {
      if (!IsClockTimeAlone(paragraphs[i])) continue;
      ++entries;
      all_after_prose = all_after_prose && IsProse(paragraphs[i - 1]);
    }
    if (entries >= 2 && all_after_prose)
      first = static_cast<size_t>(time - paragraphs.begin());
  }
  opening.assign(
      std::make_move_iterator(paragraphs.begin()),
      std::make_move_iterator(paragraphs.begin() + static_cast<long>(first)));
  paragraphs.erase(paragraphs.begin(),
                   paragraphs.begin() + static_cast<long>(first));
  return closing;
}

// A paywall's notice ("La suite de cet article est réservée aux abonnés", "Il
// vous reste 80 % de cet article à lire") ends what the page shows of the
// article: it goes, and the offer after it when no prose follows (a
// subscriber's saved page has the article after it). A badge ("Article
// réservé aux abonnés") goes alone. A sentence of the article that speaks of
// subscribers stays: a notice opens with its own words, a badge has no full
// stop.
void DropPaywallNotices(std::vector<std::string>& paragraphs) {
  constexpr size_t kNoticeChars = 160, kBadgeChars = 60, kProseChars = 200;
  const auto is_notice = [](const std::string& p) {
    for (std::string_view opening :
         {"La suite de cet article", "La suite de l'article",
          "La suite de l’article", "La suite est réservée",
          "Pour lire la suite", "Il vous reste",
          "Cet article est réservé aux abonnés",
          "Cet article est réservé à nos abonnés"}) {
      if (p.starts_with(opening)) return true;
    }
    return false;
  };
  const auto is_badge = [](const std::string& p) {
    return p.size() < kBadgeChars && !p.ends_with(".") &&
           (p.find("réservé") != std::string::npos ||
            p.find("Réservé") != std::string::npos) &&
           p.find("abonné") != std::string::npos;
  };
  for (size_t i = 1; i < paragraphs.size(); ++i) {
    const std::string& p = paragraphs[i];
    if (p.size() < kNoticeChars && is_notice(p)) {
      const bool prose_follows = std::any_of(
          paragraphs.begin() + static_cast<long>(i) + 1, paragraphs.end(),
          [](const std::string& q) { return q.size() >= kProseChars; });
      if (!prose_follows) {
        paragraphs.resize(i);
        return;
      }
      paragraphs.erase(paragraphs.begin() + static_cast<long>(i--));
    } else if (is_badge(p)) {
      paragraphs.erase(paragraphs.begin() + static_cast<long>(i--));
    }
  }
}

// A breadcrumb a template put inside the article's block ("Accueil > France
// > Vie chère", "Vous êtes ici : Accueil » Actualités"): the site's path to
// the page, not its text. Only the opening paragraphs, only what opens on the
// site's root and goes on through a path's separator.
void DropBreadcrumbs(std::vector<std::string>& paragraphs) {
  constexpr size_t kOpeningParagraphs = 3, kLongestPath = 300;
  const auto is_breadcrumb = [](std::string_view p) {
    if (p.size() > kLongestPath) return false;
    for (std::string_view here : {"Vous êtes ici :", "Vous êtes ici"}) {
      if (p.starts_with(here)) {
        p.remove_prefix(here.size());
        while (p.starts_with(" ")) p.remove_prefix(1);
        break;
      }
    }
    // The root's word whole, right before a separator: not "Accueilli par
    // ...", nor a quotation's "»".
    for (std::string_view root : {"Accueil", "Home"}) {
      if (!p.starts_with(root)) continue;
      const std::string_view rest = p.substr(root.size());
      for (std::string_view separator : {" > ", " » ", " › ", " >> ", " / "}) {
        if (rest.starts_with(separator)) return true;
      }
    }
    return false;
  };
  for (size_t i = 0; i < std::min(paragraphs.size(), kOpeningParagraphs);) {
    if (is_breadcrumb(paragraphs[i]))
      paragraphs.erase(paragraphs.begin() + static_cast<long>(i));
    else
      ++i;
  }
}

}  // namespace

bool EndsLikeASentence(std::string_view paragraph) {
  for (std::string_view end : {".", "!", "?", "»", "\"", "…", ")", ":"}) {
    if (paragraph.ends_with(end)) return true;
  }
  return false;
}

std::string VisibleTextWithoutChrome(const GumboNode* root, bool relaxed) {
  ParagraphWriter writer(relaxed ? Strictness::kRelaxedButComments
                                 : Strictness::kStrict);
  writer.Write(root);
  std::string text;
  for (const std::string& paragraph : writer.Take()) {
    if (!text.empty()) text += '\n';
    text += paragraph;
  }
  return text;
}

// The text of `written`: the body without paywall notices, breadcrumbs and
// its opening and closing labels (TrimLabels), after the standfirst.
MainText TextOf(WrittenText written) {
  MainText text{std::move(written.body),
                {},
                {},
                written.linked_headings,
                written.linked_headings_in_page,
                written.ticker_entries,
                written.ticker_entries_in_page};
  DropPaywallNotices(text.paragraphs);
  DropBreadcrumbs(text.paragraphs);
  text.closing_labels = TrimLabels(text.paragraphs, text.opening_labels);
  text.paragraphs.insert(text.paragraphs.begin(),
                         std::make_move_iterator(written.standfirst.begin()),
                         std::make_move_iterator(written.standfirst.end()));
  return text;
}

MainText ExtractMainText(const GumboNode* root) {
  const TextStatsIndex index(root);
  MainText strict = TextOf(ExtractWith(root, index, Strictness::kStrict));
  size_t chars = 0;
  for (const std::string& p : strict.paragraphs) chars += p.size();
  // Almost nothing: the page's content sits in something the strict hints call
  // chrome (a live page's "comments", a "sidebar-layout" wrapper). Try again
  // trusting fewer hints.
  constexpr size_t kTooShort = 250;
  if (chars >= kTooShort) return strict;
  MainText relaxed = TextOf(ExtractWith(root, index, Strictness::kRelaxed));
  size_t relaxed_chars = 0;
  for (const std::string& p : relaxed.paragraphs) relaxed_chars += p.size();
  return relaxed_chars > chars ? relaxed : strict;
}

}  // namespace newsq::internal
