#!/usr/bin/env bash
# run.sh SECONDS BINDIR: run each fuzz harness for SECONDS under ASan and
# UBSan, seeded from the test cases and the example schema; a crash stops
# with the input saved in tests/fuzz/crashes/ (turn it into a regression
# case in tests/fuzz/regressions/, which every run replays first).
set -u
secs=${1:-60} bin=${2:?usage: run.sh SECONDS BINDIR}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/schemadiff-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/loader" "$work/cache" "$work/plan" "$here/crashes"
i=0
for f in "$here"/../cases/*/*.sql "$here"/../../examples/webduh/v*/*.sql; do
  i=$((i + 1)); cp "$f" "$work/loader/seed$i.sql"
done
printf '\x00\x00' >"$work/cache/seed0"
cp "$here"/seeds/plan/*.json "$work/plan/"
fail=0
for h in loader cache plan; do
  regressions=()
  [ -d "$here/regressions/$h" ] && regressions=("$here/regressions/$h"/*)
  if [ ${#regressions[@]} -gt 0 ] && [ -e "${regressions[0]}" ]; then
    "$bin/fuzz_$h" "${regressions[@]}" >"$work/$h-reg.log" 2>&1 || { echo "fuzz_$h: a regression input fails again"; tail -20 "$work/$h-reg.log"; fail=1; }
  fi
  if "$bin/fuzz_$h" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
       -artifact_prefix="$here/crashes/$h-" "$work/$h" >"$work/$h.log" 2>&1; then
    echo "fuzz_$h: $(grep -oE 'Done [0-9]+ runs' "$work/$h.log" | tail -1) in $secs s, $(grep -oE 'cov: [0-9]+' "$work/$h.log" | tail -1) edges, no crash"
  else
    echo "fuzz_$h: FAILED"; grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$work/$h.log" | head -10; fail=1
  fi
done
exit $fail
