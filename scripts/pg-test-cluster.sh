#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests, CI and benches: a fresh data directory in a
# temporary folder, listening on 127.0.0.1 on a free port (and a socket in the same folder),
# trust authentication, removed whole by `stop`.
#
#   eval "$(scripts/pg-test-cluster.sh start)"   # exports CLAIMDIFF_TEST_PG and PG_TEST_CLUSTER
#   cargo test --test cli                        # the CLI suite, each Env in its own database
#   scripts/pg-test-cluster.sh stop              # stops $PG_TEST_CLUSTER and removes it
#
# `start` prints two `export` lines (the base URL to the server, postgres://postgres@127.0.0.1:PORT,
# and the cluster's folder) and nothing else on stdout; progress goes to stderr.
# `stop [DIR]` stops the cluster in DIR (default $PG_TEST_CLUSTER) and removes DIR.
#
# Needs PostgreSQL's server binaries (Debian's postgresql-NN: initdb, pg_ctl under
# /usr/lib/postgresql/NN/bin; PG_BIN overrides). The server refuses to run as root: when run as
# root, the cluster runs as the `postgres` OS user (PG_USER overrides).
set -euo pipefail

die() { echo "pg-test-cluster: $*" >&2; exit 1; }

pg_bin() {
    if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
    local d
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [ -x "$d/initdb" ] && { echo "$d"; return; }
    done
    command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return; }
    die "no PostgreSQL server binaries found (install postgresql, or set PG_BIN)"
}

# Runs a command as the cluster's OS user (root cannot run the server).
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u "${PG_USER:-postgres}" -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
        || echo $((20000 + RANDOM % 20000))
}

start() {
    local bin dir port
    bin=$(pg_bin)
    dir=$(mktemp -d "${TMPDIR:-/tmp}/claimdiff-pg.XXXXXX")
    chmod 700 "$dir"
    if [ "$(id -u)" = 0 ]; then chown "${PG_USER:-postgres}" "$dir"; fi
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
        --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; die "initdb failed"; }
    # A port can be taken between choosing and binding it: try a few.
    local tries=0
    while :; do
        port=$(free_port)
        if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 ${PG_OPTIONS:-}" \
            start >"$dir/pg_ctl.log" 2>&1; then
            break
        fi
        tries=$((tries + 1))
        if [ "$tries" -ge 5 ]; then
            cat "$dir/server.log" >&2 || true
            rm -rf "$dir"
            die "the server did not start"
        fi
    done
    echo "pg-test-cluster: PostgreSQL up on 127.0.0.1:$port (data in $dir)" >&2
    echo "export CLAIMDIFF_TEST_PG=postgres://postgres@127.0.0.1:$port"
    echo "export PG_TEST_CLUSTER=$dir"
}

stop() {
    local dir="${1:-${PG_TEST_CLUSTER:-}}"
    [ -n "$dir" ] || die "stop: give the cluster's folder (or set PG_TEST_CLUSTER)"
    [ -d "$dir/data" ] || die "stop: $dir holds no cluster"
    local bin
    bin=$(pg_bin)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >"$dir/pg_ctl.log" 2>&1 || true
    rm -rf "$dir"
    echo "pg-test-cluster: stopped and removed $dir" >&2
}

case "${1:-}" in
    start) start ;;
    stop) shift; stop "${1:-}" ;;
    *) echo "usage: $0 start | stop [DIR]" >&2; exit 2 ;;
esac
