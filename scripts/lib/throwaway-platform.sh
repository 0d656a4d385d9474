# Sourced by the benchmark scripts: a throwaway copy of the platform on its own ports and data
# folder, stopped and removed when the script exits. Extra settings go through the environment
# (the runner passes Gateway__*, Registry__*, Messaging__*, Logging__* on to every process).
# Its ports differ from ./piedmont run's (both below Linux's outgoing range 32768-60999; see
# PlatformDefaults in tools/LocalInfrastructure/LoopbackPorts.cs), so both can run at once.
#
#   start_platform        starts it and waits until every service is healthy; sets $data
#   stop_platform         stops it (also done on exit)
#   psql_query DB SQL     runs a query on one of its databases

gateway_port=${PIEDMONT_GATEWAY_PORT:-6080}
service_port=${PIEDMONT_SERVICE_BASE_PORT:-6081}
# Management ports (metrics) a hundred above the services': 6181… here, 6381… for the platform tests.
management_port=${PIEDMONT_MANAGEMENT_BASE_PORT:-$((service_port + 100))}
postgres_port=${PIEDMONT_POSTGRES_PORT:-26432}
runner_dll=tools/LocalRunner/bin/Release/net10.0/PiedmontSystem.LocalRunner.dll

start_platform() {
  data=$(mktemp -d /tmp/piedmont-bench.XXXXXX)
  chmod 755 "$data" # the servers run as their own users and must reach their folders
  export Logging__LogLevel__Default=Warning
  dotnet "$runner_dll" run --data-dir "$data" \
    --gateway-port "$gateway_port" --service-base-port "$service_port" --management-base-port "$management_port" \
    --postgres-port "$postgres_port" \
    --rabbitmq-port "${PIEDMONT_RABBITMQ_PORT:-26672}" --rabbitmq-management-port "${PIEDMONT_RABBITMQ_MANAGEMENT_PORT:-26673}" \
    --rabbitmq-dist-port "${PIEDMONT_RABBITMQ_DIST_PORT:-26674}" >"$data/platform.log" 2>&1 &
  runner=$!
  trap stop_platform EXIT
  for _ in $(seq 1 300); do
    # Healthy, not only ready (Degraded): the buses must be connected before events are measured.
    [ "$(curl -s "http://127.0.0.1:$gateway_port/health/services" | jq -r .status 2>/dev/null)" = Healthy ] && return 0
    kill -0 "$runner" 2>/dev/null || { cat "$data/platform.log"; echo "The platform failed to start." >&2; exit 1; }
    sleep 1
  done
  echo "The platform did not become healthy in 300 s (log: $data/platform.log)." >&2
  exit 1
}

stop_platform() {
  [ -n "${runner:-}" ] || return 0
  kill -TERM "$runner" 2>/dev/null || true
  wait "$runner" 2>/dev/null || true
  rm -rf "$data"
  runner=""
}

psql_query() {
  PGPASSWORD=$(jq -r .PostgresPassword "$data/credentials.json") \
    psql -h 127.0.0.1 -p "$postgres_port" -U postgres -d "$1" -At -F ' ' -c "$2"
}

# wrk_percentiles NAME URL CONNECTIONS SECONDS → "NAME p50_ms p99_ms requests_per_s"; fails on non-2xx answers.
wrk_percentiles() {
  wrk -t2 -c"$3" -d"$4s" --latency "$2" | awk -v name="$1" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
    $1 == "Requests/sec:" { rps = $2 }
    $0 ~ /Non-2xx/ { bad = $NF }
    END { if (bad) { print "non-2xx answers for " name ": " bad > "/dev/stderr"; exit 1 } printf "%s %.3f %.3f %.1f\n", name, p50, p99, rps }'
}
