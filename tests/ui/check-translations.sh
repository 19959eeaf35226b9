#!/usr/bin/env bash
# Fails when a shipped translation has an unfinished message: German and Spanish must be complete
# (issue 6). Usage: check-translations.sh <lrelease> <file.ts>…
set -euo pipefail
lrelease=$1
shift
status=0
for ts in "$@"; do
    report=$("$lrelease" "$ts" -qm /dev/null 2>&1)
    line=$(grep -o 'Generated [0-9]* translation(s) ([0-9]* finished and [0-9]* unfinished)' <<< "$report" || true)
    unfinished=$(sed -n 's/.* and \([0-9]*\) unfinished.*/\1/p' <<< "$line")
    # Messages with no translation at all are reported apart ("Ignored N untranslated …").
    untranslated=$(grep -o 'Ignored [0-9]* untranslated' <<< "$report" || true)
    if [[ -z "$line" || "$unfinished" != 0 || -n "$untranslated" ]]; then
        echo "FAIL $(basename "$ts"): ${line:-$report} ${untranslated}"
        status=1
    else
        echo "ok   $(basename "$ts"): $line"
    fi
done
exit $status
