// Reads a vitest or Playwright JSON report and prints "<suite> <passed> <failed>".
// A missing or unreadable report counts as one failure: a suite that did not run failed.
import { readFileSync } from "node:fs";

const [kind, file, name] = process.argv.slice(2);
let passed = 0;
let failed = 0;
const failures = [];
const rel = (path) => String(path).replace(`${process.cwd()}/`, "");
// CI shows only the tail of its log: the summary carries the first lines of each failure's
// message (the expectation and what was received), enough to tell a product fault from a flake
const firstLines = (message) =>
  String(message ?? "")
    .replace(/\u001b\[[0-9;]*m/g, "")
    .split("\n")
    .filter((l) => l.trim())
    .slice(0, 6)
    .map((l) => `    ${l.slice(0, 200)}`)
    .join("\n");
try {
  const r = JSON.parse(readFileSync(file, "utf8"));
  if (kind === "vitest") {
    for (const f of r.testResults ?? []) {
      for (const t of f.assertionResults ?? []) if (t.status === "failed") failures.push(`${rel(f.name)}: ${t.fullName}\n${firstLines(t.failureMessages?.[0])}`);
      if (f.status === "failed" && !(f.assertionResults ?? []).some((t) => t.status === "failed")) failures.push(`${rel(f.name)}: ${f.message ?? "the file failed"}`.slice(0, 300));
    }
    passed = r.numPassedTests;
    failed = r.numFailedTests + (r.numTotalTestSuites > 0 && r.success === false && r.numFailedTests === 0 ? 1 : 0);
  } else {
    const visit = (suite) => {
      for (const spec of suite.specs ?? []) {
        if (spec.ok) continue;
        const error = spec.tests?.flatMap((t) => t.results ?? []).find((res) => res.error)?.error;
        failures.push(`${spec.file}:${spec.line} ${spec.title}\n${firstLines(error?.message)}`);
      }
      for (const child of suite.suites ?? []) visit(child);
    };
    for (const s of r.suites ?? []) visit(s);
    passed = r.stats.expected + (r.stats.flaky ?? 0);
    failed = r.stats.unexpected + (r.errors?.length ? 1 : 0);
    if (passed + failed === 0) failed = 1; // nothing ran: the server or the config broke
  }
} catch {
  failed = 1;
}
// the names of failed tests go to stderr (the CI log), so the summary shows what to look at
for (const f of failures) console.error(`FAILED [${name}] ${f}`);
console.log(`${name} ${passed} ${failed}`);
process.exit(failed ? 1 : 0);
