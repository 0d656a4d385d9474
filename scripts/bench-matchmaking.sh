#!/usr/bin/env bash
# Meet the corporates: the meeting scheduler against first-come on a seeded session of 60 buyers at
# their own tables, 400 start-ups/SMEs (a fifth of them, and some buyers, arriving late, leaving
# early or taking a break), 2,400 accepted requests and 16 slots. Prints, per scheduler, meetings
# placed, the upper bound and the share of it placed, high-priority requests placed, participants'
# idle slots between meetings (total, and mean per participant with two or more) and the median
# time to schedule, then the scheduler/first-come ratio of meetings placed; then a König session
# (bipartite, everyone present, no one with more requests than slots), where the scheduler places
# every request and first-come does not. Exits non-zero when a schedule breaks a rule or the König
# session is not fully placed. Then part 2, scripts/bench-booking.sh: 200 clients booking the same
# slots through a throwaway platform, 0 double bookings. Call through `./piedmont bench matchmaking`.
# Environment: BENCH_SEED (2026), BENCH_RUNS (9 timed runs, after one warm-up).
set -euo pipefail
cd "$(dirname "$0")/.."

bench=tools/MatchmakingBench/bin/Release/net10.0/PiedmontSystem.MatchmakingBench.dll
# `./piedmont bench` has built the solution; run on its own, the script builds only the bench, once.
[ -f "$bench" ] || dotnet build tools/MatchmakingBench -c Release -nologo -v quiet >&2

status=0
echo "== Part 1: scheduling a session"
dotnet "$bench" "${BENCH_SEED:-2026}" "${BENCH_RUNS:-9}" || status=$?

echo
echo "== Part 2: concurrent self-booking through the gateway (a throwaway platform)"
scripts/bench-booking.sh || status=$?

exit $status
