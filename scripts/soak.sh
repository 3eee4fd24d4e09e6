#!/usr/bin/env bash
# Soak test: mixed concurrent `record`, `reindex`, `history`, `fetch` against one database and a
# local HTTP server (127.0.0.1 only), with random `kill -9`s of claimdiff processes, for a
# bounded time; then an integrity and lineage check. Not run in CI.
#
#   scripts/soak.sh [--minutes N] [--bin PATH] [--workers N]
#
# Defaults: 30 minutes, target/release/claimdiff (else target/debug/claimdiff), 4 workers of
# each kind. Prints its figures at the end; exits 1 if a check failed or a run panicked.
set -uo pipefail

minutes=30
bin=""
workers=4
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes="$2"; shift 2 ;;
    --bin) bin="$2"; shift 2 ;;
    --workers) workers="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "soak: unknown option $1" >&2; exit 2 ;;
  esac
done
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ -z "$bin" ]; then
  bin="$root/target/release/claimdiff"
  [ -x "$bin" ] || bin="$root/target/debug/claimdiff"
fi
[ -x "$bin" ] || { echo "soak: no claimdiff binary at $bin (cargo build first)" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "soak: sqlite3 is needed for the final check" >&2; exit 2; }

work="$(mktemp -d)"
db="$work/soak.db"
site="$work/site"
stats="$work/stats"
mkdir -p "$site" "$stats"
deadline=$(( $(date +%s) + minutes * 60 ))
server_pid=""
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
  wait 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# A page whose figures change with $2 (the edit number).
page() {
  local n=$2
  cat <<HTML
<!doctype html><html><head><title>Story $1</title>
<link rel="canonical" href="/story$1.html"></head><body><article>
<h1>Story $1</h1>
<p>Floodwaters forced $(( 1000 + n * 37 % 900 )) residents from their homes in the valley on Tuesday, the agency said.</p>
<p>Rescue crews reached $(( 10 + n % 25 )) villages by nightfall, and about $(( 100 + n % 50 )) people were treated at hospitals.</p>
<p>The government released \$$(( 20 + n % 30 )) million in emergency aid on Wednesday, officials said.</p>
</article></body></html>
HTML
}
for i in $(seq 1 20); do page "$i" 0 > "$site/story$i.html"; done

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site" >/dev/null 2>&1 &
server_pid=$!
sleep 1

# Runs claimdiff with $@, killing it with -9 at a random moment one time in $kill_one_in;
# counts the outcome by exit code in $stats/KIND.CODE.
kill_one_in=6
run() {
  local kind=$1; shift
  local err="$stats/err.$BASHPID"
  "$bin" "$@" --db "$db" >/dev/null 2>"$err" &
  local pid=$!
  if [ $(( RANDOM % kill_one_in )) -eq 0 ]; then
    sleep "0.$(printf %03d $(( RANDOM % 300 )))"
    kill -9 "$pid" 2>/dev/null || true
  fi
  local code=0
  wait "$pid" || code=$?
  if grep -q "panicked" "$err" 2>/dev/null; then code=101; fi
  if [ "$code" -ne 0 ] && [ "$code" -ne 137 ]; then
    { head -c 300 "$err"; echo; } >> "$stats/errors.log"
    # A writer that gave up waiting for the write lock (the busy timeout).
    if grep -q "database is locked" "$err" 2>/dev/null; then echo >> "$stats/locked-$kind"; fi
  fi
  echo >> "$stats/$kind.$code"
}

text() {
  printf 'Officials said %d workers joined the strike on Monday, and %d ships waited at the port.\n\nThe union said %d%% of members voted yes.\n' \
    $(( RANDOM % 5000 )) $(( RANDOM % 80 )) $(( RANDOM % 100 ))
}

