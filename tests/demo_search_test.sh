#!/usr/bin/env bash
# scripts/demo-search, the README's first command once newsq is built, on a fresh machine
# (no database yet: nothing to upgrade) and run again (the database is there).
# Usage: tests/demo_search_test.sh NEWSQ_PROGRAM
set -uo pipefail
newsq=${1:?usage: demo_search_test.sh NEWSQ}
script="$(cd "$(dirname "$0")/.." && pwd)/scripts/demo-search"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/script_checks.sh"
demo() { env -u NEWSQ_DB -u XDG_DATA_HOME HOME="$work" "$script" "$newsq" >"$work/out" 2>&1; }

demo; status=$?
cat "$work/out"
check "a fresh machine's first run succeeds" test $status -eq 0
check "it indexes into the default database" test -d "$work/.local/share/newsq/index"
check "the search finds the story" grep -q "OpenAI" "$work/out"
demo; status=$?
check "a second run succeeds" test $status -eq 0
check "the second run finds nothing to upgrade" grep -q "nothing to do" "$work/out"
exit $((failures > 0))
