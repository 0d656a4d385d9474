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

# Every test host and platform process lives for seconds to minutes: the runtime's profile-guided
# tier (an instrumented copy of each hot method, compiled again later) costs CPU they never win back.
export DOTNET_TieredPGO=0

log=$(mktemp /tmp/piedmont-test-log.XXXXXX)
status=0

# dotnet test starts the solution's test projects in the order PiedmontSystem.sln lists them, as
# many at once as there are cores: the longest (Messaging, Gateway, Accelerator, …) come first there,
# so the short ones fill in beside them instead of one long one running alone at the end.
dotnet test PiedmontSystem.sln -c Release --no-build -nologo "$@" 2>&1 | tee "$log" || status=$?

# Then the tests of the whole platform through its gateway (README examples, the OpenAPI fuzz
# pass), unless the run was narrowed to some tests with dotnet test's own arguments. Not beside the
# assemblies: the run is CPU-bound on two cores (measured), and a third platform starting among
# them made timings slip without making the run shorter.
if [ $# -eq 0 ]; then
  scripts/platform-tests.sh 2>&1 | tee -a "$log" || status=1
fi

# The names of the failed tests again at the end, where a truncated CI log still shows them.
if grep -qE '^\s+Failed [^!]|\[FAIL\]|^platform test .*: failed$' "$log"; then
  echo "Failed tests:"
  grep -E '^\s+Failed [^!]|^platform test .*: failed$' "$log" | sed -E 's/^\s+/  /' | sort -u
fi

# One closing line for the whole run, summed over the test assemblies and the platform tests.
awk '/(Passed|Failed)!  - Failed:/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) }
     }
     /^platform test .*: passed$/ { p++ }
     /^platform test .*: failed$/ { f++ }
     END { printf "Tests: %d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
exit "$status"
