#!/usr/bin/env bash
# Runs each benchmark executable given as an argument, then prints every RATIO and FIGURE line
# together, last, so they are easy to find and to compare between runs. Fails if any benchmark
# fails or leaves a figure unavailable.
set -uo pipefail
summary=$(mktemp)
trap 'rm -f "$summary"' EXIT
status=0
for bench in "$@"; do
    echo "== $(basename "$bench")"
    "$bench" | tee -a "$summary" || status=1
done
echo
echo "== Summary (RATIO: subject / baseline from the same run, as each line explains above; FIGURE: median, ms unless named _rps)"
grep -E '^(RATIO|FIGURE) ' "$summary"
if grep -qE '^(RATIO|FIGURE) .* unavailable$' "$summary"; then
    status=1
fi
exit $status
