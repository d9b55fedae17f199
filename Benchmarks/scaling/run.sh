#!/usr/bin/env bash
# Builds zhx as the README does and times it on one core and on several (scaling.py, whose
# options it passes on: --rounds, --jobs, --only, --work, --big-copies).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
(cd "$repo" && swift build -c release --static-swift-stdlib --product zhx >&2)
exec python3 "$here/scaling.py" --zhx "$repo/.build/release/zhx" "$@"
