#!/usr/bin/env bash
# Installs what the platform needs from Debian's packages, only when missing (needs root), and
# the fuzz pass's npm tools, pinned by tools/fuzz/package-lock.json (`--fuzz`; `./piedmont test` too).
set -euo pipefail
packages=()
[ -x /usr/lib/postgresql/15/bin/postgres ] || packages+=(postgresql-15)
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || packages+=(rabbitmq-server)
# The README's examples (and the README test) use curl and jq.
command -v curl >/dev/null || packages+=(curl)
command -v jq >/dev/null || packages+=(jq)
if [ "${1:-}" = "--bench" ]; then
  command -v wrk >/dev/null || packages+=(wrk)
  command -v psql >/dev/null || packages+=(postgresql-client-15)
fi
fuzz=
if [ "${1:-}" = "--fuzz" ]; then
  fuzz=1
  command -v npm >/dev/null || packages+=(nodejs npm)
  command -v curl >/dev/null || packages+=(curl)
fi

install_fuzz_tools() {
  [ -n "$fuzz" ] || return 0
  local dir
  dir="$(dirname "$0")/../tools/fuzz"
  # Installed once from the lock file; later runs need no network.
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    echo "Installing the fuzz tools (tools/fuzz/package-lock.json)…"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
}

if [ ${#packages[@]} -eq 0 ]; then
  install_fuzz_tools
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "Missing packages: ${packages[*]}. Install them as root: apt-get install -y ${packages[*]}" >&2
  exit 1
fi
echo "Installing ${packages[*]} from Debian's packages…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# The package's own service is not wanted: the platform runs private nodes on its own ports.
apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
for service in rabbitmq-server postgresql; do
  if command -v service >/dev/null && service "$service" status >/dev/null 2>&1; then
    service "$service" stop >/dev/null 2>&1 || true
  fi
done
install_fuzz_tools
