#!/usr/bin/env bash
# End-to-end check of the PySpark example (not part of CI: about 30 s, plus a one-time ~30 s
# install of pyspark into Examples/spark/.venv, 518 MB, git-ignored).
#
# Builds zhx (release), runs `zhx extract Corpus/` directly, then runs zhx_spark.py on Corpus/ in
# both map modes (mapPartitions + subprocess, and rdd.pipe with --files-from -) and checks that the
# JSON and Parquet datasets hold exactly the direct run's records. Prints PASS/FAIL with counts;
# exits 1 if any check fails. Set ZHX=/path/to/zhx to use an existing binary instead of building.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
venv="$here/.venv"

[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q --disable-pip-version-check "pyspark>=4,<5"

cd "$repo"
if [ -z "${ZHX:-}" ]; then
    swift build -c release --static-swift-stdlib --product zhx >&2
    ZHX="$repo/.build/release/zhx"
fi
mkdir -p "$here/out"
"$ZHX" extract Corpus/ > "$here/out/direct.jsonl"
echo "direct: $(wc -l < "$here/out/direct.jsonl") records from '$(basename "$ZHX") extract Corpus/'"

export PYSPARK_PYTHON="$venv/bin/python" SPARK_LOCAL_IP=127.0.0.1
status=0
for mode in partitions pipe; do
    "$venv/bin/python" "$here/zhx_spark.py" --zhx "$ZHX" --mode "$mode" --out "$here/out/$mode" \
        --expect "$here/out/direct.jsonl" Corpus/ || status=1
done
exit $status
