// The deployment of docs/DEPLOYMENT.md on real parts: nginx (Debian's) in front of two
// production app instances (TRUST_PROXY=1), a PostgreSQL primary and a streaming standby made
// with pg_basebackup -R from the same binaries, the instances' public reads on the standby
// (DATABASE_REPLICA_URL). Under load an instance is killed and restarted; the standby is
// stopped and started; a release is made while the standby's replay is paused.
import { rmSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, expect, test } from "vitest";
import { runLoad, summarise } from "../bench/load-generator";
import { killApp, startApp, stopApp, type AppProcess } from "./helpers/app-process";
import { call, post, stageAndSubmit, token } from "./helpers/api";
import { appPort, PG_PORT, ROOT } from "./helpers/config";
import { HEADER } from "./helpers/csv";
import { baseBackup, cluster, deployDir, initPrimary, sql, waitReady, type Cluster } from "./helpers/debian-pg";
import { leaksIn } from "./helpers/leaks";
import { startNginx, type Nginx } from "./helpers/nginx";
import { waitFor } from "./helpers/poll";

const DB = "stats";
const PORTS = { a: appPort(7), b: appPort(8), nginx: appPort(9) };
const PUBLIC = ["/", "/indicators/DE001", "/releases", "/api/v1/observations?indicator=DE001&region=210100&format=json"];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let primary: Cluster | undefined;
let standby: Cluster | undefined;
let a: AppProcess | undefined;
let b: AppProcess | undefined;
let nginx: Nginx | undefined;

const appEnv = () => ({ DATABASE_REPLICA_URL: standby!.url(DB), TRUST_PROXY: "1", SEED_DEMO: "0" });
const startA = () => startApp({ port: PORTS.a, databaseUrl: primary!.url(DB), env: appEnv() });

beforeAll(async () => {
  primary = initPrimary("cluster-primary", PG_PORT + 1);
  await sql(primary.url(), `CREATE DATABASE ${DB}`);
  // migrated and seeded once, by the product's own start-up path, before the standby is cloned
  const seed = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/with-db.ts", "true"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: primary.url(DB), SEED_DEMO: "1" },
    encoding: "utf8",
  });
  if (seed.status !== 0) throw new Error(`seeding the primary failed:\n${seed.stderr}`);
  standby = cluster(baseBackup(primary, "cluster-standby", { standby: true }), PG_PORT + 2);
  standby.start();
  await waitReady(standby.url(DB), true);
  const [streaming] = await sql(primary.url(), "SELECT count(*)::int AS n FROM pg_stat_replication WHERE state = 'streaming'");
  expect(streaming.n, "the standby streams from the primary").toBe(1);
  [a, b] = await Promise.all([startA(), startApp({ port: PORTS.b, databaseUrl: primary.url(DB), env: appEnv() })]);
  nginx = await startNginx({ port: PORTS.nginx, upstreams: [PORTS.a, PORTS.b] });
  for (const p of PUBLIC) await call(`${nginx.url}${p}`); // first hits load the routes on one instance or the other
});

afterAll(async () => {
  await nginx?.stop();
  await Promise.all([stopApp(a), stopApp(b)]);
  for (const c of [standby, primary]) {
    try {
      c?.stop("fast");
    } catch {
      // already stopped by a failed test step
    }
  }
  rmSync(deployDir(""), { recursive: true, force: true });
});

test("through nginx: the app's compression, Cache-Control and ETag pass, and both instances serve", async () => {
  const res = await fetch(`${nginx!.url}/`, { headers: { "Accept-Encoding": "gzip" } });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-encoding")).toBe("gzip");
  expect(res.headers.get("vary") ?? "").toMatch(/accept-encoding/i);
  expect(res.headers.get("cache-control")).toBeTruthy();
  const api = await fetch(`${nginx!.url}${PUBLIC[3]}`);
  const etag = api.headers.get("etag");
  expect(etag, "the API's ETag reaches the client").toBeTruthy();
  expect((await fetch(`${nginx!.url}${PUBLIC[3]}`, { headers: { "If-None-Match": etag! } })).status).toBe(304);
  // both instances serve: nginx names the upstream of each answer
  const upstreams = new Set<string>();
  for (let i = 0; i < 8; i++) upstreams.add((await fetch(`${nginx!.url}/api/health`)).headers.get("x-upstream") ?? "");
  expect([...upstreams].sort()).toEqual([`127.0.0.1:${PORTS.a}`, `127.0.0.1:${PORTS.b}`]);
});

test("kill -9 of one instance under load, then its restart: no request fails but those in flight on it", async () => {
  let backAt = Infinity;
  let servedAfterBack = 0;
  const opts = { base: nginx!.url, paths: PUBLIC, concurrency: 6, until: Date.now() + 170_000, inspect: (_p: string, _b: string, sent: number) => sent > backAt && ++servedAfterBack };
  const started = Date.now();
  const running = runLoad(opts); // runLoad reads opts.until before each request: moved below once A is back
  await sleep(3_000);
  const killedAt = Date.now();
  await killApp(a!);
  const killDone = Date.now();
  await sleep(2_000);
  a = await startA();
  await waitFor("nginx to send requests to the restarted instance", async () => (await fetch(`${nginx!.url}/api/health`)).headers.get("x-upstream") === `127.0.0.1:${PORTS.a}`, 20_000, 100);
  backAt = Date.now();
  // the restarted instance loads its routes on first use: keep the load on until both serve it
  await waitFor("20 answers to requests sent after the restart", () => servedAfterBack >= 20, 60_000, 100);
  opts.until = Date.now();
  const load = await running;

  const failed = [
    ...load.samples.filter((s) => s.status >= 500).map((s) => ({ sent: s.sent, what: `${s.status} ${s.path}` })),
    ...load.errors.map((e) => ({ sent: NaN, what: `${e.error} ${e.path}` })),
  ];
  const summary = summarise(load.samples, load.elapsedMs);
  console.log(`[nginx-cluster] ${summary.requests} requests (${summary.perSecond}/s, p95 ${summary.p95} ms) over ${load.elapsedMs} ms; kill at +${killedAt - started} ms; A back ${backAt - killDone} ms after the kill; failed: ${failed.length}`);
  // nginx retries an idempotent GET whose connection died on the other instance: the only
  // failures allowed are requests already in flight at the kill (at most one per worker)
  const sentAfterKill = failed.filter((f) => !(f.sent < killDone)); // a connection error (no time) counts here too
  expect(sentAfterKill.map((f) => f.what), "failures of requests sent after the kill").toEqual([]);
  expect(failed.length).toBeLessThanOrEqual(opts.concurrency);
});

