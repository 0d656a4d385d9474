#!/usr/bin/env bash
# Webhook delivery under load (issue 13), through the gateway of a throwaway platform: 20 partners'
# endpoints on loopback receive 10,000 organisation-registered events, each from a real commit in
# the registry; then the same with one endpoint never answering, and its recovery. Prints commit to
# partner p50/p99, deliveries/s, the healthy endpoints' p99 ratio between the runs, and what was lost
# (must be 0). Call through `./piedmont bench webhooks`.
# Environment: BENCH_SUBSCRIPTIONS (20), BENCH_EVENTS (10000).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/throwaway-platform.sh

# A 2-second call timeout and at most 10 s of rest for a failing endpoint, so that the run with a dead
# endpoint and its recovery take minutes, not the hours of the production schedule.
export PartnerHub__Webhooks__Timeout=00:00:02 PartnerHub__Webhooks__MaxPause=00:00:10
start_platform

dotnet tools/WebhooksBench/bin/Release/net10.0/PiedmontSystem.WebhooksBench.dll "http://127.0.0.1:$gateway_port" \
  "${BENCH_SUBSCRIPTIONS:-20}" "${BENCH_EVENTS:-10000}" 2
echo
read -r events deliveries attempts < <(psql_query partnerhubdb "
  SELECT (SELECT count(*) FROM partner_events), (SELECT count(*) FROM webhook_deliveries WHERE status = 'Delivered'), (SELECT count(*) FROM webhook_attempts)")
echo "partnerhubdb: $events events kept, $deliveries deliveries delivered, $attempts calls logged."
