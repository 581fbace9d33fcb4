// The newsq program described from its command table and each command's
// flags, for the files a package installs: the man page newsq(1) and the bash
// and zsh completions. Generated, never written by hand, so that they cannot
// drift from the program (`newsq --generate man|bash|zsh`, which the build
// runs).
#ifndef NEWSQ_CLI_MANUAL_H_
#define NEWSQ_CLI_MANUAL_H_

#include <string>

namespace newsq::cli {

// newsq(1) in roff (man(7) macros).
std::string ManPage();

// A bash completion script defining `_newsq` for `complete -F`.
std::string BashCompletion();

// A zsh completion function file (#compdef newsq).
std::string ZshCompletion();

}  // namespace newsq::cli

#endif  // NEWSQ_CLI_MANUAL_H_
