#!/usr/bin/env bash
# The test command: installs everything (Debian's Chromium included), then runs every
# check in order and stops at the first failure. Each step prints its duration; the last
# line sums up, and the exit status is non-zero if anything failed.
#
#   1 install   2 fmt   3 workflows (actionlint)   4 clippy (host)   5 clippy (wasm32)
#   6 native tests   7 wasm tests in headless Chromium   8 trunk build --release
#   9 the single-file build   10 Playwright e2e on dist/ (and the single file)
#
# With CI=true, cargo and Trunk also refuse to change Cargo.lock (--locked).
set -uo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT" || exit 1

locked=()
if [[ "${CI:-}" == "true" ]]; then locked=(--locked); fi

names=()
results=()
failed=false
total_started=$(date +%s%N)

# elapsed_since START_NS: seconds since START_NS, one decimal.
elapsed_since() { awk -v ns="$(($(date +%s%N) - $1))" 'BEGIN { printf "%.1f", ns / 1e9 }'; }

# step NAME COMMAND...: runs COMMAND unless an earlier step failed; records the outcome.
step() {
  local name="$1"
  shift
  names+=("$name")
  if $failed; then
    results+=("not run")
    return
  fi
  printf '\n==> [%d] %s: %s\n' "${#names[@]}" "$name" "$*"
  local started
  started=$(date +%s%N)
  if "$@"; then
    results+=("passed in $(elapsed_since "$started") s")
  else
    results+=("FAILED after $(elapsed_since "$started") s")
    failed=true
  fi
  printf '<== %s: %s\n' "$name" "${results[-1]}"
}

# e2e: Playwright against dist/, served on a free loopback port (several people may run
# the tests at once on one machine).
e2e() {
  local port
  port=$(node -e 'const s = require("net").createServer();
    s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });') || return 1
  E2E_PORT="$port" playwright test
}

step "install" scripts/install.sh --browser
step "fmt" cargo fmt --all -- --check
step "workflows (actionlint)" scripts/check-workflows.sh
step "clippy (host)" cargo clippy "${locked[@]}" --all-targets -- -D warnings
step "clippy (wasm32)" cargo clippy "${locked[@]}" --all-targets --target "$WASM_TARGET" -- -D warnings
step "tests (native)" cargo test "${locked[@]}"
step "tests (wasm32, headless Chromium)" scripts/wasm-tests.sh "${locked[@]}"
step "trunk build --release" scripts/release-build.sh "${locked[@]}"
step "single file (build-single.sh)" scripts/build-single.sh --from dist
step "e2e (Playwright, Chromium)" e2e

passed=0 failures=0 skipped=0
printf '\n'
for i in "${!names[@]}"; do
  printf 'test.sh: %-36s %s\n' "${names[$i]}" "${results[$i]}"
  case "${results[$i]}" in
    passed*) passed=$((passed + 1)) ;;
    FAILED*) failures=$((failures + 1)) ;;
    *) skipped=$((skipped + 1)) ;;
  esac
done
printf 'test.sh: all steps took %s s\n' "$(elapsed_since "$total_started")"
# The last line keeps the plain "N passed, N failed[, N skipped]" form CI summaries read.
printf 'test.sh: %d passed, %d failed, %d skipped\n' "$passed" "$failures" "$skipped"
[[ $failures == 0 ]]
