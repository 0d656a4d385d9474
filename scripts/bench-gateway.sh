#!/usr/bin/env bash
# Benchmarks on a throwaway copy of the platform (call through `./piedmont bench gateway`):
#  1. the gateway's cost: one small service endpoint (the registry's public organisation profile,
#     one indexed database read) called directly and through the gateway, same concurrency, same
#     run; prints p50, p99 and requests/s of both and their ratios;
#  2. the outbox's promptness: commit-to-consumer latency of OrganisationRegistered from the
#     registry to the funding service, read from the two databases (outbox occurred_at →
#     inbox processed_at), p50 and p99.
# Environment: BENCH_CONNECTIONS (32), BENCH_SECONDS (10 per round), BENCH_ROUNDS (3), BENCH_EVENTS (300).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/throwaway-platform.sh

connections=${BENCH_CONNECTIONS:-32}
seconds=${BENCH_SECONDS:-10}
events=${BENCH_EVENTS:-300}

# The benchmark measures overhead, not the rate limiter: lift it for this run.
export Gateway__RateLimit__BurstLimit=100000000 Gateway__RateLimit__RequestsPerSecond=100000000
echo "Starting a throwaway platform…"
start_platform

token=$(dotnet "$runner_dll" token --role organisation-user --org 00000000-0000-0000-0000-00000000b001)
register() {
  curl -sf -X POST "http://127.0.0.1:$gateway_port/api/registry/organisations" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"legalName\":\"Benchmark organisation $1\",\"fiscalCode\":\"$2\",\"kind\":\"enterprise\",\"province\":\"TO\"}"
}
id=$(register 0 RSSMRA85T10A562S | jq -r .id)
path="/api/registry/organisations/$id"
direct_url="http://127.0.0.1:$service_port$path"
gateway_url="http://127.0.0.1:$gateway_port$path"

echo "Gateway overhead: GET $path, $connections connections, 2 wrk threads, ${seconds} s per round"
# Warm both paths up (JIT tiering, connection pools), then alternate rounds so that neither
# side is favoured by the machine's state; each figure is the mean of the rounds.
wrk -t2 -c"$connections" -d5s "$direct_url" >/dev/null
wrk -t2 -c"$connections" -d5s "$gateway_url" >/dev/null
rounds=$(for _ in $(seq 1 "${BENCH_ROUNDS:-3}"); do
  wrk_percentiles direct "$direct_url" "$connections" "$seconds"
  wrk_percentiles gateway "$gateway_url" "$connections" "$seconds"
done)
echo "$rounds" | awk '
  { n[$1]++; p50[$1] += $2; p99[$1] += $3; rps[$1] += $4 }
  END {
    printf "%-10s %10s %10s %12s\n", "", "p50 (ms)", "p99 (ms)", "requests/s"
    split("direct gateway", names, " ")
    for (i = 1; i <= 2; i++) { k = names[i]; printf "%-10s %10.3f %10.3f %12.1f\n", k, p50[k] / n[k], p99[k] / n[k], rps[k] / n[k] }
    printf "%-10s %9.2fx %9.2fx %11.2fx   (gateway / direct; aim p50 <= 1.15x, throughput >= 0.85x)\n", "ratio",
      p50["gateway"] / p50["direct"], p99["gateway"] / p99["direct"], rps["gateway"] / rps["direct"]
  }'

echo
echo "Outbox: $events registrations through the gateway, 8 at a time; commit-to-consumer latency (registry → funding)"
export -f register; export token gateway_port
seq 1 "$events" | xargs -P 8 -I{} bash -c 'register {} RSSMRA85T10A562S >/dev/null'
for _ in $(seq 1 100); do
  [ "$(psql_query fundingdb "SELECT count(*) FROM inbox_messages WHERE message_type = 'OrganisationRegistered'")" -ge "$((events + 1))" ] && break
  sleep 0.2
done
psql_query registrydb "SELECT id, extract(epoch FROM occurred_at) FROM outbox_messages WHERE message_type LIKE '%organisation-registered%'" >"$data/sent"
psql_query fundingdb "SELECT message_id, extract(epoch FROM processed_at) FROM inbox_messages" >"$data/received"
# Only the benchmark's own registrations: the seeded organisations were announced at start.
tail -n "$((events + 1))" "$data/sent" >"$data/sent.own"
awk 'NR == FNR { sent[$1] = $2; next } ($1 in sent) { print ($2 - sent[$1]) * 1000 }' "$data/sent.own" "$data/received" | sort -n | awk '
  { v[NR] = $1 }
  END {
    if (NR == 0) { print "no events arrived"; exit 1 }
    printf "events delivered: %d   p50: %.1f ms   p99: %.1f ms   max: %.1f ms   (aim p50 < 100 ms)\n", NR, v[int(NR * 0.5) + (NR * 0.5 > int(NR * 0.5))], v[int(NR * 0.99) + (NR * 0.99 > int(NR * 0.99))], v[NR]
  }'
