#include "cli/terminal.h"

#include <unistd.h>

#include <cstdlib>

namespace newsq::cli {

bool UseStyles(std::FILE* stream) {
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  return isatty(fileno(stream)) != 0;
}

std::string Printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
      out += ' ';
    } else if (c == 0xC2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      out += ' ';  // C1 controls (U+0080..U+009F), which some terminals obey
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string Bold(std::string_view text, bool styles) {
  return styles ? "\x1b[1m" + std::string(text) + "\x1b[0m" : std::string(text);
}

std::string Dim(std::string_view text, bool styles) {
  return styles ? "\x1b[2m" + std::string(text) + "\x1b[0m" : std::string(text);
}

std::string RenderSnippet(const Snippet& snippet, bool styles) {
  std::string out;
  size_t pos = 0;
  std::string_view text = snippet.text;
  for (const auto& [begin, end] : snippet.highlights) {
    out += Printable(text.substr(pos, begin - pos));
    out += Bold(Printable(text.substr(begin, end - begin)), styles);
    pos = end;
  }
  out += Printable(text.substr(pos));
  return out;
}

}  // namespace newsq::cli
