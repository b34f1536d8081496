# shellcheck shell=bash
# Sourced by the other scripts: the repository root, PATH and the settings every tool
# needs on a machine that reaches crates.io, npm, Debian and PyPI but never GitHub.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT

# Cargo-installed tools are looked for in this CARGO_HOME only, never anywhere else on
# PATH, so a fresh CARGO_HOME really is a cold install.
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export CARGO_BIN
# wasm-opt comes from npm (binaryen 132); Trunk finds it on PATH.
export PATH="$CARGO_BIN:$REPO_ROOT/node_modules/.bin:$PATH"

# Trunk's update check calls an API this machine cannot reach.
export TRUNK_SKIP_VERSION_CHECK=true
# Playwright uses Debian's Chromium (/usr/bin/chromium); never download a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export DEBIAN_FRONTEND=noninteractive

# Pinned versions. wasm-bindgen's is read from Cargo.lock; npm's from package-lock.json.
TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132"
WASM_TARGET="wasm32-unknown-unknown"

# say MESSAGE: progress on stderr, prefixed by the calling script's name.
say() { printf '%s: %s\n' "$(basename "$0")" "$*" >&2; }

# die MESSAGE: a loud, specific failure.
die() {
  printf '%s: ERROR: %s\n' "$(basename "$0")" "$*" >&2
  exit 1
}

# wasm_bindgen_version: the wasm-bindgen version Cargo.lock resolved.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { found = 1; next }
       found && /^version = / { gsub(/"/, "", $3); print $3; exit }' \
    "$REPO_ROOT/Cargo.lock"
}
