#include "cli/terminal.h"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

namespace newsq::cli {

namespace {
ColorMode color_mode = ColorMode::kAuto;
}  // namespace

void SetColorMode(ColorMode mode) { color_mode = mode; }

bool TakeColorOption(std::vector<std::string>& args) {
  for (size_t i = 0; i < args.size();) {
    std::string when;
    if (args[i].starts_with("--color=")) {
      when = args[i].substr(8);
      args.erase(args.begin() + i);
    } else if (args[i] == "--color" && i + 1 < args.size()) {
      when = args[i + 1];
      args.erase(args.begin() + i, args.begin() + i + 2);
    } else {
      ++i;
      continue;
    }
    if (when == "auto") {
      color_mode = ColorMode::kAuto;
    } else if (when == "always") {
      color_mode = ColorMode::kAlways;
    } else if (when == "never") {
      color_mode = ColorMode::kNever;
    } else {
      std::cerr << "newsq: --color: '" << Printable(when)
                << "' is not auto, always or never\n";
      return false;
    }
  }
  return true;
}

bool UseStyles(std::FILE* stream) {
  if (color_mode != ColorMode::kAuto) return color_mode == ColorMode::kAlways;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::string_view(term) == "dumb") return false;
  return isatty(fileno(stream)) != 0;
}

std::string PrintableOr(std::string_view text, std::string_view missing) {
  return text.empty() ? std::string(missing) : Printable(text);
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
