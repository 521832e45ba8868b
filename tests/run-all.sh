#!/usr/bin/env bash
# run-all.sh: the whole test suite, as `make test` runs it.
#
# Starts one throwaway PostgreSQL cluster for every part, runs the unit
# tests, the golden cases, the CLI tests, drift, the model cache, the
# example schema and the external conformance corpus, and ends
# with one line "N passed, N failed, N skipped" over all of them.
# --cases-only runs just the golden cases (make test-update).
set -u
. "$(dirname "$0")/lib.sh"
: "${SCHEMADIFF:?set SCHEMADIFF to the binary under test}"
start_cluster

total_pass=0 total_fail=0 total_skip=0
add_counts() { # add the "N passed, N failed, N skipped" line of a part's output file
  local line
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$1" | tail -n 1)
  if [ -z "$line" ]; then total_fail=$((total_fail + 1)); echo "# $2 printed no summary: counted as a failure"; return; fi
  set -- $line
  total_pass=$((total_pass + $1)); total_fail=$((total_fail + $3)); total_skip=$((total_skip + ${5:-0}))
}
part() { # part NAME COMMAND...
  local name=$1 out; shift
  out=$(mktemp)
  echo "# --- $name"
  "$@" 2>&1 | tee "$out"
  add_counts "$out" "$name"
  rm -f "$out"
}

if [ "${1:-}" != --cases-only ]; then
  for bin in ${UNIT_BINS:-}; do
    out=$(mktemp)
    echo "# --- unit: $(basename "$bin")"
    "$bin" 2>&1 | tee "$out"
    p=$(sed -n 's/.*\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$out" | tail -n 1)
    f=$(sed -n 's/.*\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$out" | tail -n 1)
    s=$(sed -n 's/.*\[  SKIPPED \] \([0-9]*\) test.*/\1/p' "$out" | tail -n 1)
    [ -z "$p" ] && [ -z "$f" ] && f=1
    total_pass=$((total_pass + ${p:-0})); total_fail=$((total_fail + ${f:-0})); total_skip=$((total_skip + ${s:-0}))
    rm -f "$out"
  done
fi
part "golden cases" "$TESTS_DIR/run-cases.sh"
if [ "${1:-}" != --cases-only ]; then
  part "command line" "$TESTS_DIR/run-cli.sh"
  part "drift" "$TESTS_DIR/run-drift.sh"
  part "apply" "$TESTS_DIR/run-apply.sh"
  part "model cache" "$TESTS_DIR/run-cache.sh"
  part "example schema" "$TESTS_DIR/run-example.sh"
  part "conformance corpus" "$TESTS_DIR/run-conformance.sh"
fi
echo "$total_pass passed, $total_fail failed, $total_skip skipped"
[ "$total_fail" = 0 ]
