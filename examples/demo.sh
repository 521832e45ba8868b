#!/usr/bin/env bash
# demo.sh: plan the example platform schema's v1 -> v2 migration.
#
# A throwaway PostgreSQL plays the live database, loaded with v1 by psql;
# schemadiff then plans it to v2 using its own embedded PostgreSQL as the
# shadow, and prints the plan, the SQL and the rollback.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
SD=${SCHEMADIFF:-$here/../schemadiff}
live=$(mktemp -d /tmp/schemadiff-demo.XXXXXX)
trap '"$here/../tests/cluster.sh" stop "$live"' EXIT
eval "$(TEST_PGPORT=54331 "$here/../tests/cluster.sh" start "$live")"
createdb webduh
cat "$here"/webduh/v1/*.sql | psql -X -q -v ON_ERROR_STOP=1 -d webduh >/dev/null
url="host=$PGHOST port=$PGPORT user=$PGUSER dbname=webduh"

echo "== schemadiff plan --format human (v1 live, v2 desired)"
"$SD" plan --db "$url" --schema "$here/webduh/v2" --format human
echo
echo "== schemadiff plan --format sql --rollback rollback.sql"
"$SD" plan --db "$url" --schema "$here/webduh/v2" --format sql --rollback "$live/rollback.sql"
echo
echo "== rollback.sql"
cat "$live/rollback.sql"
