#!/usr/bin/env bash
# scripts/nightly-reindex as cron runs it: a clean environment, log lines with timestamps,
# the previous database kept and expired, exit codes for a busy database and a failed
# rebuild, and the live database untouched by a failure.
# Usage: tests/nightly_reindex_test.sh NEWSQ_PROGRAM CORPORA_DIR
set -uo pipefail
newsq=${1:?usage: nightly_reindex_test.sh NEWSQ CORPORA}
corpora=${2:?usage: nightly_reindex_test.sh NEWSQ CORPORA}
script="$(cd "$(dirname "$0")/.." && pwd)/scripts/nightly-reindex"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/script_checks.sh"
# As cron runs it: almost no environment.
nightly() { env -i PATH=/usr/bin:/bin HOME="$work" "$script" --newsq "$newsq" --db "$work/db" "$@"; }
articles() { "$newsq" stats --db "$work/db" --json | grep -o '"articles":[0-9]*' | head -1 | cut -d: -f2; }

nightly --log "$work/log" --keep-days 3 "$corpora"; status=$?
check "a first run builds the database" test $status -eq 0 -a "$(articles)" = 62
check "log lines carry a UTC timestamp" grep -qE '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z nightly-reindex\[[0-9]+\]: done' "$work/log"

# A database replaced four days ago is expired; the one replaced tonight is kept.
old="$work/db.previous-$(date -u -d '-4 days' +%Y%m%dT%H%M%SZ)"
mkdir -p "$old"
nightly --log "$work/log" --keep-days 3 --compact "$corpora"; status=$?
check "a second run succeeds" test $status -eq 0
check "the replaced database is kept" bash -c "ls -d '$work'/db.previous-* | grep -v '$old' | grep -q ."
check "one replaced over 3 days ago is removed" test ! -e "$old"
check "the removal is logged" grep -q "removed $old" "$work/log"

# A failed rebuild: exit 1, the live database as it was, nothing left beside it.
before=$("$newsq" dump --db "$work/db" | sort | md5sum)
nightly --log "$work/log" "$work/no-such-folder"; status=$?
check "a failed rebuild exits 1" test $status -eq 1
check "the live database is untouched" test "$("$newsq" dump --db "$work/db" | sort | md5sum)" = "$before"
check "no partial database is left" test ! -e "$work/db.reindexing"
check "the failure is logged" grep -q "failed (exit 1)" "$work/log"

# Another nightly run in progress: exit 75 at once.
exec 8>>"$work/db.nightly.lock"
flock -n 8
nightly --log "$work/log" "$corpora"; status=$?
check "a run while another holds the lock exits 75" test $status -eq 75
flock -u 8

nightly --log "$work/log" --keep-days x "$corpora" 2>/dev/null; status=$?
check "a bad --keep-days is a usage error" test $status -eq 2
[ $failures -eq 0 ] || { cat "$work/log"; exit 1; }
