#include "extract/html_dom.h"

#include <algorithm>
#include <cstring>
#include <utility>

#include "absl/strings/ascii.h"
#include "engine/ascii.h"

namespace newsq::internal {

HtmlDocument::HtmlDocument(std::string utf8_html)
    : html_(std::move(utf8_html)),
      output_(gumbo_parse_with_options(&kGumboDefaultOptions, html_.data(),
                                       html_.size())) {}

int HtmlDocument::MaxDepth() const {
  int deepest = 0;
  std::vector<std::pair<const GumboNode*, int>> pending = {{root(), 1}};
  while (!pending.empty()) {
    const auto [node, depth] = pending.back();
    pending.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    deepest = std::max(deepest, depth);
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
      pending.emplace_back(static_cast<const GumboNode*>(children.data[i]),
                           depth + 1);
  }
  return deepest;
}

namespace {

// What a walk over a subtree does at a node (FoundWithinFirstNodes).
enum class Step { kFound, kSkip, kDescend };

// Walks `node` and what is under it in document order, reading at most a few
// thousand nodes whatever the subtree holds: true as soon as `visit` says
// kFound; kSkip leaves a node's children unread. Only elements and
// templates are descended into.
template <typename Visit>
bool FoundWithinFirstNodes(const GumboNode* node, Visit visit) {
  constexpr int kNodesRead = 4096;
  std::vector<const GumboNode*> stack = {node};
  for (int read = 0; !stack.empty() && read < kNodesRead; ++read) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    const Step step = visit(n);
    if (step == Step::kFound) return true;
    if (step == Step::kSkip ||
        (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE))
      continue;
    const GumboVector& children = n->v.element.children;
    for (unsigned i = children.length; i-- > 0;)
      stack.push_back(static_cast<const GumboNode*>(children.data[i]));
  }
  return false;
}

// Whether an <article>, an <h1> or an itemprop=articleBody stands under
// `node`, among its first few thousand nodes: an article, not a consent
// dialog's or a widget's template.
bool HoldsAnArticle(const GumboNode* node) {
  return FoundWithinFirstNodes(node, [node](const GumboNode* n) {
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE)
      return Step::kSkip;
    return n != node && (n->v.element.tag == GUMBO_TAG_ARTICLE ||
                         n->v.element.tag == GUMBO_TAG_H1 ||
                         Attribute(n, "itemprop") == "articleBody")
               ? Step::kFound
               : Step::kDescend;
  });
}

}  // namespace

int HtmlDocument::RevealScriptlessContent(size_t least_bytes) {
  int revealed = 0;
  std::vector<GumboNode*> pending = {output_->root};
  while (!pending.empty()) {
    GumboNode* node = pending.back();
    pending.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
      continue;
    const GumboTag tag = node->v.element.tag;
    // The head's <noscript> holds a tracking pixel or a style sheet.
    if (tag == GUMBO_TAG_HEAD) continue;
    if (tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_TEMPLATE) {
      if (HoldsText(node, least_bytes) && HoldsAnArticle(node)) {
        node->type = GUMBO_NODE_ELEMENT;
        node->v.element.tag = GUMBO_TAG_DIV;
        ++revealed;
      }
      // Not into one inside: each node is counted once.
      continue;
    }
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
      pending.push_back(static_cast<GumboNode*>(children.data[i]));
  }
  return revealed;
}

HtmlDocument::~HtmlDocument() {
  gumbo_destroy_output(&kGumboDefaultOptions, output_);
}

std::string_view Attribute(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT) return {};
  const GumboAttribute* attr =
      gumbo_get_attribute(&node->v.element.attributes, name);
  return attr == nullptr ? std::string_view() : std::string_view(attr->value);
}

std::string TagName(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT) return {};
  if (node->v.element.tag != GUMBO_TAG_UNKNOWN) {
    return gumbo_normalized_tagname(node->v.element.tag);
  }
  GumboStringPiece piece = node->v.element.original_tag;
  gumbo_tag_from_original_text(&piece);
  return AsciiLower(std::string_view(piece.data, piece.length));
}

std::string ClassAndId(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT ||
      node->v.element.attributes.length == 0 ||
      node->v.element.tag == GUMBO_TAG_BODY ||
      node->v.element.tag == GUMBO_TAG_HTML)
    return {};
  std::string hints(Attribute(node, "class"));
  hints += ' ';
  hints += Attribute(node, "id");
  absl::AsciiStrToLower(&hints);
  return hints;
}

