#!/usr/bin/env bash
# Extract bench: `claimdiff extract --jsonl` over large generated corpora, as the CLI runs.
#
#   scripts/extract-bench.sh [--mb N] [--runs N] [--seed N]
#
# Builds the release binary and the pipeline bench (with the dev profile: it only generates
# here, and its output for a seed is the same in any profile), has the bench's generators
# (benches/pipeline.rs, with dev/synth.rs shared with claimdiff-gen) write two
# corpora of N MB (default 60) of distinct stories as `extract --jsonl` input into a temporary
# directory (removed afterwards): `news`, calibrated to real news pages (about 1.6 claims per
# KB, 18% of sentences with a claim: the figure to quote), and `dense`, the figure-dense
# worst case (about 9 claims per KB); see benches/pipeline.rs. --seed N picks other stories.
# Each is then timed --runs times (default 3; output to /dev/null, process start included)
# and the best wall-clock run is reported as MB/s of JSONL input, with the peak resident
# memory over the runs (from /usr/bin/time; "n/a" without it). Timings are only as quiet as
# the machine: other work on the cores shows up in them.
set -euo pipefail
cd "$(dirname "$0")/.."

mb=60
runs=3
seed=1
while [ $# -gt 0 ]; do
    case "$1" in
        --mb) mb="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "extract-bench: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
for v in "$mb" "$runs" "$seed"; do
    case "$v" in
        ''|*[!0-9]*) echo "extract-bench: '$v' is not a whole number" >&2; exit 2 ;;
    esac
done
if [ "$runs" -lt 1 ] || [ "$mb" -lt 1 ]; then
    echo "extract-bench: --mb and --runs must be at least 1" >&2
    exit 2
fi

cargo build --release --locked --bin claimdiff >&2
bin="${CARGO_TARGET_DIR:-target}/release/claimdiff"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The bench binary writes news.jsonl and dense.jsonl and exits when CLAIMDIFF_BENCH_CORPUS
# is set, before any benchmark runs.
echo "extract-bench: generating two $mb MB corpora (seed $seed)..." >&2
CLAIMDIFF_BENCH_CORPUS="$tmp" CLAIMDIFF_BENCH_CORPUS_MB="$mb" CLAIMDIFF_BENCH_CORPUS_SEED="$seed" \
    cargo bench --profile dev --locked --bench pipeline >&2
for c in news dense; do
    if [ ! -s "$tmp/$c.jsonl" ]; then
        echo "extract-bench: the bench did not write $tmp/$c.jsonl" >&2
        exit 1
    fi
done

have_time=0
if [ -x /usr/bin/time ]; then
    have_time=1
else
    echo "extract-bench: /usr/bin/time not found; timing with date +%s%N, no peak memory" >&2
fi

now_ns() { date +%s%N; }

results=()
for c in news dense; do
    input="$tmp/$c.jsonl"
    bytes=$(wc -c < "$input")
    stories=$(wc -l < "$input")
    # Claims, counted once from a run's output (not timed).
    claims=$("$bin" extract --jsonl < "$input" | { grep -o '"sentence_index"' || true; } | wc -l)
    best_ns=""
    peak_kb=0
    for _ in $(seq "$runs"); do
        if [ "$have_time" = 1 ]; then
            t0=$(now_ns)
            /usr/bin/time -f '%M' -o "$tmp/time" "$bin" extract --jsonl < "$input" > /dev/null
            ns=$(($(now_ns) - t0))
            kb=$(tail -n 1 "$tmp/time")
            if [ "$kb" -gt "$peak_kb" ]; then peak_kb=$kb; fi
        else
            t0=$(now_ns)
            "$bin" extract --jsonl < "$input" > /dev/null
            ns=$(($(now_ns) - t0))
        fi
        if [ -z "$best_ns" ] || [ "$ns" -lt "$best_ns" ]; then best_ns=$ns; fi
    done
    if [ "$have_time" = 1 ]; then
        peak=$(awk -v kb="$peak_kb" 'BEGIN { printf "%.0f MB", kb / 1024 }')
    else
        peak="n/a"
    fi
    results+=("$(awk -v c="$c" -v b="$bytes" -v s="$stories" -v n="$claims" -v ns="$best_ns" -v p="$peak" 'BEGIN {
        printf "%-6s %8.1f %8d %10.2f %9.2f %10.1f %10s", c, b / 1e6, s, n / (b / 1e3), ns / 1e9, b / 1e6 / (ns / 1e9), p
    }')")
done

echo "extract bench: claimdiff extract --jsonl, best of $runs runs, $(nproc 2>/dev/null || echo '?') cores"
printf '%-6s %8s %8s %10s %9s %10s %10s\n' "corpus" "MB" "stories" "claims/KB" "best (s)" "MB/s" "peak RSS"
printf '%s\n' "${results[@]}"
