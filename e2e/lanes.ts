// scripts/test-all.sh runs the end-to-end suite in two lanes at once, each a Playwright run
// with its own production server and its own database (E2E_LANE=1 and E2E_LANE=2): one lane
// leaves a 2-core machine half idle (the suite mostly waits on a page, a server render or a
// release time), and specs that change data must never share a database with a spec running
// beside them. Lane 2 takes the specs listed here, lane 1 every other one (a new spec lands in
// lane 1). Lane 2 starts right after the build, beside the database and resilience tests, and
// the DATABASE_URL smoke run follows it when CI has a server; lane 1 starts after the database
// tests. Rebalance by the per-spec durations test-all.sh prints after the lanes
// (scripts/e2e-lane-times.mjs) when one lane ends much later than the other. On a loaded
// 2-core machine (2026-12-07, load 8–17) lane 2's specs took 298 s (embargo-sweep), 278 s
// (a11y), 227 s (fuzz-actions), 188 s (confidential-sweep) and 77 s (fuzz-params) before the
// sweeps read four pages at a time and skipped a pass each; lane 1's 39 specs 1,090 s, fuzz-api
// (99 s, since moved to lane 2) the longest. On 2026-12-07 (quiet) lane 2 took 679 s from the
// build's end and lane 1 538 s from the database tests' end, 6.8 min later: lane 1 ended last,
// alone on the machine for four minutes, so the keyboard and phone specs (83 s) moved to lane 2.
export const LANE_2_SPECS = [
  "a11y.spec.ts",
  "confidential-sweep.spec.ts",
  "embargo-sweep.spec.ts",
  "fuzz-actions.spec.ts",
  "fuzz-api.spec.ts",
  "fuzz-params.spec.ts",
  "keyboard-only.spec.ts",
  "phone-fit.spec.ts",
  "phone.spec.ts",
  "staff-phone-fit.spec.ts",
];

/** testMatch/testIgnore for the lane E2E_LANE names; no lane: every spec. */
export function laneFilter(lane: string | undefined): { testMatch?: string[]; testIgnore?: string[] } {
  const globs = LANE_2_SPECS.map((f) => `**/${f}`);
  if (lane === "2") return { testMatch: globs };
  if (lane === "1") return { testIgnore: globs };
  if (lane) throw new Error(`E2E_LANE must be 1 or 2, not "${lane}"`);
  return {};
}
