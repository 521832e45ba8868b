#!/usr/bin/env bash
# run-cli.sh: the command line as a user meets it: exit codes, error
# messages with file:line:col, secrets kept out of every output, the
# embedded PostgreSQL leaving nothing behind, determinism, and files that
# load in any order.
set -u
. "$(dirname "$0")/lib.sh"
start_cluster

w=$(mktemp -d /tmp/schemadiff-cli.XXXXXX)
chmod 755 "$w"
# the embedded servers of this script live here, so what is left behind is
# ours, whatever else runs on the machine (readable by the server's user)
export SCHEMADIFF_RUN_DIR=$w/run
mkdir -p "$SCHEMADIFF_RUN_DIR" && chmod 755 "$SCHEMADIFF_RUN_DIR"
SD=$SCHEMADIFF
SHADOW=$(db_url postgres)
fresh_db cli_live
psql -X -q -d cli_live -c 'CREATE TABLE public.t (id int PRIMARY KEY)'
echo 'CREATE TABLE public.t (id int PRIMARY KEY, name text NOT NULL DEFAULT $$x$$);' >"$w/good.sql"

# expect NAME EXIT PATTERN CMD...: exit status and a pattern in stderr
expect() {
  local name=$1 want=$2 pat=$3; shift 3
  "$@" >"$w/out" 2>"$w/err"; local rc=$?
  if [ "$rc" != "$want" ]; then not_ok "$name # exit $rc, wanted $want: $(head -c 200 "$w/err")"; return; fi
  if ! grep -qE -- "$pat" "$w/err"; then not_ok "$name # stderr lacks /$pat/: $(head -c 200 "$w/err")"; return; fi
  ok "$name"
}

expect "no command: usage, exit 2" 2 "usage: schemadiff" "$SD"
expect "unknown command: exit 2" 2 'unknown command "frobnicate"' "$SD" frobnicate
expect "unknown option: exit 2" 2 'unknown option "--nope"' "$SD" plan --nope
expect "plan without --db: exit 2" 2 "needs --db" "$SD" plan --schema "$w/good.sql"
expect "plan without --schema: exit 2" 2 "needs --schema" "$SD" plan --db "$(db_url cli_live)"
expect "an empty --db (an unset variable) is refused, not the PG* default: exit 2" 2 \
  'option "--db" has an empty value' "$SD" apply --db "" --schema "$w/good.sql"
expect "--db twice: exit 2" 2 'option "--db" is given twice' \
  "$SD" plan --db "$(db_url cli_live)" --db "$(db_url cli_live)" --schema "$w/good.sql"
expect "an unknown --allow-hazard is refused before connecting: exit 2" 2 \
  '^schemadiff: error: unknown hazard "bogus"' \
  "$SD" apply --db "host=/nonexistent-dir dbname=x" --schema "$w/good.sql" --allow-hazard bogus
expect "unreadable path named: exit 2" 2 "$w/missing.sql: error: could not read" \
  "$SD" plan --db "$(db_url cli_live)" --schema "$w/missing.sql" --shadow-db "$SHADOW"

printf 'CREATE TABLE a (id int);\n\nCREATE TABLE b (id int,, x int);\n' >"$w/syntax.sql"
expect "syntax error at file:line:col" 2 "^$w/syntax.sql:3:24: error: syntax error at or near \",\"" \
  "$SD" plan --db "$(db_url cli_live)" --schema "$w/syntax.sql" --shadow-db "$SHADOW"

printf '\xEF\xBB\xBFCREATE TABLE b (id int,, x int);\n' >"$w/bom.sql"
expect "a UTF-8 byte order mark is skipped; columns count after it" 2 \
  "^$w/bom.sql:1:24: error: syntax error at or near \",\"" \
  "$SD" plan --db "$(db_url cli_live)" --schema "$w/bom.sql" --shadow-db "$SHADOW"

"$SD" plan --db "$(db_url cli_live)" --schema "$w/good.sql" --shadow-db "$SHADOW" >/dev/full 2>"$w/full.err"; rc=$?
if [ $rc = 2 ] && grep -q 'cannot write the output: No space left on device' "$w/full.err"; then
  ok "a plan printed to a full disk: exit 2, said so"
else not_ok "a plan printed to a full disk # exit $rc: $(head -c 200 "$w/full.err")"; fi

printf 'CREATE TABLE a (id int);\n\nCREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETRUN 1; END $$;\n' >"$w/fbody.sql"
expect "a function body that does not compile: named at its CREATE" 2 \
  "^$w/fbody.sql:3:1: error: in function f\(\): syntax error at or near \"RETRUN\"" \
  "$SD" plan --db "$(db_url cli_live)" --schema "$w/fbody.sql" --shadow-db "$SHADOW"

mkdir -p "$w/nosql"; echo 'CREATE TABLE a (id int);' >"$w/nosql/notes.txt"
expect "a directory with no .sql file: an error, not an empty desired state" 2 \
  "^$w/nosql: error: no .sql files in this directory" \
  "$SD" plan --db "$(db_url cli_live)" --schema "$w/nosql" --shadow-db "$SHADOW"
mkdir -p "$w/looped/sub" && cp "$w/good.sql" "$w/looped/sub/" && ln -s .. "$w/looped/sub/up"
expect "a directory symlink loop is named, not followed" 2 \
  "^$w/looped/sub/up: error: a directory loop: this is $w/looped again" \
  "$SD" plan --db "$(db_url cli_live)" --schema "$w/looped" --shadow-db "$SHADOW"
printf 'CREATE TABLE a (id int);\nCREATE\0 TABLE b (id int);\n' >"$w/nul.sql"
expect "a NUL byte: named at its line and column" 2 "^$w/nul.sql:2:7: error: file contains a NUL byte" \
  "$SD" plan --db "$(db_url cli_live)" --schema "$w/nul.sql" --shadow-db "$SHADOW"
printf 'CREATE TABLE a (id int);\nCREATE TABLE b (n\xe9e text, x int);\nCREATE TABLE c (id int,, y int);\n' >"$w/latin1.sql"
expect "invalid UTF-8 (a LATIN1 file): named at its own line and column" 2 \
  "^$w/latin1.sql:2:18: error: invalid UTF-8 \\(byte 0xe9\\)" \
  "$SD" plan --db "$(db_url cli_live)" --schema "$w/latin1.sql" --shadow-db "$SHADOW"
expect "an endless device is refused at once, not read into memory" 2 "^/dev/zero:1:1: error: file contains a NUL byte" \
  "$SD" plan --db "$(db_url cli_live)" --schema /dev/zero --shadow-db "$SHADOW"

