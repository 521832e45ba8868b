# lib.sh: shared by the test scripts.  Source it; it expects $SCHEMADIFF.
#
# TAP helpers (ok/not_ok/skip count into PASS/FAIL/SKIP) and a throwaway
# cluster started by start_cluster and stopped on exit.

PASS=0 FAIL=0 SKIP=0 TESTNO=0
ok()     { TESTNO=$((TESTNO + 1)); PASS=$((PASS + 1)); echo "ok $TESTNO - $*"; }
not_ok() { TESTNO=$((TESTNO + 1)); FAIL=$((FAIL + 1)); echo "not ok $TESTNO - $*"; }
skip()   { TESTNO=$((TESTNO + 1)); SKIP=$((SKIP + 1)); echo "ok $TESTNO - $1 # skip $2"; }
summary() { echo "$PASS passed, $FAIL failed, $SKIP skipped"; }

TESTS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# Start a cluster unless the caller (run-all.sh) already did.
start_cluster() {
  if [ -n "${TEST_CLUSTER_DIR:-}" ]; then return 0; fi
  # a model cache of the suite's own, never the user's
  if [ -z "${SCHEMADIFF_CACHE_DIR:-}" ]; then
    SCHEMADIFF_CACHE_DIR=$(mktemp -d /tmp/schemadiff-testcache.XXXXXX); OWN_CACHE=1
    export SCHEMADIFF_CACHE_DIR
  fi
  # in memory where there is room: the suite creates thousands of
  # relation files, which a disk file system makes several times slower
  local parent=/tmp free
  free=$(df -Pk /dev/shm 2>/dev/null | awk 'NR == 2 { print $4 }')
  if [ -w /dev/shm ] && [ "${free:-0}" -ge 2097152 ]; then parent=/dev/shm; fi
  TEST_CLUSTER_DIR=$(mktemp -d "$parent/schemadiff-test.XXXXXX")
  OWN_CLUSTER=1
  trap 'stop_cluster' EXIT
  eval "$("$TESTS_DIR/cluster.sh" start "$TEST_CLUSTER_DIR")" || { echo "Bail out! cannot start the test cluster"; exit 1; }
  export TEST_CLUSTER_DIR
}
stop_cluster() {
  if [ "${OWN_CLUSTER:-0}" = 1 ]; then "$TESTS_DIR/cluster.sh" stop "$TEST_CLUSTER_DIR"; fi
  if [ "${OWN_CACHE:-0}" = 1 ]; then rm -rf "$SCHEMADIFF_CACHE_DIR"; fi
}

# URL of database $1 on the test cluster (socket dir as host).
db_url() { echo "host=$PGHOST port=$PGPORT user=$PGUSER dbname=$1"; }

fresh_db() { dropdb --if-exists -f "$1" >/dev/null 2>&1; createdb "$1"; }
load_sql() { psql -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$2" >/dev/null 2>"$3"; }

# A script with nothing but comments and blank lines.
is_empty_sql() { ! grep -v -E '^[[:space:]]*(--.*)?$' "$1" | grep -q .; }

# The schema as pg_dump prints it, without what varies between databases.
dump_schema() {
  pg_dump --schema-only --no-owner -d "$1" |
    sed -e '/^--/d' -e '/^SET /d' -e '/^SELECT pg_catalog.set_config/d' \
        -e '/^\\restrict /d' -e '/^\\unrestrict /d' -e '/^\s*$/d'
}
# The same with each table's column lines sorted: PostgreSQL only appends
# columns, so column order is not a difference a migration can remove.
# A statistics object's plain columns print in column order too.
sort_columns() {
  awk '
    /^CREATE (UNLOGGED )?TABLE .*\($/ { print; inside = 1; n = 0; next }
    inside && /^\)/ { for (i = 1; i <= n; i++) print cols[i] | "sort"; close("sort"); print; inside = 0; next }
    inside { sub(/,$/, ""); cols[++n] = $0; next }
    /^CREATE STATISTICS .* ON .* FROM / {
      on = index($0, " ON "); from = index($0, " FROM ")
      list = substr($0, on + 4, from - on - 4)
      if (list !~ /[(]/) {
        k = split(list, v, ", ")
        for (i = 2; i <= k; i++) for (j = i; j > 1 && v[j - 1] > v[j]; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
        list = v[1]; for (i = 2; i <= k; i++) list = list ", " v[i]
        $0 = substr($0, 1, on + 3) list substr($0, from)
      }
    }
    { print }'
}
# pg_dump prints an object's grants in the order of its ACL array, which
# is the order they were granted in: not a difference a migration can (or
# should) remove.  Each run of GRANT/REVOKE lines is sorted.
sort_grants() {
  awk '
    function flush() { for (i = 1; i <= n; i++) print acl[i] | "sort"; close("sort"); n = 0 }
    /^(GRANT|REVOKE) / { acl[++n] = $0; next }
    { flush(); print }
    END { flush() }'
}
# Do databases $1 and $2 have the same schema (up to column and grant order)?
same_schema() {
  diff <(dump_schema "$1" | sort_columns | sort_grants) <(dump_schema "$2" | sort_columns | sort_grants) >"$3"
}

# PostgreSQL prints `col IN ('a', 'b')` on a varchar column as
#   (ARRAY['a'::character varying, ...])::text[]
# and, re-created from that text, as ARRAY[('a'::character varying)::text, ...]:
# the same expression.  A database loaded from catalog text (a dump, a
# rollback) has the second spelling; this writes both the same way.
respell_array_casts() {
  perl -pe 's{\(ARRAY\[((?:\x27(?:[^\x27]|\x27\x27)*\x27::[a-z ]+(?:\(\d+\))?(?:, )?)+)\]\)::([a-z ]+)\[\]}{
    my ($elems, $type) = ($1, $2);
    "ARRAY[" . join(", ", map { "($_)::$type" } ($elems =~ /(\x27(?:[^\x27]|\x27\x27)*\x27::[a-z ]+(?:\(\d+\))?)/g)) . "]"
  }ge'
}
# same_schema, up to that respelling; with a 4th argument "no-grants", up
# to grants too (a dump without --privileges leaves them out by design)
same_schema_respelled() {
  local keep='^$'; [ "${4:-}" = no-grants ] && keep='^(GRANT|REVOKE) '
  diff <(dump_schema "$1" | grep -Ev "$keep" | sort_columns | sort_grants | respell_array_casts) \
       <(dump_schema "$2" | grep -Ev "$keep" | sort_columns | sort_grants | respell_array_casts) >"$3"
}
