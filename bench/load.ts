// npm run bench:load — 200 concurrent public readers (home, /releases, the observations API,
// the indicator list) against the production build while a release happens: a batch with a
// distinctive value is approved with releaseAt = start + 10 s. Reports p50/p95/p99 and
// errors, counts every answer received before the release time that shows the value
// (embargo violations, target 0) and every answer a second after it that still does not.
// Baseline from the same run: a static file (public/bench.txt) at the same concurrency.
// Starts its own PostgreSQL and app (BENCH_PORT, BENCH_PG_PORT, BENCH_DIR; NEXT_DIST_DIR).
// --scale N (default 1) runs it on the demo replicated N times by indicator (bench/scale-data.ts),
// so the embargo and load checks are seen to hold on a larger database (issue 21: at 10×).
import { parseArgs } from "node:util";
import type { Summary } from "./load-generator";
import { analyze, replicateByIndicator } from "./scale-data";

// the helpers read their ports and directory when imported: set the bench's own first
process.env.RESILIENCE_PORT_BASE = process.env.BENCH_PORT ?? "3470";
process.env.RESILIENCE_PG_PORT = process.env.BENCH_PG_PORT ?? "54670";
process.env.RESILIENCE_DIR = process.env.BENCH_DIR ?? ".data/bench-load";
const { startCluster, adminQuery, dbUrl } = await import("../resilience/helpers/cluster");
const { startApp, stopApp } = await import("../resilience/helpers/app-process");
const { post, stageAndSubmit, token } = await import("../resilience/helpers/api");
const { appPort } = await import("../resilience/helpers/config");
const { runLoad, summarise } = await import("./load-generator");

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 200);
const BEFORE_MS = 10_000; // load before the release time…
const AFTER_MS = 10_000; // …and after it
const BASELINE_MS = 5_000;
const VALUE = "987.6543"; // DE001, city, 2029Q4: on the home page as 987.65
const MARKERS = [VALUE, "987.65", "2029Q4"];
const PATHS = ["/", "/releases", "/api/v1/observations?indicator=DE001&format=json", "/api/v1/indicators"];
const CARRIERS = new Set(["/", "/api/v1/observations?indicator=DE001&format=json"]); // answers that must show it after
const CSV = [
  "指标代码,地区代码,时期,数值",
  `DE001,210100,2029Q4,${VALUE}`,
  "DE004,210100,2029Q4,301.1111",
  "DE005,210100,2029Q4,200.2222",
  "DE006,210100,2029Q4,250.3333",
  "DE007,210100,2029Q4,235.9877",
].join("\n");

const SCALE = Number(parseArgs({ options: { scale: { type: "string", default: "1" } } }).values.scale);
if (!Number.isInteger(SCALE) || SCALE < 1) throw new Error(`--scale: a whole factor ≥ 1, e.g. 10`);

