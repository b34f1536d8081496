#!/usr/bin/env bash
# Installs every tool the serve and test commands need, skipping (in seconds) whatever
# is already there at the right version, then checks each by running it.
#
#   scripts/install.sh            wasm32 target, rustfmt, clippy, Trunk, wasm-bindgen-cli,
#                                 npm packages from package-lock.json (wasm-opt, Playwright)
#   scripts/install.sh --browser  also Debian's chromium and chromium-driver (for tests)
#
# Cargo tools go to ${CARGO_HOME:-$HOME/.cargo}/bin and are looked for only there.
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

with_browser=false
for arg in "$@"; do
  case "$arg" in
    --browser) with_browser=true ;;
    -h | --help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument: $arg (try --help)" ;;
  esac
done

# require COMMAND HINT: fails loudly when a prerequisite is missing.
require() { command -v "$1" >/dev/null 2>&1 || die "'$1' not found on PATH: $2"; }

# cargo_tool_version NAME: the version NAME in CARGO_BIN reports, or nothing.
cargo_tool_version() {
  [[ -x "$CARGO_BIN/$1" ]] || return 0
  "$CARGO_BIN/$1" --version 2>/dev/null | awk '{ print $2; exit }' || true
}

ensure_rust() {
  require cargo "install Rust with rustup first"
  require rustup "install Rust with rustup first"
  if ! rustup target list --installed | grep -qx "$WASM_TARGET"; then
    say "adding the $WASM_TARGET target"
    rustup target add "$WASM_TARGET"
  fi
  local component
  for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
      say "adding the $component component"
      rustup component add "$component"
    fi
  done
}

# ensure_cargo_tool BINARY VERSION CRATE [EXTRA ARGS...]: cargo install unless present.
ensure_cargo_tool() {
  local binary="$1" version="$2" crate="$3"
  shift 3
  if [[ "$(cargo_tool_version "$binary")" != "$version" ]]; then
    say "installing $crate $version into $CARGO_BIN (takes minutes)"
    # The tools' own release profiles ask for fat LTO and one codegen unit, which makes a
    # cold install several minutes slower on two cores for no gain we can measure: they
    # spend their time waiting on cargo and the browser. Override only for this install.
    CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
      cargo install "$@" "$crate" --version "$version" --root "$(dirname "$CARGO_BIN")"
  fi
  local found
  found="$(cargo_tool_version "$binary")"
  [[ "$found" == "$version" ]] ||
    die "$binary $version is not in $CARGO_BIN after install (found: '${found:-nothing}')"
}

ensure_npm_packages() {
  require node "install Node.js 20 or newer"
  require npm "install Node.js 20 or newer (npm comes with it)"
  local stamp=".stamps/npm-ci" lock_hash
  lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
  if [[ ! -d node_modules || "$(cat "$stamp" 2>/dev/null)" != "$lock_hash" ]]; then
    say "npm ci (from package-lock.json)"
    npm ci --no-audit --no-fund
    mkdir -p .stamps
    printf '%s\n' "$lock_hash" >"$stamp"
  fi
  local found
  found="$(wasm-opt --version 2>/dev/null | awk '{ print $3; exit }' || true)"
  [[ "$found" == "$BINARYEN_VERSION" ]] ||
    die "wasm-opt $BINARYEN_VERSION (npm binaryen) not found in node_modules/.bin (found: '${found:-nothing}'); delete node_modules and rerun"
}

ensure_chromium() {
  if [[ "$(dpkg-query -W -f='${Status}\n' chromium chromium-driver 2>/dev/null |
    grep -c 'install ok installed')" != 2 ]]; then
    local sudo=""
    if [[ "$(id -u)" != 0 ]]; then
      require sudo "run as root, or install chromium and chromium-driver with apt"
      sudo="sudo"
    fi
    say "installing Debian's chromium and chromium-driver"
    $sudo apt-get update
    $sudo apt-get install -y chromium chromium-driver
  fi
  local browser driver
  browser="$(/usr/bin/chromium --version 2>/dev/null | grep -o '[0-9][0-9]*\.' | head -1 || true)"
  driver="$(/usr/bin/chromedriver --version 2>/dev/null | grep -o '[0-9][0-9]*\.' | head -1 || true)"
  [[ -n "$browser" ]] || die "/usr/bin/chromium does not run"
  [[ "$browser" == "$driver" ]] ||
    die "chromium (${browser%.}) and chromedriver (${driver:-none}) majors differ"
  local playwright
  playwright="$(playwright --version 2>/dev/null | awk '{ print $2 }' || true)"
  [[ -n "$playwright" ]] || die "Playwright not found in node_modules/.bin"
  CHROMIUM_MAJOR="${browser%.}"
}

started=$SECONDS
CHROMIUM_MAJOR="not needed"
ensure_rust
ensure_cargo_tool trunk "$TRUNK_VERSION" trunk --locked
# Same version as Cargo.lock's wasm-bindgen. No --locked: its lock file names a
# webpki-roots release that the registry lacks.
bindgen_version="$(wasm_bindgen_version)"
[[ -n "$bindgen_version" ]] || die "no wasm-bindgen in Cargo.lock"
ensure_cargo_tool wasm-bindgen "$bindgen_version" wasm-bindgen-cli
[[ "$(cargo_tool_version wasm-bindgen-test-runner)" == "$bindgen_version" ]] ||
  die "wasm-bindgen-test-runner $bindgen_version missing from $CARGO_BIN"
ensure_npm_packages
if $with_browser; then ensure_chromium; fi
say "ready in $((SECONDS - started)) s: trunk $TRUNK_VERSION, wasm-bindgen $bindgen_version," \
  "wasm-opt $BINARYEN_VERSION, chromium $CHROMIUM_MAJOR"
