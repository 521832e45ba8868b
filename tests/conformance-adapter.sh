#!/usr/bin/env bash
# conformance-adapter.sh: schemadiff as the conformance runner calls a tool
# (../shared/tools/conformance --tool tests/conformance-adapter.sh).
# It plans CURRENT_URL to DESIRED_SQL and prints the migration; the case's
# SCHEMA / EXCLUDE_SCHEMA become schema filters.  The scratch databases go
# on the same server (SHADOW_URL, default: its postgres database).
set -euo pipefail
sd=${SCHEMADIFF:-$(dirname "$0")/../schemadiff}
args=(plan --db "$CURRENT_URL" --schema "$DESIRED_SQL" --format sql)
# the runner's URLs look like postgresql://user@/db?host=...&port=...
if [ -z "${SHADOW_URL:-}" ]; then
  rest=${CURRENT_URL#*@/}
  SHADOW_URL="${CURRENT_URL%%@/*}@/postgres"
  [ "$rest" != "${rest#*\?}" ] && SHADOW_URL="$SHADOW_URL?${rest#*\?}"
fi
args+=(--shadow-db "$SHADOW_URL")
[ -n "${SCHEMA:-}" ] && args+=(--include-schema "$SCHEMA")
[ -n "${EXCLUDE_SCHEMA:-}" ] && args+=(--exclude-schema "$EXCLUDE_SCHEMA")
exec "$sd" "${args[@]}"
