#!/usr/bin/env bash
# The README test: runs every ```bash example of README.md verbatim, in order, in one shell,
# against the gateway at $1 (a fresh platform). A block preceded by the line
# "<!-- not a README-test example: why -->" is skipped (it starts the platform, needs Docker…).
#
# Verbatim, with two things a careful reader would do too: every curl fails the run on an error
# answer (4xx/5xx) instead of printing it and going on, and a GET answered 404 is retried for a
# few seconds, because the other services learn of a new organisation from the registry's events
# a moment after it is registered (eventual consistency, docs/architecture.md).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 1 ] || { echo "usage: scripts/readme-examples.sh <gateway URL>" >&2; exit 2; }

script=$(mktemp /tmp/piedmont-readme.XXXXXX)
trap 'rm -f "$script"' EXIT
cat >"$script" <<'PRELUDE'
curl() {
  local retry=1 attempt out status
  [[ " $* " == *" -X "* ]] && retry=0
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    out=$(command curl -sS -w '\n%{http_code}' "$@") || return 1
    status=${out##*$'\n'}
    out=${out%$'\n'*}
    if [ "$status" = 404 ] && [ "$retry" = 1 ] && [ "$attempt" -lt 10 ]; then sleep 0.5; continue; fi
    if [ "$status" -ge 400 ]; then printf 'HTTP %s from: curl %s\n%s\n' "$status" "$*" "$out" >&2; return 1; fi
    printf '%s\n' "$out"
    return 0
  done
}
PRELUDE
awk '
  /^<!-- not a README-test example/ { skip = 1; next }
  /^```bash$/ { inside = 1; n++; if (!skip) printf "\necho \"--- README example %d (line %d)\" >&2\n", n, NR; next }
  /^```$/ && inside { inside = 0; skip = 0; next }
  inside && !skip { print }
' README.md >>"$script"

examples=$(grep -c '^echo "--- README example' "$script" || true)
[ "$examples" -gt 0 ] || { echo "No README example found." >&2; exit 1; }
GW="$1" bash -euo pipefail "$script"
echo "README examples: $examples run, all succeeded"
