#!/usr/bin/env python3
"""Runs `zhx extract` as the map step of a PySpark job and writes the records as a dataset.

The driver lists the input files (folders walked as `zhx extract` walks them: sorted, hidden
entries skipped, only *.txt and *.text unless --include says otherwise), spreads the paths over
the partitions, and each partition runs one `zhx extract` process on its paths, either

  --mode partitions  `mapPartitions` + `subprocess.run([zhx, "extract", *paths])`, or
  --mode pipe        `rdd.pipe("zhx extract --files-from - --quiet", checkCode=True)`.

Each record becomes a row with the contract's common fields as typed columns (schema, doc, type,
text, start, end, line, pattern) and the type-specific fields in one JSON column `fields`, kept
exactly as zhx wrote them (numbers are exact decimals: no floating-point column is made for them).
The rows are written as JSON Lines and Parquet under --out.

With --expect FILE (the output of a direct `zhx extract` run on the same inputs), it reads both
datasets back and prints PASS when each holds exactly those records (compared as sorted multisets),
FAIL otherwise, with counts; the exit code is 0 for PASS, 1 for FAIL.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import shlex
import subprocess
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

from pyspark.sql import SparkSession
from pyspark.sql.types import LongType, StringType, StructField, StructType

COMMON = [("schema", LongType()), ("doc", StringType()), ("type", StringType()), ("text", StringType()),
          ("start", LongType()), ("end", LongType()), ("line", LongType()), ("pattern", StringType())]
SCHEMA = StructType([StructField(name, kind, nullable=False) for name, kind in COMMON]
                    + [StructField("fields", StringType(), nullable=False)])
COMMON_NAMES = [name for name, _ in COMMON]


def walk(inputs: list[str], include: list[str]) -> list[str]:
    """Files under `inputs` as `zhx extract` lists them: files named are taken as given; folders
    are walked recursively in sorted order, hidden entries skipped, and only names matching an
    `include` glob kept (zhx's default: *.txt, *.text)."""
    found = []
    for path in inputs:
        if not os.path.exists(path):
            sys.exit(f"zhx_spark.py: {path}: no such file or folder")
        if not os.path.isdir(path):
            found.append(path)
            continue
        for name in sorted(os.listdir(path)):
            child = os.path.join(path, name)
            if name.startswith("."):
                continue
            if os.path.isdir(child):
                found.extend(walk([child], include))
            elif any(fnmatch.fnmatchcase(name, glob) for glob in include):
                found.append(child)
    return found


def exact_json(value) -> str:
    """JSON text for a value parsed with Decimal numbers, writing each number exactly."""
    if isinstance(value, dict):
        return "{" + ",".join(f"{json.dumps(k, ensure_ascii=False)}:{exact_json(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(exact_json(v) for v in value) + "]"
    if isinstance(value, Decimal):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def parse_record(line: str) -> dict:
    return json.loads(line, parse_float=Decimal, parse_int=Decimal)


def to_row(line: str) -> tuple:
    """A dataset row for one JSON line written by zhx."""
    record = parse_record(line)
    fields = {k: v for k, v in record.items() if k not in COMMON_NAMES}
    common = tuple(int(record[k]) if isinstance(record[k], Decimal) else record[k] for k in COMMON_NAMES)
    return common + (exact_json(fields),)


def canonical(record: dict) -> str:
    """One record as a canonical string (keys sorted, numbers normalized), for comparing sets."""
    def normal(value):
        if isinstance(value, dict):
            return {k: normal(value[k]) for k in sorted(value)}
        if isinstance(value, list):
            return [normal(v) for v in value]
        if isinstance(value, Decimal):
            return Decimal(format(value.normalize(), "f"))  # 5.00 and 5 alike, without exponent
        return value
    return exact_json(normal(record))


def from_row(row) -> str:
    record = {name: Decimal(row[name]) if isinstance(row[name], int) else row[name] for name in COMMON_NAMES}
    record.update(parse_record(row["fields"]))
    return canonical(record)


def run_partition(zhx: str, workdir: str):
    """The map step of --mode partitions: one zhx process on the partition's paths."""
    def run(paths):
        paths = list(paths)
        if not paths:
            return
        done = subprocess.run([zhx, "extract", "--quiet", *paths], cwd=workdir, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"zhx extract exited {done.returncode} on {len(paths)} files: {done.stderr[-2000:]}")
        yield from (line for line in done.stdout.splitlines() if line.strip())
    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", help="files or folders, relative to the working directory")
    parser.add_argument("--zhx", required=True, help="the zhx binary")
    parser.add_argument("--mode", choices=["partitions", "pipe"], default="partitions")
    parser.add_argument("--partitions", type=int, default=2)
    parser.add_argument("--include", action="append", help="glob of file names to read in folders "
                        "(repeatable; default, as zhx: *.txt *.text)")
    parser.add_argument("--out", type=Path, default=Path("out"), help="dataset folder (json/ and parquet/ inside)")
    parser.add_argument("--expect", type=Path, help="JSON Lines of a direct zhx run to check the datasets against")
    args = parser.parse_args()

    zhx = os.path.abspath(args.zhx)
    workdir = os.getcwd()
    paths = walk(args.inputs, args.include or ["*.txt", "*.text"])
    scratch = (args.out / "spark-tmp").resolve()
    scratch.mkdir(parents=True, exist_ok=True)
    spark = (SparkSession.builder.master(f"local[{args.partitions}]").appName("zhx-extract")
             .config("spark.local.dir", str(scratch))
             .config("spark.driver.extraJavaOptions", f"-Djava.io.tmpdir={scratch} -XX:-UsePerfData")
             .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    try:
        files = spark.sparkContext.parallelize(paths, min(args.partitions, len(paths)) or 1)
        if args.mode == "pipe":
            lines = files.pipe(shlex.join([zhx, "extract", "--files-from", "-", "--quiet"]), checkCode=True)
        else:
            lines = files.mapPartitions(run_partition(zhx, workdir))
        records = spark.createDataFrame(lines.filter(lambda s: s.strip()).map(to_row), SCHEMA).cache()
        json_out, parquet_out = str((args.out / "json").resolve()), str((args.out / "parquet").resolve())
        records.write.mode("overwrite").json(json_out)
        records.write.mode("overwrite").parquet(parquet_out)
        counts = {row["type"]: row["count"] for row in records.groupBy("type").count().collect()}
        print(f"zhx_spark: {len(paths)} files in {files.getNumPartitions()} partitions (mode {args.mode}), "
              f"{sum(counts.values())} records {dict(sorted(counts.items()))}")
        print(f"zhx_spark: wrote {json_out} and {parquet_out}")
        if args.expect is None:
            return 0
        expected = Counter(canonical(parse_record(line))
                           for line in args.expect.read_text(encoding="utf-8").splitlines() if line.strip())
        verdict = 0
        for label, frame in (("json", spark.read.schema(SCHEMA).json(json_out)), ("parquet", spark.read.parquet(parquet_out))):
            got = Counter(from_row(row) for row in frame.collect())
            missing, extra = expected - got, got - expected
            ok = not missing and not extra
            verdict |= not ok
            print(f"{'PASS' if ok else 'FAIL'} {label}: {sum(got.values())} records from Spark, "
                  f"{sum(expected.values())} from the direct run, {sum(missing.values())} missing, {sum(extra.values())} extra")
            for record in sorted(missing)[:5]:
                print(f"  missing {record}")
            for record in sorted(extra)[:5]:
                print(f"  extra   {record}")
        return verdict
    finally:
        spark.stop()


if __name__ == "__main__":
    sys.exit(main())