mkdir -p "$w/twice"; cp "$w/good.sql" "$w/twice/good.sql"
"$SD" plan --db "$(db_url cli_live)" --schema "$w/twice" --schema "$w/twice/good.sql" \
  --schema "$w/./twice" --shadow-db "$SHADOW" --format sql >"$w/twice.out" 2>"$w/twice.err"; rc=$?
if [ $rc = 0 ] && grep -q 'ADD COLUMN name text' "$w/twice.out"; then
  ok "a file reached by several --schema paths is read once"
else not_ok "a file reached by several --schema paths # exit $rc: $(head -c 200 "$w/twice.err")"; fi

# literals read as the live database reads them: a database whose TimeZone
# is not UTC (timestamptz partition bounds and defaults written without an
# offset) plans nothing against the files it was made from, with or
# without the cache, by plan, diff and drift; a SET TimeZone in the files
# is refused
fresh_db cli_berlin
psql -X -q -d cli_berlin -c "ALTER DATABASE cli_berlin SET TimeZone = 'Europe/Berlin'" >/dev/null
printf '%s\n' 'CREATE TABLE ev (at timestamptz NOT NULL, v int) PARTITION BY RANGE (at);' \
  "CREATE TABLE ev_2024_01 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');" \
  "CREATE TABLE t (d timestamptz DEFAULT '2024-01-02 00:00', i interval DEFAULT '1 day', CHECK (d > '2020-01-01'));" \
  >"$w/berlin.sql"
psql -X -q -v ON_ERROR_STOP=1 -d cli_berlin -f "$w/berlin.sql" >/dev/null
berlin_ok=yes
for run in 1 2; do
  "$SD" plan --db "$(db_url cli_berlin)" --schema "$w/berlin.sql" --shadow-db "$SHADOW" >"$w/berlin.out" 2>&1 &&
    grep -q 'nothing to do' "$w/berlin.out" || berlin_ok="plan run $run: $(grep -v '^--' "$w/berlin.out" | head -3)"
done
"$SD" diff "$(db_url cli_berlin)" "$w/berlin.sql" --shadow-db "$SHADOW" --format sql >"$w/berlin-diff.out" 2>&1 &&
  grep -q 'nothing to do' "$w/berlin-diff.out" || berlin_ok="diff: $(grep -v '^--' "$w/berlin-diff.out" | head -3)"
"$SD" drift --db "$(db_url cli_berlin)" --schema "$w/berlin.sql" --shadow-db "$SHADOW" >"$w/berlin-drift.out" 2>&1 ||
  berlin_ok="drift: $(head -3 "$w/berlin-drift.out")"
if [ "$berlin_ok" = yes ]; then
  ok "a database in TimeZone Europe/Berlin matches the files it was made from (plan, cached plan, diff, drift)"
else not_ok "a database in another TimeZone # $berlin_ok"; fi
printf '%s\n' "SET TimeZone = 'Europe/Berlin';" 'CREATE TABLE z (d timestamptz);' >"$w/settz.sql"
expect "SET TimeZone in the files is refused, named" 2 "^$w/settz.sql:1:1: error: SET TimeZone is not supported" \
  "$SD" plan --db "$(db_url cli_live)" --schema "$w/settz.sql" --shadow-db "$SHADOW"

# a column's type taken with %TYPE makes its table come first, whatever the
# order of the files
printf '%s\n' 'CREATE FUNCTION pct(u public.pct_users.id%TYPE) RETURNS pct_users.name%TYPE' \
  'LANGUAGE sql AS $$ SELECT name FROM public.pct_users WHERE id = u $$;' \
  'CREATE TABLE pct_users (id int PRIMARY KEY, name text);' >"$w/pct.sql"
if "$SD" plan --db "$(db_url cli_live)" --schema "$w/pct.sql" --shadow-db "$SHADOW" >"$w/pct.out" 2>&1 &&
   grep -q 'CREATE OR REPLACE FUNCTION public.pct(u integer)' "$w/pct.out"; then
  ok "a function whose argument is a table's column %TYPE, written before the table, loads"
else not_ok "%TYPE before its table # $(grep -m2 -E 'error|ERROR' "$w/pct.out")"; fi

# names the server picks (indexes written without one) are the same on
# every run of a parallel load: "a" on column b_c and "a_b" on column c
# both want a_b_c_idx, and 250 statements load on several sessions
fresh_db cli_autoname
{
  for i in $(seq 1 40); do
    echo "CREATE TABLE x${i}_y (id int PRIMARY KEY, z int);"
    echo "CREATE TABLE x${i} (id int PRIMARY KEY, y_z int);"
    echo "CREATE INDEX ON x${i} (y_z);"
    echo "CREATE INDEX ON x${i}_y (z);"
  done
  for i in $(seq 1 60); do echo "CREATE TABLE filler$i (id int PRIMARY KEY, v text);"; done
} >"$w/autoname.sql"
psql -X -q -v ON_ERROR_STOP=1 -d cli_autoname -f "$w/autoname.sql" >/dev/null
autoname_ok=yes
for run in 1 2 3; do
  "$SD" plan --db "$(db_url cli_autoname)" --schema "$w/autoname.sql" --shadow-db "$SHADOW" --no-cache \
    >"$w/autoname.out" 2>&1 && grep -q 'nothing to do' "$w/autoname.out" ||
    autoname_ok="run $run: $(grep -v '^--' "$w/autoname.out" | grep -m3 .)"
done
if [ "$autoname_ok" = yes ]; then
  ok "server-chosen index names come out as a serial load gives them, run after run"
else not_ok "server-chosen names in a parallel load # $autoname_ok"; fi

# what the database has that schemadiff does not manage is named, not passed over
fresh_db cli_unmanaged
psql -X -q -d cli_unmanaged -c 'CREATE TABLE t (a int, b text); CREATE RULE r AS ON DELETE TO t DO INSTEAD NOTHING; CREATE MATERIALIZED VIEW mv AS SELECT 1 AS a; ALTER MATERIALIZED VIEW mv ALTER COLUMN a SET STATISTICS 500' >/dev/null
echo 'CREATE TABLE t (a int, b text); CREATE MATERIALIZED VIEW mv AS SELECT 1 AS a;' >"$w/unmanaged.sql"
"$SD" plan --db "$(db_url cli_unmanaged)" --schema "$w/unmanaged.sql" --shadow-db "$SHADOW" \
  >"$w/unmanaged.out" 2>"$w/unmanaged.err"; rc=$?
