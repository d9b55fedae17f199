#!/usr/bin/env python3
"""Compare `zhx extract` with the Python money extractors users would otherwise pick.

Peers, each run in this process on the same Corpus files:
  - jionlp's money extractor (`jionlp.ner.extract_money`),
  - Microsoft Recognizers-Text, number-with-unit currency model for Chinese
    (`recognizers-text-suite`, `Culture.Chinese`).

For every source that can run, it prints the speed in MB/s of UTF-8 input and, per document,
the money records one finds that the other does not. Two records match when their spans overlap
and they share a value (a range counts as both its ends). A source that cannot be loaded or run
is reported as FAILED with the reason, and the comparison goes on with the others.

`run.sh` beside this file makes the virtualenv, builds `zhx` and calls this script.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from importlib import metadata
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Money:
    """One money record, reduced to what the comparison needs."""

    start: int  # Unicode-scalar offset into the document, as Python's str counts
    end: int  # exclusive
    text: str  # the original text at [start, end)
    values: frozenset  # Decimal values; two for a range (min, max)

    def matches(self, other: "Money") -> bool:
        overlap = self.start < other.end and other.start < self.end
        return overlap and bool(self.values & other.values)

    def describe(self) -> str:
        shown = "|".join(format_decimal(v) for v in sorted(self.values)) or "?"
        return f"[{self.start},{self.end}) {self.text!r} = {shown}"


def format_decimal(value: Decimal) -> str:
    """A decimal without exponent or trailing zeros: 2.0E+9 → 2000000000, 1.50 → 1.5."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def to_decimal(raw) -> Decimal | None:
    try:
        return Decimal(str(raw))
    except (InvalidOperation, ValueError):
        return None


def decimals(raws) -> frozenset:
    return frozenset(d for d in (to_decimal(r) for r in raws if r is not None) if d is not None)


@dataclass
class Document:
    key: str  # the path relative to the corpus folder's parent (`Corpus/news/x.txt`), as passed to zhx
    text: str

    @property
    def size(self) -> int:
        return len(self.text.encode("utf-8"))


def measure(work: Callable[[], object], size: int, min_seconds: float) -> tuple[float, int]:
    """MB/s of `work` done on `size` bytes, repeated for at least `min_seconds` after one warm-up
    run, and the number of timed runs."""
    work()
    passes, started = 0, time.perf_counter()
    while True:
        work()
        passes += 1
        elapsed = time.perf_counter() - started
        if elapsed >= min_seconds:
            return size * passes / elapsed / 1e6, passes


class Source:
    """A money extractor under comparison: a name, a version, and per-document records."""

    name = ""

    def version(self) -> str:
        raise NotImplementedError

    def extract(self, doc: Document) -> list[Money]:
        raise NotImplementedError

    def speed(self, docs: list[Document], min_seconds: float) -> tuple[float, int]:
        """MB/s of UTF-8 input over repeated passes (after one warm-up pass), and the pass count."""
        return measure(lambda: self.extract_all(docs), sum(d.size for d in docs), min_seconds)

    def extract_all(self, docs: list[Document]) -> dict[str, list[Money]]:
        return {d.key: self.extract(d) for d in docs}


class JioNLP(Source):
    name = "jionlp"

    def __init__(self):
        with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
            import jionlp

        self._extract = jionlp.ner.extract_money

    def version(self) -> str:
        return metadata.version("jionlp")

    def extract(self, doc: Document) -> list[Money]:
        out = []
        for item in self._extract(doc.text, with_parsing=True):
            start, end = item["offset"]
            num = item.get("detail", {}).get("num")
            raws = num if isinstance(num, list) else [num]
            out.append(Money(start, end, doc.text[start:end], decimals(raws)))
        return out


class Recognizers(Source):
    name = "recognizers-text"

    def __init__(self):
        from recognizers_number_with_unit import NumberWithUnitRecognizer
        from recognizers_text import Culture

        self._model = NumberWithUnitRecognizer(Culture.Chinese).get_currency_model(Culture.Chinese)

    def version(self) -> str:
        return metadata.version("recognizers-text-number-with-unit")

    def extract(self, doc: Document) -> list[Money]:
        out = []
        for result in self._model.parse(doc.text):
            # `end` is inclusive, and `text` is the normalized text: slice the original instead.
            start, end = result.start, result.end + 1
            resolution = result.resolution or {}
            out.append(Money(start, end, doc.text[start:end], decimals([resolution.get("value")])))
        return out


