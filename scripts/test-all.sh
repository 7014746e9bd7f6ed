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
# Each heading prints when its step starts and how busy the machine's cores were since the
# previous heading (from /proc/stat): where a phase leaves a core idle, the run can overlap more.
cpu_busy_idle() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9, $5+$6}' /proc/stat 2>/dev/null; }
last_cpu="$(cpu_busy_idle)"
step() {
  local now busy
  now="$(cpu_busy_idle)"
  busy="$(echo "$last_cpu $now" | awk 'NF == 4 && ($3 - $1 + $4 - $2) > 0 {printf "; CPU busy %d%% since the last heading", 100 * ($3 - $1) / ($3 - $1 + $4 - $2)}')"
  last_cpu="$now"
  echo; echo "=== $* ($(date -u +%H:%M:%S)$busy)"
}
record() { # name passed failed
  echo "$1 $2 $3" >> "$OUT/summary.txt"
  [ "$3" -eq 0 ] || status=1
}

step "chromium and fonts"
bash scripts/ensure-chromium.sh || { record chromium 0 1; }

step "SDMX tools (xmllint, R rsdmx)"
bash scripts/ensure-sdmx-tools.sh || { record sdmx-tools 0 1; }

# What the resilience suite needs (nginx, PostgreSQL server tools) is installed in the
# background (network and disk, little CPU); its output shows before that suite.
step "deployment tools (nginx, PostgreSQL server tools), in the background"
(bash scripts/ensure-deploy-tools.sh > "$OUT/deploy-tools.log" 2>&1) &
deploy_tools_pid=$!

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

# The build skips its own TypeScript step (NEXT_BUILD_TYPECHECKED, next.config.js): `tsc
# --noEmit` then checks the same program with the route types the build wrote, and the tests
# too, beside the database tests (one core; they mostly wait on PostgreSQL, one file at a
# time). Beside the unit tests it would slow tests that have a 5 s timeout.
step "build"
if NEXT_BUILD_TYPECHECKED=1 npx next build; then record build 1 0; else record build 0 1; fi
(npx tsc --noEmit > "$OUT/typecheck.log" 2>&1) &
typecheck_pid=$!

# The end-to-end suite runs in two lanes (e2e/lanes.ts), each a Playwright run with its own
# production server, port, PostgreSQL and data directory (lane 2's session secret beside it).
# Lane 2 starts now, beside the database tests, the type check and the resilience suite, which
# leave much of the two cores idle while they wait on PostgreSQL and on servers they restart;
# lane 1 starts when the database tests are done (it shares their embedded PostgreSQL's port).
# With TEST_SERVER_URL, the smoke run on that server follows lane 2.
step "end-to-end, lane 2 (the sweeps, axe and the fuzzers), in the background"
(E2E_LANE=2 E2E_PORT=$(( ${E2E_PORT:-3100} + 10 )) EMBEDDED_PG_PORT=$(( ${EMBEDDED_PG_PORT:-54329} + 10 )) \
  EMBEDDED_PG_DIR=.data/e2e-lane2/pg PW_JSON="$PWD/$OUT/e2e-lane2.json" \
  npx playwright test -c e2e/playwright.config.ts > "$OUT/e2e-lane2.log" 2>&1
if [ -n "${TEST_SERVER_URL:-}" ]; then
  # a server on DATABASE_URL refuses to start without SESSION_SECRET, as in production
  SESSION_SECRET="$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64url"))')" \
  DATABASE_URL="${TEST_SERVER_URL%/}/ci_e2e" E2E_PORT=3101 PW_JSON="$PWD/$OUT/e2e-server.json" \
    npx playwright test -c e2e/playwright.config.ts --grep @smoke > "$OUT/e2e-server.log" 2>&1
fi) &
lane2_pid=$!

