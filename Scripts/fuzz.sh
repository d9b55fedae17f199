#!/usr/bin/env bash
# Coverage-guided fuzzing of every input surface (libFuzzer): the pre-release check.
#
#   Scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Builds the fuzz targets (Fuzz/*, release, libFuzzer with AddressSanitizer, so that leaks and
# out-of-bounds reads of the unsafe code paths are reported too), writes a seed corpus from
# Corpus/ and the examples of Patterns/*.zhp, then runs each target for SECONDS_PER_TARGET
# (default 60; 0 only replays the seeds and the corpus found so far) under `nice -n 10` with a
# 2 GB memory cap, and prints runs, coverage and peak memory per target. Exits non-zero if any
# target crashed, hung (an input over 25 s), leaked or ran out of memory; the input that did it
# is kept in .build-fuzz/artifacts/TARGET/ (`.build-fuzz/build-fuzzer-address/release/FuzzX FILE`
# replays it). Targets: decoding normalization numbers patterns extractor (default: all).
#
# Environment: FUZZ_RUNS=N stops each target after N inputs instead (with SECONDS_PER_TARGET as
# an upper bound on time); FUZZ_SANITIZE=fuzzer builds without AddressSanitizer (about 2.5 times
# faster, no leak or bounds checks of unsafe pointers); FUZZ_NO_BUILD=1 runs what is built.
# Everything lives under .build-fuzz/ (git-ignored): seeds/, corpus/ (kept between runs: it is
# what the fuzzer learnt), artifacts/, logs/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

seconds=${1:-60}
shift || true
all=(decoding normalization numbers patterns extractor)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")

product() {
    case $1 in
        decoding) echo FuzzDecoding ;;
        normalization) echo FuzzNormalization ;;
        numbers) echo FuzzNumberParser ;;
        patterns) echo FuzzPatterns ;;
        extractor) echo FuzzExtractor ;;
        *) echo "fuzz.sh: unknown target '$1' (targets: ${all[*]})" >&2; exit 2 ;;
    esac
}

# Longest input per target: numbers are short; a pattern file with its text is the longest.
max_len() {
    case $1 in
        numbers) echo 64 ;;
        normalization) echo 2048 ;;
        *) echo 4096 ;;
    esac
}

scratch=.build-fuzz
# SwiftPM links the fuzzer's main only with --sanitize=fuzzer; more sanitizers go to the compiler
# as one list: given as several --sanitize options, the compiler of each module got only one of
# them (which one changed from build to build: no coverage, or no AddressSanitizer).
sanitizers=fuzzer
for s in ${FUZZ_SANITIZE:-fuzzer address}; do
    [ "$s" = fuzzer ] || sanitizers+=,$s
done
sanitize=(--sanitize=fuzzer)
[ "$sanitizers" = fuzzer ] || sanitize+=(-Xswiftc -sanitize="$sanitizers")
# One build folder per set of sanitizers: SwiftPM does not rebuild every module when they change.
build=$scratch/build-${sanitizers//,/-}
for target in "${targets[@]}"; do product "$target" >/dev/null; done

if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
    for target in "${targets[@]}"; do
        echo "fuzz.sh: building $(product "$target") in $build" >&2
        mkdir -p "$scratch"
        if ! nice -n 10 swift build -c release "${sanitize[@]}" -Xswiftc -parse-as-library \
                --product "$(product "$target")" --scratch-path "$build" >"$scratch/build.log" 2>&1; then
            grep -E "error" "$scratch/build.log" >&2 || tail -20 "$scratch/build.log" >&2
            echo "fuzz.sh: build of $(product "$target") failed" >&2
            exit 1
        fi
        # A target whose library code is not instrumented would run blind: check the counters.
        counters=$(SWIFT_BACKTRACE=enable=no "$build/release/$(product "$target")" -runs=0 2>&1 \
            | sed -n 's/.*Loaded 1 modules *(\([0-9]*\) inline.*/\1/p' | head -1 || true)
        if [ "${counters:-0}" -lt 1000 ]; then
            echo "fuzz.sh: $(product "$target") has ${counters:-no} coverage counters: the libraries were built without instrumentation" >&2
            exit 1
        fi
    done
fi

# Seeds: sentences and lines of the Corpus, the examples and counter-examples of the rules, the
# numbers in both, the pattern files and their blocks, and the Corpus lines in other encodings.
python3 - "$scratch/seeds" <<'PY'
import glob, hashlib, os, re, sys
out = sys.argv[1]
def put(target, data):
    if isinstance(data, str): data = data.encode("utf-8")
    if not data: return
    d = os.path.join(out, target); os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, hashlib.sha1(data).hexdigest()), "wb") as f: f.write(data)
