#!/usr/bin/env bash
# Runs every test once against one throwaway PostgreSQL and one RabbitMQ, started for this run
# and removed afterwards. Call through `./piedmont test` (which installs and builds first).
set -euo pipefail
cd "$(dirname "$0")/.."

env_file=$(mktemp -u /tmp/piedmont-test-env.XXXXXX)
dotnet tools/LocalRunner/bin/Release/net10.0/PiedmontSystem.LocalRunner.dll servers --env-file "$env_file" &
servers=$!
cleanup() {
  kill -TERM "$servers" 2>/dev/null || true
  wait "$servers" 2>/dev/null || true
  rm -f "$env_file"
}
trap cleanup EXIT

for _ in $(seq 1 600); do
  [ -s "$env_file" ] && break
  kill -0 "$servers" 2>/dev/null || { echo "The test servers failed to start." >&2; exit 1; }
  sleep 0.2
done
[ -s "$env_file" ] || { echo "The test servers did not start within 120 s." >&2; exit 1; }
set -a
# shellcheck disable=SC1090
source "$env_file"
set +a

log=$(mktemp /tmp/piedmont-test-log.XXXXXX)
status=0
dotnet test PiedmontSystem.sln -c Release --no-build -nologo "$@" 2>&1 | tee "$log" || status=$?

# The OpenAPI documents against the running platform: a contradiction fails the run (and counts
# as one failed test in the closing line). PIEDMONT_FUZZ_GATEWAY reuses a running gateway;
# PIEDMONT_SKIP_FUZZ=1 leaves the pass out (e.g. with a test filter).
fuzz=skipped
if [ -z "${PIEDMONT_SKIP_FUZZ:-}" ]; then
  echo "Fuzz pass over the OpenAPI documents…"
  if scripts/fuzz.sh ${PIEDMONT_FUZZ_GATEWAY:+"$PIEDMONT_FUZZ_GATEWAY"}; then fuzz=passed; else fuzz=failed; status=1; fi
fi

# One closing line for the whole run, summed over the test assemblies (and the fuzz pass).
awk -v fuzz="$fuzz" '/(Passed|Failed)!  - Failed:/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) }
     }
     END { if (fuzz == "passed") p++; if (fuzz == "failed") f++; printf "Tests: %d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
exit "$status"