std::vector<std::string_view> ClassWords(std::string_view hints) {
  std::vector<std::string_view> words;
  bool skip_next = false;
  size_t start = 0;
  for (size_t i = 0; i <= hints.size(); ++i) {
    const bool separator = i == hints.size() || hints[i] == ' ' ||
                           hints[i] == '-' || hints[i] == '_' ||
                           hints[i] == ':' || hints[i] == '.' ||
                           hints[i] == '/';
    if (!separator) continue;
    if (i > start) {
      const std::string_view word = hints.substr(start, i - start);
      if (skip_next) {
        skip_next = false;
      } else if (word == "hidden" && !words.empty() &&
                 words.back() == "label") {
        // Drupal's "field--label-hidden": the field's label is hidden, not
        // the field.
      } else if (word == "post" && !words.empty() &&
                 words.back() == "newsletter") {
        // Substack's "newsletter-post": a newsletter's post, the article
        // itself, not a box inviting readers to subscribe.
        words.back() = word;
      } else if (word == "with" || word == "has" || word == "no" ||
                 word == "not" || word == "without" || word == "sans") {
        skip_next = true;
      } else {
        words.push_back(word);
      }
    }
    start = i + 1;
  }
  return words;
}

bool IsInvisibleTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
      return true;
    default:
      return false;
  }
}

namespace {

bool IsSpaceAt(std::string_view s, size_t i, size_t* width) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
      c == '\v') {
    *width = 1;
    return true;
  }
  if (c == 0xC2 && i + 1 < s.size() &&
      static_cast<unsigned char>(s[i + 1]) == 0xA0) {
    *width = 2;  // U+00A0 no-break space
    return true;
  }
  if (c == 0xE2 && i + 2 < s.size() &&
      static_cast<unsigned char>(s[i + 1]) == 0x80) {
    const auto c2 = static_cast<unsigned char>(s[i + 2]);
    // U+2000..U+200A spaces, U+202F narrow no-break space
    if ((c2 >= 0x80 && c2 <= 0x8A) || c2 == 0xAF) {
      *width = 3;
      return true;
    }
  }
  return false;
}

// The tags whose text runs on with its neighbours' (no word break around
// them).
bool IsInlineTag(GumboTag tag) {
  return tag == GUMBO_TAG_A || tag == GUMBO_TAG_SPAN || tag == GUMBO_TAG_B ||
         tag == GUMBO_TAG_I || tag == GUMBO_TAG_EM || tag == GUMBO_TAG_STRONG ||
         tag == GUMBO_TAG_FONT;
}

// Appends the visible text under `node`; blocks (and <br>) are separated by
// `separator`.
void AppendVisibleText(const GumboNode* node, std::string* out,
                       char separator = ' ',
                       bool (*skip)(const GumboNode*) = nullptr) {
  CheckWorkBudget();
  switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
      *out += node->v.text.text;
      return;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
      if (IsInvisibleTag(node->v.element.tag)) return;
      if (skip != nullptr && skip(node)) return;
      if (node->v.element.tag == GUMBO_TAG_BR) {
        *out += separator;
        return;
      }
      const bool inline_tag = IsInlineTag(node->v.element.tag);
      if (!inline_tag) *out += separator;
      const GumboVector& children = node->v.element.children;
      for (unsigned i = 0; i < children.length; ++i) {
        AppendVisibleText(static_cast<const GumboNode*>(children.data[i]), out,
                          separator, skip);
      }
      if (!inline_tag) *out += separator;
      return;
    }
    default:
      return;
  }
}

// Whether `c` may be part of a word: an ASCII letter or digit, or a byte of a
// character past ASCII (accented letters).
bool IsWordByte(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) ||
         static_cast<unsigned char>(c) >= 0x80;
}

