#!/usr/bin/env bash
# Memory bench: the peak resident memory of one claimdiff run per large input, as a ratio to
# the input's size (issue 14's target: under 5x).
#
#   scripts/memory-bench.sh [--mb N] [--bin PATH] [--inputs DIR]
#
# Builds the release binary (unless --bin names one), then writes N MB (default 10) of
# realistic article text into a temporary directory (removed afterwards): the text samples'
# articles (samples/*/*.txt) repeated, as a plain text file, as one HTML page (each paragraph a
# <p> in an <article>) and as `extract --jsonl` input (one {"id","text"} object per article).
# Each of these runs once under /usr/bin/time -v, output to /dev/null:
#   record (text), record (HTML), extract --format json (text and HTML), extract --jsonl
# and the peak RSS is printed in MB and as a multiple of the input's size. The ratio includes
# the process's fixed start-up memory (printed first: `extract` of a one-line text).
# --inputs DIR only writes the inputs into DIR (for a profiler such as heaptrack) and exits.
# Heap profilers do not see claimdiff's allocator (mimalloc): profile examples/memprofile.rs,
# the same record and extract on the system allocator:
#   cargo build --example memprofile
#   heaptrack target/debug/examples/memprofile record DIR/t.db DIR/text.txt
set -euo pipefail
cd "$(dirname "$0")/.."

mb=10
bin=""
inputs=""
while [ $# -gt 0 ]; do
    case "$1" in
        --mb) mb="$2"; shift 2 ;;
        --bin) bin="$2"; shift 2 ;;
        --inputs) inputs="$2"; shift 2 ;;
        -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "memory-bench: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
case "$mb" in
    ''|*[!0-9]*|0) echo "memory-bench: --mb must be a whole number of at least 1" >&2; exit 2 ;;
esac
[ -x /usr/bin/time ] || { echo "memory-bench: /usr/bin/time (GNU time) is needed" >&2; exit 2; }
if [ -z "$bin" ] && [ -z "$inputs" ]; then
    cargo build --release --locked --bin claimdiff >&2
    bin="${CARGO_TARGET_DIR:-target}/release/claimdiff"
fi
[ -n "$inputs" ] || [ -x "$bin" ] || { echo "memory-bench: no claimdiff binary at $bin" >&2; exit 2; }

if [ -n "$inputs" ]; then
    mkdir -p "$inputs"
    tmp=$inputs
else
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
fi
bytes=$((mb * 1024 * 1024))
articles=(samples/*/*.txt)

# The text: the articles one after the other, a blank line between them, until N MB.
: > "$tmp/text.txt"
while [ "$(stat -c %s "$tmp/text.txt")" -lt "$bytes" ]; do
    for a in "${articles[@]}"; do
        cat "$a" >> "$tmp/text.txt"
        printf '\n\n' >> "$tmp/text.txt"
    done
done

# The HTML page: every paragraph of the text in a <p> of one <article>.
{
    printf '<!doctype html><html><head><meta charset="utf-8"><title>Memory bench</title></head>\n'
    printf '<body><nav><a href="/">Home</a></nav><article>\n'
    sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' "$tmp/text.txt" |
        awk 'BEGIN { RS = ""; FS = "\n" } { gsub(/\n/, " "); print "<p>" $0 "</p>" }'
    printf '</article><footer>Memory bench</footer></body></html>\n'
} > "$tmp/page.html"

# The JSONL: one {"id", "text"} line per article, until N MB.
: > "$tmp/in.jsonl"
n=0
while [ "$(stat -c %s "$tmp/in.jsonl")" -lt "$bytes" ]; do
    for a in "${articles[@]}"; do
        n=$((n + 1))
        awk -v id="$n" 'BEGIN { ORS = "" }
            { gsub(/\\/, "\\\\"); gsub(/"/, "\\\""); gsub(/\t/, "\\t"); gsub(/\r/, "");
              text = text (NR > 1 ? "\\n" : "") $0 }
            END { print "{\"id\": \"a" id "\", \"text\": \"" text "\"}\n" }' "$a" >> "$tmp/in.jsonl"
    done
done
printf 'One line.\n' > "$tmp/tiny.txt"
if [ -n "$inputs" ]; then
    echo "memory-bench: inputs written to $inputs" >&2
    exit 0
fi

# Peak RSS in KB of a command (its stdout discarded); its failure ends the bench.
peak() {
    if ! /usr/bin/time -v -o "$tmp/time" "$@" > /dev/null 2> "$tmp/err"; then
        echo "memory-bench: failed: $*" >&2
        cat "$tmp/err" >&2
        exit 1
    fi
    awk -F': *' '/Maximum resident set size/ { print $2 }' "$tmp/time"
}

report() { # name, input file, peak KB
    local size
    size=$(stat -c %s "$2")
    local ratio="-"
    [ "$size" -ge 1048576 ] && ratio=$(printf '%.1fx' "$(echo "$3 * 1024 / $size" | bc -l)")
    printf '%-28s %7.1f MB  %8.1f MB  %6s\n' "$1" "$(echo "$size / 1048576" | bc -l)" \
        "$(echo "$3 / 1024" | bc -l)" "$ratio"
}

echo "memory-bench: $bin, $mb MB inputs" >&2
printf '%-28s %9s  %11s  %6s\n' "run" "input" "peak RSS" "ratio"
# (A failing run ends the script: set -e applies to these assignments.)
kb=$(peak "$bin" extract "$tmp/tiny.txt")
report "one line (extract)" "$tmp/tiny.txt" "$kb"
kb=$(peak "$bin" --db "$tmp/t.db" record "$tmp/text.txt" --source Bench --article text)
report "record (text)" "$tmp/text.txt" "$kb"
kb=$(peak "$bin" --db "$tmp/h.db" record "$tmp/page.html" --source Bench --article page)
report "record (HTML)" "$tmp/page.html" "$kb"
kb=$(peak "$bin" extract "$tmp/text.txt" --format json)
report "extract --format json" "$tmp/text.txt" "$kb"
kb=$(peak "$bin" extract "$tmp/page.html" --format json)
report "extract --format json (HTML)" "$tmp/page.html" "$kb"
kb=$(peak "$bin" extract --jsonl "$tmp/in.jsonl")
report "extract --jsonl" "$tmp/in.jsonl" "$kb"
