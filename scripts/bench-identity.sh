#!/usr/bin/env bash
# The identity service under load (issue 12), on a throwaway platform:
# 1. sign-in and token issuance: 20 people sign in at once through the gateway (authorization code +
#    PKCE, a fresh session each time), 5 rounds; p50/p99 of the password form, the token request
#    and the whole flow;
# 2. what the services pay to validate the identity service's RS256 tokens (keys from its discovery
#    document) against today's HS256 development tokens: the same read, alternating, straight to
#    the registry and through the gateway; p50/p99 and the ratio.
# Call through `./piedmont bench identity`. Environment: BENCH_PEOPLE (20), BENCH_ROUNDS (5), BENCH_REQUESTS (3000).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/throwaway-platform.sh

people=${BENCH_PEOPLE:-20}
password="quartz-lantern-$(date +%s)-meadow"
# The runner passes Identity__* on: the identity service creates these people at its start
# (Development only), after the runner's own seven (indices 0-6).
for i in $(seq 1 "$people"); do
  index=$((100 + i))
  export "Identity__DevelopmentPeople__${index}__Email=bench-officer-$i@bench.example"
  export "Identity__DevelopmentPeople__${index}__Password=$password"
  export "Identity__DevelopmentPeople__${index}__DisplayName=Bench officer $i"
  export "Identity__DevelopmentPeople__${index}__Role=regional-officer"
done
export Gateway__RateLimit__BurstLimit=100000000 Gateway__RateLimit__RequestsPerSecond=100000000

start_platform
dotnet tools/IdentityBench/bin/Release/net10.0/PiedmontSystem.IdentityBench.dll \
  "http://127.0.0.1:$gateway_port" "http://127.0.0.1:$service_port" "bench-officer-{0}@bench.example" "$password" \
  "$people" "${BENCH_ROUNDS:-5}" "${BENCH_REQUESTS:-3000}"
