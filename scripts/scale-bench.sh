#!/usr/bin/env bash
# Scale bench: history, topics and search over a large generated database.
#
#   scripts/scale-bench.sh [--articles N] [--runs N] [--regen]
#
# Builds the release binary and the generator (examples/claimdiff-gen.rs, a dev-only tool that
# `cargo install` leaves out), generates (once) a deterministic database of N articles
# (default 20000: 100,000 versions, 1,000,000 claims, 20 topics, 50 sources) into
# target/scale/, then times three read commands against it: with hyperfine when it is
# installed, else a bash loop of --runs runs (default 10) timed with `date +%s%N`, and prints
# the medians. A command whose first (warm-up) run takes more than 5 s is not repeated: its
# figure is that one run. Targets (from the issues): history < 50 ms, topics < 100 ms,
# search < 50 ms; a missed target is reported, not an error.
set -euo pipefail
cd "$(dirname "$0")/.."

articles=20000
runs=10
regen=0
while [ $# -gt 0 ]; do
    case "$1" in
        --articles) articles="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --regen) regen=1; shift ;;
        -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "scale-bench: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

cargo build --release --locked --bin claimdiff --example claimdiff-gen >&2
bin=target/release/claimdiff
mkdir -p target/scale
db="target/scale/claimdiff-scale-$articles.db"
if [ "$regen" = 1 ] || [ ! -f "$db" ]; then
    echo "scale-bench: generating $db ($articles articles)..." >&2
    target/release/examples/claimdiff-gen --db "$db" --articles "$articles" --force
fi
export CLAIMDIFF_DB="$db"
export NO_COLOR=1

names=(
    "history --topic tariffs"
    "history ... --source 'Puebla Herald'"
    "history ... --min-change 10"
    "history ... --format json"
    "topics"
    "search 'tariff steel'"
)
cmds=(
    "$bin history --topic tariffs"
    "$bin history --topic tariffs --source 'Puebla Herald'"
    "$bin history --topic tariffs --min-change 10"
    "$bin history --topic tariffs --format json"
    "$bin topics"
    "$bin search 'tariff steel'"
)
targets=(50 50 50 50 100 50)
have_hyperfine=0
if command -v hyperfine >/dev/null 2>&1; then
    have_hyperfine=1
else
    echo "scale-bench: hyperfine not found; timing with a bash loop and date +%s%N" >&2
fi

now_us() { echo $(($(date +%s%N) / 1000)); }

# Median of microsecond figures given as arguments, printed in milliseconds.
median_ms() {
    local sorted n us
    sorted=($(printf '%s\n' "$@" | sort -n))
    n=${#sorted[@]}
    if [ $((n % 2)) = 1 ]; then
        us=${sorted[$((n / 2))]}
    else
        us=$(((sorted[n / 2 - 1] + sorted[n / 2]) / 2))
    fi
    awk -v us="$us" 'BEGIN { printf "%.1f", us / 1000 }'
}

medians=()
notes=()
for c in "${cmds[@]}"; do
    # Warm-up run: fills the page cache, checks the command succeeds, says how slow it is.
    t0=$(now_us)
    if ! err=$(eval "$c" 2>&1 >/dev/null); then
        echo "scale-bench: '$c' failed: $err" >&2
        exit 1
    fi
    warm=$(($(now_us) - t0))
    if [ "$warm" -gt 5000000 ]; then
        medians+=("$(median_ms "$warm")")
        notes+=("1 run (too slow to repeat)")
        continue
    fi
    if [ "$have_hyperfine" = 1 ]; then
        json=$(mktemp)
        hyperfine --runs "$runs" --style none --export-json "$json" "$c" >/dev/null
        medians+=("$(python3 -c 'import json,sys; print(round(json.load(open(sys.argv[1]))["results"][0]["median"] * 1000, 1))' "$json")")
        rm -f "$json"
        notes+=("hyperfine, $runs runs")
    else
        times=()
        for _ in $(seq "$runs"); do
            t0=$(now_us)
            eval "$c" >/dev/null
            times+=($(($(now_us) - t0)))
        done
        medians+=("$(median_ms "${times[@]}")")
        notes+=("$runs runs")
    fi
done

echo "scale bench: $db ($articles articles × 5 versions × 10 claims)"
printf '%-50s %12s %8s  %-7s %s\n' "command" "median (ms)" "target" "verdict" "timing"
for i in "${!cmds[@]}"; do
    m=${medians[$i]}
    t=${targets[$i]}
    if awk -v m="$m" -v t="$t" 'BEGIN { exit !(m < t) }'; then v=ok; else v=MISSED; fi
    printf '%-50s %12s %8s  %-7s %s\n' "claimdiff ${names[$i]}" "$m" "< $t" "$v" "${notes[$i]}"
done