const log = (m: string) => console.log(m);
const cluster = await startCluster({ fresh: true });
await adminQuery(`CREATE DATABASE "test_bench_load"`);
const APP_ENV = { PUBLIC_API_RATE_LIMIT: "1000000000" };
if (SCALE > 1) {
  // the app's first start seeds the demo; then the copies, with fresh planner statistics
  await stopApp(await startApp({ port: appPort(0), databaseUrl: dbUrl("test_bench_load"), env: APP_ENV }));
  const r = await replicateByIndicator(dbUrl("test_bench_load"), SCALE);
  await analyze(dbUrl("test_bench_load"));
  log(`data: the demo ×${SCALE}: ${r.indicators} indicators, +${r.observations} observations`);
}
const app = await startApp({ port: appPort(0), databaseUrl: dbUrl("test_bench_load"), env: APP_ENV });
let failed = false;
try {
  const base = app.url;
  const batch = await stageAndSubmit(base, await token(base, "uploader"), "bench-load.csv", CSV);
  const reviewer = await token(base, "reviewer");
  for (const p of [...PATHS, "/bench.txt"]) await fetch(`${base}${p}`).then((r) => r.text()); // first hits load the routes

  log(`baseline: GET /bench.txt, ${CONCURRENCY} concurrent, ${BASELINE_MS / 1000} s`);
  const baseline = await runLoad({ base, paths: ["/bench.txt"], concurrency: CONCURRENCY, until: Date.now() + BASELINE_MS, inspect: () => null });

  const start = Date.now();
  const releaseAt = start + BEFORE_MS;
  const approved = await post(base, `/api/v1/batches/${batch}/approve`, reviewer, { releaseAt: new Date(releaseAt).toISOString() });
  if (approved.status !== 200) throw new Error(`approve: ${approved.status} ${approved.text.slice(0, 300)}`);
  log(`public readers: ${CONCURRENCY} concurrent over ${PATHS.length} URLs for ${(BEFORE_MS + AFTER_MS) / 1000} s; batch ${batch} released at +${BEFORE_MS / 1000} s`);
  const load = await runLoad({
    base,
    paths: PATHS,
    concurrency: CONCURRENCY,
    until: releaseAt + AFTER_MS,
    inspect: (_path, body) => MARKERS.some((m) => body.includes(m)),
  });

  const violations = load.samples.filter((s) => s.info && s.received < releaseAt);
  const checkedBefore = load.samples.filter((s) => s.received < releaseAt).length;
  const lateWindow = load.samples.filter((s) => CARRIERS.has(s.path) && s.sent >= releaseAt + 1_000);
  const late = lateWindow.filter((s) => !s.info);
  // the first request (by send time) whose answer showed it: latency under load would blur the answer's arrival
  const firstShown = load.samples.filter((s) => s.info).sort((a, b) => a.sent - b.sent)[0];
  const errors = load.errors.length + summarise(load.samples, load.elapsedMs).non2xx;
  const baseErrors = baseline.errors.length + summarise(baseline.samples, baseline.elapsedMs).non2xx;

  const row = (name: string, s: Summary, errs: number) =>
    `${name.padEnd(44)} ${String(s.requests).padStart(7)} ${String(s.perSecond).padStart(7)} ${String(s.p50).padStart(6)} ${String(s.p95).padStart(6)} ${String(s.p99).padStart(6)} ${String(s.max).padStart(6)} ${String(errs).padStart(6)}`;
  log("");
  log(`${"".padEnd(44)} ${"reqs".padStart(7)} ${"req/s".padStart(7)} ${"p50".padStart(6)} ${"p95".padStart(6)} ${"p99".padStart(6)} ${"max".padStart(6)} ${"errors".padStart(6)}  (ms)`);
  log(row("all public readers", summarise(load.samples, load.elapsedMs), errors));
  for (const p of PATHS) {
    const ss = load.samples.filter((s) => s.path === p);
    log(row(`  ${p}`, summarise(ss, load.elapsedMs), ss.filter((s) => s.status >= 400).length + load.errors.filter((e) => e.path === p).length));
  }
  log(row("baseline: static /bench.txt", summarise(baseline.samples, baseline.elapsedMs), baseErrors));
  log("");
  log(`embargo: ${checkedBefore} answers received before the release time checked for ${MARKERS.join(" / ")}: ${violations.length} violations`);
  log(`release: first shown to a request sent ${firstShown ? `${firstShown.sent - releaseAt} ms after the release time (${firstShown.path})` : "never"}; ${late.length} of ${lateWindow.length} answers requested ≥ 1 s after it still without the value`);
  for (const e of load.errors.slice(0, 5)) log(`error: ${e.path}: ${e.error}`);
  failed = errors > 0 || violations.length > 0 || late.length > 0 || !firstShown;
} finally {
  await stopApp(app);
  await cluster.stop();
}
log(failed ? "FAILED: see errors, violations or late answers above" : "ok: 0 errors, 0 embargo violations, the release shown on time");
process.exit(failed ? 1 : 0);