"$SD" plan --db "$(db_url cli_live)" --schema "$w/good.sql" --shadow-db "$SHADOW" \
  >/dev/null 2>"$w/managed.err"
if [ $rc = 0 ] && grep -q 'has 2 things schemadiff does not manage' "$w/unmanaged.err" &&
   grep -q '^  rule r on public.t$' "$w/unmanaged.err" &&
   grep -q '^  SET STATISTICS 500 on column public.mv.a$' "$w/unmanaged.err" &&
   grep -q 'nothing to do' "$w/unmanaged.out" && ! grep -q 'does not manage' "$w/managed.err"; then
  ok "a rule and a materialized view column's statistics target the plan leaves alone are named in a warning"
else not_ok "unmanaged things named # exit $rc: $(head -c 300 "$w/unmanaged.err")"; fi
printf '%s\n' 'CREATE TABLE p (k int, v int DEFAULT 1) PARTITION BY RANGE (k);' \
  'CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);' \
  'ALTER TABLE p1 ALTER COLUMN v SET DEFAULT 5;' >"$w/partdefault.sql"
expect "a partition's own default in the files is refused, named" 2 \
  "DETAIL:  DEFAULT of its own on column public.p1.v" \
  "$SD" plan --db "$(db_url cli_live)" --schema "$w/partdefault.sql" --shadow-db "$SHADOW"

# a partition's copies of its parent's index and trigger are read through
# the parent's: settings of their own are refused, not silently left out
printf '%s\n' 'CREATE TABLE m (id int) PARTITION BY LIST (id);' \
  'CREATE TABLE m1 PARTITION OF m FOR VALUES IN (1);' 'CREATE INDEX m_id ON m (id);' \
  'CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;' \
  'CREATE TRIGGER tr BEFORE INSERT ON m FOR EACH ROW EXECUTE FUNCTION f();' >"$w/partcopy.sql"
for setting in "ALTER TABLE m1 DISABLE TRIGGER tr;|DISABLE TRIGGER tr on public.m1 .a partition's copy" \
               "ALTER INDEX m1_id_idx SET (fillfactor = 50);|storage parameters of its own on index public.m1_id_idx" \
               "ALTER TABLE m1 CLUSTER ON m1_id_idx;|CLUSTER ON on index public.m1_id_idx .a partition's copy of public.m_id." \
               "COMMENT ON INDEX m1_id_idx IS 'x';|comment on index public.m1_id_idx .a partition's copy of public.m_id."; do
  { cat "$w/partcopy.sql"; echo "${setting%%|*}"; } >"$w/partcopy2.sql"
  expect "a partition's copy with a setting of its own is refused: ${setting%%|*}" 2 "${setting#*|}" \
    "$SD" plan --db "$(db_url cli_live)" --schema "$w/partcopy2.sql" --shadow-db "$SHADOW"
done

printf -- '-- data does not belong here\nCREATE TABLE a (id int);\n  INSERT INTO a VALUES (1);\n' >"$w/dml.sql"
expect "INSERT refused at file:line:col" 2 "^$w/dml.sql:3:3: error: INSERT is not schema definition" \
  "$SD" plan --db "$(db_url cli_live)" --schema "$w/dml.sql" --shadow-db "$SHADOW"
for stmt in "DO \$\$ BEGIN END \$\$" "COPY a FROM STDIN" "BEGIN" "SET ROLE postgres" "ALTER SYSTEM SET work_mem = '1MB'" \
            "CREATE DATABASE x" "CREATE ROLE x" "CALL p()" "DROP TABLE a" "TRUNCATE a" "CREATE SCHEMA schemadiff"; do
  printf 'CREATE TABLE a (id int);\n%s;\n' "$stmt" >"$w/refused.sql"
  expect "refused: $stmt" 2 "^$w/refused.sql:2:1: error: " \
    "$SD" plan --db "$(db_url cli_live)" --schema "$w/refused.sql" --shadow-db "$SHADOW"
done

printf 'CREATE TABLE a (id int);\n\nCREATE TABLE b (a_id int REFERENCES a (nope));\n' >"$w/server.sql"
expect "server error during the load at file:line:col" 2 "^$w/server.sql:3:1: error: column \"nope\" referenced in foreign key constraint does not exist" \
  "$SD" plan --db "$(db_url cli_live)" --schema "$w/server.sql" --shadow-db "$SHADOW"
printf 'CREATE TABLE a (id int);\nCREATE TABLE c (x int DEFAULT nosuchfunc());\n' >"$w/server2.sql"
expect "server error position maps to the column" 2 "^$w/server2.sql:2:31: error: function nosuchfunc\(\) does not exist" \
  "$SD" plan --db "$(db_url cli_live)" --schema "$w/server2.sql" --shadow-db "$SHADOW"

expect "unreachable server: exit 3" 3 "cannot connect to the database" \
  "$SD" plan --db "host=/nonexistent-socket-dir dbname=x" --schema "$w/good.sql" --shadow-db "$SHADOW"
expect "no server binaries for the embedded shadow: exit 3" 3 "cannot find PostgreSQL server binaries" \
  env SCHEMADIFF_PG_BINDIR=/nonexistent "$SD" plan --db "$(db_url cli_live)" --schema "$w/good.sql"
expect "malformed connection string: exit 2" 2 "invalid connection string" \
  "$SD" plan --db "host=localhost dbname" --schema "$w/good.sql" --shadow-db "$SHADOW"

# --- passwords --------------------------------------------------------------
PW='Sup3r$ecretPw-94731'
psql -X -q -d postgres -c "DROP ROLE IF EXISTS cli_pw" -c "CREATE ROLE cli_pw LOGIN SUPERUSER PASSWORD '$PW'" 2>/dev/null
hba=$TEST_CLUSTER_DIR/data/pg_hba.conf
if ! grep -q cli_pw "$hba"; then
  { echo "local all cli_pw scram-sha-256"; cat "$hba"; } >"$hba.new" && cat "$hba.new" >"$hba" && rm -f "$hba.new"
  psql -X -q -d postgres -c 'SELECT pg_reload_conf()' >/dev/null
fi
pw_url() { echo "postgresql://cli_pw:$1@/$2?host=$PGHOST&port=$PGPORT"; }
expect "wrong password: exit 3" 3 "password authentication failed" \
  "$SD" plan --db "$(pw_url "${PW}x" cli_live)" --schema "$w/good.sql" --shadow-db "$SHADOW"
