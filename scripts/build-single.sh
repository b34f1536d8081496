#!/usr/bin/env bash
# Writes the whole lab as ONE HTML file (the JS, the wasm and the CSS inlined), for an LMS
# file upload or to open from disk (file://). See README, "A single file".
#
#   scripts/build-single.sh               trunk build --release into target/single-dist,
#                                          then write dist-single/producer-consumer-lab.html
#   scripts/build-single.sh --from dist   inline an existing release build instead
#   OUT=lab.html scripts/build-single.sh  another output path
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

from=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --from) from="${2:?--from needs a directory}"; shift 2 ;;
    -h | --help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument: $1 (try --help)" ;;
  esac
done
out="${OUT:-dist-single/producer-consumer-lab.html}"

if [[ -z "$from" ]]; then
  from="${CARGO_TARGET_DIR:-target}/single-dist"
  trunk build --release --dist "$from"
fi
[[ -f "$from/index.html" ]] || die "no $from/index.html: build first (trunk build --release)"
mkdir -p "$(dirname "$out")"
node scripts/inline-single.mjs "$from" "$out"
