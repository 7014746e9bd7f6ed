// npm run bench:public — the public site under load, against a static file served by the
// same server in the same run: an indicator page, the observations API, an SDMX data query,
// a JSON-stat answer and public/bench.txt,
// each at 50 keep-alive connections for 10 s with a browser's Accept-Encoding (req/s, p95, and
// each one's ratio to the static file). Then the first-load JS (gzip) of every public route from the build, and Lighthouse
// 12.2.3 (Debian chromium) performance and accessibility for the home and an indicator page.
// Starts its own PostgreSQL and app (BENCH_PORT, BENCH_PG_PORT, BENCH_DIR; NEXT_DIST_DIR).
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { CHROMIUM_ARGS, chromiumPath } from "../lib/chromium";
import type { Summary } from "./load-generator";

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

function firstLoadJs(): { route: string; kb: number }[] {
  const stats = JSON.parse(readFileSync(path.join(DIST_DIR, "diagnostics/route-bundle-stats.json"), "utf8")) as { route: string; firstLoadChunkPaths: string[] }[];
  const publicRoute = (r: string) => !/\/(admin|staff|profile|uploads|review|dashboard|schedule|login)\b|^\/_|\/api\//.test(r.replace("/[locale]", ""));
  return stats
    .filter((s) => publicRoute(s.route))
    .map((s) => ({
      route: s.route.replace("/[locale]", "") || "/",
      kb: Math.round(s.firstLoadChunkPaths.reduce((sum, p) => sum + gzipSync(readFileSync(p.replace(/^\.next/, DIST_DIR))).length, 0) / 1024),
    }))
    .sort((a, b) => a.route.localeCompare(b.route));
}

const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);

async function lighthouseScores(urls: string[]): Promise<{ url: string; performance: number; accessibility: number; runs: number[] }[]> {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  try {
    // the median of RUNS runs per page, as Lighthouse's own guidance on variability advises:
    // one run on a shared 2-core machine moves by several points
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const out = [];
    for (const url of urls) {
      const perf: number[] = [];
      const a11y: number[] = [];
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
        const r = await lighthouse(url, { port: chrome.port, onlyCategories: ["performance", "accessibility"], logLevel: "error" });
        const c = r!.lhr.categories;
        perf.push(Math.round((c.performance.score ?? 0) * 100));
        a11y.push(Math.round((c.accessibility.score ?? 0) * 100));
      }
      out.push({ url, performance: median(perf), accessibility: median(a11y), runs: perf });
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

  log("\nfirst-load JS per public route (gzip; target ≤ 250 KB):");
  for (const r of firstLoadJs()) log(`  ${r.route.padEnd(32)} ${String(r.kb).padStart(5)} KB`);

  await new Promise((r) => setTimeout(r, 5000)); // let the server settle after the load phases
  log(`\nLighthouse 12.2.3 (mobile defaults, median of ${LIGHTHOUSE_RUNS} runs; targets: performance ≥ 95, accessibility 100):`);
  for (const s of await lighthouseScores([`${app.url}/`, `${app.url}/indicators/DE001`])) {
    log(`  ${s.url.replace(app.url, "").padEnd(20)} performance ${s.performance} (runs ${s.runs.join(", ")}), accessibility ${s.accessibility}`);
  }
} finally {
  await stopApp(app);
  await cluster.stop();
}
