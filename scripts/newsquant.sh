#!/usr/bin/env bash
# NewsQuant: scores claimdiff's extraction against the external NewsQuant benchmark
# (590 English news sentences, 904 annotated quantities; see ../shared/bench/newsquant/README.md).
#
#   scripts/newsquant.sh [--errors N] [--claims-errors N]
#
# Builds the release binary, runs `claimdiff extract --jsonl --all-quantities` over
# newsquant.jsonl and scores the predictions with the benchmark's own score.py (value, unit and
# qualifier P/R/F1) twice:
#   1. claims only: the "claims" of each line, what record, diff and history keep;
#   2. quantity layer: the claims plus the recognised quantities that are not claims
#      ("non_claims": time expressions and windows, age groups), merged in reading order.
# NewsQuant is a quantity-recognition benchmark (it annotates "two weeks after" as a quantity),
# so the second score, printed last, is the figure to quote; the first shows what classifying
# those quantities as non-claims costs on it. --errors N is passed to score.py (for the
# quantity layer) to list N sentences with misses and extras; --claims-errors N lists them for
# the claims-only score (what the default `extract --jsonl` output misses). The benchmark lives outside the
# repository, in ../shared (or $NEWSQUANT_DIR), and is only read: the predictions (which quote
# its sentences) go to a temporary directory that is removed afterwards, never into the project.
#
# Changes. claimdiff makes a change one claim: "fell from $2,415 to $2,315" is the claim
# $2,315 with "changed_from" $2,415 (and "7%, up from 5%" is 7% changed from 5%). NewsQuant
# writes the same information in its own shape, which this script maps to before scoring, for
# both scores: a change whose two single figures are linked by "from … to" ("from A to B",
# "from A at 10pm to B", "to B from A") is ONE quantity there, value A and value_max B (value
# [A, B] for score.py, the figure left first, downward too); a change whose old figure is
# written apart ("B, up from A") or is a range ("from 5 to 7 per cent to 3 to 5 per cent") is
# TWO quantities there, so both figures are given. No figure is added or dropped by the
# mapping: it is the claim and its changed_from.
set -euo pipefail
cd "$(dirname "$0")/.."

claims_errors=0
layer_args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --claims-errors) claims_errors="${2:?--claims-errors needs a number}"; shift 2 ;;
        *) layer_args+=("$1"); shift ;;
    esac
done

bench_dir="${NEWSQUANT_DIR:-../shared/bench/newsquant}"
if [ ! -d "$bench_dir" ]; then
    echo "newsquant: $bench_dir is absent (expected next to the repository at $(cd .. && pwd)/shared, or set NEWSQUANT_DIR); cannot run the NewsQuant benchmark" >&2
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
target/release/claimdiff extract --jsonl --all-quantities < "$bench_dir/newsquant.jsonl" > "$predictions"
t1=$(date +%s%N)

lines=$(wc -l < "$bench_dir/newsquant.jsonl")
bytes=$(wc -c < "$bench_dir/newsquant.jsonl")
awk -v ns=$((t1 - t0)) -v n="$lines" -v b="$bytes" 'BEGIN {
    s = ns / 1e9
    printf "claimdiff extract --jsonl: %d sentences in %.3f s (%.0f sentences/s, %.0f KB/s of JSONL, process start included)\n", n, s, n / s, b / 1000 / s
}'
# Changes in NewsQuant's shape (see the header), for claims only and for the quantity layer:
# each line's non-claims merged into its claims, in reading order.
claims_only="$tmp/claims.jsonl"
quantities="$tmp/quantities.jsonl"
python3 - "$predictions" "$claims_only" "$quantities" "$bench_dir/newsquant.jsonl" <<'PY'
import json, sys

# The texts the offsets point into (the predictions carry ids, not texts).
with open(sys.argv[4]) as f:
    texts = {o["id"]: o["text"] for o in map(json.loads, filter(str.strip, f))}

def one_span(c, old, text):
    """The change's figures linked by "from ... to" or "to ... from" (not "up/down from")."""
    if old["value_max"] is not None or c["value_max"] is not None:
        return False
    if old["start"] < c["start"]:
        return True
    words = text[c["end"]:old["start"]].lower().split()
    return words[-1:] == ["from"] and not {"up", "down"} & set(words)

def newsquant_shape(claims, text):
    out = []
    for c in claims:
        old = c.pop("changed_from", None)
        if old is None:
            out.append(c)
        elif one_span(c, old, text):
            out.append(dict(c, value=[old["value"], c["value"]], value_max=None, start=old["start"]))
        else:
            out.append(c)
            out.append(dict(c, value=old["value"], value_max=old["value_max"], qualifier=old.get("qualifier", "exact"),
                            start=old["start"], end=old["end"]))
    return sorted(out, key=lambda c: c["start"])

with open(sys.argv[1]) as src, open(sys.argv[2], "w") as only, open(sys.argv[3], "w") as layer:
    for line in src:
        if not line.strip():
            continue
        obj = json.loads(line)
        non = obj.pop("non_claims", [])
        text = texts.get(obj.get("id"), "")
        obj["claims"] = newsquant_shape(obj["claims"], text)
        only.write(json.dumps(obj) + "\n")
        obj["claims"] = newsquant_shape(obj["claims"] + non, text)
        layer.write(json.dumps(obj) + "\n")
PY
echo "== claims only (what record/diff/history keep)"
if [ "$claims_errors" -gt 0 ]; then
    python3 "$bench_dir/score.py" "$bench_dir/newsquant.jsonl" "$claims_only" --errors "$claims_errors"
else
    python3 "$bench_dir/score.py" "$bench_dir/newsquant.jsonl" "$claims_only" | tail -n 1
fi
echo "== quantity layer (claims + recognised non-claims; the NewsQuant figure)"
python3 "$bench_dir/score.py" "$bench_dir/newsquant.jsonl" "$quantities" ${layer_args[@]+"${layer_args[@]}"}