test("the standby stopped: public reads answer 200 (fallback) or 503 with Retry-After, and recover by themselves when it returns", async () => {
  standby!.stop("fast");
  const statuses = new Map<number, number>();
  const until = Date.now() + 4_000;
  while (Date.now() < until) {
    for (const p of PUBLIC) {
      const r = await call(`${nginx!.url}${p}`);
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      expect([200, 503], `${p} with the standby down: ${r.text.slice(0, 200)}`).toContain(r.status);
      if (r.status === 503) expect(Number(r.headers.get("retry-after")), `${p}: Retry-After`).toBeGreaterThan(0);
      expect(leaksIn(r.text), p).toEqual([]);
    }
  }
  const downAt = Date.now();
  standby!.start();
  await waitReady(standby!.url(DB), true);
  await waitFor(
    "every public read to answer 200 again, with no app restarted",
    async () => (await Promise.all(PUBLIC.map((p) => call(`${nginx!.url}${p}`)))).every((r) => r.status === 200),
    30_000,
    250,
  );
  console.log(`[nginx-cluster] standby down: ${JSON.stringify(Object.fromEntries(statuses))}; public reads all 200 again ${Date.now() - downAt} ms after it was restarted`);
});

test("a release while the standby's replay is paused: never shown before its time, shown once the standby has it", async () => {
  const uploader = await token(nginx!.url, "uploader");
  const reviewer = await token(nginx!.url, "reviewer");
  const values = { late: "515151.5151", early: "626262.6262" };
  const ids = {
    late: await stageAndSubmit(nginx!.url, uploader, "lag-late.csv", `${HEADER}DE010,210105,2032Q1,${values.late}\n`),
    early: await stageAndSubmit(nginx!.url, uploader, "lag-early.csv", `${HEADER}DE010,210106,2032Q1,${values.early}\n`),
  };
  const url = { late: `${nginx!.url}/api/v1/observations?indicator=DE010&region=210105&format=json`, early: `${nginx!.url}/api/v1/observations?indicator=DE010&region=210106&format=json` };
  await sql(standby!.url(), "SELECT pg_wal_replay_pause()");
  const t0 = Date.now();
  // "late": its time passes while the standby lags; "early": the standby has it before its time
  const releaseAt = { late: t0 + 5_000, early: t0 + 11_000 };
  for (const k of ["late", "early"] as const) {
    const r = await post(nginx!.url, `/api/v1/batches/${ids[k]}/approve`, reviewer, { releaseAt: new Date(releaseAt[k]).toISOString() });
    expect(r.status, r.text.slice(0, 300)).toBe(200);
  }
  let resumedAt = Infinity;
  const resume = (async () => {
    await sleep(t0 + 7_500 - Date.now());
    const [lagging] = await sql(standby!.url(DB), "SELECT status::text AS s FROM batch WHERE id = $1", [ids.late]);
    expect(lagging.s, "the paused standby has not replayed the approval").toBe("SUBMITTED");
    await sql(standby!.url(), "SELECT pg_wal_replay_resume()");
    resumedAt = Date.now();
  })();
  type Sample = { sent: number; received: number; late: boolean; early: boolean };
  const samples: Sample[] = [];
  while (Date.now() < t0 + 13_500) {
    const sent = Date.now();
    const [l, e] = await Promise.all([call(url.late), call(url.early)]);
    expect([l.status, e.status]).toEqual([200, 200]);
    samples.push({ sent, received: Date.now(), late: l.text.includes(values.late), early: e.text.includes(values.early) });
    await sleep(Math.max(0, sent + 150 - Date.now()));
  }
  await resume;
  const shownBefore = (k: "late" | "early", t: number) => samples.filter((s) => s[k] && s.received < t);
  expect(shownBefore("late", releaseAt.late), "late value before its release time").toEqual([]);
  expect(shownBefore("late", resumedAt), "late value before the standby had it").toEqual([]);
  expect(shownBefore("early", releaseAt.early), "early value before its release time (the standby had it)").toEqual([]);
  expect(samples.filter((s) => s.received < releaseAt.late).length, "samples before the release time").toBeGreaterThan(4);
  expect(samples.filter((s) => !s.late && s.sent >= resumedAt + 2_000), "late value still hidden 2 s after replay resumed").toEqual([]);
  expect(samples.filter((s) => !s.early && s.sent >= releaseAt.early + 1_000), "early value still hidden 1 s after its time").toEqual([]);
  const first = (k: "late" | "early") => samples.find((s) => s[k])!.sent;
  console.log(`[nginx-cluster] lagging standby: late value first seen ${first("late") - resumedAt} ms after replay resumed (${first("late") - releaseAt.late} ms after its time); early value ${first("early") - releaseAt.early} ms after its time`);
});