cp "$w/err" "$w/pw-fail.err"
"$SD" plan --db "$(pw_url "$PW" cli_live)" --schema "$w/good.sql" --shadow-db "$(pw_url "$PW" postgres)" \
  --out "$w/pw-plan.sql" --rollback "$w/pw-rollback.sql" >"$w/pw-ok.out" 2>"$w/pw-ok.err"
rc=$?
"$SD" plan --db "$(pw_url "$PW" cli_live)" --schema "$w/syntax.sql" --shadow-db "$SHADOW" >"$w/pw-bad.out" 2>"$w/pw-bad.err"
PGPASSWORD=$PW "$SD" plan --db "postgresql://cli_pw@/nosuchdb?host=$PGHOST&port=$PGPORT" --schema "$w/good.sql" \
  --shadow-db "$SHADOW" >"$w/pw-env.out" 2>"$w/pw-env.err"
"$SD" plan --db "postgresql://cli_pw:$PW@[bad" --schema "$w/good.sql" >"$w/pw-url.out" 2>"$w/pw-url.err"
if [ $rc = 0 ] && grep -q "CREATE\|ALTER" "$w/pw-plan.sql"; then ok "plan with a password in the URL works"; else not_ok "plan with a password in the URL works # exit $rc: $(head -c 200 "$w/pw-ok.err")"; fi
# every command, in every format, failing and succeeding, with the password in the URL
"$SD" plan --db "$(pw_url "$PW" cli_live)" --schema "$w/good.sql" --shadow-db "$SHADOW" --format json >"$w/pw-plan.json" 2>"$w/pw-json.err"
"$SD" plan --db "$(pw_url "$PW" cli_live)" --schema "$w/good.sql" --shadow-db "$SHADOW" --format markdown >"$w/pw-plan.md" 2>"$w/pw-md.err"
"$SD" dump --db "$(pw_url "$PW" cli_live)" --out "$w/pw-dump.sql" 2>"$w/pw-dump.err"
"$SD" dump --db "$(pw_url "${PW}x" cli_live)" >"$w/pw-dump-fail.out" 2>"$w/pw-dump-fail.err"
"$SD" diff "$(pw_url "$PW" cli_live)" "$w/good.sql" --shadow-db "$SHADOW" --format json >"$w/pw-diff.json" 2>"$w/pw-diff.err"
"$SD" drift --db "$(pw_url "$PW" cli_live)" --db "$(pw_url "${PW}x" cli_live)" --schema "$w/good.sql" --shadow-db "$SHADOW" \
  >"$w/pw-drift.out" 2>"$w/pw-drift.err"
"$SD" drift --db "$(pw_url "$PW" cli_live)" --db "$(pw_url "${PW}x" cli_live)" --schema "$w/good.sql" --shadow-db "$SHADOW" \
  --format json >"$w/pw-drift.json" 2>"$w/pw-drift-json.err"
if grep -q '"status": "error"' "$w/pw-drift.json" && grep -q 'CREATE TABLE public.t' "$w/pw-dump.sql" &&
   grep -q '"format": "schemadiff.plan"' "$w/pw-diff.json"; then
  ok "dump, diff and drift work with a password in the URL"
else not_ok "dump, diff and drift with a password in the URL # $(head -c 300 "$w/pw-dump.err" "$w/pw-diff.err" "$w/pw-drift-json.err")"; fi
left=$(psql -X -A -t -d postgres -c "SELECT count(*) FROM pg_database WHERE datname LIKE 'schemadiff_shadow_%'")
if [ "$left" = 0 ]; then ok "--shadow-db: the scratch databases are dropped afterwards"
else not_ok "--shadow-db: the scratch databases are dropped afterwards # $left left"; fi
if grep -lF -- "$PW" "$w"/pw-* "$w/pw-fail.err" >/dev/null; then
  not_ok "the password appears in no output # found in: $(grep -lF -- "$PW" "$w"/pw-*)"
else
  ok "the password appears in no output (plan, dump, diff, drift; sql, json, markdown; success, failures, PGPASSWORD, malformed URL)"
fi

# --- output -------------------------------------------------------------------
"$SD" plan --db "$(db_url cli_live)" --schema "$w/good.sql" --shadow-db "$SHADOW" --format sql >"$w/a.sql" 2>&1
"$SD" plan --db "$(db_url cli_live)" --schema "$w/good.sql" --shadow-db "$SHADOW" --format sql >"$w/b.sql" 2>&1
if cmp -s "$w/a.sql" "$w/b.sql" && grep -q '^ALTER TABLE public.t ADD COLUMN name text DEFAULT' "$w/a.sql"; then
  ok "the same inputs give byte-identical plans"; else not_ok "the same inputs give byte-identical plans"; fi
"$SD" plan --db "$(db_url cli_live)" --schema "$w/good.sql" --shadow-db "$SHADOW" --format human >"$w/h.txt" 2>&1
if grep -q '^+ column public\.t\.name' "$w/h.txt" && grep -q '^Plan: 1 to create, 0 to change, 0 to drop' "$w/h.txt"; then
  ok "human format: one line per object"; else not_ok "human format: one line per object # $(head -3 "$w/h.txt")"; fi
echo 'CREATE TABLE public.t (id int PRIMARY KEY);' >"$w/same.sql"
"$SD" plan --db "$(db_url cli_live)" --schema "$w/same.sql" --shadow-db "$SHADOW" --format sql >"$w/empty.sql" 2>&1
if is_empty_sql "$w/empty.sql" && grep -q 'nothing to do' "$w/empty.sql" && grep -q '^-- source fingerprint: [0-9a-f]\{16\}$' "$w/empty.sql"; then
  ok "an empty plan prints only the header and 'nothing to do'"; else not_ok "an empty plan prints only the header # $(cat "$w/empty.sql")"; fi