# The resilience suite runs beside the database tests, the type check and lane 2: it mostly
# waits on servers it starts, kills and restarts (its own ports, PostgreSQL and data directory),
# the database tests wait on PostgreSQL (60 s per test), and one after the other they added five
# minutes to a run that must stay under CI's 30. It needs the deployment tools first.
step "deployment tools (ran in the background)"
wait "$deploy_tools_pid" || record deploy-tools 0 1
cat "$OUT/deploy-tools.log"
step "resilience (kill -9 during an upload, database restart, concurrency, two instances, read replica, nginx + standby, restore drill), in the background"
(npx vitest run -c vitest.resilience.config.ts --reporter=default --reporter=json --outputFile="$OUT/resilience.json" > "$OUT/resilience.log" 2>&1) &
resilience_pid=$!

step "database tests (embedded PostgreSQL)"
EMBEDDED_PG_DB=test_db DB_RESET=1 SEED_DEMO=1 npx tsx scripts/with-db.ts \
  npx vitest run -c vitest.db.config.ts --reporter=default --reporter=json --outputFile="$OUT/db.json"
node scripts/count-results.mjs vitest "$OUT/db.json" db-embedded >> "$OUT/summary.txt" 2>> "$OUT/failures.txt" || status=1

step "typecheck (after the build, beside the database tests)"
wait "$typecheck_pid"; typecheck_rc=$?
cat "$OUT/typecheck.log"
if [ "$typecheck_rc" -eq 0 ]; then record typecheck 1 0; else record typecheck 0 1; fi

if [ -n "${db_server_pid:-}" ]; then
  step "database tests on the server at TEST_SERVER_URL (DATABASE_URL path; ran in the background)"
  wait "$db_server_pid"
  cat "$OUT/db-server.log"
  node scripts/count-results.mjs vitest "$OUT/db-server.json" db-server >> "$OUT/summary.txt" 2>> "$OUT/failures.txt" || status=1
fi

step "first-load JS of every public route (gzip, limit 140 KB)"
npx tsx scripts/first-load-js.ts >> "$OUT/summary.txt" || status=1

step "end-to-end, lane 1 (embedded PostgreSQL; lane 2 started after the build)"
E2E_LANE=1 PW_JSON="$PWD/$OUT/e2e-lane1.json" npx playwright test -c e2e/playwright.config.ts
wait "$lane2_pid"
node scripts/count-results.mjs playwright "$OUT/e2e-lane1.json" e2e-lane1 >> "$OUT/summary.txt" 2>> "$OUT/failures.txt" || status=1

step "resilience (ran in the background beside the database tests and lane 2)"
wait "$resilience_pid"
cat "$OUT/resilience.log"
node scripts/count-results.mjs vitest "$OUT/resilience.json" resilience >> "$OUT/summary.txt" 2>> "$OUT/failures.txt" || status=1

step "end-to-end, lane 2 (ran beside the database tests and lane 1)"
cat "$OUT/e2e-lane2.log"
node scripts/count-results.mjs playwright "$OUT/e2e-lane2.json" e2e-lane2 >> "$OUT/summary.txt" 2>> "$OUT/failures.txt" || status=1
node scripts/e2e-lane-times.mjs "$OUT/e2e-lane1.json" "$OUT/e2e-lane2.json" # to rebalance e2e/lanes.ts by

if [ -n "${TEST_SERVER_URL:-}" ]; then
  step "end-to-end smoke on the server (DATABASE_URL path; ran after lane 2)"
  cat "$OUT/e2e-server.log"
  node scripts/count-results.mjs playwright "$OUT/e2e-server.json" e2e-server >> "$OUT/summary.txt" 2>> "$OUT/failures.txt" || status=1
fi

step "summary"
[ -s "$OUT/failures.txt" ] && cat "$OUT/failures.txt"
awk '{printf "%-14s %5d passed %5d failed\n", $1, $2, $3; p += $2; f += $3} END {printf "%d passed, %d failed\n", p, f}' "$OUT/summary.txt"
exit $status
