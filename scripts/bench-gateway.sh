#!/usr/bin/env bash
# Benchmarks on a throwaway copy of the platform (call through `./piedmont bench gateway`):
#  1. the gateway's cost: one small service endpoint (the registry's public organisation profile,
#     one indexed database read) called directly and through the gateway, same concurrency, same
#     run; prints p50, p99 and requests/s of both and their ratios;
#  2. the outbox's promptness: commit-to-consumer latency of OrganisationRegistered from the
#     registry to the funding service after 16 warm-up registrations, read from the two
#     databases (outbox occurred_at → inbox processed_at): p50, p90, p99, max and how many events fall in each latency bucket.
# Environment: BENCH_PART (all, or gateway, or outbox), BENCH_CONNECTIONS (32), BENCH_SECONDS (10
# per round), BENCH_ROUNDS (3), BENCH_EVENTS (300).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/throwaway-platform.sh

connections=${BENCH_CONNECTIONS:-32}
seconds=${BENCH_SECONDS:-10}
events=${BENCH_EVENTS:-300}
part=${BENCH_PART:-all}
case "$part" in all | gateway | outbox) ;; *) echo "BENCH_PART must be all, gateway or outbox" >&2; exit 2 ;; esac

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

if [ "$part" != outbox ]; then
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
fi

if [ "$part" != gateway ]; then
echo
echo "Outbox: $events registrations through the gateway, 8 at a time; commit-to-consumer latency (registry → funding)"
export -f register; export token gateway_port
# Warm-up, not measured: the first requests of a fresh process pay for JIT compilation and cold
# caches (about 1 s for the first 8 events on the development machine).
seq 1 16 | xargs -P 8 -I{} bash -c 'register "warm-up {}" RSSMRA85T10A562S >/dev/null'
seq 1 "$events" | xargs -P 8 -I{} bash -c 'register {} RSSMRA85T10A562S >/dev/null'
# Wait until funding has applied every one of them (or 20 s have passed).
own="message_type LIKE '%organisation-registered%' AND payload->>'legalName' LIKE 'Benchmark organisation %' AND payload->>'legalName' NOT LIKE '%warm-up%'"
for _ in $(seq 1 100); do
  sent=$(psql_query registrydb "SELECT string_agg(quote_literal(id), ',') FROM outbox_messages WHERE $own")
  [ "$(psql_query fundingdb "SELECT count(*) FROM inbox_messages WHERE message_id IN ($sent)")" -ge "$events" ] && break
  sleep 0.2
done
# Only the benchmark's own registrations (the seeded organisations were announced at start, and
# the gateway part registered one more), chosen by name rather than by row order.
psql_query registrydb "SELECT id, extract(epoch FROM occurred_at), extract(epoch FROM sent_at) FROM outbox_messages WHERE $own AND payload->>'legalName' <> 'Benchmark organisation 0'" >"$data/sent.own"
psql_query fundingdb "SELECT message_id, extract(epoch FROM processed_at) FROM inbox_messages" >"$data/received"
awk 'NR == FNR { sent[$1] = $2; next } ($1 in sent) { print ($2 - sent[$1]) * 1000 }' "$data/sent.own" "$data/received" | sort -n | awk -v expected="$events" '
  function pct(p) { return v[int(NR * p) + (NR * p > int(NR * p))] }
  { v[NR] = $1 }
  END {
    if (NR == 0) { print "no events arrived"; exit 1 }
    printf "events delivered: %d of %d   p50: %.1f ms   p90: %.1f ms   p99: %.1f ms   max: %.1f ms   (aim p50 < 100 ms, p99 < 250 ms)\n", NR, expected, pct(0.5), pct(0.9), pct(0.99), v[NR]
    n = split("25 50 100 250 500 1000 2500 5000", edge, " ")
    printf "%-14s %8s\n", "latency", "events"
    lower = 0; i = 1
    for (b = 1; b <= n + 1; b++) {
      count = 0
      while (i <= NR && (b > n || v[i] < edge[b])) { count++; i++ }
      label = b > n ? sprintf(">= %d ms", edge[n]) : sprintf("%d-%d ms", lower, edge[b])
      printf "%-14s %8d\n", label, count
      if (b <= n) lower = edge[b]
    }
  }'
# Where the time goes: the publishing side (staged → confirmed by the broker) against the whole.
awk '$3 != "" { print ($3 - $2) * 1000 }' "$data/sent.own" | sort -n | awk '
  function pct(p) { return v[int(NR * p) + (NR * p > int(NR * p))] }
  { v[NR] = $1 }
  END { if (NR > 0) printf "of which staged → confirmed by the broker (the publishing side): p50 %.1f ms   p90 %.1f ms   p99 %.1f ms   max %.1f ms\n", pct(0.5), pct(0.9), pct(0.99), v[NR] }'
fi
