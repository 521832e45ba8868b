#!/usr/bin/env bash
# run-apply.sh: `schemadiff apply`, `history` and `rollback` against real
# databases, one database per test:
#   - apply --schema converges (re-plan empty, the same pg_dump as the
#     desired SQL loaded directly), the history says "applied";
#   - apply --plan: the guard against a database changed since the plan,
#     "nothing to do", an invalid plan file, a broken step caught in the
#     rehearsal before the database is touched;
#   - hazards refused unless allowed;
#   - one deploy at a time: the advisory lock held elsewhere, two applies
#     started together;
#   - online steps: CREATE INDEX CONCURRENTLY, an INVALID index left by a
#     failed build is dropped and rebuilt;
#   - a lock that cannot be had, a backend killed mid-step, SIGINT
#     mid-step: the database is left as it was, the history says so, no
#     advisory lock is left behind, and the next apply converges;
#   - writes keep working during an online apply;
#   - --dry-run, rollback (last run, refused after a change, --to ID),
#     passwords kept out of every output and of the history, --progress.
set -u
. "$(dirname "$0")/lib.sh"
start_cluster

w=$(mktemp -d /tmp/schemadiff-apply.XXXXXX)
chmod 755 "$w"
SD=$SCHEMADIFF
SHADOW=$(db_url postgres)
LOCK_KEY=8314036624227526246
ALL_HAZARDS=(--allow-hazard data-loss --allow-hazard rewrite --allow-hazard long-lock --allow-hazard irreversible)

# The history lives in the applied database (schema "schemadiff"); it is
# not part of the schema the comparisons below are about.  lib.sh's
# dump_schema and same_schema call pg_dump, which this makes leave it out.
pg_dump() { command pg_dump --exclude-schema=schemadiff "$@"; }

