#!/usr/bin/env bash
# Records every distinct `-v` table that the real OSTEP program prints for the run its
# README shows (`./main-two-cvs-while -l 1 -m 2 -p 1 -c 1 -P 1,0,0,0,0,0,0 -C 0 -v`), for
# tests/monitor_trace_tool.rs. Real threads race after the first rows, so the program
# prints one of several tables; the test accepts exactly the ones recorded here (each run
# adds the tables it has not seen yet).
#
#   OSTEP_SRC=/path/to/ostep-homework/threads-cv tools/ostep-crosscheck/record_readme_run.sh [RUNS]
#
# OSTEP_SRC is a folder with the public threads-cv sources (never committed here).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src="${OSTEP_SRC:?set OSTEP_SRC to the threads-cv source folder}"
runs="${1:-60}"
work="$(mktemp -d /tmp/ostep-readme-run.XXXXXX)"
gcc -o "$work/main-two-cvs-while" "$src/main-two-cvs-while.c" -pthread -w
out="$here/golden/readme-run"
mkdir -p "$out"
for i in $(seq 1 "$runs"); do
  "$work/main-two-cvs-while" -l 1 -m 2 -p 1 -c 1 -P 1,0,0,0,0,0,0 -C 0 -v >"$work/run.txt"
  hash="$(md5sum <"$work/run.txt" | cut -c1-8)"
  cp "$work/run.txt" "$out/variant-$hash.txt"
done
echo "$(ls "$out" | wc -l) distinct tables in $runs runs, in $out"