recorder() {
  while [ "$(date +%s)" -lt "$deadline" ]; do
    local f="$work/in.$BASHPID.txt"
    text > "$f"
    local k=$(( RANDOM % 90 ))
    run record record "$f" --source "Wire$(( k % 3 ))" --article "a$k"
  done
}
reindexer() {
  while [ "$(date +%s)" -lt "$deadline" ]; do
    run reindex reindex; sleep 2
  done
}
reader() {
  while [ "$(date +%s)" -lt "$deadline" ]; do
    run history history --topic health --format json
    run log log --format json
  done
}
editor() {
  local n=0
  while [ "$(date +%s)" -lt "$deadline" ]; do
    n=$(( n + 1 ))
    local i=$(( RANDOM % 20 + 1 ))
    page "$i" "$n" > "$site/story$i.tmp" && mv "$site/story$i.tmp" "$site/story$i.html"
    sleep 0.5
  done
}
fetcher() {
  while [ "$(date +%s)" -lt "$deadline" ]; do
    local a=$(( RANDOM % 20 + 1 )) b=$(( RANDOM % 20 + 1 ))
    run fetch fetch "http://127.0.0.1:$port/story$a.html" "http://127.0.0.1:$port/story$b.html" --delay 0s --source Local
  done
}

echo "soak: $minutes min, $workers workers of each kind, $bin, database $db"
for _ in $(seq 1 "$workers"); do
  recorder 2>/dev/null & pids+=($!)
  reader 2>/dev/null & pids+=($!)
  fetcher 2>/dev/null & pids+=($!)
done
reindexer 2>/dev/null & pids+=($!)
editor 2>/dev/null & pids+=($!)
for p in "${pids[@]}"; do wait "$p"; done

# Final checks: one more (unkilled) history links anything left; then integrity and lineage.
"$bin" history --topic health --db "$db" >/dev/null 2>&1 || true
q() { sqlite3 "$db" "$1"; }
integrity=$(q "PRAGMA integrity_check;")
fk=$(q "PRAGMA foreign_key_check;" | wc -l)
dangling=$(q "SELECT count(*) FROM claims c JOIN versions v ON v.id = c.version_id WHERE c.previous_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM claims p JOIN versions pv ON pv.id = p.version_id WHERE p.id = c.previous_id AND pv.article_id = v.article_id AND pv.number = v.number - 1);")
unlinked=$(q "SELECT count(*) FROM versions WHERE linked = 0;")
gaps=$(q "SELECT count(*) FROM (SELECT article_id, max(number) m, count(*) c FROM versions GROUP BY article_id) WHERE m <> c;")
stale_status=$(q "SELECT count(*) FROM claims c JOIN versions v ON v.id = c.version_id WHERE v.number > 1 AND c.status = 'new' AND c.previous_id IS NOT NULL;")
versions=$(q "SELECT count(*) FROM versions;")
articles=$(q "SELECT count(*) FROM articles;")
claims=$(q "SELECT count(*) FROM claims;")

echo "runs by command and exit code (137 = killed by the soak):"
for f in "$stats"/*.*; do
  case "$(basename "$f")" in err.*|errors.log) continue ;; esac
  printf '  %-14s %6d\n' "$(basename "$f")" "$(wc -l < "$f")"
done
locked=""
for f in "$stats"/locked-*; do
  [ -e "$f" ] && locked="$locked ${f##*/locked-} $(wc -l < "$f"),"
done
echo "'database is locked' exits:${locked:- none}"
echo "store: $articles articles, $versions versions, $claims claims"
echo "integrity_check: $integrity; foreign key violations: $fk"
echo "lineage: $dangling claims pointing at no claim of the version before, $unlinked versions unlinked, $gaps articles with gaps in version numbers, $stale_status inconsistent statuses"
panics=$(cat "$stats"/*.101 2>/dev/null | wc -l)
if [ -s "$stats/errors.log" ]; then
  echo "distinct errors (first 300 bytes each, up to 10):"
  sort "$stats/errors.log" | uniq -c | sort -rn | head -10 | sed 's/^/  /'
fi
if [ "$integrity" != "ok" ] || [ "$fk" -ne 0 ] || [ "$dangling" -ne 0 ] || [ "$unlinked" -ne 0 ] \
   || [ "$gaps" -ne 0 ] || [ "$panics" -ne 0 ]; then
  echo "soak: FAILED"; exit 1
fi
echo "soak: passed"