# every schemadiff run is bounded: a hang is a failure, not a stuck suite
sd() { timeout -k 5 120 "$SD" "$@"; }
q() { psql -X -A -t -q -d "$1" -c "$2" 2>&1; }
# wait_bounded PID SECONDS: wait for PID, killing it after SECONDS; its exit status (124 if killed)
wait_bounded() {
  local pid=$1 i
  for ((i = 0; i < $2 * 10; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; return 124; fi
  wait "$pid"
}
# end the sessions a test started in the background, by application_name
end_sessions() { q postgres "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = '$1'" >/dev/null; }
# is_replan_empty DB FILE: a new plan from the desired state FILE is empty
is_replan_empty() {
  sd plan --db "$(db_url "$1")" --schema "$2" --shadow-db "$SHADOW" --format sql >"$w/replan.sql" 2>&1 &&
    is_empty_sql "$w/replan.sql" && grep -q 'nothing to do' "$w/replan.sql"
}
# run_field DB FIELD [ID]: FIELD of run ID (default: the last) from `history --format json`
run_field() {
  sd history --db "$(db_url "$1")" --format json 2>/dev/null | python3 -c '
import json, sys
runs = json.load(sys.stdin)["runs"]
field, want = sys.argv[1], sys.argv[2]
run = next((r for r in runs if str(r["id"]) == want), None) if want else (runs[-1] if runs else None)
print("none" if run is None else run[field])' "$2" "${3:-}"
}
# advisory locks held in database DB
advisory_locks() {
  q postgres "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database
              WHERE l.locktype = 'advisory' AND d.datname = '$1'"
}
# ref_db NAME FILE: a database loaded directly from the desired SQL
ref_db() { fresh_db "$1" && load_sql "$1" "$2" "$w/ref-$1.err"; }
# the hazards a JSON plan lists, as --allow-hazard options
allow_listed() { python3 -c 'import json,sys; print(" ".join("--allow-hazard " + h for h in json.load(open(sys.argv[1]))["hazards"]))' "$1"; }

# --- the schemas ---------------------------------------------------------------
cat >"$w/base.sql" <<'SQL'
CREATE TABLE public.t (id int PRIMARY KEY, a text);
INSERT INTO public.t SELECT g, 'a' || (g % 10) FROM generate_series(1, 100) g;
SQL
cat >"$w/v1.sql" <<'SQL'
CREATE TABLE public.t (id int PRIMARY KEY, a text, b int NOT NULL DEFAULT 0);
CREATE INDEX t_a_idx ON public.t (a);
CREATE TABLE public.u (
    id int PRIMARY KEY,
    t_id int REFERENCES public.t (id),
    note text CHECK (note <> '')
);
CREATE FUNCTION public.add_one(x int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT x + 1';
CREATE VIEW public.t_view AS SELECT id, a, public.add_one(b) AS b1 FROM public.t WHERE b >= 0;
SQL
{ cat "$w/v1.sql"; echo 'CREATE TABLE public.v2 (id int PRIMARY KEY, label text);'; } >"$w/v2.sql"
{ cat "$w/v2.sql"; echo 'CREATE TABLE public.v3 (id int PRIMARY KEY);'; } >"$w/v3.sql"
base_db() { fresh_db "$1" && load_sql "$1" "$w/base.sql" "$w/base-$1.err"; }
ref_db apply_ref_v1 "$w/v1.sql"

# --- 1. apply --schema converges -----------------------------------------------
# through the embedded shadow, the default
base_db apply_converge
sd apply --db "$(db_url apply_converge)" --schema "$w/v1.sql" >"$w/1.out" 2>"$w/1.err"; rc=$?
if [ $rc = 0 ] && grep -q '^applied: run 1, ' "$w/1.out"; then ok "apply --schema (embedded shadow): exit 0, applied: run 1"
else not_ok "apply --schema (embedded shadow) # exit $rc: $(head -c 300 "$w/1.err")"; fi
if is_replan_empty apply_converge "$w/v1.sql"; then ok "after apply, a new plan is empty"
else not_ok "after apply, a new plan is empty # $(head -c 300 "$w/replan.sql")"; fi
if same_schema apply_converge apply_ref_v1 "$w/1.diff"; then ok "after apply, pg_dump equals the desired SQL loaded directly"
else not_ok "after apply, pg_dump equals the desired SQL loaded directly # $(head -c 400 "$w/1.diff")"; fi
sd history --db "$(db_url apply_converge)" >"$w/1.hist" 2>&1
if grep -qE '^1 +apply +applied +.* ([1-9][0-9]*)/\1 ' "$w/1.hist" && [ "$(grep -cE '^[0-9]+ ' "$w/1.hist")" = 1 ] &&
   [ "$(run_field apply_converge status)" = applied ]; then
  ok "history: one apply run, applied, every step done (human and json)"
else not_ok "history after apply # $(cat "$w/1.hist")"; fi

# --- 2. apply --plan ---------------------------------------------------------------
base_db apply_json
sd plan --db "$(db_url apply_json)" --schema "$w/v1.sql" --shadow-db "$SHADOW" --format json --out "$w/plan.json" 2>"$w/2.err"
q apply_json 'ALTER TABLE public.t ADD COLUMN zz int' >/dev/null
dump_schema apply_json >"$w/2.before"
sd apply --db "$(db_url apply_json)" --plan "$w/plan.json" --shadow-db "$SHADOW" >"$w/2.out" 2>"$w/2.err"; rc=$?
if [ $rc = 2 ] && grep -q 'refusing the plan: .*apply_json changed since it was made' "$w/2.err" &&
   grep -q 'added: column public\.t\.zz' "$w/2.err" && dump_schema apply_json | cmp -s - "$w/2.before"; then
  ok "apply --plan after an out-of-band change: refused, exit 2, names the column, nothing changed"
else not_ok "apply --plan after an out-of-band change # exit $rc: $(head -c 300 "$w/2.err")"; fi
q apply_json 'ALTER TABLE public.t DROP COLUMN zz' >/dev/null
sd apply --db "$(db_url apply_json)" --plan "$w/plan.json" --shadow-db "$SHADOW" >"$w/2.out" 2>"$w/2.err"; rc=$?
if [ $rc = 0 ] && grep -q '^applied: run 1, ' "$w/2.out" && is_replan_empty apply_json "$w/v1.sql" &&
   same_schema apply_json apply_ref_v1 "$w/2.diff"; then
  ok "apply --plan: applied, re-plan empty, pg_dump equals the desired SQL"
else not_ok "apply --plan # exit $rc: $(head -c 300 "$w/2.err" "$w/2.diff")"; fi
sd apply --db "$(db_url apply_json)" --plan "$w/plan.json" --shadow-db "$SHADOW" >"$w/2.out" 2>"$w/2.err"; rc=$?
if [ $rc = 0 ] && grep -q 'nothing to do' "$w/2.out" && [ "$(run_field apply_json id)" = 1 ]; then
  ok "apply --plan on a database already at its target: nothing to do, exit 0, no new run"
else not_ok "apply --plan a second time # exit $rc: $(head -c 300 "$w/2.out" "$w/2.err")"; fi
printf '{\n  "format": "schemadiff.plan",\n  "steps": [1,\n}\n' >"$w/bad.json"
sd apply --db "$(db_url apply_json)" --plan "$w/bad.json" --shadow-db "$SHADOW" >"$w/2.out" 2>"$w/2.err"; rc=$?
if [ $rc = 2 ] && grep -qE "^$w/bad.json:4:1: error" "$w/2.err"; then ok "an invalid JSON plan: file:line:col, exit 2"
else not_ok "an invalid JSON plan # exit $rc: $(head -c 300 "$w/2.err")"; fi
# a hand-edited plan whose step the server rejects
base_db apply_json_broken
sd plan --db "$(db_url apply_json_broken)" --schema "$w/v1.sql" --shadow-db "$SHADOW" --format json --out "$w/plan2.json" 2>/dev/null
python3 - "$w/plan2.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
n = 0
for s in p["steps"]:
    if s["sql"].startswith("ALTER TABLE public.t ADD COLUMN b "):
        s["sql"] = "ALTER TABLE public.t ADD COLUMN b integer DEFAULT no_such_function() NOT NULL;"
        n += 1
assert n == 1, "the step to break is not in the plan"
json.dump(p, open(sys.argv[1], "w"), indent=1)
PY
dump_schema apply_json_broken >"$w/2b.before"
sd apply --db "$(db_url apply_json_broken)" --plan "$w/plan2.json" --shadow-db "$SHADOW" >"$w/2b.out" 2>"$w/2b.err"; rc=$?
if [ $rc != 0 ] && grep -q 'rehearsal.*no_such_function() does not exist' "$w/2b.err" &&
   dump_schema apply_json_broken | cmp -s - "$w/2b.before" &&
   [ "$(q apply_json_broken "SELECT to_regclass('schemadiff.history') IS NULL")" = t ]; then
  ok "a plan with a broken step fails in rehearsal (exit $rc): the database untouched, not even a history row"
else not_ok "a plan with a broken step fails in rehearsal # exit $rc: $(head -c 300 "$w/2b.err")"; fi

# --- 3. hazards ------------------------------------------------------------------------
fresh_db apply_hazard
q apply_hazard 'CREATE TABLE public.t (id int PRIMARY KEY, a text, gone int); INSERT INTO public.t VALUES (1, $$x$$, 7)' >/dev/null
echo 'CREATE TABLE public.t (id int PRIMARY KEY, a text);' >"$w/nogone.sql"
sd plan --db "$(db_url apply_hazard)" --schema "$w/nogone.sql" --shadow-db "$SHADOW" --format json --out "$w/3.json" 2>/dev/null
listed=$(python3 -c 'import json,sys; print(",".join(json.load(open(sys.argv[1]))["hazards"]))' "$w/3.json" 2>/dev/null)
if [ "$listed" = "data-loss,irreversible" ]; then ok "dropping a column: the plan lists data-loss and irreversible"
else not_ok "dropping a column: the plan's hazards # $listed"; fi
sd apply --db "$(db_url apply_hazard)" --schema "$w/nogone.sql" --shadow-db "$SHADOW" >"$w/3.out" 2>"$w/3.err"; rc=$?
if [ $rc = 2 ] && grep -q 'refusing to run a plan with hazards not allowed: data-loss,irreversible' "$w/3.err" &&
   grep -q 'step 1 (column public\.t\.gone)' "$w/3.err" && [ "$(q apply_hazard 'SELECT gone FROM public.t')" = 7 ]; then
  ok "dropping a column is refused without --allow-hazard: exit 2, names the step, nothing dropped"
else not_ok "dropping a column is refused # exit $rc: $(head -c 300 "$w/3.err")"; fi
sd apply --db "$(db_url apply_hazard)" --schema "$w/nogone.sql" --shadow-db "$SHADOW" --allow-hazard data-loss >"$w/3.out" 2>"$w/3.err"; rc=$?
if [ $rc = 2 ] && grep -q 'hazards not allowed: irreversible$' "$w/3.err"; then
  ok "--allow-hazard data-loss alone: still refused for irreversible"
else not_ok "--allow-hazard data-loss alone # exit $rc: $(head -c 300 "$w/3.err")"; fi
# shellcheck disable=SC2046
sd apply --db "$(db_url apply_hazard)" --schema "$w/nogone.sql" --shadow-db "$SHADOW" $(allow_listed "$w/3.json") >"$w/3.out" 2>"$w/3.err"; rc=$?
if [ $rc = 0 ] && [ "$(q apply_hazard "SELECT count(*) FROM pg_attribute WHERE attrelid = 'public.t'::regclass AND attname = 'gone'")" = 0 ] &&
   is_replan_empty apply_hazard "$w/nogone.sql"; then
  ok "with --allow-hazard data-loss --allow-hazard irreversible: the column is dropped, converged"
else not_ok "with the hazards allowed # exit $rc: $(head -c 300 "$w/3.err")"; fi

# --- 4. one deploy at a time -------------------------------------------------------------
base_db apply_lock
PGAPPNAME=apply_lock_holder psql -X -q -d apply_lock -c "SELECT pg_advisory_lock($LOCK_KEY)" -c 'SELECT pg_sleep(10)' >/dev/null 2>&1 &
holder=$!
for _ in $(seq 1 100); do [ "$(advisory_locks apply_lock)" = 1 ] && break; sleep 0.1; done
start=$SECONDS
sd apply --db "$(db_url apply_lock)" --schema "$w/v1.sql" --shadow-db "$SHADOW" --lock-wait 1s >"$w/4.out" 2>"$w/4.err"; rc=$?
took=$((SECONDS - start))
if [ $rc = 3 ] && grep -q 'another schemadiff apply or rollback is running on .*apply_lock (server pid [1-9]' "$w/4.err" &&
   [ $took -le 8 ] && [ "$(q apply_lock "SELECT to_regclass('public.u') IS NULL")" = t ]; then
  ok "the deploy lock held by another session: --lock-wait 1s gives up in ${took}s, exit 3, names the other deploy"
else not_ok "the deploy lock held by another session # exit $rc after ${took}s: $(head -c 300 "$w/4.err")"; fi
end_sessions apply_lock_holder; wait_bounded $holder 15 >/dev/null

base_db apply_race
sd apply --db "$(db_url apply_race)" --schema "$w/v1.sql" --shadow-db "$SHADOW" >"$w/4a.out" 2>"$w/4a.err" &
p1=$!
sd apply --db "$(db_url apply_race)" --schema "$w/v1.sql" --shadow-db "$SHADOW" >"$w/4b.out" 2>"$w/4b.err" &
p2=$!
wait_bounded $p1 150; rc1=$?
wait_bounded $p2 150; rc2=$?
runs=$(q apply_race "SELECT count(*) || ' ' || count(*) FILTER (WHERE kind = 'apply' AND status = 'applied') FROM schemadiff.history")
if [ $rc1 = 0 ] && [ $rc2 = 0 ] && [ "$runs" = "1 1" ] &&
   [ "$(cat "$w/4a.out" "$w/4b.out" | grep -c '^applied: run ')" = 1 ] &&
   [ "$(cat "$w/4a.out" "$w/4b.out" | grep -c '^nothing to do')" = 1 ] && is_replan_empty apply_race "$w/v1.sql"; then
  ok "two applies started together: both exit 0, one applies, the other has nothing to do, one history row"
else not_ok "two applies started together # exits $rc1 $rc2, history rows (all applied): $runs; $(head -c 300 "$w/4a.err" "$w/4b.err")"; fi

# --- 5. online steps -----------------------------------------------------------------------
base_db apply_online
printf 'CREATE TABLE public.t (id int PRIMARY KEY, a text);\nCREATE UNIQUE INDEX t_a_key ON public.t (a);\n' >"$w/unique.sql"
sd plan --db "$(db_url apply_online)" --schema "$w/unique.sql" --shadow-db "$SHADOW" --format sql >"$w/5.sql" 2>&1
if grep -q '^CREATE UNIQUE INDEX CONCURRENTLY t_a_key ON public\.t ' "$w/5.sql"; then
  ok "an index on an existing table is planned CREATE INDEX CONCURRENTLY"
else not_ok "an index on an existing table is planned CREATE INDEX CONCURRENTLY # $(head -c 300 "$w/5.sql")"; fi
# a failed concurrent build (the data has duplicates) leaves an INVALID index
psql -X -q -d apply_online -c 'CREATE UNIQUE INDEX CONCURRENTLY t_a_key ON public.t (a)' >/dev/null 2>&1
invalid=$(q apply_online "SELECT count(*) FROM pg_index WHERE indexrelid = 'public.t_a_key'::regclass AND NOT indisvalid")
q apply_online 'DELETE FROM public.t WHERE id > 10' >/dev/null
sd apply --db "$(db_url apply_online)" --schema "$w/unique.sql" --shadow-db "$SHADOW" --progress >"$w/5.out" 2>"$w/5.err"; rc=$?
ref_db apply_ref_unique "$w/unique.sql"
valid=$(q apply_online "SELECT string_agg(c.relname || ':' || i.indisvalid, ',') FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                        WHERE i.indrelid = 'public.t'::regclass AND c.relname <> 't_pkey'")
if [ "$invalid" != 1 ]; then
  not_ok "an INVALID index left by a failed build # the setup did not leave one (count $invalid)"
elif [ $rc = 0 ] && [ "$valid" = "t_a_key:true" ] && is_replan_empty apply_online "$w/unique.sql" &&
     same_schema apply_online apply_ref_unique "$w/5.diff"; then
  ok "an INVALID index left by a failed build is dropped and rebuilt: valid, converged"
else not_ok "an INVALID index left by a failed build # exit $rc, indexes: $valid; $(head -c 300 "$w/5.err" "$w/5.diff")"; fi

# --- 6. a lock that cannot be had ----------------------------------------------------------
base_db apply_locktimeout
dump_schema apply_locktimeout >"$w/6.before"
PGAPPNAME=apply_locker psql -X -q -d apply_locktimeout -c BEGIN -c 'LOCK TABLE public.t IN ACCESS EXCLUSIVE MODE' \
  -c 'SELECT pg_sleep(15)' -c COMMIT >/dev/null 2>&1 &
locker=$!
for _ in $(seq 1 100); do
  [ "$(q apply_locktimeout "SELECT count(*) FROM pg_locks WHERE relation = 'public.t'::regclass AND mode = 'AccessExclusiveLock' AND granted")" = 1 ] && break
  sleep 0.1
done
start=$SECONDS
sd apply --db "$(db_url apply_locktimeout)" --schema "$w/v1.sql" --shadow-db "$SHADOW" --lock-timeout 200ms --retries 1 >"$w/6.out" 2>"$w/6.err"; rc=$?
took=$((SECONDS - start))
locks=$(advisory_locks apply_locktimeout)
end_sessions apply_locker; wait_bounded $locker 20 >/dev/null
if [ $rc = 3 ] && grep -q 'could not get its lock within the lock timeout' "$w/6.err" && [ $took -lt 14 ]; then
  ok "a table locked elsewhere: --lock-timeout 200ms --retries 1 stops in ${took}s, exit 3, says why"
else not_ok "a table locked elsewhere # exit $rc after ${took}s: $(head -c 300 "$w/6.err")"; fi
if dump_schema apply_locktimeout | diff "$w/6.before" - >"$w/6.diff"; then ok "after the lock timeout the database is as it was"
else not_ok "after the lock timeout the database is as it was # $(head -c 300 "$w/6.diff")"; fi
st=$(run_field apply_locktimeout status)
if [ "$st" = failed ] && [ "$locks" = 0 ]; then ok "after the lock timeout: history says failed, no advisory lock left"
else not_ok "after the lock timeout: history and advisory lock # status $st, advisory locks $locks"; fi

# --- 7. and 8. a long step: backend killed, SIGINT ---------------------------------------------
fresh_db apply_big_tpl
psql -X -q -v ON_ERROR_STOP=1 -d apply_big_tpl -c 'CREATE TABLE public.big (id int PRIMARY KEY, v int NOT NULL)' \
  -c 'INSERT INTO public.big SELECT g, g % 1000 FROM generate_series(1, 1500000) g' -c 'VACUUM ANALYZE public.big' >/dev/null
cat >"$w/big.sql" <<'SQL'
CREATE TABLE public.big (id int PRIMARY KEY, v int NOT NULL, r int DEFAULT (random() * 10)::int);
CREATE TABLE public.audit (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text);
SQL
# wait_for_alter DB PID: until DB's schemadiff session runs the ALTER (or PID ends); prints 1 if seen
wait_for_alter() {
  local seen=0
  for _ in $(seq 1 400); do
    seen=$(q postgres "SELECT count(*) FROM pg_stat_activity WHERE datname = '$1' AND application_name = 'schemadiff'
                       AND state = 'active' AND query LIKE 'ALTER TABLE public.big ADD COLUMN r %'")
    [ "${seen:-0}" -gt 0 ] && break
    kill -0 "$2" 2>/dev/null || break
    sleep 0.05
  done
  echo "${seen:-0}"
}

createdb -T apply_big_tpl apply_kill
dump_schema apply_kill >"$w/7.before"
# a column with a volatile default rewrites the whole table under an
# ACCESS EXCLUSIVE lock: that is the rewrite hazard, refused unless allowed
sd apply --db "$(db_url apply_kill)" --schema "$w/big.sql" --shadow-db "$SHADOW" --dry-run >"$w/7d.out" 2>"$w/7d.err"; rc=$?
if [ $rc = 2 ] && grep -q 'hazards not allowed: .*rewrite' "$w/7d.err" && grep -q 'step [0-9]* (column public\.big\.r): .*rewrite' "$w/7d.err"; then
  ok "adding a column with a volatile default (a table rewrite) is refused without --allow-hazard rewrite"
else not_ok "adding a column with a volatile default (a table rewrite) is refused without --allow-hazard rewrite # exit $rc: $(grep -m1 'hazards' "$w/7d.out")"; fi
sd plan --db "$(db_url apply_kill)" --schema "$w/big.sql" --shadow-db "$SHADOW" --format json --out "$w/7.json" 2>/dev/null
# shellcheck disable=SC2207
allow=($(allow_listed "$w/7.json") --allow-hazard rewrite)
"$SD" apply --db "$(db_url apply_kill)" --schema "$w/big.sql" --shadow-db "$SHADOW" "${allow[@]}" --progress >"$w/7.out" 2>"$w/7.err" &
pid=$!
seen=$(wait_for_alter apply_kill $pid)
killed=0
[ "$seen" -gt 0 ] && killed=$(q postgres "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = 'apply_kill'
                                           AND application_name = 'schemadiff' AND query LIKE 'ALTER TABLE public.big ADD COLUMN r %'")
wait_bounded $pid 120; rc=$?
if [ "${killed:-0}" -lt 1 ]; then
  skip "a backend killed mid-step" "the ALTER was not caught running"
else
  if [ $rc = 3 ] && grep -q 'step 2 of [0-9]* (column public\.big\.r) failed: terminating connection' "$w/7.err"; then
    ok "the backend killed during the table rewrite: exit 3, the step named"
  else not_ok "the backend killed during the table rewrite # exit $rc: $(head -c 300 "$w/7.err")"; fi
  if dump_schema apply_kill | diff "$w/7.before" - >"$w/7.diff"; then ok "after the killed backend the database is exactly as before"
  else not_ok "after the killed backend the database is exactly as before # $(head -c 300 "$w/7.diff")"; fi
  st=$(run_field apply_kill status)
  if [ "$st" = failed ]; then ok "after the killed backend the history says failed"
  else not_ok "after the killed backend the history says failed # $st"; fi
fi
sd apply --db "$(db_url apply_kill)" --schema "$w/big.sql" --shadow-db "$SHADOW" "${allow[@]}" >"$w/7b.out" 2>"$w/7b.err"; rc=$?
if [ $rc = 0 ] && is_replan_empty apply_kill "$w/big.sql" && [ "$(run_field apply_kill status)" = applied ]; then
  ok "after the killed backend, apply again converges"
else not_ok "after the killed backend, apply again converges # exit $rc: $(head -c 300 "$w/7b.err")"; fi

createdb -T apply_big_tpl apply_sigint
dump_schema apply_sigint >"$w/8.before"
"$SD" apply --db "$(db_url apply_sigint)" --schema "$w/big.sql" --shadow-db "$SHADOW" "${allow[@]}" --progress >"$w/8.out" 2>"$w/8.err" &
pid=$!
seen=$(wait_for_alter apply_sigint $pid)
[ "$seen" -gt 0 ] && kill -INT $pid
wait_bounded $pid 120; rc=$?
if [ "$seen" -lt 1 ]; then
  skip "SIGINT mid-step" "the ALTER was not caught running"
else
  if [ $rc = 3 ] && grep -q 'interrupted at step 2 of [0-9]* (column public\.big\.r)' "$w/8.err"; then
    ok "SIGINT during the table rewrite: exit 3, the step named"
  else not_ok "SIGINT during the table rewrite # exit $rc: $(head -c 300 "$w/8.err")"; fi
  if dump_schema apply_sigint | diff "$w/8.before" - >"$w/8.diff"; then ok "after SIGINT the database is exactly as before"
  else not_ok "after SIGINT the database is exactly as before # $(head -c 300 "$w/8.diff")"; fi
  st=$(run_field apply_sigint status) locks=$(advisory_locks apply_sigint)
  if [ "$st" = interrupted ] && [ "$locks" = 0 ]; then ok "after SIGINT: history says interrupted, no advisory lock left"
  else not_ok "after SIGINT: history and advisory lock # status $st, advisory locks $locks"; fi
fi
sd apply --db "$(db_url apply_sigint)" --schema "$w/big.sql" --shadow-db "$SHADOW" "${allow[@]}" >"$w/8b.out" 2>"$w/8b.err"; rc=$?
if [ $rc = 0 ] && is_replan_empty apply_sigint "$w/big.sql"; then ok "after SIGINT, the next apply succeeds and converges"
else not_ok "after SIGINT, the next apply succeeds # exit $rc: $(head -c 300 "$w/8b.err")"; fi
dropdb --if-exists apply_big_tpl; dropdb --if-exists apply_kill; dropdb --if-exists apply_sigint

# --- 9. writes during an online apply ---------------------------------------------------------------
fresh_db apply_writes
psql -X -q -v ON_ERROR_STOP=1 -d apply_writes \
  -c 'CREATE TABLE public.w (id int PRIMARY KEY, qty int, note text, at timestamptz NOT NULL DEFAULT clock_timestamp())' \
  -c "INSERT INTO public.w (id, qty, note) SELECT g, g % 50, 'n' || (g % 977) FROM generate_series(1, 300000) g" \
  -c 'VACUUM ANALYZE public.w' >/dev/null
cat >"$w/writes.sql" <<'SQL'
CREATE TABLE public.w (
    id int PRIMARY KEY,
    qty int NOT NULL,
    note text,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT w_qty_check CHECK (qty >= 0)
);
CREATE INDEX w_note_idx ON public.w (note);
SQL
sd plan --db "$(db_url apply_writes)" --schema "$w/writes.sql" --shadow-db "$SHADOW" --format sql >"$w/9.sql" 2>&1
# 300 rounds of an INSERT and an UPDATE on one session; the first failure stops it
for i in $(seq 1 300); do
  echo "INSERT INTO public.w (id, qty, note) VALUES ($((1000000 + i)), $((i % 7)), 'w$i');"
  echo "UPDATE public.w SET qty = qty + 1, note = 'u$i', at = clock_timestamp() WHERE id = $i;"
  echo "SELECT pg_sleep(0.02);"
done >"$w/writer.sql"
PGAPPNAME=apply_writer timeout 120 psql -X -q -v ON_ERROR_STOP=1 -d apply_writes -f "$w/writer.sql" >/dev/null 2>"$w/writer.err" &
writer=$!
for _ in $(seq 1 100); do [ "$(q apply_writes 'SELECT count(*) FROM public.w WHERE id > 1000000')" -gt 0 ] && break; sleep 0.05; done
sd apply --db "$(db_url apply_writes)" --schema "$w/writes.sql" --shadow-db "$SHADOW" >"$w/9.out" 2>"$w/9.err"; rc=$?
wait_bounded $writer 120; wrc=$?
written=$(q apply_writes 'SELECT count(*) FROM public.w WHERE id > 1000000')
during=$(q apply_writes "SELECT count(*) FROM public.w, schemadiff.history h WHERE h.id = (SELECT max(id) FROM schemadiff.history)
                         AND w.at BETWEEN h.started_at AND h.finished_at")
if [ $rc = 3 ] && grep -q 'could not get its lock within the lock timeout' "$w/9.err"; then
  sd apply --db "$(db_url apply_writes)" --schema "$w/writes.sql" --shadow-db "$SHADOW" >"$w/9.out" 2>"$w/9.err"; rc=$?
fi
if ! grep -q 'CONCURRENTLY' "$w/9.sql" || ! grep -q 'VALIDATE CONSTRAINT' "$w/9.sql"; then
  not_ok "writes during an online apply # the plan is not an online one: $(head -c 300 "$w/9.sql")"
elif [ "${during:-0}" = 0 ] && [ $wrc = 0 ]; then
  skip "writes during an online apply" "no write ran while the steps ran"
elif [ $wrc = 0 ] && [ "$written" = 300 ] && [ $rc = 0 ] && is_replan_empty apply_writes "$w/writes.sql"; then
  ok "writes during an online apply (index, CHECK, SET NOT NULL): 300 of 300 rounds succeed ($during rows written during the steps), converged"
else not_ok "writes during an online apply # writer exit $wrc, $written of 300 rows, apply exit $rc: $(head -c 300 "$w/writer.err" "$w/9.err")"; fi

# --- 10. dry run ------------------------------------------------------------------------------------
base_db apply_dry
dump_schema apply_dry >"$w/10.before"
sd apply --db "$(db_url apply_dry)" --schema "$w/v1.sql" --shadow-db "$SHADOW" --dry-run >"$w/10.out" 2>"$w/10.err"; rc=$?
if [ $rc = 0 ] && grep -q '^dry run: nothing was changed' "$w/10.out" && dump_schema apply_dry | cmp -s - "$w/10.before" &&
   [ "$(q apply_dry "SELECT to_regclass('schemadiff.history') IS NULL")" = t ]; then
  ok "--dry-run on a new database: exit 0, nothing changed, no history"
else not_ok "--dry-run on a new database # exit $rc: $(head -c 300 "$w/10.out" "$w/10.err")"; fi
sd apply --db "$(db_url apply_dry)" --schema "$w/v1.sql" --shadow-db "$SHADOW" >/dev/null 2>&1
dump_schema apply_dry >"$w/10.before"
rows=$(q apply_dry 'SELECT count(*) FROM schemadiff.history')
sd apply --db "$(db_url apply_dry)" --schema "$w/v2.sql" --shadow-db "$SHADOW" --dry-run >"$w/10.out" 2>"$w/10.err"; rc=$?
if [ $rc = 0 ] && [ "$rows" = 1 ] && [ "$(q apply_dry 'SELECT count(*) FROM schemadiff.history')" = 1 ] &&
   grep -q 'CREATE TABLE public.v2' "$w/10.out" && dump_schema apply_dry | cmp -s - "$w/10.before"; then
  ok "--dry-run after an apply: shows the steps, changes nothing, writes no history row"
else not_ok "--dry-run after an apply # exit $rc, rows $rows: $(head -c 300 "$w/10.err")"; fi

# --- 11. rollback -------------------------------------------------------------------------------------
base_db apply_rb
dump_schema apply_rb >"$w/11.base"
sd apply --db "$(db_url apply_rb)" --schema "$w/v1.sql" --shadow-db "$SHADOW" >/dev/null 2>&1
sd rollback --db "$(db_url apply_rb)" "${ALL_HAZARDS[@]}" >"$w/11.out" 2>"$w/11.err"; rc=$?
if [ $rc = 0 ] && grep -q '^rolled back run 1 (run 2)' "$w/11.out" && dump_schema apply_rb | diff "$w/11.base" - >"$w/11.diff" &&
   [ "$(run_field apply_rb status 1)" = "rolled back" ] && [ "$(run_field apply_rb kind 2)" = rollback ] &&
   [ "$(run_field apply_rb undoes 2)" = 1 ]; then
  ok "rollback after an apply: pg_dump equals the one before; history: run 1 rolled back, run 2 undoes it"
else not_ok "rollback after an apply # exit $rc: $(head -c 300 "$w/11.err" "$w/11.diff")"; fi
sd apply --db "$(db_url apply_rb)" --schema "$w/v1.sql" --shadow-db "$SHADOW" >"$w/11.out" 2>&1
run_v1=$(sed -n 's/^applied: run \([0-9]*\),.*/\1/p' "$w/11.out")
q apply_rb 'CREATE TABLE public.oob (x int)' >/dev/null
dump_schema apply_rb >"$w/11.oob"
sd rollback --db "$(db_url apply_rb)" "${ALL_HAZARDS[@]}" >"$w/11.out" 2>"$w/11.err"; rc=$?
if [ $rc = 2 ] && grep -q "refusing to roll back run $run_v1" "$w/11.err" && dump_schema apply_rb | cmp -s - "$w/11.oob"; then
  ok "rollback after an out-of-band change: refused, exit 2, nothing changed"
else not_ok "rollback after an out-of-band change # exit $rc: $(head -c 300 "$w/11.err")"; fi
q apply_rb 'DROP TABLE public.oob' >/dev/null
dump_schema apply_rb >"$w/11.v1"
sd apply --db "$(db_url apply_rb)" --schema "$w/v2.sql" --shadow-db "$SHADOW" >"$w/11.out" 2>&1
run_v2=$(sed -n 's/^applied: run \([0-9]*\),.*/\1/p' "$w/11.out")
sd apply --db "$(db_url apply_rb)" --schema "$w/v3.sql" --shadow-db "$SHADOW" >"$w/11.out" 2>&1
run_v3=$(sed -n 's/^applied: run \([0-9]*\),.*/\1/p' "$w/11.out")
sd rollback --db "$(db_url apply_rb)" --to "$run_v1" "${ALL_HAZARDS[@]}" >"$w/11.out" 2>"$w/11.err"; rc=$?
order=$(sed -n 's/^rolled back run \([0-9]*\) .*/\1/p' "$w/11.out" | tr '\n' ' ')
if [ $rc = 0 ] && [ -n "$run_v3" ] && [ "$order" = "$run_v3 $run_v2 " ] && dump_schema apply_rb | diff "$w/11.v1" - >"$w/11.diff"; then
  ok "rollback --to $run_v1 undoes runs $run_v3 and $run_v2, newest first: pg_dump equals the one after run $run_v1"
else not_ok "rollback --to # exit $rc, rolled back: $order (runs $run_v1 $run_v2 $run_v3): $(head -c 300 "$w/11.err" "$w/11.diff")"; fi
sd history --db "$(db_url apply_rb)" >"$w/11.hist" 2>&1
if [ "$(run_field apply_rb status "$run_v2")" = "rolled back" ] && [ "$(run_field apply_rb status "$run_v3")" = "rolled back" ] &&
   [ "$(run_field apply_rb status "$run_v1")" = applied ] && [ "$(grep -cE '^[0-9]+ +apply +rolled back ' "$w/11.hist")" = 3 ] &&
   [ "$(grep -cE '^[0-9]+ +rollback +applied ' "$w/11.hist")" = 3 ]; then
  ok "history: the undone runs say rolled back, the rollbacks are rows of their own"
else not_ok "history after rollbacks # $(cat "$w/11.hist")"; fi

# --- 12. passwords ---------------------------------------------------------------------------------------
PW='S3cretPw'
fresh_db apply_secret
q apply_secret 'CREATE TABLE public.t (id int PRIMARY KEY, a text, gone int)' >/dev/null
pw_url() { echo "postgresql://postgres:$PW@/$1?host=$PGHOST&port=$PGPORT"; }
pw_kv() { echo "host=$PGHOST port=$PGPORT user=postgres password=$PW dbname=$1"; }
SU=$(pw_url apply_secret)
# failing: hazards refused, a database that does not exist, the lock held, a bad option
sd apply --db "$SU" --schema "$w/v1.sql" --shadow-db "$(pw_url postgres)" >"$w/pw-1.out" 2>"$w/pw-1.err"
sd apply --db "$(pw_url no_such_db)" --schema "$w/v1.sql" >"$w/pw-2.out" 2>"$w/pw-2.err"
sd apply --db "$(pw_kv no_such_db)" --schema "$w/v1.sql" >"$w/pw-3.out" 2>"$w/pw-3.err"
sd history --db "$(pw_url no_such_db)" >"$w/pw-4.out" 2>"$w/pw-4.err"
sd rollback --db "$(pw_url no_such_db)" >"$w/pw-5.out" 2>"$w/pw-5.err"
sd apply --db "$SU" --schema "$w/v1.sql" --lock-timeout soon >"$w/pw-6.out" 2>"$w/pw-6.err"
# a step that fails on the database itself, recorded in the history
sd plan --db "$SU" --schema "$w/v1.sql" --shadow-db "$(pw_url postgres)" --format json --out "$w/pw-plan.json" 2>"$w/pw-7.err"
sed -i 's/ADD COLUMN b integer DEFAULT 0 NOT NULL/ADD COLUMN b integer DEFAULT no_such_function() NOT NULL/' "$w/pw-plan.json"
sd apply --db "$SU" --plan "$w/pw-plan.json" --no-verify "${ALL_HAZARDS[@]}" >"$w/pw-8.out" 2>"$w/pw-8.err"; rc_fail=$?
# succeeding
sd apply --db "$SU" --schema "$w/v1.sql" --shadow-db "$(pw_url postgres)" "${ALL_HAZARDS[@]}" --progress >"$w/pw-9.out" 2>"$w/pw-9.err"; rc_ok=$?
sd history --db "$SU" >"$w/pw-10.out" 2>"$w/pw-10.err"
sd history --db "$(pw_kv apply_secret)" --format json >"$w/pw-11.out" 2>"$w/pw-11.err"
sd rollback --db "$SU" >"$w/pw-12.out" 2>"$w/pw-12.err"
sd rollback --db "$(pw_kv apply_secret)" "${ALL_HAZARDS[@]}" --dry-run >"$w/pw-13.out" 2>"$w/pw-13.err"
sd rollback --db "$SU" "${ALL_HAZARDS[@]}" >"$w/pw-14.out" 2>"$w/pw-14.err"; rc_rb=$?
q apply_secret 'SELECT h::text FROM schemadiff.history h' >"$w/pw-history-table.txt"
if [ $rc_fail = 3 ] && [ $rc_ok = 0 ] && [ $rc_rb = 0 ] && grep -q 'no_such_function' "$w/pw-history-table.txt"; then
  ok "with a password in the URL: a failed step, an apply and a rollback ran"
else not_ok "with a password in the URL # exits: failing step $rc_fail, apply $rc_ok, rollback $rc_rb: $(head -c 300 "$w/pw-8.err" "$w/pw-9.err" "$w/pw-14.err")"; fi
if grep -lF -- "$PW" "$w"/pw-* >/dev/null; then
  not_ok "the password appears in no output and not in the history table # found in: $(grep -lF -- "$PW" "$w"/pw-* | xargs -n1 basename | tr '\n' ' ')"
else
  ok "the password appears in no output and not in the history table (apply, history, rollback; success and failure)"
fi

# --- 13. --progress -------------------------------------------------------------------------------------
base_db apply_progress
sd apply --db "$(db_url apply_progress)" --schema "$w/v1.sql" --shadow-db "$SHADOW" >"$w/13a.out" 2>"$w/13a.err"
base_db apply_progress
sd apply --db "$(db_url apply_progress)" --schema "$w/v1.sql" --shadow-db "$SHADOW" --progress >"$w/13b.out" 2>"$w/13b.err"; rc=$?
if [ $rc = 0 ] && grep -qE '^\[1/[0-9]+\] ' "$w/13b.err" && ! grep -q '^\[1/' "$w/13b.out" && ! grep -q '^\[1/' "$w/13a.err"; then
  ok "--progress prints [i/n] lines on stderr (and none without it when stderr is not a terminal)"
else not_ok "--progress # exit $rc: $(head -c 300 "$w/13b.err")"; fi
n=$(grep -cE '^\[[0-9]+/[0-9]+\] ' "$w/13b.err")
total=$(sed -n 's/^applied: run [0-9]*, \([0-9]*\) steps\{0,1\};.*/\1/p' "$w/13b.out")
if [ -n "$total" ] && [ "$n" = "$total" ] && grep -qE "^\[$total/$total\] " "$w/13b.err"; then
  ok "--progress: one line per step, [1/$total] to [$total/$total]"
else not_ok "--progress: one line per step # $n lines for ${total:-?} steps"; fi

# --- narrowing a text column: an error, never a silently cut value ---------------------
fresh_db apply_narrow
q apply_narrow 'CREATE TABLE public.t (id int PRIMARY KEY, code text); INSERT INTO public.t VALUES (1, $$ABCDEF$$)' >/dev/null
echo 'CREATE TABLE public.t (id int PRIMARY KEY, code varchar(3));' >"$w/narrow.sql"
sd apply --db "$(db_url apply_narrow)" --schema "$w/narrow.sql" --shadow-db "$SHADOW" \
  --allow-hazard rewrite >"$w/narrow.out" 2>"$w/narrow.err"; rc=$?
if [ $rc != 0 ] && grep -q 'value too long for type character varying(3)' "$w/narrow.err" &&
   [ "$(q apply_narrow "SELECT code || ':' || pg_typeof(code) FROM public.t")" = "ABCDEF:text" ]; then
  ok "text to varchar(3) over a longer value: apply fails (exit $rc), the value and the type stay"
else not_ok "text to varchar(3) over a longer value # exit $rc: $(head -c 300 "$w/narrow.err")"; fi

# --- a child that stops inheriting keeps the columns it had from its parent ------------
fresh_db apply_noinherit
q apply_noinherit 'CREATE TABLE public.base (id int NOT NULL, note text); CREATE TABLE public.child (extra int) INHERITS (public.base); INSERT INTO public.child VALUES (1, $$kept$$, 7)' >/dev/null
printf '%s\n' 'CREATE TABLE public.base (id int NOT NULL, note text);' \
  'CREATE TABLE public.child (id int NOT NULL, note text, extra int);' >"$w/noinherit.sql"
# PostgreSQL cannot make those columns inherited-only again (INHERIT merges
# them), so the rehearsal finds the rollback inexact and refuses, unverified
# is the user's call
sd apply --db "$(db_url apply_noinherit)" --schema "$w/noinherit.sql" --shadow-db "$SHADOW" \
  >"$w/noinherit.out" 2>"$w/noinherit.err"; rc=$?
if [ $rc = 2 ] && grep -q 'the rollback does not bring the schema back' "$w/noinherit.err" &&
   [ "$(q apply_noinherit "SELECT count(*) FROM pg_inherits")" = 1 ]; then
  ok "a child that stops inheriting: refused in rehearsal, whose rollback cannot be exact"
else not_ok "a child that stops inheriting, rehearsed # exit $rc: $(head -c 300 "$w/noinherit.err")"; fi
sd apply --db "$(db_url apply_noinherit)" --schema "$w/noinherit.sql" --shadow-db "$SHADOW" \
  --no-verify >"$w/noinherit.out" 2>"$w/noinherit.err"; rc=$?
if [ $rc = 0 ] && [ "$(q apply_noinherit "SELECT id || note || extra FROM public.child")" = "1kept7" ] &&
   [ "$(q apply_noinherit "SELECT count(*) FROM pg_inherits")" = 0 ] &&
   is_replan_empty apply_noinherit "$w/noinherit.sql"; then
  ok "a child that stops inheriting, --no-verify: NO INHERIT alone, rows and columns kept, re-plan empty"
else not_ok "a child that stops inheriting # exit $rc: $(head -c 300 "$w/noinherit.err")"; fi

# --- a foreign key moved to a table the plan creates, over rows it cannot hold -------------
# the new table is empty, so the key fails; checked in the transaction, the
# failure undoes everything (a VALIDATE after the commit would leave the old
# table dropped and the key NOT VALID)
fresh_db apply_fk_new
q apply_fk_new 'CREATE TABLE public.parent_old (id int PRIMARY KEY); CREATE TABLE public.child (id int PRIMARY KEY, pid int REFERENCES public.parent_old); INSERT INTO public.parent_old VALUES (1); INSERT INTO public.child VALUES (1, 1)' >/dev/null
printf '%s\n' 'CREATE TABLE public.parent_new (id int PRIMARY KEY);' \
  'CREATE TABLE public.child (id int PRIMARY KEY, pid int REFERENCES public.parent_new);' >"$w/fk_new.sql"
sd apply --db "$(db_url apply_fk_new)" --schema "$w/fk_new.sql" --shadow-db "$SHADOW" --allow-hazard data-loss \
  --allow-hazard irreversible --allow-hazard long-lock >"$w/fk_new.out" 2>"$w/fk_new.err"; rc=$?
if [ $rc != 0 ] && grep -q 'violates foreign key constraint' "$w/fk_new.err" &&
   [ "$(q apply_fk_new "SELECT count(*) FROM public.parent_old")" = 1 ] &&
   [ "$(q apply_fk_new "SELECT confrelid::regclass || ':' || convalidated FROM pg_constraint WHERE conname = 'child_pid_fkey'")" = "parent_old:true" ]; then
  ok "a foreign key moved to a new, empty table over rows: apply fails (exit $rc), the old table and key stay"
else not_ok "a foreign key moved to a new table over rows # exit $rc: $(head -c 300 "$w/fk_new.err")"; fi

# --- a new extension, rehearsed in the embedded shadow ---------------------------------------
# the rehearsal runs the rollback's DROP EXTENSION too, which only the
# superuser may (the loading role owns no extension)
fresh_db apply_extension
printf '%s\n' 'CREATE EXTENSION pg_trgm;' 'CREATE TABLE public.words (w text);' \
  'CREATE INDEX words_trgm ON public.words USING gin (w public.gin_trgm_ops);' >"$w/ext.sql"
sd apply --db "$(db_url apply_extension)" --schema "$w/ext.sql" --allow-hazard long-lock \
  >"$w/ext.out" 2>"$w/ext.err"; rc=$?
if [ $rc = 0 ] && grep -q '^rehearsed on a copy' "$w/ext.out" &&
   [ "$(q apply_extension "SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")" = 1 ] &&
   is_replan_empty apply_extension "$w/ext.sql"; then
  ok "apply adding an extension: rehearsed (its rollback drops it as superuser), applied, re-plan empty"
else not_ok "apply adding an extension # exit $rc: $(head -c 300 "$w/ext.err")"; fi

rm -rf "$w"
summary
[ "$FAIL" = 0 ]
