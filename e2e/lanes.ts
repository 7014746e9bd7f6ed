// scripts/test-all.sh runs the end-to-end suite in two lanes at once, each a Playwright run
// with its own production server and its own database (E2E_LANE=1 and E2E_LANE=2): one lane
// leaves a 2-core machine half idle (the suite mostly waits on a page, a server render or a
// release time), and specs that change data must never share a database with a spec running
// beside them. Lane 2 takes the specs listed here, lane 1 every other one (a new spec lands in
// lane 1). Rebalance by the per-spec durations test-all.sh prints after the lanes
// (scripts/e2e-lane-times.mjs) when one lane ends much later than the other. On a loaded
// 2-core machine (2026-12-07) lane 2's specs took 656 s (a11y), 436 and 388 s (the sweeps),
// 267 s (fuzz-actions), 94 s (fuzz-params) and 71 s (staff-phone-fit, since moved to lane 1);
// lane 1's other 33 specs 1573 s in all, fuzz-api (290 s) the longest. Lane 2 is followed by the DATABASE_URL smoke run when CI has a server.
export const LANE_2_SPECS = [
  "a11y.spec.ts",
  "confidential-sweep.spec.ts",
  "embargo-sweep.spec.ts",
  "fuzz-actions.spec.ts",
  "fuzz-params.spec.ts",
];

/** testMatch/testIgnore for the lane E2E_LANE names; no lane: every spec. */
export function laneFilter(lane: string | undefined): { testMatch?: string[]; testIgnore?: string[] } {
  const globs = LANE_2_SPECS.map((f) => `**/${f}`);
  if (lane === "2") return { testMatch: globs };
  if (lane === "1") return { testIgnore: globs };
  if (lane) throw new Error(`E2E_LANE must be 1 or 2, not "${lane}"`);
  return {};
}
