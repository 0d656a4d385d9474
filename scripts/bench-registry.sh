#!/usr/bin/env bash
# The registry's search and list endpoints with 1,000 organisations (3,000 memberships) and at the
# region's real scale, 426,000 organisations (Piedmont's active firms; 1,278,000 memberships), in
# one run: p50 and p99 of each endpoint at both sizes and the ratio of the p50s (aim: within 1.5x).
# Called directly on the registry's port, so the figures are the registry's own. Call through
# `./piedmont bench registry`.
# Environment: BENCH_CONNECTIONS (8), BENCH_SECONDS (5 per endpoint),
# BENCH_LARGE ("426000 1278000": organisations and memberships of the large run).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/throwaway-platform.sh

connections=${BENCH_CONNECTIONS:-8}
seconds=${BENCH_SECONDS:-5}
registry="http://127.0.0.1:$service_port"
# A cursor into the middle of the name-sorted directory: keyset paging should make page n as cheap as page 1.
middle=$(printf '{"name":"m","id":"00000000-0000-0000-0000-000000000000"}' | base64 -w0 | tr '+/' '-_' | tr -d '=')
endpoints=(
  "list-first-page|/api/registry/organisations?limit=50"
  "list-middle-page|/api/registry/organisations?limit=50&cursor=$middle"
  "list-newest|/api/registry/organisations?limit=50&sort=-registeredAt"
  "search-name-prefix|/api/registry/organisations?namePrefix=monviso%20robotica"
  "search-province-size|/api/registry/organisations?province=CN&sizeClass=small"
  "search-cluster|/api/registry/organisations?cluster=CLEVER"
  "search-spi-kind|/api/registry/organisations?spi=HEALTH&kind=enterprise"
  "cluster-members|/api/registry/clusters/ICT/members"
  "clusters|/api/registry/clusters"
)

measure_all() { # label
  for endpoint in "${endpoints[@]}"; do
    wrk -t2 -c"$connections" -d2s "$registry${endpoint#*|}" >/dev/null # warm-up
    wrk_percentiles "$1:${endpoint%%|*}" "$registry${endpoint#*|}" "$connections" "$seconds"
  done
}

results=""
large=${BENCH_LARGE:-426000 1278000}
for scale in "1000 3000" "$large"; do
  read -r organisations memberships <<<"$scale"
  echo "Loading $organisations synthetic organisations and $memberships memberships…"
  export Registry__DemoData__Organisations=$organisations Registry__DemoData__Memberships=$memberships Registry__DemoData__PublishEvents=false
  start_platform
  echo "  loaded: $(psql_query registrydb "SELECT count(*) FROM organisations") organisations, $(psql_query registrydb "SELECT count(*) FROM memberships") memberships"
  results+=$(measure_all "$organisations")$'\n'
  stop_platform
done

echo
echo "Registry endpoints, $connections connections, ${seconds} s each (latency in ms)"
echo "$results" | awk -F'[: ]' '
  NF >= 5 { key = $2; if ($1 == "1000") { a50[key] = $3; a99[key] = $4; order[++n] = key } else { b50[key] = $3; b99[key] = $4 } }
  END {
    printf "%-22s %9s %9s %11s %11s %9s\n", "endpoint", "1k p50", "1k p99", "large p50", "large p99", "p50 ratio"
    for (i = 1; i <= n; i++) { k = order[i]; printf "%-22s %9.2f %9.2f %11.2f %11.2f %8.2fx\n", k, a50[k], a99[k], b50[k], b99[k], b50[k] / a50[k] }
    print "(aim: p50 at the large scale within 1.5x of p50 at 1k)"
  }'
