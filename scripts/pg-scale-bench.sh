#!/usr/bin/env bash
# Scale bench on PostgreSQL: history, topics and search over the generated store.
#
#   scripts/pg-scale-bench.sh [--articles N] [--runs N] [--reuse] [--debug]
#
# Generates (with the dev-only examples/claimdiff-gen) a deterministic SQLite store of N
# articles (default 20000: 100,000 versions, 1,000,000 claims) into target/scale/, copies it
# into a fresh PostgreSQL database with `claimdiff copy`, runs VACUUM ANALYZE, then times the
# read commands (median of --runs runs, default 10, timed with `date +%s%N`) against their
# targets (history < 50 ms, topics < 100 ms, search < 50 ms) and prints the plans of their
# main queries (EXPLAIN ANALYZE). A missed target is reported, not an error.
#
# Starts and stops its own throwaway cluster (scripts/pg-test-cluster.sh) unless
# CLAIMDIFF_TEST_PG names a server. --reuse keeps a database an earlier run copied on that
# server (the copy takes about 10 minutes at full size; claimdiff brings its schema up to date
# on the first command). Release builds by default; --debug uses debug builds (for a quick
# check that the script works, with a tiny --articles).
set -euo pipefail
cd "$(dirname "$0")/.."

articles=20000
runs=10
profile=release
reuse=0
while [ $# -gt 0 ]; do
    case "$1" in
        --articles) articles="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --reuse) reuse=1; shift ;;
        --debug) profile=debug; shift ;;
        -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "pg-scale-bench: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

if [ "$profile" = release ]; then
    cargo build --release --locked --bin claimdiff --example claimdiff-gen >&2
else
    cargo build --locked --bin claimdiff --example claimdiff-gen >&2
fi
bin=target/$profile/claimdiff
mkdir -p target/scale
lite="target/scale/claimdiff-scale-$articles.db"
if [ ! -f "$lite" ]; then
    echo "pg-scale-bench: generating $lite ($articles articles)..." >&2
    "target/$profile/examples/claimdiff-gen" --db "$lite" --articles "$articles" --force
fi

own_cluster=0
cleanup() {
    if [ "$own_cluster" = 1 ]; then scripts/pg-test-cluster.sh stop "$PG_TEST_CLUSTER" || true; fi
}
trap cleanup EXIT
if [ -z "${CLAIMDIFF_TEST_PG:-}" ]; then
    eval "$(scripts/pg-test-cluster.sh start)"
    own_cluster=1
fi
dbname="claimdiff_scale_$articles"
pg="$CLAIMDIFF_TEST_PG/$dbname"
held=$(psql -qtA "$pg" -c "SELECT count(*) FROM versions" 2>/dev/null || echo 0)
if [ "$reuse" = 1 ] && [ "$held" = $((articles * 5)) ]; then
    echo "pg-scale-bench: reusing $dbname ($held versions)" >&2
    t0=$(date +%s%N)
    "$bin" topics --db "$pg" >/dev/null
    t1=$(date +%s%N)
    echo "pg-scale-bench: opening it (migrations) took $(awk -v ns=$((t1 - t0)) 'BEGIN { printf "%.1f", ns / 1e9 }') s" >&2
else
    psql -q "$CLAIMDIFF_TEST_PG/postgres" -c "DROP DATABASE IF EXISTS $dbname WITH (FORCE)" \
        -c "CREATE DATABASE $dbname"
    t0=$(date +%s%N)
    "$bin" copy --from "$lite" --to "$pg" >&2
    t1=$(date +%s%N)
    echo "pg-scale-bench: copy took $(awk -v ns=$((t1 - t0)) 'BEGIN { printf "%.1f", ns / 1e9 }') s" >&2
fi
psql -q "$pg" -c "VACUUM ANALYZE"

export CLAIMDIFF_DB="$pg"
export NO_COLOR=1
now_us() { echo $(($(date +%s%N) / 1000)); }
median_ms() {
    printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.1f", m / 1000 }'
}

names=("history --topic tariffs" "history ... --source 'Puebla Herald'" "history ... --min-change 10" "topics" "search 'tariff steel'")
cmds=(
    "$bin history --topic tariffs"
    "$bin history --topic tariffs --source 'Puebla Herald'"
    "$bin history --topic tariffs --min-change 10"
    "$bin topics"
    "$bin search 'tariff steel'"
)
targets=(50 50 50 100 50)
echo "pg scale bench: $pg ($articles articles × 5 versions × 10 claims), $profile build"
printf '%-50s %12s %8s  %s\n' "command" "median (ms)" "target" "verdict"
for i in "${!cmds[@]}"; do
    eval "${cmds[$i]}" >/dev/null
    times=()
    for _ in $(seq "$runs"); do
        t=$(now_us)
        eval "${cmds[$i]}" >/dev/null
        times+=($(($(now_us) - t)))
    done
    m=$(median_ms "${times[@]}")
    if awk -v m="$m" -v t="${targets[$i]}" 'BEGIN { exit !(m < t) }'; then v=ok; else v=MISSED; fi
    printf '%-50s %12s %8s  %s\n' "claimdiff ${names[$i]}" "$m" "< ${targets[$i]}" "$v"
done

# The plans of the queries behind those commands (as src/store/postgres/read.rs writes them).
explain() {
    echo
    echo "== $1"
    psql -q "$pg" -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) $2"
}
changes="SELECT tl.version_id, tl.claim_id, tl.status, tl.at FROM timeline tl WHERE tl.topic = 'tariffs'"
latest="ORDER BY tl.at DESC, tl.version_id DESC, tl.claim_id DESC LIMIT 50"
source="AND tl.source_id = (SELECT id FROM sources WHERE name = 'Puebla Herald')"
min="AND tl.status <> 'unchanged' AND tl.status = 'changed' AND tl.change_pct >= 10"
explain "history --topic tariffs: the count" \
    "SELECT count(*) FROM ($changes AND tl.status <> 'unchanged') m"
explain "history --topic tariffs: the latest entries" \
    "$changes AND tl.status <> 'unchanged' $latest"
explain "history --topic tariffs --source 'Puebla Herald': the count" \
    "SELECT count(*) FROM ($changes $source AND tl.status <> 'unchanged') m"
explain "history --topic tariffs --source 'Puebla Herald': the latest entries" \
    "$changes $source AND tl.status <> 'unchanged' $latest"
explain "history --topic tariffs --min-change 10: the count" \
    "SELECT count(*) FROM ($changes $min) m"
explain "history --topic tariffs --min-change 10: the latest entries" \
    "$changes $min $latest"
explain "topics" \
    "SELECT topic, sum(claims)::bigint, count(*), count(DISTINCT source_id), max(latest) FROM topic_articles GROUP BY topic ORDER BY sum(claims) DESC, topic"
explain "search 'tariff steel'" \
    "WITH q AS (SELECT plainto_tsquery('claimdiff_en', 'tariff steel') AS en, plainto_tsquery('claimdiff_es', 'tariff steel') AS es) SELECT m.id, greatest(ts_rank(m.search, q.en), ts_rank(m.search, q.es)) AS rank FROM claims m, q WHERE m.search @@ q.en OR m.search @@ q.es ORDER BY rank DESC, m.id LIMIT 20"
