#!/usr/bin/env bash
# Installs what the platform needs from Debian's packages, only when missing (needs root), and
# the test run's npm tools (`--fuzz`; `./piedmont test` too): the fuzz pass's, pinned by
# tools/fuzz/package-lock.json, and the AsyncAPI tests', pinned by tools/asyncapi/package-lock.json.
#   --bench     wrk and psql for the benchmarks
#   --fuzz      node, npm and the fuzz tools
#   --browser   Debian's chromium and axe-core (npm, tools/browser), for the portal's browser tests
#   --observe   Prometheus and the PostgreSQL exporter (`./piedmont run --observe`)
#   --promtool  Prometheus' promtool, which the alert rules' tests run (`./piedmont test`)
set -euo pipefail
bench= fuzz= observe= promtool= browser=
for option in "$@"; do
  case "$option" in
    --bench) bench=1 ;;
    --fuzz) fuzz=1 ;;
    --observe) observe=1 ;;
    --promtool) promtool=1 ;;
    --browser) browser=1 ;;
    *) echo "usage: $0 [--bench] [--fuzz] [--observe] [--promtool] [--browser]" >&2; exit 2 ;;
  esac
done
packages=()
[ -x /usr/lib/postgresql/15/bin/postgres ] || packages+=(postgresql-15)
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || packages+=(rabbitmq-server)
# The README's examples (and the README test) use curl and jq.
command -v curl >/dev/null || packages+=(curl)
command -v jq >/dev/null || packages+=(jq)
if [ -n "$bench" ]; then
  command -v wrk >/dev/null || packages+=(wrk)
  command -v psql >/dev/null || packages+=(postgresql-client-15)
fi
if [ -n "$fuzz" ] || [ -n "$browser" ]; then
  command -v npm >/dev/null || packages+=(nodejs npm)
fi
# The browser tests drive Debian's chromium through Playwright (whose own download cannot be reached).
if [ -n "$browser" ]; then
  [ -x /usr/bin/chromium ] || packages+=(chromium)
fi
# promtool comes with Debian's prometheus package (about 15 s to install on 2 cores).
if [ -n "$observe" ] || [ -n "$promtool" ]; then
  [ -x /usr/bin/promtool ] && [ -x /usr/bin/prometheus ] || packages+=(prometheus)
fi
if [ -n "$observe" ]; then
  [ -x /usr/bin/prometheus-postgres-exporter ] || packages+=(prometheus-postgres-exporter)
fi

install_test_tools() {
  local tools dir wanted=() installs=()
  [ -n "$fuzz" ] && wanted+=(fuzz asyncapi)
  [ -n "$browser" ] && wanted+=(browser)
  for tools in "${wanted[@]}"; do
    dir="$(dirname "$0")/../tools/$tools"
    # Installed once from the lock file (into the git-ignored node_modules); later runs need no network.
    if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
      echo "Installing the $tools tools (tools/$tools/package-lock.json)…"
      # All at once: each mostly waits on the registry.
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) &
      installs+=($!)
    fi
  done
  for install in "${installs[@]}"; do
    wait "$install" || { echo "npm ci failed for one of: ${wanted[*]}." >&2; return 1; }
  done
}

if [ ${#packages[@]} -eq 0 ]; then
  install_test_tools
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "Missing packages: ${packages[*]}. Install them as root: apt-get install -y ${packages[*]}" >&2
  exit 1
fi
echo "Installing ${packages[*]} from Debian's packages…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# The packages' own services are not wanted: the platform runs private instances on its own
# loopback ports (Debian's prometheus would listen on every interface).
apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
for service in rabbitmq-server postgresql prometheus prometheus-postgres-exporter; do
  if command -v service >/dev/null && service "$service" status >/dev/null 2>&1; then
    service "$service" stop >/dev/null 2>&1 || true
  fi
done
install_test_tools