class Zhx(Source):
    """`zhx extract` run as a separate process, as a user would run it."""

    name = "zhx"

    def __init__(self, binary: Path, copies: int, workdir: Path):
        if not binary.is_file():
            raise FileNotFoundError(f"{binary} not found (build it with `swift build -c release`)")
        self.binary = binary
        self.copies = copies
        self.workdir = workdir  # where the document keys are relative paths
        self.startup_note = ""
        self.single_core = 0.0  # MB/s with --jobs 1, set by speed()

    def version(self) -> str:
        return self._run(["--version"]).strip()

    def _run(self, arguments: list[str]) -> str:
        done = subprocess.run([str(self.binary), *arguments], cwd=self.workdir, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"zhx {' '.join(arguments[:2])} … exited {done.returncode}: {done.stderr.strip()[:500]}")
        return done.stdout

    def extract_all(self, docs: list[Document]) -> dict[str, list[Money]]:
        return money_from_jsonl(self._run(["extract", "--quiet", *(d.key for d in docs)]), docs, "zhx")

    def extract(self, doc: Document) -> list[Money]:
        return self.extract_all([doc])[doc.key]

    def speed(self, docs: list[Document], min_seconds: float) -> tuple[float, int]:
        """Whole-process MB/s on `copies` copies of the corpus, so that start-up is amortized, with
        zhx's default jobs (all cores); the same on one core goes to `single_core`."""
        with tempfile.TemporaryDirectory(prefix="zhx-compare-") as scratch:
            paths = []
            for i in range(self.copies):
                for d in docs:
                    path = Path(scratch) / f"{i:03d}-{d.key.replace('/', '_')}"
                    path.write_text(d.text, encoding="utf-8")
                    paths.append(str(path))
            total = sum(d.size for d in docs) * self.copies
            one_core = ["extract", "--quiet", "--jobs", "1", *paths]
            self.single_core = measure(lambda: self._run(one_core), total, min_seconds)[0]
            result = measure(lambda: self._run(["extract", "--quiet", *paths]), total, min_seconds)
        started = time.perf_counter()
        self.extract_all(docs)
        self.startup_note = (f"{self.single_core:.3f} MB/s with --jobs 1; one run on the corpus as is "
                             f"(start-up included): {(time.perf_counter() - started) * 1000:.0f} ms")
        return result


def money_from_jsonl(lines: str, docs: list[Document], origin: str) -> dict[str, list[Money]]:
    """The money records of contract-shaped JSON Lines (zhx output, gold files), by document."""
    by_key = {d.key: d for d in docs}
    found: dict[str, list[Money]] = {d.key: [] for d in docs}
    for line in lines.splitlines():
        if not line.strip():
            continue
        record = json.loads(line, parse_float=Decimal, parse_int=Decimal)
        if record.get("type") != "money":
            continue
        key = os.path.normpath(record["doc"])
        if key not in by_key:
            raise RuntimeError(f"{origin} has a record for {record['doc']!r}, which is not in the corpus")
        start, end = int(record["start"]), int(record["end"])
        raws = [record.get("value"), record.get("min"), record.get("max")]
        found[key].append(Money(start, end, by_key[key].text[start:end], decimals(raws)))
    return found


def load_gold(corpus: Path, docs: list[Document]) -> dict[str, list[Money]]:
    """Gold money records for the documents that have a gold file (Corpus/gold/<dir>/<name>.jsonl)."""
    gold = {}
    for doc in docs:
        relative = Path(doc.key).relative_to(corpus.name)
        path = corpus / "gold" / relative.with_suffix(".jsonl")
        if path.is_file():
            gold[doc.key] = money_from_jsonl(path.read_text(encoding="utf-8"), [doc], str(path))[doc.key]
    return gold


def load_corpus(root: Path) -> list[Document]:
    docs = []
    for path in sorted(p for p in root.rglob("*.txt") if "gold" not in p.relative_to(root).parts):
        docs.append(Document(str(path.relative_to(root.parent)), path.read_text(encoding="utf-8")))
    if not docs:
        sys.exit(f"compare.py: no .txt files under {root}")
    return docs


def diff(left: list[Money], right: list[Money]) -> tuple[list[tuple[Money, Money]], list[Money], list[Money]]:
    """Greedy one-to-one matching in document order: (matched pairs, left only, right only)."""
    unmatched_right = list(right)
    left_only, matched = [], []
    for record in sorted(left, key=lambda m: (m.start, m.end)):
        partner = next((r for r in unmatched_right if record.matches(r)), None)
        if partner is None:
            left_only.append(record)
        else:
            unmatched_right.remove(partner)
            matched.append((record, partner))
    return matched, left_only, sorted(unmatched_right, key=lambda m: (m.start, m.end))


