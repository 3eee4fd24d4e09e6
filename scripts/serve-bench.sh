#!/usr/bin/env bash
# Serve bench: the server time of every page of `claimdiff serve` over a large generated store.
#
#   scripts/serve-bench.sh [--articles N] [--runs N] [--regen] [--debug]
#
# Builds claimdiff and the generator (examples/claimdiff-gen.rs; release unless --debug, which
# is only for checking the script on a tiny store), generates (once) a deterministic database
# of N articles (default 20000: 100,000 versions, 1,000,000 claims) into target/scale/, stores
# its claim lineage once with `claimdiff history` (the generator leaves it to a later relink,
# and serve never writes), starts `claimdiff serve` on a free loopback port and requests each
# page --runs times (default 10). The figure is the server's own time, read from the
# `Server-Timing: app;dur=MS` header every response carries: the first (cold) request and the
# median of the rest. Target (issue 15): every page under 100 ms; a miss is reported, not an
# error. Needs curl and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

articles=20000
runs=10
regen=0
profile=release
while [ $# -gt 0 ]; do
    case "$1" in
        --articles) articles="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --regen) regen=1; shift ;;
        --debug) profile=debug; shift ;;
        -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "serve-bench: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

if [ "$profile" = release ]; then
    cargo build --release --locked --bin claimdiff --example claimdiff-gen >&2
else
    cargo build --locked --bin claimdiff --example claimdiff-gen >&2
fi
bin=target/$profile/claimdiff
mkdir -p target/scale
db="target/scale/claimdiff-scale-$articles.db"
if [ "$regen" = 1 ] || [ ! -f "$db" ]; then
    echo "serve-bench: generating $db ($articles articles)..." >&2
    "target/$profile/examples/claimdiff-gen" --db "$db" --articles "$articles" --force
fi
# Lineage for the generated versions (once; later runs find nothing to link).
"$bin" history --topic tariffs --db "$db" >/dev/null

out=$(mktemp)
"$bin" serve --db "$db" --bind 127.0.0.1:0 >"$out" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$out"' EXIT
for _ in $(seq 100); do
    grep -q 'http://' "$out" && break
    sleep 0.1
done
base=$(grep -o 'http://[^ ]*' "$out" | sed 's,/$,,')
[ -n "$base" ] || { echo "serve-bench: the server did not start: $(cat "$out")" >&2; exit 1; }

# Real keys and names from the store itself.
read -r a1 a2 source < <(curl -sf "$base/.json" | python3 -c '
import json, sys, urllib.parse as u
a = json.load(sys.stdin)["articles"]
# The first page may hold one source only: then its last article stands in.
other = next((x for x in a if x["source"] != a[0]["source"]), a[-1])
q = lambda s: u.quote(s, safe="")
print(q(a[0]["key"]), q(other["key"]), q(a[0]["source"]))')

pages=(
    "/"
    "/?page=200"
    "/?source=$source"
    "/?topic=tariffs"
    "/articles/$a1"
    "/articles/$a1/compare/1/5"
    "/articles/$a1/versions/3"
    "/articles/$a1/versions/3/claims/1"
    "/sources/$a1/$a2"
    "/topics"
    "/topics/tariffs"
    "/topics/tariffs.json"
    "/topics/tariffs?source=$source"
    "/topics/tariffs?min_change=10"
    "/search?q=tariff%20steel"
)

# The server time (ms) of one request, from its Server-Timing header.
server_ms() {
    curl -s -o /dev/null -D - "$base$1" | tr -d '\r' |
        sed -n 's/^server-timing: app;dur=\([0-9.]*\)$/\1/Ip'
}

echo "serve bench: $db ($articles articles), $profile build, $runs runs a page"
printf '%-58s %10s %12s %8s  %s\n' "page" "cold (ms)" "median (ms)" "target" "verdict"
for p in "${pages[@]}"; do
    cold=$(server_ms "$p")
    times=()
    for _ in $(seq "$runs"); do times+=("$(server_ms "$p")"); done
    median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {
        if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
    if awk -v m="$median" 'BEGIN { exit !(m < 100) }'; then v=ok; else v=MISSED; fi
    printf '%-58s %10s %12s %8s  %s\n' "$p" "$cold" "$median" "< 100" "$v"
done
