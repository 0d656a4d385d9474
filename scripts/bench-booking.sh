#!/usr/bin/env bash
# Meet the corporates booking: many clients booking the same slots at the same instant, through the
# gateway of a throwaway platform. 200 start-ups are registered in the registry (the accelerator
# hears of them by its events), register for an opt-out, self-booking session with 10 buyers and ask
# one buyer each; then, slot after slot, every client not booked yet books the same slot at once.
# Prints bookings attempted, succeeded, 409 slot-taken and anything else, latency, and the double
# bookings found in the agenda afterwards (must be 0). Call through `./piedmont bench booking`.
# Environment: BENCH_CLIENTS (200), BENCH_BUYERS (10).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/throwaway-platform.sh

start_platform

status=0
dotnet tools/BookingBench/bin/Release/net10.0/PiedmontSystem.BookingBench.dll "http://127.0.0.1:$gateway_port" \
  "${BENCH_CLIENTS:-200}" "${BENCH_BUYERS:-10}" || status=$?

# What the database holds, whatever the API said: live meetings sharing an organisation, buyer or table in a slot.
echo "Double bookings in acceleratordb (live meetings sharing an organisation, buyer or table in a slot):" \
  "$(psql_query acceleratordb "
    SELECT (SELECT count(*) FROM (SELECT 1 FROM meetings WHERE status <> 'Cancelled' GROUP BY session_id, participant_organisation_id, slot HAVING count(*) > 1) p)
         + (SELECT count(*) FROM (SELECT 1 FROM meetings WHERE status <> 'Cancelled' GROUP BY session_id, buyer_id, slot HAVING count(*) > 1) b)
         + (SELECT count(*) FROM (SELECT 1 FROM meetings WHERE status <> 'Cancelled' GROUP BY session_id, table_number, slot HAVING count(*) > 1) t)")"
exit $status
