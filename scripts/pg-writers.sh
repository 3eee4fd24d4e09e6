#!/usr/bin/env bash
# Many writers: W processes (default 8) each record V versions (default 200) with
# `claimdiff record`, half of them on the same 10 shared articles, the other half each on
# articles of its own; once into one PostgreSQL database, once into one SQLite file. Then it
# checks that nothing was lost (every distinct text stored once), that each article's version
# numbers run 1..n without gaps or duplicates, and that the lineage is consistent (every
# version linked, every claim's previous claim in the version just before, same article), and
# prints versions/s for both backends.
#
#   scripts/pg-writers.sh [--writers W] [--versions V] [--bin PATH]
#
# Uses target/release/claimdiff (built here) unless --bin is given; starts and stops its own
# throwaway cluster with scripts/pg-test-cluster.sh unless CLAIMDIFF_TEST_PG names a server.
# Needs psql and python3 (for the SQLite checks).
set -euo pipefail
cd "$(dirname "$0")/.."

writers=8
versions=200
bin=""
while [ $# -gt 0 ]; do
    case "$1" in
        --writers) writers="$2"; shift 2 ;;
        --versions) versions="$2"; shift 2 ;;
        --bin) bin="$2"; shift 2 ;;
        -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "pg-writers: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
if [ -z "$bin" ]; then
    cargo build --release --locked --bin claimdiff >&2
    bin=target/release/claimdiff
fi
bin=$(realpath "$bin")

work=$(mktemp -d)
own_cluster=0
cleanup() {
    if [ "$own_cluster" = 1 ]; then scripts/pg-test-cluster.sh stop "$PG_TEST_CLUSTER" || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
if [ -z "${CLAIMDIFF_TEST_PG:-}" ]; then
    eval "$(scripts/pg-test-cluster.sh start)"
    own_cluster=1
fi
dbname="claimdiff_writers_$$"
psql -q "$CLAIMDIFF_TEST_PG/postgres" -c "CREATE DATABASE $dbname"
pg_url="$CLAIMDIFF_TEST_PG/$dbname"

# One writer: V versions, each a distinct text; shared writers cycle over 10 common articles.
writer() {
    local db="$1" w="$2" i article
    for i in $(seq 1 "$versions"); do
        if [ $((w % 2)) = 0 ]; then
            article="shared-$((i % 10))"
        else
            article="own-$w-$((i % 10))"
        fi
        printf 'Report %s-%s: the wildfire burned %s hectares and destroyed %s homes, firefighters said.\n\nOfficials said %s people were evacuated.\n' \
            "$w" "$i" "$((w * 1000 + i))" "$((i + 10))" "$((w + i * 3))" \
            | "$bin" record - --source "Wire" --article "$article" --db "$db" >/dev/null
    done
}

# Runs every writer against one database; prints the seconds it took.
run_writers() {
    local db="$1" pids=() t0 t1 w
    t0=$(date +%s%N)
    for w in $(seq 1 "$writers"); do
        writer "$db" "$w" &
        pids+=($!)
    done
    for p in "${pids[@]}"; do wait "$p"; done
    t1=$(date +%s%N)
    awk -v ns=$((t1 - t0)) 'BEGIN { printf "%.2f", ns / 1e9 }'
}

# The checks, one number each (all must be 0 but the first).
checks=(
    "SELECT count(*) FROM versions"
    "SELECT count(*) FROM (SELECT article_id FROM versions GROUP BY article_id HAVING max(number) <> count(*) OR count(DISTINCT number) <> count(*) OR min(number) <> 1) g"
    "SELECT count(*) FROM (SELECT content_hash FROM versions GROUP BY content_hash HAVING count(*) > 1) d"
    "SELECT count(*) FROM versions WHERE NOT linked"
    "SELECT count(*) FROM claims WHERE status IS NULL"
    "SELECT count(*) FROM claims c JOIN versions v ON v.id = c.version_id JOIN claims p ON p.id = c.previous_id JOIN versions pv ON pv.id = p.version_id WHERE pv.article_id <> v.article_id OR pv.number <> v.number - 1"
    "SELECT count(*) FROM claims c JOIN versions v ON v.id = c.version_id WHERE v.number > 1 AND c.status <> 'new' AND c.previous_id IS NULL"
)
names=("versions stored" "articles with gaps or duplicate numbers" "texts stored twice" "versions without lineage" "claims without status" "previous claims outside the version before" "continued claims without a previous claim")

verify() {
    local backend="$1" db="$2" q got want ok=0 i
    for i in "${!checks[@]}"; do
        q=${checks[$i]}
        if [ "$backend" = postgres ]; then
            got=$(psql -At "$db" -c "$q")
        else
            got=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$db" "$q")
        fi
        if [ "$i" = 0 ]; then want=$((writers * versions)); else want=0; fi
        if [ "$got" != "$want" ]; then ok=1; echo "  FAIL $backend: ${names[$i]}: $got (want $want)"; fi
    done
    return $ok
}

status=0
echo "many writers: $writers processes × $versions versions (half on 10 shared articles)"
for backend in postgres sqlite; do
    if [ "$backend" = postgres ]; then db="$pg_url"; else db="$work/writers.db"; fi
    secs=$(run_writers "$db")
    rate=$(awk -v n=$((writers * versions)) -v s="$secs" 'BEGIN { printf "%.1f", n / s }')
    if verify "$backend" "$db"; then verdict=ok; else verdict=FAILED; status=1; fi
    printf '%-9s %6d versions in %8ss  %8s versions/s  %s\n' "$backend" $((writers * versions)) "$secs" "$rate" "$verdict"
done
psql -q "$CLAIMDIFF_TEST_PG/postgres" -c "DROP DATABASE $dbname WITH (FORCE)"
exit $status
