#!/usr/bin/env python3
"""Time `zhx extract` as users run it, on one core and on several, and check its output.

Inputs, made from the Corpus in a work folder (`--work`, default a temporary one):
  - many: 1,000 small files (the Corpus copied 250 times),
  - four: 4 files of about 5.8 MB (the Corpus joined 60 times each),
  - one:  1 file of about 188 MB (the Corpus joined 2,000 times; `--big-copies` changes it).

For each input and each `--jobs` value (1, 2 and the number of cores, unless `--jobs` says
otherwise) it runs `zhx extract --quiet --jobs N INPUT > /dev/null` `--rounds` times and prints
the medians of wall-clock time and of CPU time (user + system, from `wait4`), the MB/s of UTF-8
input by wall clock and by CPU time, the speed-up over `--jobs 1`, and the peak resident memory.
One more run per `--jobs` value writes the output to a file: it must be byte for byte the output
with the first `--jobs` value (compared by SHA-256); a difference is reported and makes the exit
code 1.

Numbers only mean something on a machine with nothing else running: on a shared machine, run it
twice and keep the better round. `run.sh` beside this file builds `zhx` and calls this script.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def corpus_texts() -> list[bytes]:
    """The Corpus documents (gold annotations left out), in sorted order."""
    files = sorted(p for p in (REPO / "Corpus").rglob("*.txt") if "gold" not in p.parts)
    return [p.read_bytes() for p in files]


def make_inputs(work: Path, big_copies: int) -> dict[str, Path]:
    """Writes the three inputs under `work` (kept if already there) and returns their paths."""
    texts = corpus_texts()
    joined = b"\n".join(texts) + b"\n"
    inputs = {"many": work / "many", "four": work / "four", "one": work / "one" / f"corpus-x{big_copies}.txt"}
    if not inputs["many"].exists():
        inputs["many"].mkdir(parents=True)
        for copy in range(250):
            for n, text in enumerate(texts):
                (inputs["many"] / f"{copy:03d}-{n}.txt").write_bytes(text)
    if not inputs["four"].exists():
        inputs["four"].mkdir(parents=True)
        for n in range(4):
            (inputs["four"] / f"{n}.txt").write_bytes(joined * 60)
    if not inputs["one"].exists():
        inputs["one"].parent.mkdir(parents=True)
        with inputs["one"].open("wb") as out:
            for _ in range(big_copies):
                out.write(joined)
    return inputs


def size_of(path: Path) -> int:
    """Bytes of the `.txt` files at `path` (a file or a folder)."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*.txt"))


def run_once(zhx: Path, jobs: int, path: Path, out: Path | None) -> tuple[float, float, int]:
    """One run with its output to `out` (`None`: /dev/null): wall seconds, CPU seconds, peak RSS in KB."""
    with (out or Path(os.devnull)).open("wb") as sink:
        started = time.perf_counter()
        process = subprocess.Popen([str(zhx), "extract", "--quiet", "--jobs", str(jobs), str(path)], stdout=sink)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"scaling.py: zhx exited with {code} on {path} with --jobs {jobs}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def digest_of(path: Path) -> str:
    """SHA-256 of a file."""
    digest = hashlib.sha256()
    with path.open("rb") as produced:
        for block in iter(lambda: produced.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--zhx", type=Path, default=REPO / ".build" / "release" / "zhx")
    parser.add_argument("--work", type=Path, help="folder for the inputs and outputs (kept between runs)")
    parser.add_argument("--jobs", type=int, nargs="+", help="--jobs values (default: 1, 2 and the number of cores)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--big-copies", type=int, default=2000, help="Corpus copies in the one big file")
    parser.add_argument("--only", choices=["many", "four", "one"], nargs="+", help="inputs to run (default: all)")
    args = parser.parse_args()
    if not args.zhx.exists():
        raise SystemExit(f"scaling.py: {args.zhx} not found: build it first (run.sh does)")
    cores = os.cpu_count() or 1
    jobs_list = args.jobs or sorted({1, 2, cores})
    work = args.work or Path(tempfile.mkdtemp(prefix="zhx-scaling-"))
    inputs = make_inputs(work, args.big_copies)
    out = work / "out.jsonl"
    differences = 0

    print(f"zhx: {args.zhx}; {cores} cores; medians of {args.rounds} runs; inputs in {work}")
    print(f"{'input':<6} {'MB':>7} {'jobs':>4} {'wall s':>8} {'CPU s':>8} {'MB/s wall':>10} {'MB/s CPU':>9}"
          f" {'speed-up':>8} {'peak RSS':>9}")
    for name, path in inputs.items():
        if args.only and name not in args.only:
            continue
        megabytes = size_of(path) / 1e6
        first_digest = None
        single_wall = None
        for jobs in jobs_list:
            run_once(args.zhx, jobs, path, out)
            digest = digest_of(out)
            first_digest = first_digest or digest
            if digest != first_digest:
                differences += 1
                print(f"OUTPUT DIFFERS: {name} with --jobs {jobs}", file=sys.stderr)
            runs = [run_once(args.zhx, jobs, path, None) for _ in range(args.rounds)]
            wall = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            rss = max(r[2] for r in runs)
            single_wall = single_wall or wall
            print(f"{name:<6} {megabytes:>7.1f} {jobs:>4} {wall:>8.3f} {cpu:>8.3f} {megabytes / wall:>10.1f}"
                  f" {megabytes / cpu:>9.1f} {single_wall / wall:>7.2f}x {rss / 1024:>6.0f} MB")
    out.unlink(missing_ok=True)
    print("output identical for every run" if differences == 0 else f"{differences} runs gave other output")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
