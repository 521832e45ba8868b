#!/usr/bin/env bash
# cluster.sh: a throwaway PostgreSQL cluster for the test suite.
#
#   tests/cluster.sh start DIR   initdb + start, socket in DIR, no TCP; prints
#                                the PG* variables to eval
#   tests/cluster.sh stop DIR    stop it and remove DIR
#
# The tests' cluster runs with fsync, synchronous_commit and full_page_writes
# off: nothing in it needs to survive a crash.  With CLUSTER_DURABLE=1 it
# keeps PostgreSQL's own settings for them, as a server is installed (the
# benchmark's reference server, see bench/run.py).
#
# PostgreSQL refuses to run as root, so as root the cluster runs as the
# postgres user (or $SCHEMADIFF_PG_USER) and DIR is handed to that user.
set -euo pipefail

cmd=${1:?usage: cluster.sh start|stop DIR}
dir=${2:?usage: cluster.sh start|stop DIR}
port=${TEST_PGPORT:-54329}

bindir=${SCHEMADIFF_PG_BINDIR:-}
if [ -z "$bindir" ]; then
  if command -v pg_config >/dev/null && [ -x "$(pg_config --bindir)/initdb" ]; then
    bindir=$(pg_config --bindir)
  else
    bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
fi
[ -x "$bindir/initdb" ] || { echo "cluster.sh: no PostgreSQL server binaries found" >&2; exit 1; }

as_server() {
  if [ "$(id -u)" = 0 ]; then
    local user=${SCHEMADIFF_PG_USER:-postgres}
    # from /, which the server user can enter (the caller's cwd may be closed to it)
    (cd / && runuser -u "$user" -- "$@")
  else
    "$@"
  fi
}

case $cmd in
start)
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown "${SCHEMADIFF_PG_USER:-postgres}" "$dir"
  as_server "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  no_durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [ "${CLUSTER_DURABLE:-0}" = 1 ] && no_durability=
  as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-k $dir -p $port -c listen_addresses= $no_durability -c max_connections=100 -c max_locks_per_transaction=1024" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  echo "export PGHOST=$dir PGPORT=$port PGUSER=postgres PGDATABASE=postgres"
  ;;
stop)
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*) echo "usage: cluster.sh start|stop DIR" >&2; exit 2 ;;
esac
