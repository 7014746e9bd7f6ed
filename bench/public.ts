// npm run bench:public — the public site under load, against a static file served by the
// same server in the same run: an indicator page, the observations API, an SDMX data query,
// a JSON-stat answer and public/bench.txt,
// each at 50 keep-alive connections for 10 s with a browser's Accept-Encoding (req/s, p95, and
// each one's ratio to the static file). Then the first-load JS (gzip) of every public route from
// the build (scripts/first-load-js.ts), and Lighthouse 12.2.3 (Debian chromium, mobile) in all
// four categories for the home, an indicator, an industry and a district page, each the median
// of BENCH_LIGHTHOUSE_RUNS (5) runs, beside its target (issue 20) with PASS or FAIL.
// Starts its own PostgreSQL and app (BENCH_PORT, BENCH_PG_PORT, BENCH_DIR; NEXT_DIST_DIR).
import { CHROMIUM_ARGS, chromiumPath } from "../lib/chromium";
import type { Summary } from "./load-generator";
import { FIRST_LOAD_JS_LIMIT_KB, firstLoadJs } from "../scripts/first-load-js";
import { pageWeight } from "../scripts/page-weight";

process.env.RESILIENCE_PORT_BASE = process.env.BENCH_PORT ?? "3480";
process.env.RESILIENCE_PG_PORT = process.env.BENCH_PG_PORT ?? "54680";
process.env.RESILIENCE_DIR = process.env.BENCH_DIR ?? ".data/bench-public";
const { startCluster, adminQuery, dbUrl } = await import("../resilience/helpers/cluster");
const { startApp, stopApp } = await import("../resilience/helpers/app-process");
const { appPort, DIST_DIR } = await import("../resilience/helpers/config");
const { runLoad, summarise } = await import("./load-generator");

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const TARGETS = [
  { name: "static file (baseline)", path: "/bench.txt" },
  { name: "indicator page", path: "/indicators/DE001" },
  { name: "observations API", path: "/api/v1/observations?indicator=DE001&format=json" },
  // the same selection for the field's tools: SDMX-ML (what */* and rsdmx get) and JSON-stat
  { name: "SDMX data (SDMX-ML)", path: "/sdmx/v2/data/dataflow/SYTJJ/DF_DE/1.0.0/Q.DE001..LEVEL?lastNObservations=8" },
  { name: "JSON-stat", path: "/api/v1/observations?indicator=DE001&format=jsonstat" },
];
const log = (m: string) => console.log(m);

// Lighthouse's mobile defaults (a mid-range phone, slow 4G, 4× CPU slowdown) on the pages a
// reader lands on, each category checked against issue 20's targets
const LIGHTHOUSE_PAGES = [
  { name: "home", path: "/" },
  { name: "indicator", path: "/indicators/DE001" },
  { name: "industry", path: "/industries/01" },
  { name: "district", path: "/regions/210102" },
];
const CATEGORIES = [
  { id: "performance", target: 98 },
  { id: "accessibility", target: 100 },
  { id: "best-practices", target: 100 },
  { id: "seo", target: 100 },
] as const;
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// where a performance score goes: Lighthouse's metrics, each the median over the runs
const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"] as const;

type PageScores = { path: string; name: string; runs: Record<string, number[]>; metrics: Record<string, number[]>; failedAudits: Set<string> };

async function lighthouseScores(base: string): Promise<PageScores[]> {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  try {
    // the median of RUNS runs per page, as Lighthouse's own guidance on variability advises:
    // one run on a shared 2-core machine moves by several points
    const out: PageScores[] = [];
    for (const page of LIGHTHOUSE_PAGES) {
      const scores: PageScores = { ...page, runs: Object.fromEntries(CATEGORIES.map((c) => [c.id, [] as number[]])), metrics: Object.fromEntries(METRICS.map((m) => [m, [] as number[]])), failedAudits: new Set() };
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
        const r = await lighthouse(`${base}${page.path}`, { port: chrome.port, onlyCategories: CATEGORIES.map((c) => c.id), logLevel: "error" });
        const lhr = r!.lhr;
        for (const m of METRICS) scores.metrics[m].push(lhr.audits[m].numericValue ?? NaN);
        for (const c of CATEGORIES) {
          scores.runs[c.id].push(Math.round((lhr.categories[c.id].score ?? 0) * 100));
          // what cost the points, for the categories that do not depend on load
          if (c.id === "performance") continue;
          for (const ref of lhr.categories[c.id].auditRefs) {
            const a = lhr.audits[ref.id];
            if (ref.weight > 0 && a.score !== null && a.score < 1) scores.failedAudits.add(`${c.id}: ${a.id}`);
          }
        }
      }
      out.push(scores);
    }
    return out;
  } finally {
    chrome.kill();
  }
}

