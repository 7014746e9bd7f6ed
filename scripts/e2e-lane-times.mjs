// Prints each e2e lane's wall time and its spec files' durations, longest first, from the
// Playwright JSON reports of scripts/test-all.sh: what e2e/lanes.ts is rebalanced by.
// Usage: node scripts/e2e-lane-times.mjs <lane1.json> <lane2.json>
import { readFileSync } from "node:fs";

for (const [i, file] of process.argv.slice(2).entries()) {
  let report;
  try {
    report = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    console.log(`lane ${i + 1}: no report (${file})`);
    continue;
  }
  const perSpec = {};
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) for (const t of spec.tests) for (const r of t.results) perSpec[spec.file] = (perSpec[spec.file] ?? 0) + r.duration / 1000;
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const s of report.suites ?? []) visit(s);
  const specs = Object.entries(perSpec).sort((a, b) => b[1] - a[1]);
  console.log(`lane ${i + 1}: ${Math.round(report.stats.duration / 1000)} s — ${specs.map(([f, s]) => `${f} ${Math.round(s)}`).join(", ")}`);
}
