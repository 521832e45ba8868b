#!/usr/bin/env bash
# run-cases.sh: the golden cases in tests/cases/<name>/.
#
# For each case: load current.sql; plan against desired.sql and compare the
# plan and rollback with the golden plan.sql and rollback.sql; apply the
# plan; the database must now dump like desired.sql loaded on its own
# (pg_dump, the independent judge) and a re-plan must be empty; apply the
# rollback; the database must dump like current.sql and re-plan empty.
# Last, `schemadiff dump` of the desired database must load into an empty
# database that pg_dumps the same (up to one respelling, see lib.sh), and
# plan empty against the original.
# A case's optional data.sql holds rows loaded after current.sql, which
# the plan and the rollback must carry through (a failed cast fails the
# case); its optional `args` file holds extra plan options (--privileges);
# the roles its grants name are created once, below (roles are global);
# its optional after.sql is what the application does next (an INSERT that
# relies on a sequence, say): it must succeed after the plan and again
# after the rollback.
# UPDATE_GOLDEN=1 rewrites the golden files instead of comparing them.
#
# Usage: run-cases.sh [NAME...]   (default: every case)
set -u
. "$(dirname "$0")/lib.sh"
start_cluster

SHADOW=$(db_url postgres)
work=$(mktemp -d /tmp/schemadiff-cases.XXXXXX)
for role in sd_reader sd_writer sd_admin 'sd "odd" role'; do
  psql -X -q -d postgres -c "DO \$\$ BEGIN CREATE ROLE $(printf '%s' "$role" | sed 's/"/""/g; s/.*/"&"/'); EXCEPTION WHEN duplicate_object THEN NULL; END \$\$" >/dev/null
done
CASE_ARGS=()
plan() { # plan DB SCHEMA OUT [ROLLBACK]
  "$SCHEMADIFF" plan --db "$(db_url "$1")" --schema "$2" --shadow-db "$SHADOW" --format sql \
    --out "$3" ${4:+--rollback "$4"} "${CASE_ARGS[@]}" 2>"$3.err"
}

run_case() {
  local dir=$1 name w
  name=$(basename "$dir"); w=$work/$name; mkdir -p "$w"
  CASE_ARGS=(); [ -f "$dir/args" ] && read -r -a CASE_ARGS <"$dir/args"
  fresh_db sd_cur; fresh_db sd_want; fresh_db sd_orig
  local data=/dev/null; [ -f "$dir/data.sql" ] && data=$dir/data.sql
  if ! load_sql sd_cur "$dir/current.sql" "$w/load.err" || ! load_sql sd_orig "$dir/current.sql" "$w/load.err" ||
     ! load_sql sd_cur "$data" "$w/load.err" || ! load_sql sd_orig "$data" "$w/load.err" ||
     ! load_sql sd_want "$dir/desired.sql" "$w/load.err"; then
    not_ok "$name # case does not load: $(head -1 "$w/load.err")"; return
  fi
  if ! plan sd_cur "$dir/desired.sql" "$w/plan.sql" "$w/rollback.sql"; then
    not_ok "$name # plan failed: $(head -1 "$w/plan.sql.err")"; return
  fi
  if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
    cp "$w/plan.sql" "$dir/plan.sql"; cp "$w/rollback.sql" "$dir/rollback.sql"
  else
    for f in plan rollback; do
      if ! diff -u "$dir/$f.sql" "$w/$f.sql" >"$w/$f.diff" 2>&1; then
        not_ok "$name # $f differs from the golden $f.sql"; sed 's/^/#   /' "$w/$f.diff" | head -40; return
      fi
    done
  fi
  if ! psql -X -q -v ON_ERROR_STOP=1 -d sd_cur -f "$w/plan.sql" >/dev/null 2>"$w/apply.err"; then
    not_ok "$name # plan does not apply: $(grep -m1 ERROR "$w/apply.err")"; return
  fi
  if ! same_schema sd_cur sd_want "$w/after.diff"; then
    not_ok "$name # after the plan, pg_dump differs from desired.sql"; sed 's/^/#   /' "$w/after.diff" | head -20; return
  fi
  if [ -f "$dir/after.sql" ] && ! load_sql sd_cur "$dir/after.sql" "$w/use.err"; then
    not_ok "$name # after the plan, after.sql fails: $(grep -m1 ERROR "$w/use.err")"; return
  fi
  if ! plan sd_cur "$dir/desired.sql" "$w/replan.sql" || ! is_empty_sql "$w/replan.sql"; then
    not_ok "$name # re-plan is not empty: $(grep -v -m1 -E '^[[:space:]]*(--.*)?$' "$w/replan.sql" "$w/replan.sql.err")"; return
  fi
  if ! psql -X -q -v ON_ERROR_STOP=1 -d sd_cur -f "$w/rollback.sql" >/dev/null 2>"$w/rollback.err"; then
    not_ok "$name # rollback does not apply: $(grep -m1 ERROR "$w/rollback.err")"; return
  fi
  if ! same_schema sd_cur sd_orig "$w/back.diff"; then
    not_ok "$name # after the rollback, pg_dump differs from current.sql"; sed 's/^/#   /' "$w/back.diff" | head -20; return
  fi
  if [ -f "$dir/after.sql" ] && ! load_sql sd_cur "$dir/after.sql" "$w/use.err"; then
    not_ok "$name # after the rollback, after.sql fails: $(grep -m1 ERROR "$w/use.err")"; return
  fi
  if ! plan sd_cur "$dir/current.sql" "$w/replan2.sql" || ! is_empty_sql "$w/replan2.sql"; then
    not_ok "$name # re-plan after rollback is not empty: $(grep -v -m1 -E '^[[:space:]]*(--.*)?$' "$w/replan2.sql" "$w/replan2.sql.err")"; return
  fi
  check_dump "$name" "$w" || return
  ok "$name"
}

# dump the desired database; the dump must load and pg_dump the same, and
# planning the original against it must be empty
check_dump() {
  local name=$1 w=$2
  if ! "$SCHEMADIFF" dump --db "$(db_url sd_want)" "${CASE_ARGS[@]}" --out "$w/dump.sql" 2>"$w/dump.err"; then
    not_ok "$name # dump failed: $(head -1 "$w/dump.err")"; return 1
  fi
  fresh_db sd_dump
  if ! load_sql sd_dump "$w/dump.sql" "$w/dump-load.err"; then
    not_ok "$name # the dump does not load: $(grep -m1 ERROR "$w/dump-load.err")"; return 1
  fi
  local grants=no-grants; [[ " ${CASE_ARGS[*]} " == *" --privileges "* ]] && grants=
  if ! same_schema_respelled sd_dump sd_want "$w/dump.diff" $grants; then
    not_ok "$name # the dump loaded dumps differently from desired.sql"; sed 's/^/#   /' "$w/dump.diff" | head -20; return 1
  fi
  if ! plan sd_want "$w/dump.sql" "$w/dumpplan.sql" || ! is_empty_sql "$w/dumpplan.sql"; then
    not_ok "$name # planning the desired database against its dump is not empty: $(grep -v -m1 -E '^[[:space:]]*(--.*)?$' "$w/dumpplan.sql" "$w/dumpplan.sql.err")"; return 1
  fi
}

cases=()
if [ $# -gt 0 ]; then for n in "$@"; do cases+=("$TESTS_DIR/cases/$n"); done
else for d in "$TESTS_DIR"/cases/*/; do cases+=("${d%/}"); done; fi
for d in "${cases[@]}"; do run_case "$d"; done
rm -rf "$work"
summary
[ "$FAIL" = 0 ]
