#!/usr/bin/env bash
# `trunk build --release`, skipped when dist/ already holds the release build of exactly
# these inputs. The test command calls it: a warm run would otherwise spend about 45 s on
# wasm-bindgen and wasm-opt for two bundles that have not changed.
#
#   scripts/release-build.sh [--locked]   build dist/ unless it is up to date
#   FORCE=1 scripts/release-build.sh      build it anyway
#
# The stamp (target/release-build.stamp) holds two hashes: of every input of the build
# (the sources, the static files, the page, the build's scripts and lock files, and the
# tools' versions), and of dist/ as that build left it. Both must match to skip, so a
# `trunk serve` (a debug build into dist/), a hand edit of dist/ or any change to an input
# rebuilds.
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

stamp="${CARGO_TARGET_DIR:-target}/release-build.stamp"

# inputs_hash: one hash over the content of every file the release build reads, its
# arguments and the versions of the tools that make it.
inputs_hash() {
  {
    printf 'args: %s\n' "$*"
    rustc --version
    trunk --version
    wasm-bindgen --version
    wasm-opt --version
    find src static index.html Cargo.toml Cargo.lock Trunk.toml package-lock.json \
      scripts/post-build.mjs scripts/html-attr.mjs .cargo -type f -print0 |
      sort -z | xargs -0 sha256sum
  } | sha256sum | cut -d' ' -f1
}

# dist_hash: one hash over every file in dist/, names and contents.
dist_hash() {
  (cd dist && find . -type f -print0 | sort -z | xargs -0 sha256sum) | sha256sum | cut -d' ' -f1
}

inputs="$(inputs_hash "$@")"
if [[ -z "${FORCE:-}" && -f "$stamp" && -f dist/index.html ]] &&
  [[ "$(cat "$stamp")" == "$inputs $(dist_hash)" ]]; then
  echo "release-build: dist/ is the release build of these inputs already; skipping trunk build (FORCE=1 rebuilds)"
  exit 0
fi
rm -f "$stamp"
trunk build --release "$@"
mkdir -p "$(dirname "$stamp")"
echo "$inputs $(dist_hash)" >"$stamp"
