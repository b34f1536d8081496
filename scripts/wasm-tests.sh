#!/usr/bin/env bash
# The wasm32 tests: only the test targets that hold `wasm_bindgen_test`s, in headless
# Chromium (or Node, for a file without `run_in_browser`) through wasm-bindgen-test-runner.
#
#   scripts/wasm-tests.sh [--locked] [-- TEST ARGS]
#
# `cargo test --target wasm32-unknown-unknown` alone would also build, link and start all
# the native test files for wasm, about sixty, and the runner runs none of their `#[test]`s
# (they are not wasm-bindgen tests): a minute of linking on a cold machine and half a
# minute of empty runs on a warm one. The list is found, not kept: a test file (or a
# directory's main.rs) that mentions `wasm_bindgen_test` is a wasm test target, and the
# library's own tests join when src/ has one. Clippy (wasm32, --all-targets) still checks
# that every test compiles for wasm.
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

targets=()
for file in tests/*.rs tests/*/main.rs; do
  if grep -q 'wasm_bindgen_test' "$file"; then
    name="${file#tests/}"
    name="${name%/main.rs}"
    targets+=(--test "${name%.rs}")
  fi
done
if grep -rqs 'wasm_bindgen_test' src; then targets+=(--lib); fi
[[ ${#targets[@]} -gt 0 ]] || die "no wasm test target found under tests/"
cargo test "$@" --target "$WASM_TARGET" "${targets[@]}"
