#include "query/empty_brackets.h"

#include <algorithm>
#include <vector>

namespace newsq::internal {
namespace {

// Xapian reads any byte up to the space as a blank before a bracket.
bool IsBlank(char c) { return static_cast<unsigned char>(c) <= ' '; }

bool IsFieldNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

// Where the field name ends before the colon at `colon` begins, or
// std::string::npos when no letter stands before it.
size_t FieldNameStart(const std::string& text, size_t colon) {
  size_t start = colon;
  while (start > 0 && IsFieldNameChar(text[start - 1])) --start;
  return start == colon ? std::string::npos : start;
}

}  // namespace

std::string BlankEmptyBrackets(Xapian::QueryParser parser, unsigned flags,
                               std::span<const std::string_view> text_fields,
                               std::string text) {
  if (text.find('(') == std::string::npos) return text;
  // Where each bracket (or the field name before it) starts, and its "(".
  struct Open {
    size_t start, bracket;
  };
  std::vector<Open> open;
  auto close = [&](const Open& bracket, size_t content_end, size_t end) {
    const std::string content =
        text.substr(bracket.bracket + 1, content_end - bracket.bracket - 1);
    bool stands_for_nothing = false;
    try {
      stands_for_nothing = parser.parse_query(content, flags).empty();
    } catch (const Xapian::Error&) {
      // The whole query's parse meets the same error and reports it.
    }
    if (stands_for_nothing)
      std::fill(text.begin() + bracket.start, text.begin() + end, ' ');
  };
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ')') {
      if (open.empty()) continue;
      const Open bracket = open.back();
      open.pop_back();
      close(bracket, i, i + 1);
      continue;
    }
    if (text[i] != '(') continue;
    const char before = i == 0 ? ' ' : text[i - 1];
    if (IsBlank(before) || before == '(' || before == ')' || before == '+' ||
        before == '-') {
      open.push_back({i, i});
    } else if (before == ':') {
      const size_t name = FieldNameStart(text, i - 1);
      if (name != std::string::npos &&
          std::find(text_fields.begin(), text_fields.end(),
                    std::string_view(text).substr(name, i - 1 - name)) !=
              text_fields.end())
        open.push_back({name, i});
    }
  }
  while (!open.empty()) {
    close(open.back(), text.size(), text.size());
    open.pop_back();
  }
  return text;
}

}  // namespace newsq::internal
