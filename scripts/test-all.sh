#!/usr/bin/env bash
# The whole test suite: typecheck, unit tests, database tests, build, end-to-end tests in
# Debian's chromium; then the database tests and an e2e smoke run again on the PostgreSQL
# server given by TEST_SERVER_URL (CI sets it) to prove the DATABASE_URL path.
# Ends with one line "N passed, N failed" summing every suite.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
OUT=.test-output
rm -rf "$OUT" && mkdir -p "$OUT"
status=0
step() { echo; echo "=== $*"; }
record() { # name passed failed
  echo "$1 $2 $3" >> "$OUT/summary.txt"
  [ "$3" -eq 0 ] || status=1
}

step "chromium and fonts"
bash scripts/ensure-chromium.sh || { record chromium 0 1; }

step "SDMX tools (xmllint, R rsdmx)"
bash scripts/ensure-sdmx-tools.sh || { record sdmx-tools 0 1; }

step "deployment tools (nginx, PostgreSQL server tools)"
bash scripts/ensure-deploy-tools.sh || { record deploy-tools 0 1; }

step "typecheck"
if npx tsc --noEmit; then record typecheck 1 0; else record typecheck 0 1; fi

# The database tests on the server at TEST_SERVER_URL (the DATABASE_URL path) run in the
# background beside the unit and embedded-database tests: neither is timed, and together they
# wait on two databases instead of one (the whole run stays under CI's 30 minutes).
if [ -n "${TEST_SERVER_URL:-}" ]; then
  (DATABASE_URL="${TEST_SERVER_URL%/}/ci_db_test" DB_RESET=1 SEED_DEMO=1 npx tsx scripts/with-db.ts \
    npx vitest run -c vitest.db.config.ts --reporter=default --reporter=json --outputFile="$OUT/db-server.json" > "$OUT/db-server.log" 2>&1) &
  db_server_pid=$!
fi

step "unit tests"
npx vitest run --reporter=default --reporter=json --outputFile="$OUT/unit.json"
node scripts/count-results.mjs vitest "$OUT/unit.json" unit >> "$OUT/summary.txt" 2>> "$OUT/failures.txt" || status=1

step "database tests (embedded PostgreSQL)"
EMBEDDED_PG_DB=test_db DB_RESET=1 SEED_DEMO=1 npx tsx scripts/with-db.ts \
  npx vitest run -c vitest.db.config.ts --reporter=default --reporter=json --outputFile="$OUT/db.json"
node scripts/count-results.mjs vitest "$OUT/db.json" db-embedded >> "$OUT/summary.txt" 2>> "$OUT/failures.txt" || status=1

if [ -n "${db_server_pid:-}" ]; then
  step "database tests on the server at TEST_SERVER_URL (DATABASE_URL path; ran in the background)"
  wait "$db_server_pid"
  cat "$OUT/db-server.log"
  node scripts/count-results.mjs vitest "$OUT/db-server.json" db-server >> "$OUT/summary.txt" 2>> "$OUT/failures.txt" || status=1
fi

step "build"
if npx next build; then record build 1 0; else record build 0 1; fi

step "first-load JS of every public route (gzip, limit 140 KB)"
npx tsx scripts/first-load-js.ts >> "$OUT/summary.txt" || status=1

step "resilience (kill -9 during an upload, database restart, concurrency, two instances, read replica, nginx + standby, restore drill)"
npx vitest run -c vitest.resilience.config.ts --reporter=default --reporter=json --outputFile="$OUT/resilience.json"
node scripts/count-results.mjs vitest "$OUT/resilience.json" resilience >> "$OUT/summary.txt" 2>> "$OUT/failures.txt" || status=1

step "end-to-end (embedded PostgreSQL)"
PW_JSON="$PWD/$OUT/e2e.json" npx playwright test -c e2e/playwright.config.ts
node scripts/count-results.mjs playwright "$OUT/e2e.json" e2e >> "$OUT/summary.txt" 2>> "$OUT/failures.txt" || status=1

if [ -n "${TEST_SERVER_URL:-}" ]; then
  step "end-to-end smoke on the server (DATABASE_URL path)"
  # a server on DATABASE_URL refuses to start without SESSION_SECRET, as in production
  SESSION_SECRET="$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64url"))')" \
  DATABASE_URL="${TEST_SERVER_URL%/}/ci_e2e" E2E_PORT=3101 PW_JSON="$PWD/$OUT/e2e-server.json" \
    npx playwright test -c e2e/playwright.config.ts --grep @smoke
  node scripts/count-results.mjs playwright "$OUT/e2e-server.json" e2e-server >> "$OUT/summary.txt" 2>> "$OUT/failures.txt" || status=1
fi

echo
echo "=== summary"
[ -s "$OUT/failures.txt" ] && cat "$OUT/failures.txt"
awk '{printf "%-14s %5d passed %5d failed\n", $1, $2, $3; p += $2; f += $3} END {printf "%d passed, %d failed\n", p, f}' "$OUT/summary.txt"
exit $status