def load_source(label: str, make: Callable[[], Source]) -> Source | None:
    try:
        source = make()
        print(f"  {label}: {source.version()}")
        return source
    except Exception as error:  # report any failure to load, keep going with the others
        print(f"  {label}: FAILED to load: {type(error).__name__}: {error}")
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO / "Corpus", help="folder of UTF-8 .txt files")
    parser.add_argument("--zhx", type=Path, default=REPO / ".build" / "release" / "zhx", help="zhx binary")
    parser.add_argument("--no-zhx", action="store_true", help="compare the peers with each other only")
    parser.add_argument("--seconds", type=float, default=3.0, help="least time measured per source")
    parser.add_argument("--copies", type=int, default=100, help="corpus copies for the zhx speed run (start-up amortized)")
    parser.add_argument("--max-listed", type=int, default=15, help="records listed per document and side")
    args = parser.parse_args()

    docs = load_corpus(args.corpus.resolve())
    total = sum(d.size for d in docs)
    print(f"Corpus: {len(docs)} documents, {total:,} bytes of UTF-8, {sum(len(d.text) for d in docs):,} characters")
    print("Sources:")
    failures = 0
    zhx = None
    if args.no_zhx:
        print("  zhx: not run (--no-zhx)")
    else:
        zhx = load_source("zhx", lambda: Zhx(args.zhx.resolve(), args.copies, args.corpus.resolve().parent))
        failures += zhx is None
    peers = [p for p in (load_source("jionlp", JioNLP), load_source("recognizers-text", Recognizers)) if p]
    failures += 2 - len(peers)

    print(f"\nSpeed (MB/s of UTF-8 input, at least {args.seconds:g} s each; peers in-process after a warm-up pass):")
    speeds, records = {}, {}
    for source in ([zhx] if zhx else []) + peers:
        try:
            records[source.name] = source.extract_all(docs)
            speeds[source.name], passes = source.speed(docs, args.seconds)
            count = sum(len(v) for v in records[source.name].values())
            print(f"  {source.name:<18} {speeds[source.name]:10.3f} MB/s  ({passes} passes, {count} money records)")
            if isinstance(source, Zhx):
                print(f"  {'':<18} whole process, default --jobs, on {args.copies} copies of the corpus;")
                print(f"  {'':<18} {source.startup_note}")
        except Exception as error:
            failures += 1
            records.pop(source.name, None)
            print(f"  {source.name:<18} FAILED: {type(error).__name__}: {error}")
            if not isinstance(error, RuntimeError):  # zhx's own failures are told in the message
                traceback.print_exc(limit=3, file=sys.stdout)

    gold = load_gold(args.corpus.resolve(), docs)
    if gold:
        count = sum(len(v) for v in gold.values())
        print(f"\nAgainst gold money records ({len(gold)} documents with gold, {count} records; same matching):")
        for name, found in records.items():
            matched = exact = found_total = 0
            for key, expected in gold.items():
                pairs = diff(found[key], expected)[0]
                matched += len(pairs)
                exact += sum((a.start, a.end) == (b.start, b.end) for a, b in pairs)
                found_total += len(found[key])
            precision = matched / found_total if found_total else 0.0
            recall = matched / count if count else 0.0
            print(f"  {name:<18} {matched}/{count} found (recall {recall:.1%}), "
                  f"{matched}/{found_total} right (precision {precision:.1%}), {exact} with the exact gold span")

    reference = "zhx" if "zhx" in speeds else None
    others = [p.name for p in peers if p.name in speeds]
    if reference is None and len(others) == 2:
        reference, others = others[0], others[1:]  # without zhx, still compare the peers
    if reference is None or not others:
        print("\nNothing to compare with.")
        return 1
    print("\nSpeed ratio:")
    for name in others:
        print(f"  {reference} / {name} = {speeds[reference] / speeds[name]:.1f}x")
        if zhx is not None and reference == zhx.name:
            print(f"  {reference} --jobs 1 / {name} = {zhx.single_core / speeds[name]:.1f}x (one core each)")

    for name in others:
        print(f"\n{reference} vs {name} (match: overlapping span and a shared value):")
        totals = [0, 0, 0]
        for doc in docs:
            matched, only_ref, only_peer = diff(records[reference][doc.key], records[name][doc.key])
            totals = [totals[0] + len(matched), totals[1] + len(only_ref), totals[2] + len(only_peer)]
            print(f"  {doc.key}: {len(matched)} in both, {len(only_ref)} only {reference}, {len(only_peer)} only {name}")
            for label, only in ((reference, only_ref), (name, only_peer)):
                for record in only[: args.max_listed]:
                    print(f"      only {label:<16} {record.describe()}")
                if len(only) > args.max_listed:
                    print(f"      only {label:<16} … {len(only) - args.max_listed} more")
        print(f"  total: {totals[0]} in both, {totals[1]} only {reference}, {totals[2]} only {name}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
