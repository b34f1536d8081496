#!/usr/bin/env bash
# The serve command: installs what is missing (no browser), then serves a release build
# of the lab at http://127.0.0.1:8080/ with Trunk, rebuilding when a source file changes.
#
#   scripts/serve.sh                 port 8080 on 127.0.0.1
#   PORT=9000 scripts/serve.sh       another port
#   scripts/serve.sh --open          extra arguments go to `trunk serve`
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

"$REPO_ROOT/scripts/install.sh"
cd "$REPO_ROOT"
say "serving on http://127.0.0.1:${PORT:-8080}/ (Ctrl-C stops)"
exec trunk serve --release --address 127.0.0.1 --port "${PORT:-8080}" "$@"
