#!/usr/bin/env bash
# Refreshes the copy of Bootstrap Italia (npm, BSD-3-Clause) that ships with the portal in
# web/wwwroot/lib/bootstrap-italia: the compiled style sheet, the script without its bundled
# third-party plugins (the portal uses no dropdown, tooltip, carousel or video player), the icon
# sprite and the web fonts (woff2 and woff). Committed, so a build needs no network and a page
# loads nothing from anywhere but the portal. Run it to move to another version:
#   web/scripts/update-bootstrap-italia.sh 2.18.3
set -euo pipefail
version="${1:-2.18.3}"
here="$(cd "$(dirname "$0")/.." && pwd)"
target="$here/wwwroot/lib/bootstrap-italia"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "bootstrap-italia@$version" >/dev/null && tar xzf "bootstrap-italia-$version.tgz")
dist="$work/package/dist"
rm -rf "$target"
mkdir -p "$target/css" "$target/js" "$target/svg" "$target/fonts"
cp "$dist/css/bootstrap-italia.min.css" "$target/css/"
cp "$dist/js/bootstrap-italia.min.js" "$target/js/"
cp "$dist/svg/sprites.svg" "$target/svg/"
for family in Titillium_Web Roboto_Mono Lora; do
  mkdir -p "$target/fonts/$family"
  cp "$dist/fonts/$family"/*.woff2 "$dist/fonts/$family"/*.woff "$target/fonts/$family/"
  cp "$dist/fonts/$family"/*.txt "$target/fonts/$family/" 2>/dev/null || true
done
cp "$work/package/LICENSE" "$target/LICENSE"
echo "$version" >"$target/VERSION"
echo "Bootstrap Italia $version copied to $target"
