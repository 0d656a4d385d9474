#!/usr/bin/env bash
# Deadline day: proposals submitted by many concurrent clients in the last minute before a call's
# deadline and on past it, at a base rate and at 50x that rate, through the gateway of a throwaway
# platform. Prints accepted submissions/s, p50/p95/p99 latency per load and the p95 ratio (aim:
# within 3x), and checks that every submission before the deadline was accepted, every one after
# refused, with zero 5xx. Call through `./piedmont bench deadline`.
# Environment: BENCH_RATE (10 submissions/s at 1x), BENCH_WINDOW_SECONDS (60), BENCH_AFTER_SECONDS (10),
# BENCH_ORGANISATIONS (1000), BENCH_CLIENTS (200), BENCH_MULTIPLIER (50: the peak load is 50x the base rate).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/throwaway-platform.sh

organisations=${BENCH_ORGANISATIONS:-1000}
start_platform

# The applicants, as the funding service's copy of the registry holds them (the registry's events
# would put them there too; inserting them directly keeps the set-up out of the measurement).
psql_query fundingdb "
  INSERT INTO registry_organisations (organisation_id, legal_name, vat_number, kind, province, size_class, innovative_startup, ateco_code, priority_systems, registered_at, changed_at)
  SELECT gen_random_uuid(), 'Deadline bench ' || i, NULL, 'enterprise', 'TO', 'small', false, NULL, '{}', now(), now()
  FROM generate_series(1, $organisations) AS i" >/dev/null
ids=$(mktemp /tmp/piedmont-bench-orgs.XXXXXX)
psql_query fundingdb "SELECT organisation_id FROM registry_organisations WHERE legal_name LIKE 'Deadline bench %'" >"$ids"
echo "Applicants: $(wc -l <"$ids")"

status=0
dotnet tools/DeadlineBench/bin/Release/net10.0/PiedmontSystem.DeadlineBench.dll "http://127.0.0.1:$gateway_port" "$ids" \
  "${BENCH_RATE:-10}" "${BENCH_WINDOW_SECONDS:-60}" "${BENCH_AFTER_SECONDS:-10}" "${BENCH_CLIENTS:-200}" "${BENCH_MULTIPLIER:-50}" || status=$?
rm -f "$ids"
exit $status
