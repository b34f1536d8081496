#!/usr/bin/env bash
# Prints what a visitor downloads: raw, gzip -9 and brotli (quality 11, Node's zlib) sizes
# of the release build in dist/, by kind (wasm, JS, CSS, HTML, other) and in total.
#
#   scripts/bundle-size.sh              measures dist/ as it is (after trunk build --release)
#   scripts/bundle-size.sh --build      runs install.sh and trunk build --release first
#   scripts/bundle-size.sh --markdown   prints a Markdown table (for the README)
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

build=false markdown=false
for arg in "$@"; do
  case "$arg" in
    --build) build=true ;;
    --markdown) markdown=true ;;
    -h | --help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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

# grouped N: 1234567 -> 1,234,567 (no locale needed).
grouped() { sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/' -e 'ta' <<<"$1"; }

# kind_of FILE: the row a file counts in.
kind_of() {
  case "$1" in
    *.wasm) echo wasm ;;
    *.js) echo JS ;;
    *.css) echo CSS ;;
    *.html) echo HTML ;;
    *) echo other ;;
  esac
}

# brotli_size FILE: bytes after brotli at its highest quality (no brotli CLI needed).
brotli_size() {
  node -e 'const z = require("zlib"); const q = z.constants.BROTLI_PARAM_QUALITY;
    const data = require("fs").readFileSync(process.argv[1]);
    process.stdout.write(String(z.brotliCompressSync(data, { params: { [q]: 11 } }).length));' "$1"
}

declare -A raw=() gz=() br=() count=()
kinds=(wasm JS CSS HTML other)
for kind in "${kinds[@]}" total; do raw[$kind]=0 gz[$kind]=0 br[$kind]=0 count[$kind]=0; done
while IFS= read -r -d '' file; do
  kind="$(kind_of "$file")"
  bytes=$(wc -c <"$file")
  zipped=$(gzip -9 -c "$file" | wc -c)
  brotli=$(brotli_size "$file")
  for row in "$kind" total; do
    raw[$row]=$((raw[$row] + bytes))
    gz[$row]=$((gz[$row] + zipped))
    br[$row]=$((br[$row] + brotli))
    count[$row]=$((count[$row] + 1))
  done
done < <(find dist -type f ! -path 'dist/.stage/*' -print0 | sort -z)

if $markdown; then
  printf '| file kind | files | raw bytes | gzip -9 bytes | brotli bytes |\n|---|---:|---:|---:|---:|\n'
else
  printf '%-6s %5s %12s %14s %14s\n' kind files raw "gzip -9" brotli
fi
for kind in "${kinds[@]}" total; do
  [[ ${count[$kind]} -gt 0 || $kind == total ]] || continue
  if $markdown; then
    printf '| %s | %d | %s | %s | %s |\n' "$kind" "${count[$kind]}" \
      "$(grouped "${raw[$kind]}")" "$(grouped "${gz[$kind]}")" "$(grouped "${br[$kind]}")"
  else
    printf '%-6s %5d %12s %14s %14s\n' "$kind" "${count[$kind]}" \
      "$(grouped "${raw[$kind]}")" "$(grouped "${gz[$kind]}")" "$(grouped "${br[$kind]}")"
  fi
done
