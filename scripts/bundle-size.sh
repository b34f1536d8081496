#!/usr/bin/env bash
# Prints what a visitor downloads, page by page: raw, gzip -9 and brotli (quality 11,
# Node's zlib) sizes of the release build in dist/, by kind (wasm, JS, CSS, HTML, other),
# for the scenario page, the program page, a first visit with the offline copy, and the
# whole build (scripts/bundle-size.mjs says which files each one counts).
#
#   scripts/bundle-size.sh              measures dist/ as it is (after trunk build --release)
#   scripts/bundle-size.sh --build      runs install.sh and trunk build --release first
#   scripts/bundle-size.sh --markdown   prints Markdown tables (for the README)
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

build=false markdown=false
for arg in "$@"; do
  case "$arg" in
    --build) build=true ;;
    --markdown) markdown=true ;;
    -h | --help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument: $arg (try --help)" ;;
  esac
done

if $build; then
  scripts/install.sh
  trunk build --release
fi
[[ -f dist/index.html ]] || die "no dist/index.html: run 'trunk build --release' first (or pass --build)"
compgen -G 'dist/*.wasm' >/dev/null || die "no .wasm in dist/: is it a Trunk build?"
newer="$(find src static index.html Cargo.toml Cargo.lock Trunk.toml -newer dist/index.html \
  -print -quit 2>/dev/null || true)"
[[ -z "$newer" ]] || say "warning: $newer is newer than dist/; pass --build to measure the sources"

node scripts/bundle-size.mjs $($markdown && echo --markdown) dist