// AppendVisibleText's walk for TextOfParts: `boundary` says that an element
// opened or closed since the last text.
void AppendTextOfParts(const GumboNode* node, std::string* out, bool& boundary,
                       char block_separator = ' ') {
  CheckWorkBudget();
  switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA: {
      const std::string_view text = node->v.text.text;
      if (boundary && !out->empty() && !text.empty() &&
          IsWordByte(out->back()) && IsWordByte(text.front()))
        *out += ' ';
      boundary = false;
      *out += text;
      return;
    }
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: {
      if (IsInvisibleTag(node->v.element.tag)) return;
      if (node->v.element.tag == GUMBO_TAG_BR) {
        *out += block_separator;
        return;
      }
      // A block element separates words as VisibleText's do; an inline
      // one only words that would touch.
      const bool block = !IsInlineTag(node->v.element.tag);
      if (block) *out += block_separator;
      boundary = true;
      const GumboVector& children = node->v.element.children;
      for (unsigned i = 0; i < children.length; ++i) {
        AppendTextOfParts(static_cast<const GumboNode*>(children.data[i]), out,
                          boundary, block_separator);
      }
      if (block) *out += block_separator;
      boundary = true;
      return;
    }
    default:
      return;
  }
}

// `raw`'s lines, whitespace collapsed within each, empty ones dropped.
std::string CollapsedLines(const std::string& raw) {
  std::string out;
  size_t start = 0;
  while (start <= raw.size()) {
    size_t end = raw.find('\n', start);
    if (end == std::string::npos) end = raw.size();
    std::string line =
        CollapseWhitespace(std::string_view(raw).substr(start, end - start));
    if (!line.empty()) {
      if (!out.empty()) out += '\n';
      out += line;
    }
    start = end + 1;
  }
  return out;
}

}  // namespace

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (size_t i = 0; i < text.size();) {
    size_t width = 0;
    if (IsSpaceAt(text, i, &width)) {
      pending_space = !out.empty();
      i += width;
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += text[i++];
  }
  return out;
}

bool HoldsText(const GumboNode* node, size_t bytes) {
  size_t held = 0;
  return FoundWithinFirstNodes(node, [&](const GumboNode* n) {
    if (n->type == GUMBO_NODE_TEXT) {
      held += std::strlen(n->v.text.text);
      return held >= bytes ? Step::kFound : Step::kSkip;
    }
    if ((n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) ||
        n->v.element.tag == GUMBO_TAG_SCRIPT ||
        n->v.element.tag == GUMBO_TAG_STYLE)
      return Step::kSkip;
    return Step::kDescend;
  });
}

bool VisibleTextLongerThan(const GumboNode* node, size_t bytes) {
  // VisibleText keeps every byte that is not whitespace of the text it reads:
  // so many of them prove it long without building it.
  size_t letters = 0;
  const bool long_text = FoundWithinFirstNodes(node, [&](const GumboNode* n) {
    if (n->type == GUMBO_NODE_TEXT) {
      const std::string_view text = n->v.text.text;
      for (size_t i = 0; i < text.size();) {
        size_t width = 0;
        if (IsSpaceAt(text, i, &width)) {
          i += width;
          continue;
        }
        ++letters;
        ++i;
      }
      return letters > bytes ? Step::kFound : Step::kSkip;
    }
    if ((n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) ||
        IsInvisibleTag(n->v.element.tag))
      return Step::kSkip;
    return Step::kDescend;
  });
  return long_text || VisibleText(node).size() > bytes;
}

bool IsWithin(const GumboNode* node, const GumboNode* ancestor) {
  for (; node != nullptr; node = node->parent) {
    if (node == ancestor) return true;
  }
  return false;
}

std::string TextOfParts(const GumboNode* node) {
  std::string raw;
  bool boundary = false;
  AppendTextOfParts(node, &raw, boundary);
  return CollapseWhitespace(raw);
}

std::string VisibleText(const GumboNode* node) {
  std::string raw;
  AppendVisibleText(node, &raw);
  return CollapseWhitespace(raw);
}

std::string BlockText(const GumboNode* node, bool (*skip)(const GumboNode*)) {
  std::string raw;
  if (skip != nullptr && node->type == GUMBO_NODE_ELEMENT) {
    // The node itself is read whatever it is; only what is under it may be
    // left out.
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      AppendVisibleText(static_cast<const GumboNode*>(children.data[i]), &raw,
                        '\n', skip);
    }
  } else {
    AppendVisibleText(node, &raw, '\n');
  }
  return CollapsedLines(raw);
}

std::string BlockTextOfParts(const GumboNode* node) {
  std::string raw;
  bool boundary = false;
  AppendTextOfParts(node, &raw, boundary, '\n');
  return CollapsedLines(raw);
}

}  // namespace newsq::internal
