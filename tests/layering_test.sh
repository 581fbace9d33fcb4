#!/usr/bin/env bash
# The layers of docs/architecture.md: each source folder includes only the
# folders below it (and include/newsq/, third-party headers). Fails naming
# every include that points up or sideways.
# Usage: layering_test.sh SOURCE_DIR
set -euo pipefail
cd "$1"

declare -A allowed=(
  [engine]=""
  [entities]="engine"
  [extract]="engine entities"
  [indexer]="engine entities extract"
  [query]="engine"
  [library]="engine entities extract indexer query"
  [server]=""
  [cli]="server"
)

failures=0
checked=0
for folder in "${!allowed[@]}"; do
  for file in "$folder"/*.cc "$folder"/*.h; do
    [[ -e "$file" ]] || continue
    checked=$((checked + 1))
    # Project includes are "folder/file.h"; "newsq/..." is the public API.
    while IFS= read -r included; do
      [[ "$included" == "$folder" || "$included" == newsq ]] && continue
      [[ -d "$included" ]] || continue  # a third-party path such as absl/
      if [[ " ${allowed[$folder]} " != *" $included "* ]]; then
        echo "$file includes $included/, which $folder/ must not use" >&2
        failures=$((failures + 1))
      fi
    done < <(sed -n 's/^#include "\([a-z_]*\)\/.*/\1/p' "$file" | sort -u)
  done
done
echo "layering: $checked files checked, $failures includes against the layers"
[[ $failures -eq 0 ]]
