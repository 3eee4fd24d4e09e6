#!/usr/bin/env bash
# export/import at scale: generates a 10,000-version store (2,000 articles × 5 versions, 100,000
# claims) with claimdiff-gen, then times `export` (JSONL and CSV) with its peak memory, imports
# the archive into an empty database and checks that exporting that gives identical bytes.
# Prints claims per second for export (target: ≥ 20,000 claims/s, memory flat in store size).
# Release build; run it on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${ARTICLES:-2000}
# BIN and GEN point at other builds (a quick check of the script with debug ones).
if [ -z "${BIN:-}" ]; then
    cargo build --release --locked -q --bin claimdiff --example claimdiff-gen
fi
bin=${BIN:-${CARGO_TARGET_DIR:-target}/release/claimdiff}
gen=${GEN:-${CARGO_TARGET_DIR:-target}/release/examples/claimdiff-gen}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$gen" --db "$dir/store.db" --articles "$articles" >/dev/null 2>&1
claims=$("$bin" export --db "$dir/store.db" --format csv | tail -n +2 | wc -l)

measure() { # label, command...: seconds and peak RSS (KB)
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$dir/time" "$@"
    read -r secs kb <"$dir/time"
    echo "$label: ${secs}s, peak ${kb} KB"
    echo "$secs"  >"$dir/secs"
}

measure "export jsonl" sh -c "'$bin' export --db '$dir/store.db' > '$dir/a.jsonl'"
secs=$(cat "$dir/secs")
echo "  $claims claims: $(awk -v c="$claims" -v s="$secs" 'BEGIN { printf "%.0f", c / (s > 0 ? s : 0.001) }') claims/s, $(du -h "$dir/a.jsonl" | cut -f1)"
measure "export csv" sh -c "'$bin' export --db '$dir/store.db' --format csv > '$dir/a.csv'"
measure "import" sh -c "'$bin' import '$dir/a.jsonl' --db '$dir/copy.db' >/dev/null"
"$bin" export --db "$dir/copy.db" > "$dir/b.jsonl"
if cmp -s "$dir/a.jsonl" "$dir/b.jsonl"; then
    echo "round trip: identical ($(wc -l <"$dir/a.jsonl") versions)"
else
    echo "round trip: DIFFERENT" >&2
    exit 1
fi
# Memory flat in store size: the same export on a store a tenth the size.
"$gen" --db "$dir/small.db" --articles $((articles / 10)) >/dev/null 2>&1
measure "export jsonl, a tenth of the store" sh -c "'$bin' export --db '$dir/small.db' > /dev/null"