# --- json and markdown ----------------------------------------------------------
fresh_db cli_j1
cat "$TESTS_DIR/../examples/webduh/v1"/*.sql | psql -X -q -v ON_ERROR_STOP=1 -d cli_j1 >/dev/null
"$SD" plan --db "$(db_url cli_j1)" --schema "$TESTS_DIR/../examples/webduh/v2" --shadow-db "$SHADOW" --format json >"$w/plan.json" 2>"$w/json.err"
"$SD" plan --db "$(db_url cli_live)" --schema "$w/same.sql" --shadow-db "$SHADOW" --format json >"$w/empty.json" 2>>"$w/json.err"
for f in plan empty; do
  if python3 "$TESTS_DIR/validate-json.py" "$TESTS_DIR/../docs/plan.schema.json" "$w/$f.json" 2>"$w/validate.err"; then
    ok "--format json ($f plan) is valid against docs/plan.schema.json"
  else not_ok "--format json ($f plan) against docs/plan.schema.json # $(head -c 300 "$w/validate.err" "$w/json.err")"; fi
done
# the JSON carries the same statements as the SQL script, hazards first
"$SD" plan --db "$(db_url cli_j1)" --schema "$TESTS_DIR/../examples/webduh/v2" --shadow-db "$SHADOW" --format sql >"$w/plan-j.sql" 2>/dev/null
if python3 - "$w/plan.json" "$w/plan-j.sql" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
script = open(sys.argv[2]).read()
stmts = [s["sql"] for s in plan["steps"]]
assert stmts and all(s in script for s in stmts), "a step is missing from the script"
assert plan["summary"]["statements"] == len(stmts)
flags = [bool(c["hazards"]) for c in plan["changes"]]
assert flags == sorted(flags, reverse=True), "hazardous changes are not first"
assert plan["rollback"]["steps"], "no rollback"
PY
then ok "--format json: the script's statements, hazards first, with the rollback"
else not_ok "--format json: the script's statements, hazards first, with the rollback"; fi
"$SD" plan --db "$(db_url cli_j1)" --schema "$TESTS_DIR/../examples/webduh/v2" --shadow-db "$SHADOW" --format markdown >"$w/plan.md" 2>&1
if grep -q '^\*\*Hazards:\*\* data-loss' "$w/plan.md" && grep -q '^| table | 3 | 0 | 1 |$' "$w/plan.md" &&
   [ "$(grep -c '^<details>' "$w/plan.md")" = 3 ] && grep -q '^```sql$' "$w/plan.md"; then
  ok "--format markdown: hazards, a table per kind, migration and rollback folded"
else not_ok "--format markdown # $(head -5 "$w/plan.md")"; fi
printf 'CREATE TABLE public.t (id int PRIMARY KEY, "a`b``c" int);\n' >"$w/tick.sql"
"$SD" plan --db "$(db_url cli_live)" --schema "$w/tick.sql" --shadow-db "$SHADOW" --format markdown >"$w/tick.md" 2>&1
if grep -qF -- '- + ``` column public.t."a`b``c" ```' "$w/tick.md"; then
  ok "--format markdown: a name with backticks cannot break out of its code span"
else not_ok "--format markdown: backticks in names # $(grep -m1 'column' "$w/tick.md")"; fi
expect "unknown format: exit 2" 2 'unknown format "yaml"' \
  "$SD" plan --db "$(db_url cli_live)" --schema "$w/good.sql" --format yaml

# --- dump -------------------------------------------------------------------
expect "dump without --db: exit 2" 2 "dump needs --db" "$SD" dump
expect "dump --split with --out: exit 2" 2 "cannot be used together" \
  "$SD" dump --db "$(db_url cli_live)" --split "$w/x" --out "$w/y"
# hostile names become safe file names: nothing outside DIR, one file each
fresh_db cli_hostile
psql -X -q -v ON_ERROR_STOP=1 -d cli_hostile >/dev/null <<'SQL'
CREATE SCHEMA "../up";
CREATE TABLE "../up"."a/b" (id int);
CREATE TABLE "../up"."a%2Fb" (id int);
CREATE TABLE "../up".".hidden" (id int);
CREATE VIEW "../up"."v; DROP TABLE x; --" AS SELECT 1 AS one;
SQL
if "$SD" dump --db "$(db_url cli_hostile)" --split "$w/hsplit" 2>"$w/hsplit.err" &&
   [ "$(find "$w/hsplit" -type f | wc -l)" = 5 ] && [ ! -e "$w/up" ] &&
   ! find "$w/hsplit" -name '.*' | grep -q . &&
   "$SD" plan --db "$(db_url cli_hostile)" --schema "$w/hsplit" --shadow-db "$SHADOW" --format sql >"$w/hre.sql" 2>&1 &&
   is_empty_sql "$w/hre.sql"; then
  ok "dump --split: hostile names stay inside DIR, one file each, and plan back empty"
else
  not_ok "dump --split with hostile names # $(head -c 200 "$w/hsplit.err"; find "$w/hsplit" -type f | head; head -5 "$w/hre.sql")"
fi

# --- privileges ---------------------------------------------------------------
# The embedded shadow creates the roles a grant names; the live server
# must have them already, or the plan could never apply.
printf 'CREATE TABLE public.t (id int PRIMARY KEY);\nGRANT SELECT ON public.t TO "no such role";\n' >"$w/grant.sql"
expect "--privileges: a grant to a role the live server lacks is refused" 2 'privileges on table public.t to role "no such role", which does not exist in the database' \
  "$SD" plan --db "$(db_url cli_live)" --schema "$w/grant.sql" --privileges

# CURRENT_USER would be the shadow's loading role in the plan and the
# deploying role on the database: refused where it is written
printf 'CREATE TABLE public.t (id int);\nALTER TABLE public.t ENABLE ROW LEVEL SECURITY;\nCREATE POLICY p ON public.t\n  TO CURRENT_USER USING (true);\n' >"$w/cu.sql"
expect "a policy TO CURRENT_USER is refused at its place" 2 "cu.sql:3:1: error: CREATE POLICY names CURRENT_USER" \
  "$SD" plan --db "$(db_url cli_live)" --schema "$w/cu.sql"
printf 'CREATE TABLE public.t (id int);\nGRANT SELECT ON public.t TO SESSION_USER;\n' >"$w/su.sql"
expect "a GRANT TO SESSION_USER is refused at its place" 2 "su.sql:2:1: error: GRANT names CURRENT_USER" \
  "$SD" plan --db "$(db_url cli_live)" --schema "$w/su.sql" --privileges

# LEAKPROOF takes a superuser: the embedded shadow makes such a function
# as one and hands it to the loading role, which then comments on it
printf '%s\n' 'CREATE FUNCTION public.lp(x int) RETURNS int LANGUAGE sql IMMUTABLE LEAKPROOF AS $$ SELECT x $$;' \
  "COMMENT ON FUNCTION public.lp(int) IS 'no leaks';" \
  'CREATE FUNCTION public.lp2(x int) RETURNS int LANGUAGE sql AS $$ SELECT x $$;' \
  'ALTER FUNCTION public.lp2(int) LEAKPROOF;' >"$w/leakproof.sql"
if "$SD" plan --db "$(db_url cli_live)" --schema "$w/leakproof.sql" --no-cache >"$w/lp.out" 2>"$w/lp.err" &&
   [ "$(grep -c 'IMMUTABLE LEAKPROOF\|VOLATILE LEAKPROOF\| LEAKPROOF$' "$w/lp.out")" = 2 ] &&
   grep -q "COMMENT ON FUNCTION public.lp(x integer) IS 'no leaks'" "$w/lp.out"; then
  ok "LEAKPROOF functions load in the embedded shadow (as superuser), commented on by the loader"
else not_ok "LEAKPROOF in the embedded shadow # $(head -c 300 "$w/lp.err" "$w/lp.out")"; fi
# but a C function is never made as superuser (that would load its library)
printf '%s\n' "CREATE FUNCTION public.c_lp(int) RETURNS int LANGUAGE c LEAKPROOF AS 'nosuchlib', 'f';" >"$w/clp.sql"
expect "a LEAKPROOF C function is made as the loader, and refused" 2 "clp.sql:1:1: error: (only superuser|permission denied for language c)" \
  "$SD" plan --db "$(db_url cli_live)" --schema "$w/clp.sql" --no-cache

# The user's own text of a view runs in the plan as the shadow ran it: in
# public, even when the deploying role has a schema of its own name
# (PostgreSQL's docs suggest one per user), where "$user" would find it
fresh_db cli_userschema
psql -X -q -d postgres -c "DROP ROLE IF EXISTS cli_app" -c "CREATE ROLE cli_app LOGIN SUPERUSER" >/dev/null
psql -X -q -d cli_userschema -c "CREATE SCHEMA cli_app AUTHORIZATION cli_app" >/dev/null
printf '%s\n' 'CREATE SCHEMA cli_app;' 'CREATE TABLE cli_app.items (id int, secret text);' \
  'CREATE TABLE public.items (id int);' 'CREATE VIEW public.v AS SELECT id FROM items;' >"$w/userschema.sql"
us_url="$(db_url cli_userschema | sed 's/user=[^ ]*/user=cli_app/')"
if "$SD" plan --db "$us_url" --schema "$w/userschema.sql" --shadow-db "$SHADOW" --format sql >"$w/us.plan" 2>"$w/us.err" &&
   psql -X -q -v ON_ERROR_STOP=1 -U cli_app -d cli_userschema -f "$w/us.plan" >/dev/null 2>>"$w/us.err" &&
   PGOPTIONS='-c search_path=' psql -X -At -d cli_userschema -c "SELECT pg_get_viewdef('public.v')" |
     grep -q 'FROM public.items;' &&
   "$SD" plan --db "$us_url" --schema "$w/userschema.sql" --shadow-db "$SHADOW" >"$w/us.replan" 2>>"$w/us.err" &&
   grep -q 'nothing to do' "$w/us.replan"; then
  ok "a view's own text reads public, not the deploying role's schema of the same name"
