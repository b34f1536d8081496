#!/usr/bin/env bash
# Cross-check the simulator's Go mode against the real Go runtime in virtual time.
#
#   tools/go-crosscheck/compare.sh [crosscheck.py options, e.g. --random 300 --seed 1 --procs 1 --show]
#
# Needs Go (Debian: apt-get install golang-go; tested with go1.19.8) and python3. Builds
# main.go once with `-tags faketime` (the playground's fake clock) using only the standard
# library, builds pc-trace (or uses $SIM), then runs every scenario on both and compares.
# Environment: SIM=path to a pc-trace binary (skips the cargo build), GOMAXPROCS is set
# per run from --procs (default 1).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="${WORK:-$(mktemp -d /tmp/go-crosscheck.XXXXXX)}"
export GOFLAGS=-mod=mod GOPROXY=off GO111MODULE=off
export GOCACHE="${GOCACHE:-/tmp/go-crosscheck-gocache}"
go version
(cd "$here" && go build -tags faketime -o "$work/gocc" main.go)
if [[ -z "${SIM:-}" ]]; then
  (cd "$repo" && timeout 900 cargo build --release --quiet --bin pc-trace)
  SIM="$repo/target/release/pc-trace"
fi
exec python3 "$here/crosscheck.py" --go "$work/gocc" --sim "$SIM" "$@"
