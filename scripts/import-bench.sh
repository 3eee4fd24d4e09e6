#!/usr/bin/env bash
# import at scale: generates (with the dev-only examples/archive-gen.rs) an archive of 20,000
# versions (2,000 articles × 10 versions of ~5 KB) as a diffengine and a NewsEdits SQLite file
# and a NewsDiffs git repository, times `claimdiff import` of each into an empty database, then
# the same articles as claimdiff's own JSONL (exported from the first import). Reports
# versions/s, MB/s of archive text and peak RSS (/usr/bin/time -v), and the peak RSS of an
# archive a tenth the size (memory should be flat in archive size).
# Target: ≥ 1,000 versions/s on 2 cores. Release build; run it on a quiet machine.
# PG=postgres://USER@HOST:PORT stores into PostgreSQL instead (a new database per import,
# dropped at the end; e.g. the cluster of scripts/pg-test-cluster.sh); FORMATS="diffengine"
# limits the formats imported (default: all four).
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
total=$((articles * versions))

# With PG: a database named after the file, created on first use (dropped on exit).
pg_dbs=()
location() { # a store file name -> where the store is (the file, or a PostgreSQL URL)
    if [ -z "${PG:-}" ]; then echo "$1"; return; fi
    local name
    name=bench_$(basename "$1" .db | tr -c 'a-z0-9\n' '_')
    if ! printf '%s\n' "${pg_dbs[@]:-}" | grep -qx "$name"; then
        PGOPTIONS="-c client_min_messages=warning" psql -q "$PG/postgres" -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name" >&2
    fi
    echo "$PG/$name"
}
store_kb() { # the store's size in KB
    if [ -z "${PG:-}" ]; then du -k "$1" | cut -f1; return; fi
    psql -qtA "$PG/postgres" -c "SELECT pg_database_size('${1##*/}') / 1024"
}
cleanup() {
    rm -rf "$dir"
    for d in "${pg_dbs[@]:-}"; do
        [ -n "$d" ] && PGOPTIONS="-c client_min_messages=warning" psql -q "$PG/postgres" -c "DROP DATABASE IF EXISTS $d" >&2 || true
    done
}
trap cleanup EXIT
wanted() { [ -z "${FORMATS:-}" ] || [[ " $FORMATS " == *" $1 "* ]]; }

bench() { # label, archive, store file: imports the archive into the store and reports
    local label=$1 archive=$2 db
    db=$(location "$3")
    [ -n "${PG:-}" ] && pg_dbs+=("${db##*/}")
    /usr/bin/time -v -o "$dir/time" "$bin" import "$archive" --db "$db" >"$dir/out" 2>"$dir/err"
    local secs kb n
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { k = split($2, t, ":"); s = 0; for (i = 1; i <= k; i++) s = s * 60 + t[i]; print s }' "$dir/time")
    kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$dir/time")
    # Versions dealt with: stored, or already held (a re-run).
    n=$(grep -oE '[0-9]+ versions? read' "$dir/out" | awk '{ s += $1 } END { print s + 0 }')
    awk -v l="$label" -v n="$n" -v s="$secs" -v mb="$mb" -v t="$total" -v kb="$kb" -v db="$(store_kb "$db")" 'BEGIN {
        s = (s > 0 ? s : 0.001)
        printf "%-14s %6d versions in %7.1fs: %6.0f versions/s, %5.1f MB/s, peak RSS %d MB, store %.1f KB/version\n",
            l, n, s, n / s, mb * n / t / s, kb / 1024, db / (n > 0 ? n : 1)
    }'
    sed 's/^/  /' "$dir/out"
    if [ -z "${PG:-}" ] && command -v sqlite3 >/dev/null 2>&1; then
        # Whether the size holds free pages (a VACUUM would drop them).
        echo "  store: $(sqlite3 "$db" "SELECT f.freelist_count || ' free pages of ' || p.page_count FROM pragma_freelist_count f, pragma_page_count p" 2>/dev/null || echo "page counts unreadable")"
    fi
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
wanted diffengine && bench diffengine "$dir/diffengine.archive.db" "$dir/diffengine.store.db"
wanted newsedits && bench newsedits "$dir/newsedits.archive.db" "$dir/newsedits.store.db"
wanted git-newsdiffs && bench git-newsdiffs "$dir/git-newsdiffs.archive" "$dir/git.store.db"
if wanted jsonl && wanted diffengine; then
    "$bin" export --db "$(location "$dir/diffengine.store.db")" >"$dir/archive.jsonl"
    bench jsonl "$dir/archive.jsonl" "$dir/jsonl.store.db"
fi
if wanted diffengine; then
    # A re-run of a finished import: every version already held.
    bench "re-run" "$dir/diffengine.archive.db" "$dir/diffengine.store.db"
    # Memory flat in archive size: a tenth of the archive (MB/s here is of a tenth of the text).
    "$gen" --format diffengine --out "$dir/small.db" --articles $((articles / 10)) --versions "$versions"
    bench "a tenth" "$dir/small.db" "$dir/small.store.db"
fi