else not_ok "search_path of the user's text # $(head -c 300 "$w/us.err"; grep -v '^--' "$w/us.replan" 2>/dev/null | head -5)"; fi

# --- pathological input ---------------------------------------------------------
python3 -c "n = 100000; print('CREATE TABLE deep (x int CHECK (' + '(' * n + 'x > 0' + ')' * n + '));')" >"$w/deep.sql"
expect "100,000 nested parentheses: a located error, not a crash" 2 "^$w/deep.sql:1:[0-9]+: error: " \
  "$SD" plan --db "$(db_url cli_live)" --schema "$w/deep.sql" --shadow-db "$SHADOW" --no-cache
python3 -c "print('CREATE TABLE public.t (id int PRIMARY KEY, big text DEFAULT \'' + 'a' * 10000000 + '\');')" >"$w/huge.sql"
if "$SD" plan --db "$(db_url cli_live)" --schema "$w/huge.sql" --shadow-db "$SHADOW" --no-cache --out "$w/huge-plan.sql" 2>"$w/huge.err" &&
   [ "$(grep -c "ADD COLUMN big text DEFAULT 'aaaa" "$w/huge-plan.sql")" = 1 ]; then
  ok "a 10 MB single statement is planned"
else not_ok "a 10 MB single statement # $(head -c 300 "$w/huge.err")"; fi

# --- size ---------------------------------------------------------------------
# A 50 MB desired-state file of 8,000 statements (each table carries a 12 kB
# comment with quotes, a backslash and multi-byte text): it plans, and an
# error on its very last line is located there, so splitting and position
# mapping stay linear.
python3 - "$w/50mb.sql" <<'PY'
import sys
note = ("it's a \\ long été comment — " * 500)[:12000].replace("'", "''")
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i in range(4000):
        f.write(f"CREATE TABLE public.big_{i} (id int PRIMARY KEY, v text);\n")
        f.write(f"COMMENT ON TABLE public.big_{i} IS '{note}';\n")
PY
fresh_db cli_size
if [ "$(stat -c %s "$w/50mb.sql")" -ge 50000000 ] &&
   "$SD" plan --db "$(db_url cli_size)" --schema "$w/50mb.sql" --shadow-db "$SHADOW" --no-cache --format sql --out "$w/50mb-plan.sql" 2>"$w/50mb.err" &&
   [ "$(grep -c '^CREATE TABLE public.big_' "$w/50mb-plan.sql")" = 4000 ] &&
   [ "$(grep -c '^COMMENT ON TABLE public.big_' "$w/50mb-plan.sql")" = 4000 ]; then
  ok "a 50 MB desired-state file is planned"
else not_ok "a 50 MB desired-state file # $(head -c 300 "$w/50mb.err")"; fi
echo "CREATE TABLE public.oops (id int PRIMARY KEY,);" >>"$w/50mb.sql"
expect "an error on line 8,001 of a 50 MB file is located there" 2 "^$w/50mb.sql:8001:[0-9]+: error: " \
  "$SD" plan --db "$(db_url cli_size)" --schema "$w/50mb.sql" --shadow-db "$SHADOW" --no-cache

# A database with 100,000 columns (1,000 tables of 100) against the same
# schema with one column more: the plan is that one column.
python3 - "$w/wide.sql" "$w/wide2.sql" <<'PY'
import sys
def tables(extra):
    for t in range(1000):
        cols = ", ".join(f"c{c} integer" for c in range(100))
        more = ", added text" if extra and t == 500 else ""
        yield f"CREATE TABLE public.wide_{t} (id int PRIMARY KEY, {cols}{more});\n"
open(sys.argv[1], "w").writelines(tables(False))
open(sys.argv[2], "w").writelines(tables(True))
PY
fresh_db cli_wide
psql -X -q -v ON_ERROR_STOP=1 -d cli_wide -f "$w/wide.sql" >/dev/null
if [ "$(psql -X -Atq -d cli_wide -c "SELECT count(*) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid WHERE c.relname LIKE 'wide\_%' AND a.attnum > 0")" -ge 100000 ] &&
   "$SD" plan --db "$(db_url cli_wide)" --schema "$w/wide2.sql" --shadow-db "$SHADOW" --no-cache --format sql --out "$w/wide-plan.sql" 2>"$w/wide.err" &&
   [ "$(grep -vE '^(BEGIN|COMMIT);$' "$w/wide-plan.sql" | grep -c ';$')" = 1 ] && grep -q '^ALTER TABLE public.wide_500 ADD COLUMN added text;$' "$w/wide-plan.sql"; then
  ok "100,000 columns: the plan is the one added column"
else not_ok "100,000 columns # $(head -c 300 "$w/wide.err"; grep -v '^--' "$w/wide-plan.sql" | head -5)"; fi

# --- a server that goes away mid-read -------------------------------------------
# The live database's session is terminated while schemadiff reads its
# catalog (a big schema makes the read last): exit 3, a clear message, and
# no plan, not even a partial one.  The read can finish before it is caught;
# then the attempt is repeated, and after three misses the test says so.
fresh_db cli_big
python3 "$TESTS_DIR/../bench/gen.py" 1000 "$w/big" && psql -X -q -v ON_ERROR_STOP=1 -d cli_big -f "$w/big/v1.sql" >/dev/null
interrupt_read() { # PID: terminate schemadiff's busy session on cli_big while PID runs; prints how many
  local n=0
  for _ in $(seq 1 500); do
    n=$(psql -X -A -t -d postgres -c "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
          WHERE datname = 'cli_big' AND application_name = 'schemadiff' AND state = 'active'" 2>/dev/null)
    [ "${n:-0}" -gt 0 ] && break
    kill -0 "$1" 2>/dev/null || break
  done
  echo "${n:-0}"
}
caught=0
for attempt in 1 2 3; do
  "$SD" drift --db "$(db_url cli_big)" --schema "$w/good.sql" --shadow-db "$SHADOW" --no-cache >"$w/gone.out" 2>"$w/gone.err" &
  pid=$!
  n=$(interrupt_read $pid)
  wait $pid; rc=$?
  if [ "$n" -gt 0 ]; then caught=1; break; fi
done
if [ $caught = 0 ]; then
  skip "a server gone mid-read" "the catalog read finished before it could be interrupted, three times"
elif [ $rc = 3 ] && grep -q 'terminat\|server closed the connection' "$w/gone.out" "$w/gone.err" &&
     ! grep -q '^ok\|^drifted' "$w/gone.out"; then
  ok "a server gone mid-read: exit 3, a clear error, no report of that database as read"
else
  not_ok "a server gone mid-read # exit $rc: $(head -c 300 "$w/gone.out" "$w/gone.err")"
fi
# the same for plan: nothing on stdout, no file
"$SD" plan --db "$(db_url cli_big)" --schema "$w/big/v2.sql" --shadow-db "$SHADOW" --no-cache --out "$w/gone.sql" >"$w/gone2.out" 2>"$w/gone2.err" &
pid=$!
n=$(interrupt_read $pid)
wait $pid; rc=$?
if [ "$n" = 0 ]; then
  skip "plan with a server gone mid-read" "the catalog read finished before it could be interrupted"
elif [ $rc = 3 ] && [ ! -e "$w/gone.sql" ] && [ ! -s "$w/gone2.out" ]; then
  ok "plan with a server gone mid-read: exit 3, no plan written"
else
  not_ok "plan with a server gone mid-read # exit $rc: $(head -c 300 "$w/gone2.err"; ls "$w/gone.sql" 2>&1)"
fi

# A catalog this large is read over two sessions sharing one snapshot:
# the same model as over one session, and the server saw the second one.
sessions() { psql -X -Atq -d postgres -c "SELECT sessions FROM pg_stat_database WHERE datname = 'cli_big'"; }
s0=$(sessions)
SCHEMADIFF_READ_SESSIONS=1 "$SD" dump --db "$(db_url cli_big)" --out "$w/one-session.sql" 2>"$w/dump.err"
s1=$(sessions)
"$SD" dump --db "$(db_url cli_big)" --out "$w/two-sessions.sql" 2>>"$w/dump.err"
s2=$(sessions)
if [ -s "$w/one-session.sql" ] && cmp -s "$w/one-session.sql" "$w/two-sessions.sql" &&
   [ $((s1 - s0)) = 1 ] && [ $((s2 - s1)) = 2 ]; then
  ok "a large catalog read over two sessions gives the same dump as over one"
else
  not_ok "a large catalog read over two sessions # sessions $s0 $s1 $s2: $(head -c 300 "$w/dump.err"; diff "$w/one-session.sql" "$w/two-sessions.sql" | head -5)"
fi

# A role allowed one connection: the second session is refused, and the
# read goes on over the one it has, with the same result.
psql -X -q -d postgres -c "DROP ROLE IF EXISTS cli_one_session" \
  -c "CREATE ROLE cli_one_session LOGIN CONNECTION LIMIT 1" 2>"$w/role.err"
one_url="host=$PGHOST port=$PGPORT user=cli_one_session dbname=cli_big"
SCHEMADIFF_READ_SESSIONS=1 "$SD" dump --db "$one_url" --out "$w/limited-one.sql" 2>"$w/limited.err"
"$SD" dump --db "$one_url" --out "$w/limited-two.sql" 2>>"$w/limited.err"; rc=$?
if [ $rc = 0 ] && [ -s "$w/limited-one.sql" ] && cmp -s "$w/limited-one.sql" "$w/limited-two.sql"; then
  ok "a second read session refused: the read goes on over one"
else
  not_ok "a second read session refused # exit $rc: $(head -c 300 "$w/role.err" "$w/limited.err")"
fi
psql -X -q -d postgres -c "DROP ROLE IF EXISTS cli_one_session" >/dev/null 2>&1

# --- memory ------------------------------------------------------------------
if [ "${SAN:-0}" = 1 ]; then
  skip "valgrind" "the sanitizer build checks memory itself and does not run under valgrind"
elif command -v valgrind >/dev/null; then
  if valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=9 \
       "$SD" plan --db "$(db_url cli_live)" --schema "$TESTS_DIR/../examples/webduh/v2" --shadow-db "$SHADOW" \
       --format sql --out "$w/vg.sql" --rollback "$w/vg-back.sql" 2>"$w/vg.err"; then
    ok "the plan path is clean under valgrind (no leaks, no invalid access)"
  else
    not_ok "the plan path is clean under valgrind # $(grep -m3 '==' "$w/vg.err" | tr '\n' ' ')"
  fi
else
  skip "valgrind" "valgrind is not installed (make deps installs it)"
fi

# --- files in any order -------------------------------------------------------
# Every statement of the example's v2 in its own file, named by a hash of
# its text, so the files sort in an order unrelated to the dependencies.
split_statements() { # DIR OUTDIR: one file per statement
  cat "$1"/*.sql | awk -v out="$2" '
    { buf = buf $0 "\n"; n = gsub(/\$\$/, "&"); if (n % 2) inbody = !inbody }
    !inbody && /;[[:space:]]*(--.*)?$/ { f = sprintf("%s/s%04d.sql", out, ++k); printf "%s", buf > f; close(f); buf = "" }
    END { if (buf ~ /[^[:space:]]/) { f = sprintf("%s/s%04d.sql", out, ++k); printf "%s", buf > f; close(f) } }'
  for f in "$2"/s*.sql; do mv "$f" "$2/$(md5sum "$f" | cut -c1-12).sql"; done
}
mkdir -p "$w/shuffled"
split_statements "$TESTS_DIR/../examples/webduh/v2" "$w/shuffled"
fresh_db cli_empty
"$SD" plan --db "$(db_url cli_empty)" --schema "$TESTS_DIR/../examples/webduh/v2" --shadow-db "$SHADOW" --format sql >"$w/ordered.sql" 2>&1
"$SD" plan --db "$(db_url cli_empty)" --schema "$w/shuffled" --shadow-db "$SHADOW" --format sql >"$w/shuffled.sql" 2>&1
if [ "$(ls "$w/shuffled" | wc -l)" -gt 100 ] && cmp -s "$w/ordered.sql" "$w/shuffled.sql" && grep -q 'CREATE TABLE' "$w/ordered.sql"; then
  ok "the example's statements shuffled across $(ls "$w/shuffled" | wc -l) files give the same plan"
else
  not_ok "shuffled statements give the same plan # $(head -c 300 "$w/shuffled.sql")"
fi

# --- the embedded PostgreSQL leaves nothing behind -----------------------------
leftovers() { # server processes or private directories of this script's embedded shadows
  { for p in /proc/[0-9]*; do
      tr '\0' ' ' 2>/dev/null <"$p/cmdline" | grep -qF "postgres -D $SCHEMADIFF_RUN_DIR/schemadiff-" && echo "process ${p#/proc/}"
    done
    ls -d "$SCHEMADIFF_RUN_DIR"/schemadiff-?????? 2>/dev/null || true; } | grep .
}
# the embedded runs above (grants to a missing role) must have cleaned up
if leftovers >/dev/null; then not_ok "nothing left by the earlier embedded runs # $(leftovers)"
else ok "nothing left by the earlier embedded runs"; fi
{
  if "$SD" plan --db "$(db_url cli_live)" --schema "$w/good.sql" --format sql >"$w/emb.sql" 2>"$w/emb.err" &&
     grep -q 'ADD COLUMN name' "$w/emb.sql"; then ok "plan with the embedded PostgreSQL"
  else not_ok "plan with the embedded PostgreSQL # $(head -c 300 "$w/emb.err")"; fi
  if leftovers >/dev/null; then not_ok "nothing left after success # $(leftovers)"; else ok "nothing left after success"; fi
  # the whole example through the embedded server, where the files load as
  # an unprivileged role: the same plan as through --shadow-db
  fresh_db cli_v1
  cat "$TESTS_DIR/../examples/webduh/v1"/*.sql | psql -X -q -v ON_ERROR_STOP=1 -d cli_v1 >/dev/null
  "$SD" plan --db "$(db_url cli_v1)" --schema "$TESTS_DIR/../examples/webduh/v2" --format sql >"$w/emb-v2.sql" 2>"$w/emb-v2.err"
  "$SD" plan --db "$(db_url cli_v1)" --schema "$TESTS_DIR/../examples/webduh/v2" --shadow-db "$SHADOW" --format sql >"$w/shd-v2.sql" 2>&1
  if [ -s "$w/emb-v2.sql" ] && cmp -s "$w/emb-v2.sql" "$w/shd-v2.sql"; then ok "the example's v1 -> v2 plan is the same through the embedded server"
  else not_ok "the example's v1 -> v2 plan through the embedded server # $(head -c 300 "$w/emb-v2.err")"; fi
  # --check-render replays the desired state from its own rendering in a
  # second scratch database: it must load, and change nothing in the plan
  "$SD" plan --db "$(db_url cli_v1)" --schema "$TESTS_DIR/../examples/webduh/v2" --no-cache --check-render --format sql >"$w/chk-v2.sql" 2>"$w/chk-v2.err"
  if [ -s "$w/chk-v2.sql" ] && cmp -s "$w/emb-v2.sql" "$w/chk-v2.sql"; then ok "--check-render: the example's rendering loads and the plan is the same"
  else not_ok "--check-render on the example # $(head -c 300 "$w/chk-v2.err")"; fi
  expect "a load error through the embedded server" 2 "server.sql:3:1: error" \
    "$SD" plan --db "$(db_url cli_live)" --schema "$w/server.sql"
  if leftovers >/dev/null; then not_ok "nothing left after an error # $(leftovers)"; else ok "nothing left after an error"; fi
  # a desired state that takes a while to load, interrupted mid-load
  for i in $(seq 1 3000); do echo "CREATE TABLE big_$i (id int PRIMARY KEY, v text);"; done >"$w/big.sql"
  "$SD" plan --db "$(db_url cli_live)" --schema "$w/big.sql" >/dev/null 2>"$w/int.err" &
  pid=$!
  for _ in $(seq 1 300); do ls "$SCHEMADIFF_RUN_DIR"/schemadiff-??????/.s.PGSQL.5432 2>/dev/null | grep -q . && break; sleep 0.1; done
  sleep 0.5
  # the detector must see a running embedded server, or its silence proves nothing
  if leftovers | grep -q '^process '; then ok "a running embedded server is detected"; else not_ok "a running embedded server is detected"; fi
  kill -INT $pid; wait $pid; rc=$?
  sleep 0.2
  if [ $rc -ne 0 ] && ! leftovers >/dev/null; then ok "nothing left after SIGINT (exit $rc)"; else not_ok "nothing left after SIGINT # exit $rc, $(leftovers)"; fi
}

rm -rf "$w"
summary
[ "$FAIL" = 0 ]
