#!/usr/bin/env bash
# An OpenAPI-driven pass over every service, through the gateway (call through `./piedmont fuzz`):
# Portman turns each service's document into contract and fuzzed variation requests, Newman sends
# them three times (a regional officer, an organisation user, anonymous) through Prism, a proxy
# that checks every request and answer against the document. Prints the server errors (5xx) and
# the contradictions of the documents, listing each; exits 1 on any contradiction.
#
#   scripts/fuzz.sh                 starts a throwaway platform (ports: PIEDMONT_* as for benchmarks)
#   scripts/fuzz.sh GATEWAY_URL     runs against a running gateway, e.g. http://127.0.0.1:5080
# Environment: FUZZ_PRISM_PORT (first of four ports, 6090), FUZZ_KEEP (keep the work folder).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
tools=tools/fuzz/node_modules/.bin
[ -x "$tools/portman" ] || { echo "The fuzz tools are not installed: run scripts/install-prerequisites.sh --fuzz." >&2; exit 1; }
runner_dll=tools/LocalRunner/bin/Release/net10.0/PiedmontSystem.LocalRunner.dll

gateway=${1:-}
if [ -z "$gateway" ]; then
  source scripts/lib/throwaway-platform.sh
  # The pass is a burst of requests from one client: lift the gateway's rate limit for it.
  export Gateway__RateLimit__BurstLimit=100000000 Gateway__RateLimit__RequestsPerSecond=100000000
  echo "Starting a throwaway platform…"
  start_platform
  gateway="http://127.0.0.1:$gateway_port"
fi
gateway=${gateway%/}

work=$(mktemp -d /tmp/piedmont-fuzz.XXXXXX)
prism_pids=()
finish() {
  for pid in "${prism_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  [ -n "${FUZZ_KEEP:-}" ] && echo "Work folder kept: $work" || rm -rf "$work"
  if declare -F stop_platform >/dev/null; then stop_platform; fi
}
trap finish EXIT

token() { dotnet "$runner_dll" token "$@"; }
officer=$(token --role regional-officer)
organisation_user=$(token --role organisation-user --org 00000000-0000-0000-0000-00000000f001)
services=$(curl -sf "$gateway/health/services" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).services.map(x=>x.name).join(" ")))')

# One validating proxy per service in front of the gateway (each answer carries its findings in
# an sl-violations header) and one collection per service, all prepared at once.
port=${FUZZ_PRISM_PORT:-6090}
runs=()
ports=()
for service in $services; do
  curl -sf "$gateway/openapi/$service.json" -o "$work/$service.json"
  "$tools/prism" proxy "$work/$service.json" "$gateway" --host 127.0.0.1 --port "$port" --errors=false >"$work/$service.prism.log" 2>&1 &
  prism_pids+=($!)
  # Portman keeps scratch files in its working folder: the work folder, not the repository.
  (cd "$work" && "$root/$tools/portman" --local "$service.json" --baseUrl "http://127.0.0.1:$port" \
    --portmanConfigFile "$root/tools/fuzz/portman-config.json" --output "$service.collection.json" >"$service.portman.log" 2>&1) &
  ports+=("$service $port")
  port=$((port + 1))
done
# Identity by identity, so that the runs going on together go to different proxies.
for identity in officer organisation-user anonymous; do
  for entry in "${ports[@]}"; do
    read -r service proxy_port <<<"$entry"
    runs+=("$service $identity $proxy_port")
  done
done
wait_for_collections() {
  for service in $services; do
    for _ in $(seq 1 300); do [ -s "$work/$service.collection.json" ] && break; sleep 0.2; done
    [ -s "$work/$service.collection.json" ] || { cat "$work/$service.portman.log" >&2; exit 1; }
  done
}
wait_for_collections
for run in "${runs[@]}"; do
  read -r _ _ proxy_port <<<"$run"
  for _ in $(seq 1 300); do curl -s -o /dev/null "http://127.0.0.1:$proxy_port/" && break; sleep 0.2; done
done

newman_run() {
  local service=$1 identity=$2 token=
  case "$identity" in
    officer) token=$officer ;;
    organisation-user) token=$organisation_user ;;
  esac
  "$root/$tools/newman" run "$work/$service.collection.json" --env-var "token=$token" --reporters json \
    --reporter-json-export "$work/$service.$identity.newman.json" --timeout-request 30000 >/dev/null 2>&1 || true
}
export -f newman_run
export root tools work officer organisation_user
echo "Fuzzing $services through $gateway…"
printf '%s\n' "${runs[@]}" | xargs -P 3 -L 1 bash -c 'newman_run "$0" "$1"'
for run in "${runs[@]}"; do
  read -r service identity _ <<<"$run"
  [ -s "$work/$service.$identity.newman.json" ] || { echo "Newman produced no report for $service ($identity)." >&2; exit 1; }
done

node tools/fuzz/report.js "$work"/*.newman.json
