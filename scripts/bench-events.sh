#!/usr/bin/env bash
# International events under load (issue 11), through the gateway of a throwaway platform:
# 1. a registration rush: 500 organisations registered in the registry (the internationalisation
#    service hears of them by its events), a trade mission with 100 places, and every organisation's
#    client registering at the same instant; must give 100 confirmed, 400 wait-listed in arrival
#    order, nothing else; the database must hold exactly 100 confirmed registrations;
# 2. a B2B day of 150 (110 registered organisations, 40 foreign guests): 6-8 meeting requests per
#    participant (seeded), most accepted, then the scheduler through the API; meetings requested,
#    placed, the upper bound and the schedule's time; no participant or table twice in a slot, in
#    the agendas and in the database.
# Exits non-zero when a rule fails. Call through `./piedmont bench events`.
# Environment: BENCH_CLIENTS (500), BENCH_PLACES (100), BENCH_B2B_PARTICIPANTS (150), BENCH_B2B_GUESTS (40), BENCH_SEED (2026).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/throwaway-platform.sh

start_platform

places=${BENCH_PLACES:-100}
ids="$data/events-bench.ids"
status=0
dotnet tools/EventsBench/bin/Release/net10.0/PiedmontSystem.EventsBench.dll "http://127.0.0.1:$gateway_port" "$ids" \
  "${BENCH_CLIENTS:-500}" "$places" "${BENCH_B2B_PARTICIPANTS:-150}" "${BENCH_B2B_GUESTS:-40}" "${BENCH_SEED:-2026}" || status=$?

# What the database holds, whatever the API said.
echo
rush_event=$(sed -n 's/^rush_event=//p' "$ids" 2>/dev/null || true)
if [ -n "$rush_event" ]; then
  read -r confirmed waiting positions first last < <(psql_query internationalisationdb "
    SELECT count(*) FILTER (WHERE status = 'Confirmed'), count(*) FILTER (WHERE status = 'WaitListed'),
           count(DISTINCT wait_list_position), coalesce(min(wait_list_position), 0), coalesce(max(wait_list_position), 0)
    FROM event_registrations WHERE event_id = '$rush_event'")
  echo "internationalisationdb, the rush's event: $confirmed confirmed registrations (must be $places), $waiting wait-listed at $positions distinct positions $first..$last."
  [ "$confirmed" = "$places" ] || { echo "CAPACITY BROKEN IN THE DATABASE: $confirmed confirmed for $places places." >&2; status=1; }
else
  echo "No rush event to check in the database." >&2
  status=1
fi
b2b_event=$(sed -n 's/^b2b_event=//p' "$ids" 2>/dev/null || true)
if [ -n "$b2b_event" ]; then
  read -r placed participant_doubles table_doubles < <(psql_query internationalisationdb "
    WITH placed AS (SELECT * FROM b2b_meeting_requests WHERE event_id = '$b2b_event' AND slot IS NOT NULL),
         seats AS (SELECT from_participant_id AS participant, slot FROM placed UNION ALL SELECT to_participant_id, slot FROM placed)
    SELECT (SELECT count(*) FROM placed),
           (SELECT count(*) FROM (SELECT 1 FROM seats GROUP BY participant, slot HAVING count(*) > 1) p),
           (SELECT count(*) FROM (SELECT 1 FROM placed GROUP BY slot, table_number HAVING count(*) > 1) t)")
  echo "internationalisationdb, the B2B day: $placed meetings placed; participants twice in a slot: $participant_doubles, tables twice in a slot: $table_doubles (both must be 0)."
  [ "$participant_doubles" = 0 ] && [ "$table_doubles" = 0 ] || { echo "DOUBLE BOOKING IN THE DATABASE." >&2; status=1; }
else
  echo "No B2B day to check in the database." >&2
  status=1
fi
exit $status
