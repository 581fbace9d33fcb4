// The newsq program's output helpers: what is a terminal, bold text, safe text.
#ifndef NEWSQ_CLI_TERMINAL_H_
#define NEWSQ_CLI_TERMINAL_H_

#include <cstdio>
#include <string>
#include <string_view>

#include "newsq/search.h"

namespace newsq::cli {

// True when `stream` is a terminal and NO_COLOR is unset: only then does newsq
// use bold.
bool UseStyles(std::FILE* stream);

// `text` with control characters (escape sequences included) replaced by
// spaces, so that nothing a page contains can drive the user's terminal.
std::string Printable(std::string_view text);

// A snippet as one line with its matches in bold when `styles`; in a pipe the
// matches are left plain, as grep does.
std::string RenderSnippet(const Snippet& snippet, bool styles);

std::string Bold(std::string_view text, bool styles);
std::string Dim(std::string_view text, bool styles);

}  // namespace newsq::cli

#endif  // NEWSQ_CLI_TERMINAL_H_
