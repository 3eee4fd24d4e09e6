#!/usr/bin/env bash
# import at scale: generates (with the dev-only examples/archive-gen.rs) an archive of 20,000
# versions (2,000 articles × 10 versions of ~5 KB) as a diffengine and a NewsEdits SQLite file
# and a NewsDiffs git repository, times `claimdiff import` of each into an empty database, then
# the same articles as claimdiff's own JSONL (exported from the first import). Reports
# versions/s, MB/s of archive text and peak RSS (/usr/bin/time -v), and the peak RSS of an
# archive a tenth the size (memory should be flat in archive size).
# Target: ≥ 1,000 versions/s on 2 cores. Release build; run it on a quiet machine.
#   ARTICLES=200 BIN=target/debug/claimdiff GEN=target/debug/examples/archive-gen \
#       scripts/import-bench.sh        # a quick check of the script with debug builds
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${ARTICLES:-2000}
versions=10
if [ -z "${BIN:-}" ]; then
    cargo build --release --locked -q --bin claimdiff --example archive-gen
fi
bin=${BIN:-${CARGO_TARGET_DIR:-target}/release/claimdiff}
gen=${GEN:-${CARGO_TARGET_DIR:-target}/release/examples/archive-gen}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
total=$((articles * versions))

bench() { # label, archive, database: imports the archive into the database and reports
    local label=$1 archive=$2 db=$3
    /usr/bin/time -v -o "$dir/time" "$bin" import "$archive" --db "$db" >"$dir/out" 2>"$dir/err"
    local secs kb n
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { k = split($2, t, ":"); s = 0; for (i = 1; i <= k; i++) s = s * 60 + t[i]; print s }' "$dir/time")
    kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$dir/time")
    # Versions dealt with: stored, or already held (a re-run).
    n=$(grep -oE '[0-9]+ versions? read' "$dir/out" | awk '{ s += $1 } END { print s + 0 }')
    awk -v l="$label" -v n="$n" -v s="$secs" -v mb="$mb" -v t="$total" -v kb="$kb" -v db="$(du -k "$db" | cut -f1)" 'BEGIN {
        s = (s > 0 ? s : 0.001)
        printf "%-14s %6d versions in %7.1fs: %6.0f versions/s, %5.1f MB/s, peak RSS %d MB, store %.1f KB/version\n",
            l, n, s, n / s, mb * n / t / s, kb / 1024, db / (n > 0 ? n : 1)
    }'
    sed 's/^/  /' "$dir/out"
    if [ -s "$dir/err" ]; then
        echo "  $(wc -l <"$dir/err") stderr lines, first: $(head -1 "$dir/err")"
    fi
}

echo "generating $total versions ($articles articles × $versions) in each format..." >&2
for f in diffengine newsedits git-newsdiffs; do
    "$gen" --format "$f" --out "$dir/$f.archive$([ "$f" = git-newsdiffs ] || echo .db)" \
        --articles "$articles" --versions "$versions"
done
# MB/s is of the articles' text (the same in every format).
mb=$(sqlite3 "$dir/newsedits.archive.db" "SELECT round(sum(length(summary)) / 1e6, 1) FROM entryversion")
echo "archive text: $mb MB" >&2
bench diffengine "$dir/diffengine.archive.db" "$dir/diffengine.store.db"
bench newsedits "$dir/newsedits.archive.db" "$dir/newsedits.store.db"
bench git-newsdiffs "$dir/git-newsdiffs.archive" "$dir/git.store.db"
"$bin" export --db "$dir/diffengine.store.db" >"$dir/archive.jsonl"
bench jsonl "$dir/archive.jsonl" "$dir/jsonl.store.db"
# A re-run of a finished import: every version already held.
bench "re-run" "$dir/diffengine.archive.db" "$dir/diffengine.store.db"
# Memory flat in archive size: a tenth of the archive (MB/s here is of a tenth of the text).
"$gen" --format diffengine --out "$dir/small.db" --articles $((articles / 10)) --versions "$versions"
bench "a tenth" "$dir/small.db" "$dir/small.store.db"
