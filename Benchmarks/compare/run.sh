#!/usr/bin/env bash
# Compares `zhx extract` with jionlp and Microsoft Recognizers-Text on the Corpus (speed and the
# money records each finds that the other does not). Makes a virtualenv under Benchmarks/.venv-compare
# (git-ignored), builds zhx in release mode, then runs compare.py; extra arguments go to compare.py
# (`--no-zhx`, `--seconds 5`, `--copies 20`, `--corpus DIR`; see `compare.py --help`).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
venv="$repo/Benchmarks/.venv-compare"

[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
# recognizers-text exists on PyPI only as pre-releases, and imports emoji.UNICODE_EMOJI,
# which emoji 2.0 removed.
"$venv/bin/pip" install -q --disable-pip-version-check \
    "jionlp==1.5.31" "recognizers-text-suite==1.0.2a2" "emoji<2"

zhx_args=()
if [[ " $* " != *" --no-zhx "* ]]; then
    if ! (cd "$repo" && swift build -c release --static-swift-stdlib --product zhx >&2); then
        echo "run.sh: the release build of zhx failed; comparing the peers only" >&2
        zhx_args=(--no-zhx)
    fi
fi
exec "$venv/bin/python" "$here/compare.py" "${zhx_args[@]}" "$@"
