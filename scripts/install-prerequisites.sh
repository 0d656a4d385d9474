#!/usr/bin/env bash
# Installs what the platform needs from Debian's packages, only when missing (needs root).
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
[ ${#packages[@]} -eq 0 ] && exit 0

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