docs = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("Corpus/**/*.txt", recursive=True))
        if "/gold/" not in p]
lines = [l for d in docs for l in d.splitlines() if l.strip()]
sentences = [s for l in lines for s in re.split(r"(?<=[。！？；])", l) if s.strip()]
examples = []
zhp = {p: open(p, encoding="utf-8").read() for p in sorted(glob.glob("Patterns/*.zhp"))}
for text in zhp.values():
    for m in re.finditer(r"^\s*(?:example|counter):\s*(.*?)(?:\s*=>.*)?$", text, re.M):
        examples.append(m.group(1).strip().strip('"'))
numeral = re.compile(r"[-+－负]?[0-9０-９〇○零一二两三四五六七八九十百千万亿廿卅卌壹贰叁肆伍陆柒捌玖拾佰仟萬億兩貳參陸個点點个,，.．]+")
for s in sentences[::2] + examples:
    for m in numeral.finditer(s): put("numbers", m.group(0))
for s in sentences + examples: put("extractor", s[:1500])
for i in range(0, len(lines), 3): put("extractor", "\n".join(lines[i:i + 4])[:3000])
for d in docs:
    raw = d.split("\n")
    for i in range(0, len(raw), 5): put("normalization", "\n".join(raw[i:i + 6])[:2000])
for i, l in enumerate(lines):
    l = l[:1000]
    put("decoding", l)
    if i % 4 == 0:
        put("decoding", b"\xef\xbb\xbf" + l.encode("utf-8"))
        put("decoding", b"\xff\xfe" + l.encode("utf-16-le"))
        put("decoding", b"\xfe\xff" + l.encode("utf-16-be"))
        put("decoding", l.encode("gb18030"))
for text in zhp.values():
    put("patterns", text)
    blocks = re.split(r"\n(?=list |rule )", text)
    lists = "\n".join(b for b in blocks if b.startswith("list "))
    for b in blocks:
        if not b.startswith("rule "): continue
        ex = re.search(r"example:\s*(.*?)\s*=>", b)
        put("patterns", lists + "\n" + b + ("\0" + ex.group(1) if ex else ""))
        put("patterns", b)
PY

export ZHX_PATTERNS="$root/Patterns"
# The Swift runtime's backtracer would take the crash signal before libFuzzer writes the input.
export SWIFT_BACKTRACE=enable=no
export LSAN_OPTIONS="suppressions=$root/Fuzz/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
failed=()
summary=()
for target in "${targets[@]}"; do
    name=$(product "$target")
    corpus=$scratch/corpus/$target artifacts=$scratch/artifacts/$target logs=$scratch/logs
    mkdir -p "$corpus" "$artifacts" "$logs"
    log=$logs/$target-$(date +%Y%m%d-%H%M%S).log
    options=(-dict=Fuzz/zh.dict -max_len="$(max_len "$target")" -rss_limit_mb=2048 -timeout=25
             -print_final_stats=1 -artifact_prefix="$artifacts/")
    if [ "$seconds" = 0 ]; then
        options+=(-runs=0)
    else
        options+=(-max_total_time="$seconds")
        [ -z "${FUZZ_RUNS:-}" ] || options+=(-runs="$FUZZ_RUNS")
    fi
    echo "fuzz.sh: running $name for ${seconds}s${FUZZ_RUNS:+ or $FUZZ_RUNS inputs} (log: $log)" >&2
    rc=0
    nice -n 10 "$build/release/$name" "${options[@]}" "$corpus" "$scratch/seeds/$target" >"$log" 2>&1 || rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    speed=$(sed -n 's/.* exec\/s: \([0-9]*\).*/\1/p' <<<"$last")
    result=ok
    if [ "$rc" != 0 ]; then
        result="FAILED (exit $rc)"
        failed+=("$target")
        grep -E "Fatal error|ERROR: libFuzzer|ERROR: AddressSanitizer|ERROR: LeakSanitizer|Test unit written|out-of-memory|timeout" "$log" | head -8 >&2 || true
    fi
    summary+=("$(printf '%-14s %12s %7s %8s %9s %8s  %s' "$target" "${runs:-?}" "${cov:-?}" "${ft:-?}" "${speed:-?}" "${rss:-?}MB" "$result")")
done

printf '%-14s %12s %7s %8s %9s %8s  %s\n' target runs cov ft exec/s peak-rss result
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz.sh: ${failed[*]} failed; inputs in $scratch/artifacts/" >&2
    exit 1
fi