const cluster = await startCluster({ fresh: true });
await adminQuery(`CREATE DATABASE "test_bench_public"`);
const app = await startApp({ port: appPort(0), databaseUrl: dbUrl("test_bench_public"), env: { PUBLIC_API_RATE_LIMIT: "1000000000" } });
try {
  for (const t of TARGETS) for (let i = 0; i < 3; i++) await fetch(`${app.url}${t.path}`).then((r) => r.text()); // warm the routes
  const results: { name: string; path: string; s: Summary }[] = [];
  for (const t of TARGETS) {
    const run = await runLoad({ base: app.url, paths: [t.path], concurrency: CONNECTIONS, until: Date.now() + SECONDS * 1000, compressed: true, inspect: () => null });
    results.push({ ...t, s: summarise(run.samples, run.elapsedMs) });
  }
  const base = results[0].s.perSecond;
  log(`\n${CONNECTIONS} connections, ${SECONDS} s each (2-core machine: the load generator shares it)`);
  log(`${"".padEnd(26)} ${"req/s".padStart(7)} ${"p95 ms".padStart(7)} ${"errors".padStart(7)} ${"vs static".padStart(10)}`);
  for (const r of results) {
    log(`${r.name.padEnd(26)} ${String(r.s.perSecond).padStart(7)} ${String(r.s.p95).padStart(7)} ${String(r.s.non2xx).padStart(7)} ${`${Math.round((r.s.perSecond / base) * 100)}%`.padStart(10)}`);
  }
  log("targets: ≥ 50% of the static file's req/s; p95 < 50 ms");

  log(`\nfirst-load JS per public route (gzip; target ≤ ${FIRST_LOAD_JS_LIMIT_KB} KB):`);
  for (const r of firstLoadJs(DIST_DIR)) {
    log(`  ${r.route.padEnd(28)} ${r.kb.toFixed(1).padStart(6)} KB  ${r.bytes <= FIRST_LOAD_JS_LIMIT_KB * 1024 ? "PASS" : "FAIL"}`);
  }

  // the HTML of each Lighthouse page and the share of it that is page data for React
  log(`\nHTML per page (bytes; page data = the self.__next_f scripts, parsed at start-up):`);
  for (const p of LIGHTHOUSE_PAGES) {
    const w = pageWeight(await fetch(`${app.url}${p.path}`).then((r) => r.text()));
    log(`  ${p.path.padEnd(20)} ${String(w.htmlBytes).padStart(7)} (gzip ${w.gzipBytes}), page data ${w.pageDataBytes} (${Math.round(w.pageDataShare * 100)}%), of which SVG ${w.svgInPageData}, stylesheet ${w.cssInPageData}`);
  }

  await new Promise((r) => setTimeout(r, 5000)); // let the server settle after the load phases
  log(`\nLighthouse 12.2.3 (mobile defaults, median of ${LIGHTHOUSE_RUNS} runs each):`);
  for (const p of await lighthouseScores(app.url)) {
    log(`  ${p.name} (${p.path})`);
    for (const c of CATEGORIES) {
      const m = median(p.runs[c.id]);
      log(`    ${c.id.padEnd(15)} ${String(m).padStart(3)}  target ${c.id === "performance" ? "≥" : "="} ${c.target}  ${m >= c.target ? "PASS" : "FAIL"}  (runs ${p.runs[c.id].join(", ")})`);
    }
    log(`    ${METRICS.map((m) => `${m.replace(/-/g, " ")} ${m === "cumulative-layout-shift" ? median(p.metrics[m]).toFixed(3) : `${Math.round(median(p.metrics[m]))} ms`}`).join(", ")}`);
    if (p.failedAudits.size) log(`    audits short of full marks: ${[...p.failedAudits].join("; ")}`);
  }
} finally {
  await stopApp(app);
  await cluster.stop();
}
