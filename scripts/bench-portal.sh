#!/usr/bin/env bash
# The portal's home page (the opportunities feed) and the feed's JSON, through the gateway of a
# throwaway platform, with 100 and then 10,000 opportunities in the portal's read model, 8
# concurrent users: p50 and p99 of each at both sizes and the ratio of the p50s (aims: within 1.5x;
# the home page's p50 under 50 ms on 2 cores). Opportunities are inserted into the read model
# (web/Opportunities/OpportunityConfiguration.cs names its table) as the consumers would leave
# them: the figures are the pages' own, not the events'. Call through `./piedmont bench portal`.
# Environment: BENCH_CONNECTIONS (8), BENCH_SECONDS (10 per endpoint).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/throwaway-platform.sh

# 8 users from one address: lift the gateway's per-client rate limit, as the other benchmarks do.
export Gateway__RateLimit__BurstLimit=100000000 Gateway__RateLimit__RequestsPerSecond=100000000
connections=${BENCH_CONNECTIONS:-8}
seconds=${BENCH_SECONDS:-10}
gateway="http://127.0.0.1:$gateway_port"
endpoints=(
  "home|/"
  "home-filtered|/?kind=enterprise&sizeClass=small&spi=HEALTH&province=TO"
  "feed-json|/api/opportunities"
  "feed-json-filtered|/api/opportunities?kind=enterprise&sizeClass=small&spi=HEALTH&province=TO"
)

# seed FIRST LAST: opportunities FIRST..LAST, of every type, open, deadlines spread over two years,
# a third open to any kind of organisation, the others to some kinds, sizes, provinces and SPIs.
seed() {
  psql_query portaldb "
    INSERT INTO opportunities (id, type, code, title_it, title_en, opens_at, deadline_at, closed_at, withdrawn,
      open_to_kinds, open_to_size_classes, open_to_provinces, priority_systems, innovative_startups_only,
      startups_or_smes_only, owner_organisation_id, budget_eur, detail, place, country, starts_at, path, published_at, changed_at)
    SELECT id, type, 'BENCH-' || i, 'Opportunità di prova ' || i, 'Benchmark opportunity ' || i,
      now() - interval '1 day', now() + interval '1 day' + (i * 97 % 1051200) * interval '1 minute', NULL, false,
      -- The arrays list the codes admitted, the whole reference list where there is no limit.
      CASE WHEN i % 3 = 0 THEN '{enterprise,university,research-body,tech-park,incubator,bank-foundation,third-sector,training-body,public-body}'::text[]
           WHEN i % 3 = 1 THEN '{enterprise}'::text[] ELSE '{enterprise,university}'::text[] END,
      CASE WHEN i % 4 = 0 THEN '{micro,small,medium}'::text[] ELSE '{micro,small,medium,large,unknown}'::text[] END,
      CASE WHEN i % 5 = 0 THEN ARRAY[(ARRAY['TO','AL','AT','BI','CN','NO','VB','VC'])[1 + i % 8]] ELSE '{TO,AL,AT,BI,CN,NO,VB,VC}'::text[] END,
      CASE WHEN i % 2 = 0 THEN ARRAY[(ARRAY['AEROSPACE','MOBILITY','MANUFACTURING','GREEN_TECH','FOOD','HEALTH'])[1 + i % 6]]
           ELSE '{AEROSPACE,MOBILITY,MANUFACTURING,GREEN_TECH,FOOD,HEALTH}'::text[] END,
      false, false, NULL, 1000000, NULL, 'Torino', 'IT', NULL,
      CASE type WHEN 'call' THEN '/calls/' WHEN 'intake' THEN '/intakes/' WHEN 'session' THEN '/matchmaking/sessions/'
        WHEN 'event' THEN '/internationalisation/events/' ELSE '/internationalisation/partnering/' END || id,
      now(), now()
    FROM (SELECT i, gen_random_uuid() AS id, (ARRAY['call','intake','session','event','partnering'])[1 + i % 5] AS type
          FROM generate_series($1, $2) i) s;
    ANALYZE opportunities;" >/dev/null
}

measure_all() { # label
  for endpoint in "${endpoints[@]}"; do
    wrk -t2 -c"$connections" -d3s "$gateway${endpoint#*|}" >/dev/null # warm-up
    wrk_percentiles "$1:${endpoint%%|*}" "$gateway${endpoint#*|}" "$connections" "$seconds"
  done
}

start_platform
results=""
seed 1 100
# A fresh platform compiles as it goes: warm every endpoint up before the first measurement, or
# the 100 run would measure the JIT and the ratio would flatter the 10,000 run.
for endpoint in "${endpoints[@]}"; do wrk -t2 -c"$connections" -d8s "$gateway${endpoint#*|}" >/dev/null; done
echo "Opportunities in the read model: $(psql_query portaldb "SELECT count(*) FROM opportunities")"
results+=$(measure_all 100)$'\n'
seed 101 10000
echo "Opportunities in the read model: $(psql_query portaldb "SELECT count(*) FROM opportunities")"
results+=$(measure_all 10000)$'\n'
stop_platform

echo
echo "Portal through the gateway, $connections connections, ${seconds} s each (latency in ms)"
echo "$results" | awk -F'[: ]' '
  NF >= 5 { key = $2; if ($1 == "100") { a50[key] = $3; a99[key] = $4; order[++n] = key } else { b50[key] = $3; b99[key] = $4; rps[key] = $5 } }
  END {
    printf "%-20s %9s %9s %11s %11s %9s %9s\n", "endpoint", "100 p50", "100 p99", "10k p50", "10k p99", "10k req/s", "p50 ratio"
    for (i = 1; i <= n; i++) { k = order[i]; printf "%-20s %9.2f %9.2f %11.2f %11.2f %9.1f %8.2fx\n", k, a50[k], a99[k], b50[k], b99[k], rps[k], b50[k] / a50[k] }
    print "(aims: p50 at 10,000 within 1.5x of p50 at 100; the home page p50 under 50 ms)"
  }'
