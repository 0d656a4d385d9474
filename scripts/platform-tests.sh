#!/usr/bin/env bash
# The tests that need the whole platform as a user meets it: one fresh throwaway platform (its own
# ports and data folder, removed afterwards), then, through its gateway,
#   - the README test: every README example, verbatim and in order (scripts/readme-examples.sh);
#   - the OpenAPI fuzz pass: the documents against the platform; a contradiction fails (scripts/fuzz.sh).
#     PIEDMONT_SKIP_FUZZ=1 leaves it out.
# Prints one line per check ("platform test <name>: passed|failed") and exits non-zero if any failed.
set -euo pipefail
cd "$(dirname "$0")/.."

# Ports apart from `./piedmont run` and the benchmarks, so a test run can go on beside either.
export PIEDMONT_GATEWAY_PORT=${PIEDMONT_TEST_GATEWAY_PORT:-6280}
export PIEDMONT_SERVICE_BASE_PORT=${PIEDMONT_TEST_SERVICE_BASE_PORT:-6281}
export PIEDMONT_MANAGEMENT_BASE_PORT=${PIEDMONT_TEST_MANAGEMENT_BASE_PORT:-6381}
export PIEDMONT_POSTGRES_PORT=${PIEDMONT_TEST_POSTGRES_PORT:-23432}
export PIEDMONT_RABBITMQ_PORT=${PIEDMONT_TEST_RABBITMQ_PORT:-23672}
export PIEDMONT_RABBITMQ_MANAGEMENT_PORT=${PIEDMONT_TEST_RABBITMQ_MANAGEMENT_PORT:-23673}
export PIEDMONT_RABBITMQ_DIST_PORT=${PIEDMONT_TEST_RABBITMQ_DIST_PORT:-23674}
# shellcheck source=lib/throwaway-platform.sh
source scripts/lib/throwaway-platform.sh
# The fuzz pass is a burst of requests from one client: lift the gateway's rate limit for this platform.
export Gateway__RateLimit__BurstLimit=100000000 Gateway__RateLimit__RequestsPerSecond=100000000
start_platform
gateway="http://127.0.0.1:$gateway_port"

failed=0
check() {
  local name=$1
  shift
  if "$@"; then
    echo "platform test $name: passed"
  else
    echo "platform test $name: failed"
    failed=$((failed + 1))
  fi
}

# The README first: its examples expect a fresh platform.
check readme-examples scripts/readme-examples.sh "$gateway"
if [ -z "${PIEDMONT_SKIP_FUZZ:-}" ]; then
  check openapi-fuzz scripts/fuzz.sh "$gateway"
fi
exit "$failed"
