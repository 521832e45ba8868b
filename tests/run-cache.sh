#!/usr/bin/env bash
# run-cache.sh: the content-addressed desired-model cache.
#   - a second plan with unchanged files reads the cache and starts no
#     shadow load (its --verbose line says which, and the cache file is
#     the evidence), with a byte-identical plan;
#   - changing any file's bytes misses; --no-cache bypasses it;
#   - a damaged entry is detected, reported and rebuilt, never trusted;
#   - concurrent runs on an empty cache all succeed with the same plan;
#   - it keeps the 32 most recently used entries;
#   - drift over a fleet with a warm cache loads the desired state 0 times.
# (The key's other parts, server version and options, are unit-tested in
# tests/unit/test_cache.c.)
set -u
. "$(dirname "$0")/lib.sh"
w=$(mktemp -d /tmp/schemadiff-cache.XXXXXX)
export SCHEMADIFF_CACHE_DIR=$w/cache
start_cluster
SD=$SCHEMADIFF
SHADOW=$(db_url postgres)
mkdir -p "$w/schema"
cp "$TESTS_DIR/../examples/webduh/v2"/*.sql "$w/schema/"
fresh_db cache_live
cat "$TESTS_DIR/../examples/webduh/v1"/*.sql | psql -X -q -v ON_ERROR_STOP=1 -d cache_live >/dev/null
plan() { # OUT [OPTIONS...]: plan the copy of v2 against v1, --verbose to OUT.err
  local out=$1; shift
  "$SD" plan --db "$(db_url cache_live)" --schema "$w/schema" --shadow-db "$SHADOW" --format sql \
    --verbose "$@" >"$out" 2>"$out.err"
}
loaded() { grep -q 'desired state loaded into the shadow' "$1.err"; }
cached() { grep -q 'desired state read from the cache' "$1.err"; }

plan "$w/p1.sql"; plan "$w/p2.sql"
if loaded "$w/p1.sql" && cached "$w/p2.sql" && ! loaded "$w/p2.sql" && cmp -s "$w/p1.sql" "$w/p2.sql" &&
   [ "$(ls "$SCHEMADIFF_CACHE_DIR/models" | wc -l)" = 1 ]; then
  ok "unchanged files: the second plan reads the cache, no shadow load, the same plan"
else not_ok "unchanged files: second plan from the cache # $(cat "$w/p1.sql.err" "$w/p2.sql.err")"; fi

echo "-- a comment changes the bytes, not the schema" >>"$w/schema/002_core.sql"
plan "$w/p3.sql"
if loaded "$w/p3.sql" && cmp -s "$w/p1.sql" "$w/p3.sql"; then ok "a changed file misses the cache"
else not_ok "a changed file misses the cache # $(cat "$w/p3.sql.err")"; fi
plan "$w/p4.sql" --no-cache
if loaded "$w/p4.sql" && ! grep -q cached "$w/p4.sql.err"; then ok "--no-cache loads into the shadow"
else not_ok "--no-cache # $(cat "$w/p4.sql.err")"; fi

entry=$(ls -t "$SCHEMADIFF_CACHE_DIR"/models/*.model | head -1)
size=$(stat -c %s "$entry")
printf 'X' | dd of="$entry" bs=1 seek=$((size / 2)) conv=notrunc status=none
plan "$w/p5.sql"
if grep -q 'is damaged; rebuilding it' "$w/p5.sql.err" && loaded "$w/p5.sql" && cmp -s "$w/p1.sql" "$w/p5.sql"; then
  ok "a damaged cache entry is detected and rebuilt"
else not_ok "a damaged cache entry # $(cat "$w/p5.sql.err")"; fi
plan "$w/p6.sql"
if cached "$w/p6.sql" && cmp -s "$w/p1.sql" "$w/p6.sql"; then ok "the rebuilt entry is used again"
else not_ok "the rebuilt entry is used again # $(cat "$w/p6.sql.err")"; fi
head -c 100 "$entry" >"$entry.tmp" && mv "$entry.tmp" "$entry"
plan "$w/p7.sql"
if grep -q 'is damaged' "$w/p7.sql.err" && cmp -s "$w/p1.sql" "$w/p7.sql"; then ok "a truncated cache entry is detected"
else not_ok "a truncated cache entry # $(cat "$w/p7.sql.err")"; fi

rm -rf "$SCHEMADIFF_CACHE_DIR"
for i in 1 2 3 4; do plan "$w/c$i.sql" & done; wait
same=1; for i in 2 3 4; do cmp -s "$w/c1.sql" "$w/c$i.sql" || same=0; done
if [ $same = 1 ] && cmp -s "$w/p1.sql" "$w/c1.sql" && [ "$(ls -A "$SCHEMADIFF_CACHE_DIR/models" | grep -vc '\.model$')" = 0 ]; then
  ok "four concurrent runs on an empty cache: the same plan, no temporary files left"
else not_ok "concurrent runs # $(cat "$w"/c*.sql.err | head -5; ls -A "$SCHEMADIFF_CACHE_DIR/models")"; fi

# 40 entries used two days ago, and the real one three days ago: a hit
# makes it the most recently used, so after the next store's eviction it is
# among the 32 kept, and the oldest dummies are gone
for i in $(seq -w 1 40); do printf 'x' >"$SCHEMADIFF_CACHE_DIR/models/old$i.model"; touch -d '2 days ago' "$SCHEMADIFF_CACHE_DIR/models/old$i.model"; done
hit_entry=$(ls "$SCHEMADIFF_CACHE_DIR"/models/[0-9a-f]*.model)
touch -d '3 days ago' "$hit_entry"
plan "$w/e1.sql"   # a hit
echo "-- one more change" >>"$w/schema/002_core.sql"
plan "$w/e2.sql"   # a miss: a new entry, then eviction
n_left=$(ls "$SCHEMADIFF_CACHE_DIR/models" | grep -c '\.model$')
n_old=$(ls "$SCHEMADIFF_CACHE_DIR/models" | grep -c '^old')
if [ "$n_left" = 32 ] && [ "$n_old" = 30 ] && [ -e "$hit_entry" ] && cached "$w/e1.sql" && loaded "$w/e2.sql"; then
  ok "the cache keeps the 32 most recently used entries (a hit counts as use)"
else not_ok "cache eviction # $n_left entries left, $n_old old, hit entry $(ls "$hit_entry" 2>&1)"; fi

for i in 1 2 3; do fresh_db "cache_fleet_$i"; cat "$w"/schema/*.sql | psql -X -q -d "cache_fleet_$i" >/dev/null 2>&1; done
fleet=(); for i in 1 2 3; do fleet+=(--db "$(db_url "cache_fleet_$i")"); done
"$SD" drift "${fleet[@]}" --schema "$w/schema" --shadow-db "$SHADOW" --verbose >"$w/d1.out" 2>"$w/d1.err"
"$SD" drift "${fleet[@]}" --schema "$w/schema" --shadow-db "$SHADOW" --verbose >"$w/d2.out" 2>"$w/d2.err"
if grep -q 'loaded into the shadow 0 time(s) for 3 database(s)' "$w/d2.err" && cmp -s "$w/d1.out" "$w/d2.out"; then
  ok "drift with a warm cache loads the desired state 0 times"
else not_ok "drift with a warm cache # $(cat "$w/d2.err")"; fi

rm -rf "$w"
summary
[ "$FAIL" = 0 ]
