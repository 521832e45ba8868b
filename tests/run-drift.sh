#!/usr/bin/env bash
# run-drift.sh: `schemadiff drift` against real databases.
#   - drifts made by hand (ALTER TABLE, CREATE INDEX, DROP TRIGGER, a
#     changed function body, a changed policy) are each found and named,
#     exit 1; clean databases exit 0; --quiet prints nothing when clean;
#   - a fleet of 24 databases, some drifted, checked with --jobs 8 from a
#     --db-file: the right ones are reported and the desired state is
#     loaded once (the --verbose counter);
#   - an unreachable database among several: exit 3, the others reported;
#   - --format json validates against docs/drift.schema.json.
set -u
. "$(dirname "$0")/lib.sh"
start_cluster

w=$(mktemp -d /tmp/schemadiff-drift.XXXXXX)
SD=$SCHEMADIFF
SHADOW=$(db_url postgres)
cat >"$w/schema.sql" <<'SQL'
CREATE TABLE public.accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE,
    tenant text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER accounts_touch BEFORE UPDATE ON public.accounts
    FOR EACH ROW EXECUTE FUNCTION public.touch();
ALTER TABLE public.accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY accounts_tenant ON public.accounts
    USING (tenant = current_setting('app.tenant', true));
SQL
make_db() { fresh_db "$1" && psql -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$w/schema.sql" >/dev/null; }
drift() { "$SD" drift --schema "$w/schema.sql" --shadow-db "$SHADOW" "$@"; }

# --- one drift of each kind --------------------------------------------------
declare -A change=(
  [column]="ALTER TABLE public.accounts ADD COLUMN note text"
  [index]="CREATE INDEX accounts_tenant_idx ON public.accounts (tenant)"
  [trigger]="DROP TRIGGER accounts_touch ON public.accounts"
  [function]="CREATE OR REPLACE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS \$\$ BEGIN RETURN NEW; END \$\$"
  [policy]="ALTER POLICY accounts_tenant ON public.accounts USING (true)"
)
declare -A named=(
  [column]='unexpected +column public.accounts.note'
  [index]='unexpected +index public.accounts.accounts_tenant_idx'
  [trigger]='missing +trigger public.accounts.accounts_touch'
  [function]='changed +function public.touch\(\)'
  [policy]='changed +policy public.accounts.accounts_tenant'
)
for k in column index trigger function policy; do
  make_db "drift_$k" && psql -X -q -d "drift_$k" -c "${change[$k]}"
  drift --db "$(db_url "drift_$k")" >"$w/$k.out" 2>"$w/$k.err"; rc=$?
  if [ $rc = 1 ] && grep -qE "^drifted +.*/drift_$k: 1 object differs" "$w/$k.out" && grep -qE "^  ${named[$k]}" "$w/$k.out"; then
    ok "a hand-made drift ($k) is found and named, exit 1"
  else not_ok "a hand-made drift ($k) # exit $rc: $(head -c 300 "$w/$k.out" "$w/$k.err")"; fi
done
make_db drift_clean
drift --db "$(db_url drift_clean)" >"$w/clean.out" 2>&1; rc=$?
if [ $rc = 0 ] && grep -qE '^ok +.*/drift_clean$' "$w/clean.out"; then ok "a clean database: exit 0"
else not_ok "a clean database # exit $rc: $(head -c 200 "$w/clean.out")"; fi
drift --db "$(db_url drift_clean)" --quiet >"$w/quiet.out" 2>&1; rc=$?
if [ $rc = 0 ] && [ ! -s "$w/quiet.out" ]; then ok "--quiet prints nothing when nothing drifted"
else not_ok "--quiet # exit $rc: $(head -c 200 "$w/quiet.out")"; fi
drift --db "$(db_url drift_index)" --quiet >"$w/quiet2.out" 2>&1; rc=$?
if [ $rc = 1 ] && grep -q 'accounts_tenant_idx' "$w/quiet2.out"; then ok "--quiet still reports a drift"
else not_ok "--quiet still reports a drift # exit $rc"; fi

# --- a fleet -------------------------------------------------------------------
{ echo "# the fleet"; echo; } >"$w/fleet.txt"
for i in $(seq -w 1 24); do
  make_db "fleet_$i"
  echo "  $(db_url "fleet_$i")  " >>"$w/fleet.txt"
done
for i in 03 11 17 24; do psql -X -q -d "fleet_$i" -c "${change[index]}"; done
psql -X -q -d fleet_11 -c "${change[trigger]}"
# --no-cache: the load must happen here, once, for the count to mean something
drift --db-file "$w/fleet.txt" --jobs 8 --verbose --no-cache >"$w/fleet.out" 2>"$w/fleet.err"; rc=$?
drifted=$(grep -oE '^drifted +[^ ]*/fleet_[0-9]+' "$w/fleet.out" | sed 's/.*fleet_//' | sort | tr '\n' ' ')
clean=$(grep -cE '^ok +.*/fleet_[0-9]+$' "$w/fleet.out")
if [ $rc = 1 ] && [ "$drifted" = "03 11 17 24 " ] && [ "$clean" = 20 ] &&
   grep -qE 'fleet_11: 2 objects differ' "$w/fleet.out"; then
  ok "fleet of 24 with --jobs 8: exactly the 4 drifted databases are reported"
else not_ok "fleet of 24 # exit $rc, drifted: $drifted, clean: $clean $(head -c 200 "$w/fleet.err")"; fi
if grep -q 'desired state loaded into the shadow 1 time(s) for 24 database(s)' "$w/fleet.err"; then
  ok "the desired state is loaded once for the whole fleet"
else not_ok "the desired state is loaded once # $(cat "$w/fleet.err")"; fi

# --- an unreachable database ---------------------------------------------------
drift --db "$(db_url fleet_01)" --db "host=/nonexistent-dir dbname=gone" --db "$(db_url fleet_03)" >"$w/mixed.out" 2>&1; rc=$?
if [ $rc = 3 ] && grep -qE '^error +[^ ]*@/nonexistent-dir:[0-9]+/gone: cannot connect' "$w/mixed.out" &&
   grep -qE '^ok +.*/fleet_01$' "$w/mixed.out" && grep -qE '^drifted +.*/fleet_03' "$w/mixed.out"; then
  ok "an unreachable database among several: exit 3, the others still reported"
else not_ok "an unreachable database among several # exit $rc: $(head -c 300 "$w/mixed.out")"; fi

# --- a malformed connection string, a database named by the environment -------
drift --db "$(db_url fleet_01)" --db "host='unterminated dbname=x" >"$w/bad.out" 2>"$w/bad.err"; rc=$?
if [ $rc = 2 ] && grep -q 'invalid connection string for the database 2 of 2' "$w/bad.err" &&
   ! grep -q 'loaded into the shadow' "$w/bad.err" && [ ! -s "$w/bad.out" ]; then
  ok "a malformed connection string: exit 2 (bad input) before anything is loaded, naming which"
else not_ok "a malformed connection string # exit $rc: $(head -c 300 "$w/bad.err" "$w/bad.out")"; fi
PGDATABASE=fleet_01 drift --db "user=$PGUSER" >"$w/env.out" 2>&1; rc=$?
if [ $rc = 0 ] && grep -qE "^ok +$PGUSER@$PGHOST:$PGPORT/fleet_01\$" "$w/env.out"; then
  ok "a database named by PGHOST, PGPORT and PGDATABASE is reported under those names"
else not_ok "a database named by the environment # exit $rc: $(head -c 300 "$w/env.out")"; fi

# --- json -----------------------------------------------------------------------
drift --db "$(db_url fleet_01)" --db "$(db_url fleet_11)" --db "host=/nonexistent-dir dbname=gone" --format json >"$w/drift.json" 2>"$w/json.err"
if python3 "$TESTS_DIR/validate-json.py" "$TESTS_DIR/../docs/drift.schema.json" "$w/drift.json" 2>"$w/validate.err" &&
   python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); s=[x["status"] for x in d["databases"]]; assert s==["ok","drifted","error"], s; assert len(d["databases"][1]["differences"])==2' "$w/drift.json"; then
  ok "--format json is valid against docs/drift.schema.json and says the same"
else not_ok "--format json # $(head -c 300 "$w/validate.err" "$w/json.err")"; fi

rm -rf "$w"
summary
[ "$FAIL" = 0 ]
