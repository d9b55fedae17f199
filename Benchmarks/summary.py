#!/usr/bin/env python3
"""Runs the benchmarks and prints MB/s of UTF-8 input, mallocs and peak memory per benchmark.

Every benchmark iteration is one pass over the corpus (the `.txt` files under `Corpus/`, gold
annotations left out), so MB/s = throughput (passes per second) x corpus size. The figures are
medians (p50) over the benchmark's samples. Extra arguments go to `swift package benchmark`
(for instance `--filter 'tokenize/.*'`).

Usage, from the repository or this folder:  python3 Benchmarks/summary.py [--filter REGEX]
"""

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "Corpus"


def corpus_bytes() -> int:
    """The UTF-8 size of the corpus, counted as BenchmarkCorpus.swift counts it."""
    return sum(p.stat().st_size for p in CORPUS.rglob("*.txt") if "gold" not in p.relative_to(CORPUS).parts)


def run_benchmarks(extra: list[str]) -> tuple[list[dict], list[str]]:
    """The JMH results of the run, and the tool's reports of benchmarks whose setup or teardown
    failed (the tool leaves those out of the results and still exits 0)."""
    command = ["swift", "package", "benchmark", "--format", "jmh", "--path", "stdout", "--no-progress", *extra]
    done = subprocess.run(command, cwd=HERE, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"summary.py: {' '.join(command)} exited {done.returncode}:\n{done.stderr[-3000:]}")
    failures = []
    for stream in (done.stdout, done.stderr):
        lines = stream.splitlines()
        for i, line in enumerate(lines):
            if "setup failed" in line or "teardown failed" in line:
                failures.append("\n".join(lines[i:i + 4]))
    for line in done.stdout.splitlines():
        if line.startswith("["):
            return json.loads(line), failures
    sys.exit(f"summary.py: no JMH results in the output of {' '.join(command)}:\n{done.stdout[-3000:]}\n" + "\n".join(failures))


def p50(metric: dict) -> float:
    return metric["scorePercentiles"]["50.0"]


def main() -> int:
    size = corpus_bytes()
    load_before = os.getloadavg()[0]
    results, failures = run_benchmarks(sys.argv[1:])
    print(f"Corpus: {size:,} bytes of UTF-8; medians (p50) of each benchmark's samples; load average "
          f"{load_before:.1f} before, {os.getloadavg()[0]:.1f} after (on {os.cpu_count()} cores)\n")
    print("| benchmark | MB/s | passes/s | mallocs per pass | peak RSS (MB) |")
    print("|---|---:|---:|---:|---:|")
    for element in sorted(results, key=lambda e: e["benchmark"]):
        name = element["benchmark"].split(".", 3)[-1]
        passes = p50(element["primaryMetric"])
        secondary = element["secondaryMetrics"]
        mallocs = p50(secondary["Malloc (total)"]) if "Malloc (total)" in secondary else float("nan")
        peak = p50(secondary["Memory (resident peak)"]) / 1e6 if "Memory (resident peak)" in secondary else float("nan")
        print(f"| {name} | {passes * size / 1e6:,.1f} | {passes:,.0f} | {mallocs:,.0f} | {peak:,.1f} |")
    for failure in failures:
        print(f"\nFAILED (left out above):\n{failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
