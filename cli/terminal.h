// The newsq program's output helpers: what is a terminal, bold text, safe text.
#ifndef NEWSQ_CLI_TERMINAL_H_
#define NEWSQ_CLI_TERMINAL_H_

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "newsq/search.h"

namespace newsq::cli {

// When newsq styles its output (bold, dim): --color=auto|always|never.
enum class ColorMode { kAuto, kAlways, kNever };
void SetColorMode(ColorMode mode);

// Takes every --color=WHEN (or "--color WHEN") out of `args`, wherever it
// stands, and sets the mode. False, after saying why on stderr, for a WHEN
// other than auto, always or never.
bool TakeColorOption(std::vector<std::string>& args);

// Whether to style what goes to `stream`: always or never when asked;
// otherwise (auto) only on a terminal, with NO_COLOR unset and TERM not
// "dumb", as ripgrep and git do.
bool UseStyles(std::FILE* stream);

// `text` with control characters (escape sequences included) replaced by
// spaces, so that nothing a page contains can drive the user's terminal.
std::string Printable(std::string_view text);

// Printable(`text`), or `missing` in its place when `text` is empty (an
// article given without a title or an outlet, as JSON lines may be), so that
// no line of the output is left blank.
std::string PrintableOr(std::string_view text, std::string_view missing);

// A snippet as one line with its matches in bold when `styles`; in a pipe the
// matches are left plain, as grep does.
std::string RenderSnippet(const Snippet& snippet, bool styles);

std::string Bold(std::string_view text, bool styles);
std::string Dim(std::string_view text, bool styles);

}  // namespace newsq::cli

#endif  // NEWSQ_CLI_TERMINAL_H_
