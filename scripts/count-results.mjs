// Reads a vitest or Playwright JSON report and prints "<suite> <passed> <failed>".
// A missing or unreadable report counts as one failure: a suite that did not run failed.
import { readFileSync } from "node:fs";

const [kind, file, name] = process.argv.slice(2);
let passed = 0;
let failed = 0;
try {
  const r = JSON.parse(readFileSync(file, "utf8"));
  if (kind === "vitest") {
    passed = r.numPassedTests;
    failed = r.numFailedTests + (r.numTotalTestSuites > 0 && r.success === false && r.numFailedTests === 0 ? 1 : 0);
  } else {
    passed = r.stats.expected + (r.stats.flaky ?? 0);
    failed = r.stats.unexpected + (r.errors?.length ? 1 : 0);
    if (passed + failed === 0) failed = 1; // nothing ran: the server or the config broke
  }
} catch {
  failed = 1;
}
console.log(`${name} ${passed} ${failed}`);
process.exit(failed ? 1 : 0);
