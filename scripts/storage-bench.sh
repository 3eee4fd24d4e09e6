#!/usr/bin/env bash
# Storage bench: bytes per stored version, in all and per table, on a generated store.
#
#   scripts/storage-bench.sh [--articles N] [--versions N] [--prose BYTES]
#
# Generates (examples/claimdiff-gen.rs) N articles (default 2000) of --versions versions each
# (default 10), every version padded with claim-free prose to about --prose bytes (default
# 5000; each version also carries 5 sentences with 10 claims), then prints the database's size
# per version (after a VACUUM) and each table's and index's bytes per version, from SQLite's
# dbstat table (through the sqlite3 shell, or Python's sqlite3). Target (issue 16): at most 3 KB
# a version in all. The default size is 20,000 versions, the issue's archive.
# Release build; BIN_DIR=target/debug checks the script quickly with a debug build (no build).
set -euo pipefail
cd "$(dirname "$0")/.."

articles=2000
versions=10
prose=5000
while [ $# -gt 0 ]; do
    case "$1" in
        --articles) articles="$2"; shift 2 ;;
        --versions) versions="$2"; shift 2 ;;
        --prose) prose="$2"; shift 2 ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "storage-bench: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

if [ -z "${BIN_DIR:-}" ]; then
    cargo build --release --locked -q --bin claimdiff --example claimdiff-gen
    BIN_DIR=${CARGO_TARGET_DIR:-target}/release
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db="$dir/store.db"
"$BIN_DIR/examples/claimdiff-gen" --db "$db" --articles "$articles" --versions "$versions" \
    --prose "$prose" >/dev/null 2>&1
# SQL through the sqlite3 shell, else Python's sqlite3 module (rows as name|value).
sql() {
    if command -v sqlite3 >/dev/null 2>&1; then
        sqlite3 "$db" "$1"
    else
        python3 -c 'import sqlite3, sys
for row in sqlite3.connect(sys.argv[1], isolation_level=None).execute(sys.argv[2]):
    print("|".join(str(x) for x in row))' "$db" "$1"
    fi
}
# Compact the file: free pages left by the generator's rewrites are not storage.
sql "VACUUM" >/dev/null 2>&1 || echo "(VACUUM failed: the size includes free pages)"
n=$((articles * versions))
bytes=$(stat -c %s "$db")
echo "storage bench: $articles articles × $versions versions (~$prose bytes of prose each + 10 claims)"
awk -v b="$bytes" -v n="$n" 'BEGIN { printf "database: %d bytes, %d versions, %.0f bytes/version (target ≤ 3072)\n", b, n, b / n }'
# Per table and index: dbstat needs a SQLite built with it.
if ! sql "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY sum(pgsize) DESC" \
    >"$dir/stat" 2>/dev/null; then
    echo "(this SQLite has no dbstat table: no per-table figures)"
    exit 0
fi
printf '%-32s %12s %14s\n' "table or index" "bytes" "bytes/version"
awk -F'|' -v n="$n" '{ printf "%-32s %12d %14.0f\n", $1, $2, $2 / n }' "$dir/stat"
