#!/usr/bin/env bash
# run-example.sh: the example platform schema (examples/webduh), end to end.
#   empty -> v1: plan, apply, re-plan empty, pg_dump equals v1 loaded by psql
#   v1 -> v2:    plan, apply, re-plan empty, pg_dump equals v2;
#                rollback, re-plan against v1 empty, pg_dump equals v1 (up
#                to PostgreSQL's respelling of varchar IN-lists, see lib.sh)
#   apply:       the same v1 -> v2 with schemadiff apply, then rollback
#   dump:        `schemadiff dump` of v2, as one file and split into one
#                file per object: each loads where pg_dump equals v2, and
#                planning v2 against it is empty
set -u
. "$(dirname "$0")/lib.sh"
start_cluster

ex=$TESTS_DIR/../examples/webduh
w=$(mktemp -d /tmp/schemadiff-example.XXXXXX)
SHADOW=$(db_url postgres)
load_version() { fresh_db "$1"; cat "$ex/$2"/*.sql | psql -X -q -v ON_ERROR_STOP=1 -d "$1" >/dev/null 2>"$w/load.err"; }
plan() { "$SCHEMADIFF" plan --db "$(db_url "$1")" --schema "$ex/$2" --shadow-db "$SHADOW" --format sql --out "$3" ${4:+--rollback "$4"} 2>"$3.err"; }
# the script carries its own BEGIN/COMMIT (and CREATE INDEX CONCURRENTLY
# outside them), so no psql -1
apply() { psql -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$2" >/dev/null 2>"$2.err"; }
step() { # NAME COMMAND...
  local name=$1; shift
  if "$@"; then ok "$name"; return 0; fi
  not_ok "$name # $(cat "$w"/*.err 2>/dev/null | grep -m1 -E 'ERROR|error' )"; return 1
}

load_version ex_v1 v1; load_version ex_v2 v2
fresh_db ex_live
step "empty -> v1: plan" plan ex_live v1 "$w/to_v1.sql" &&
step "empty -> v1: apply" apply ex_live "$w/to_v1.sql" &&
step "empty -> v1: pg_dump equals v1" same_schema ex_live ex_v1 "$w/v1.diff" &&
step "empty -> v1: re-plan is empty" eval 'plan ex_live v1 "$w/re1.sql" && is_empty_sql "$w/re1.sql"'

load_version ex_live v1
step "v1 -> v2: plan" plan ex_live v2 "$w/to_v2.sql" "$w/back.sql" &&
step "v1 -> v2: apply" apply ex_live "$w/to_v2.sql" &&
step "v1 -> v2: pg_dump equals v2" same_schema ex_live ex_v2 "$w/v2.diff" &&
step "v1 -> v2: re-plan is empty" eval 'plan ex_live v2 "$w/re2.sql" && is_empty_sql "$w/re2.sql"' &&
step "v2 -> v1: rollback applies" apply ex_live "$w/back.sql" &&
step "v2 -> v1: re-plan against v1 is empty" eval 'plan ex_live v1 "$w/re3.sql" && is_empty_sql "$w/re3.sql"'
# The rollback re-creates from the live catalog's text, which PostgreSQL
# re-reads into another spelling for varchar IN-lists (see lib.sh).
step "v2 -> v1: pg_dump equals v1 (up to that respelling)" same_schema_respelled ex_live ex_v1 "$w/back.diff"

# The same migration with schemadiff apply and rollback: rehearsed in the
# shadow, recorded in schemadiff.history, verified after.
ALL_HAZARDS="--allow-hazard data-loss --allow-hazard rewrite --allow-hazard long-lock --allow-hazard irreversible"
load_version ex_app v1
step "apply v1 -> v2: applies" eval '"$SCHEMADIFF" apply --db "$(db_url ex_app)" --schema "$ex/v2" --shadow-db "$SHADOW" $ALL_HAZARDS >"$w/apply.out" 2>"$w/apply.err" && grep -q "^applied: run 1" "$w/apply.out"' &&
step "apply v1 -> v2: pg_dump equals v2 (history schema aside)" \
  eval 'psql -X -q -d ex_app -c "SET client_min_messages = warning" -c "DROP SCHEMA schemadiff CASCADE" >/dev/null && same_schema ex_app ex_v2 "$w/app.diff"'
load_version ex_app v1
step "apply v1 -> v2 -> rollback: history records both" \
  eval '"$SCHEMADIFF" apply --db "$(db_url ex_app)" --schema "$ex/v2" --shadow-db "$SHADOW" $ALL_HAZARDS >/dev/null 2>"$w/apply2.err" &&
        "$SCHEMADIFF" rollback --db "$(db_url ex_app)" $ALL_HAZARDS >"$w/rb.out" 2>"$w/rb.err" &&
        "$SCHEMADIFF" history --db "$(db_url ex_app)" >"$w/hist.out" &&
        grep -qE "^1 +apply +rolled back" "$w/hist.out" && grep -qE "^2 +rollback +applied" "$w/hist.out"' &&
step "apply v1 -> v2 -> rollback: re-plan against v1 is empty" eval 'plan ex_app v1 "$w/re4.sql" && is_empty_sql "$w/re4.sql"'

dump_round_trip() { # NAME DUMP-OPTION PATH LOADER
  local name=$1 opt=$2 path=$3
  step "dump $name: writes" "$SCHEMADIFF" dump --db "$(db_url ex_v2)" "$opt" "$path" 2>"$w/dump.err" &&
  step "dump $name: plan of v2 against it is empty" \
    eval '"$SCHEMADIFF" plan --db "$(db_url ex_v2)" --schema "$path" --shadow-db "$SHADOW" --format sql --out "$w/dre.sql" 2>"$w/dre.err" && is_empty_sql "$w/dre.sql"'
}
dump_round_trip "to one file" --out "$w/dump.sql"
# (up to the one respelling PostgreSQL does to its own text; see lib.sh)
step "dump to one file: loads and pg_dump equals v2" \
  eval 'fresh_db ex_dump && psql -X -q -v ON_ERROR_STOP=1 -d ex_dump -f "$w/dump.sql" >/dev/null 2>"$w/dload.err" && same_schema_respelled ex_dump ex_v2 "$w/dump.diff"'
dump_round_trip "split" --split "$w/split"
step "dump split: one file per table, view and function" \
  eval '[ -f "$w/split/public/tables/users.sql" ] && [ -d "$w/split/public/views" ] && [ -d "$w/split/public/functions" ] && [ -f "$w/split/extensions/pgcrypto.sql" ]'
step "dump split: refuses a directory that has files" \
  eval '! "$SCHEMADIFF" dump --db "$(db_url ex_v2)" --split "$w/split" 2>"$w/refuse.txt" && grep -q "new or empty directory" "$w/refuse.txt" && rm "$w/refuse.txt"'
for f in "$w"/v1.diff "$w"/v2.diff; do [ -s "$f" ] && { echo "# $(basename "$f"):"; head -20 "$f" | sed 's/^/#   /'; }; done
rm -rf "$w"
summary
[ "$FAIL" = 0 ]
