# Sourced by the tests of scripts/: `check DESCRIPTION COMMAND...` runs COMMAND, prints
# "ok: DESCRIPTION" or "FAILED: DESCRIPTION", and counts the failures in $failures.
failures=0
check() {
  local what=$1; shift
  if "$@"; then echo "ok: $what"; else echo "FAILED: $what"; failures=$((failures + 1)); fi
}
