#!/usr/bin/env bash
# run-conformance.sh: the external corpus (../shared/corpus/migra) through
# ../shared/tools/conformance, with schemadiff behind tests/conformance-adapter.sh,
# on the suite's cluster.  Prints the runner's own per-case lines and its
# "N passed, N failed, N skipped" line.
set -u
. "$(dirname "$0")/lib.sh"
start_cluster
runner=$TESTS_DIR/../../shared/tools/conformance
if [ ! -x "$runner" ]; then
  skip "conformance corpus" "../shared/tools/conformance is not beside this checkout"
  summary
  exit 0
fi
SCHEMADIFF=$SCHEMADIFF "$runner" --tool "$TESTS_DIR/conformance-adapter.sh"
