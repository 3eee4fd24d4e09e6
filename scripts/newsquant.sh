#!/usr/bin/env bash
# NewsQuant: scores claimdiff's extraction against the external NewsQuant benchmark
# (590 English news sentences, 904 annotated quantities; see ../shared/bench/newsquant/README.md).
#
#   scripts/newsquant.sh [--errors N]
#
# Builds the release binary, runs `claimdiff extract --jsonl` over newsquant.jsonl and scores
# the predictions with the benchmark's own score.py (value, unit and qualifier P/R/F1; the last
# line is the figure to quote); --errors N is passed to score.py to list N sentences with
# misses and extras. The benchmark lives outside the repository, in ../shared, and is only read:
# the predictions (which quote its sentences) go to a temporary directory that is removed
# afterwards, never into the project.
set -euo pipefail
cd "$(dirname "$0")/.."

bench_dir="../shared/bench/newsquant"
if [ ! -d ../shared ]; then
    echo "newsquant: ../shared is absent (expected next to the repository at $(cd .. && pwd)/shared); cannot run the NewsQuant benchmark" >&2
    exit 1
fi
for f in newsquant.jsonl score.py; do
    if [ ! -f "$bench_dir/$f" ]; then
        echo "newsquant: $bench_dir/$f is missing; cannot run the NewsQuant benchmark" >&2
        exit 1
    fi
done
if ! command -v python3 >/dev/null 2>&1; then
    echo "newsquant: python3 is needed to run score.py" >&2
    exit 1
fi

cargo build --release --locked --bin claimdiff >&2

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
predictions="$tmp/predictions.jsonl"

t0=$(date +%s%N)
target/release/claimdiff extract --jsonl < "$bench_dir/newsquant.jsonl" > "$predictions"
t1=$(date +%s%N)

lines=$(wc -l < "$bench_dir/newsquant.jsonl")
bytes=$(wc -c < "$bench_dir/newsquant.jsonl")
awk -v ns=$((t1 - t0)) -v n="$lines" -v b="$bytes" 'BEGIN {
    s = ns / 1e9
    printf "claimdiff extract --jsonl: %d sentences in %.3f s (%.0f sentences/s, %.0f KB/s of JSONL, process start included)\n", n, s, n / s, b / 1000 / s
}'
python3 "$bench_dir/score.py" "$bench_dir/newsquant.jsonl" "$predictions" "$@"
