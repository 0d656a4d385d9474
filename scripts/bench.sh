#!/usr/bin/env bash
# Benchmarks, on a throwaway copy of the platform (call through `./piedmont bench`):
#  1. the gateway's cost: one small service endpoint (the registry's public organisation profile,
#     one indexed database read) called directly and through the gateway, same concurrency, same
#     run; prints p50, p99 and requests/s of both and their ratios;
#  2. the outbox's promptness: commit-to-consumer latency of OrganisationRegistered from the
#     registry to the funding service, read from the two databases (outbox occurred_at →
#     inbox processed_at), p50 and p99.
# Environment: BENCH_CONNECTIONS (32), BENCH_SECONDS (10 per round), BENCH_ROUNDS (3), BENCH_EVENTS (300).
set -euo pipefail
cd "$(dirname "$0")/.."

connections=${BENCH_CONNECTIONS:-32}
seconds=${BENCH_SECONDS:-10}
events=${BENCH_EVENTS:-300}
gateway_port=${PIEDMONT_GATEWAY_PORT:-6080}
service_port=${PIEDMONT_SERVICE_BASE_PORT:-6081}
data=$(mktemp -d /tmp/piedmont-bench.XXXXXX)
chmod 755 "$data" # the servers run as their own users and must reach their folders
log="$data/platform.log"

# The benchmark measures overhead, not the rate limiter: lift it for this run.
export Gateway__RateLimit__BurstLimit=100000000 Gateway__RateLimit__RequestsPerSecond=100000000
export Logging__LogLevel__Default=Warning
dotnet tools/LocalRunner/bin/Release/net10.0/PiedmontSystem.LocalRunner.dll run --data-dir "$data" \
  --gateway-port "$gateway_port" --service-base-port "$service_port" \
  --postgres-port "${PIEDMONT_POSTGRES_PORT:-56432}" --rabbitmq-port "${PIEDMONT_RABBITMQ_PORT:-56672}" \
  --rabbitmq-management-port "${PIEDMONT_RABBITMQ_MANAGEMENT_PORT:-56673}" --rabbitmq-dist-port "${PIEDMONT_RABBITMQ_DIST_PORT:-56674}" \
  >"$log" 2>&1 &
runner=$!
cleanup() {
  kill -TERM "$runner" 2>/dev/null || true
  wait "$runner" 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT

echo "Starting a throwaway platform (log: $log)…"
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$gateway_port/health/services" >/dev/null && break
  kill -0 "$runner" 2>/dev/null || { cat "$log"; echo "The platform failed to start." >&2; exit 1; }
  sleep 1
done

token=$(dotnet tools/LocalRunner/bin/Release/net10.0/PiedmontSystem.LocalRunner.dll token --role organisation-user --org 00000000-0000-0000-0000-00000000b001)
register() {
  curl -sf -X POST "http://127.0.0.1:$gateway_port/api/registry/organisations" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"legalName\":\"Benchmark organisation $1\",\"kind\":\"enterprise\",\"province\":\"TO\"}"
}
id=$(register 0 | jq -r .id)
path="/api/registry/organisations/$id"

measure() { # name url → "name p50_ms p99_ms rps"
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "$2" | awk -v name="$1" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
    $1 == "Requests/sec:" { rps = $2 }
    $0 ~ /Non-2xx/ { bad = $NF }
    END { if (bad) { print "non-2xx answers for " name ": " bad > "/dev/stderr"; exit 1 } printf "%s %.3f %.3f %.1f\n", name, p50, p99, rps }'
}

direct_url="http://127.0.0.1:$service_port$path"
gateway_url="http://127.0.0.1:$gateway_port$path"
echo "Gateway overhead: GET $path, $connections connections, 2 wrk threads, ${seconds} s per round"
# Warm both paths up (JIT tiering, connection pools), then alternate rounds so that neither
# side is favoured by the machine's state; each figure is the mean of ${BENCH_ROUNDS:-3} rounds.
wrk -t2 -c"$connections" -d5s "$direct_url" >/dev/null
wrk -t2 -c"$connections" -d5s "$gateway_url" >/dev/null
rounds=$(for _ in $(seq 1 "${BENCH_ROUNDS:-3}"); do measure direct "$direct_url"; measure gateway "$gateway_url"; done)
echo "$rounds" | awk '
  { n[$1]++; p50[$1] += $2; p99[$1] += $3; rps[$1] += $4 }
  END {
    printf "%-10s %10s %10s %12s\n", "", "p50 (ms)", "p99 (ms)", "requests/s"
    split("direct gateway", names, " ")
    for (i = 1; i <= 2; i++) { k = names[i]; printf "%-10s %10.3f %10.3f %12.1f\n", k, p50[k] / n[k], p99[k] / n[k], rps[k] / n[k] }
    printf "%-10s %9.2fx %9.2fx %11.2fx   (gateway / direct; aim p50 <= 1.6x, throughput >= 0.6x)\n", "ratio",
      p50["gateway"] / p50["direct"], p99["gateway"] / p99["direct"], rps["gateway"] / rps["direct"]
  }'

echo
echo "Outbox: $events registrations through the gateway, 8 at a time; commit-to-consumer latency (registry → funding)"
export -f register; export token gateway_port
seq 1 "$events" | xargs -P 8 -I{} bash -c 'register {} >/dev/null'
password=$(jq -r .PostgresPassword "$data/credentials.json")
psql_port=${PIEDMONT_POSTGRES_PORT:-56432}
query() { PGPASSWORD=$password psql -h 127.0.0.1 -p "$psql_port" -U postgres -d "$1" -At -F ' ' -c "$2"; }
for _ in $(seq 1 100); do
  [ "$(query fundingdb "SELECT count(*) FROM inbox_messages")" -ge "$((events + 1))" ] && break
  sleep 0.2
done
query registrydb "SELECT id, extract(epoch FROM occurred_at) FROM outbox_messages" >"$data/sent"
query fundingdb "SELECT message_id, extract(epoch FROM processed_at) FROM inbox_messages" >"$data/received"
awk 'NR == FNR { sent[$1] = $2; next } ($1 in sent) { print ($2 - sent[$1]) * 1000 }' "$data/sent" "$data/received" | sort -n | awk '
  { v[NR] = $1 }
  END {
    if (NR == 0) { print "no events arrived"; exit 1 }
    printf "events delivered: %d   p50: %.1f ms   p99: %.1f ms   max: %.1f ms   (aim p50 < 100 ms)\n", NR, v[int(NR * 0.5) + (NR * 0.5 > int(NR * 0.5))], v[int(NR * 0.99) + (NR * 0.99 > int(NR * 0.99))], v[NR]
  }'
