// PostgreSQL stopped and started again under a running app: while it is down every API
// answer is a 503 in the usual JSON error shape with Retry-After, every page the clean 503
// page (proxy.ts, from the flag the pools' error events raise), nothing leaks; when it is
// back the same processes answer 200 again, with no restart.
import type pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { groupMembers, startApp, stopApp, type AppProcess } from "./helpers/app-process";
import { bearer, call, sessionCookie, token, type Answer } from "./helpers/api";
import { freshDatabase, startCluster, stopCluster, testPool } from "./helpers/cluster";
import { appPort } from "./helpers/config";
import { leaksIn } from "./helpers/leaks";
import { waitFor } from "./helpers/poll";

let app: AppProcess | undefined;
let q: pg.Pool;

beforeAll(async () => {
  const url = await freshDatabase("test_res_restart");
  q = testPool(url);
  app = await startApp({ port: appPort(1), databaseUrl: url });
});
afterAll(async () => {
  await startCluster(); // whatever happened, leave PostgreSQL running for the next file
  await stopApp(app);
  await q?.end();
});

type Probe = { name: string; kind: "api" | "page"; run: () => Promise<Answer> };

test("a PostgreSQL restart: 503s while it is down, 200s again after, same app processes", async () => {
  const base = app!.url;
  const tok = await token(base, "reviewer");
  const cookie = await sessionCookie(base, "reviewer");
  const get = (path: string, headers: Record<string, string> = {}) => () => call(`${base}${path}`, { headers });
  const json = { "Content-Type": "application/json" };
  const probes: Probe[] = [
    { name: "home page", kind: "page", run: get("/") },
    { name: "release calendar (en)", kind: "page", run: get("/en/releases") },
    { name: "staff page with a session", kind: "page", run: get("/staff", { Cookie: cookie }) },
    { name: "GET /api/v1/indicators", kind: "api", run: get("/api/v1/indicators") },
    { name: "GET /api/v1/observations", kind: "api", run: get("/api/v1/observations?indicator=DE001&format=json") },
    { name: "GET /api/v1/me (token)", kind: "api", run: get("/api/v1/me", bearer(tok)) },
    { name: "GET /api/v1/me (session)", kind: "api", run: get("/api/v1/me", { Cookie: cookie }) },
    { name: "GET /api/v1/batches", kind: "api", run: get("/api/v1/batches", bearer(tok)) },
    { name: "GET /feeds/releases", kind: "api", run: get("/feeds/releases") },
    {
      name: "POST /api/v1/auth/token",
      kind: "api",
      run: () => call(`${base}/api/v1/auth/token`, { method: "POST", headers: json, body: JSON.stringify({ username: "reviewer", password: "demo-2025" }) }),
    },
    {
      name: "POST approve",
      kind: "api",
      run: () => call(`${base}/api/v1/batches/1/approve`, { method: "POST", headers: { ...json, ...bearer(tok) }, body: JSON.stringify({ releaseAt: new Date(Date.now() + 3600_000).toISOString() }) }),
    },
  ];
  const serving = async () => (await Promise.all(probes.map((p) => p.run()))).map((r) => r.status);
  const healthy = probes.map((p) => (p.name === "POST /api/v1/auth/token" ? 201 : p.name === "POST approve" ? 409 : 200));
  // warm: every probe answers, and the pools hold idle connections (whose errors raise the flag);
  // on a loaded CI machine a first connection once took over the pool's 3 s to open (a 503), so
  // warming may take a second round: what is tested is the restart below
  await waitFor("every probe to answer before the outage", async () => JSON.stringify(await serving()) === JSON.stringify(healthy), 30_000, 500);
  const pids = groupMembers(app!.pgid).sort();

  const t0 = Date.now();
  await stopCluster();
  // first request after the outage began is a page: the flag must already be up
  const first = await probes[0].run();
  expect(first.status, "the first page request after PostgreSQL stopped").toBe(503);
  for (const p of probes) {
    // public answers may come from the per-epoch cache for up to a second: wait for the first miss
    const r = await waitFor(`${p.name} to stop answering from cache`, async () => {
      const a = await p.run();
      return a.status !== 200 && a.status !== 201 ? a : undefined;
    }, 5_000, 50);
    expect(r.status, `${p.name} during the outage: ${r.text.slice(0, 200)}`).toBe(503);
    expect(r.headers.get("retry-after"), p.name).toMatch(/^\d+$/);
    expect(leaksIn(r.text), `${p.name} leaks`).toEqual([]);
    if (p.kind === "api") expect(r.body?.error, p.name).toMatchObject({ code: "service_unavailable", message: expect.stringContaining("Service temporarily unavailable") });
    else expect(r.text, p.name).toContain("服务暂时不可用");
  }
  const outageCheckedMs = Date.now() - t0;

  const t1 = Date.now();
  await startCluster();
  const pgUpMs = Date.now() - t1;
  await waitFor("every probe to answer as before", async () => (await serving()).every((s) => s < 500), 30_000, 100);
  const recoveredMs = Date.now() - t1 - pgUpMs;
  expect(await serving()).toEqual(probes.map((p) => (p.name === "POST /api/v1/auth/token" ? 201 : p.name === "POST approve" ? 409 : 200)));
  expect(groupMembers(app!.pgid).sort(), "the same app processes, never restarted").toEqual(pids);
  console.log(`[restart] outage checks ${outageCheckedMs} ms; PostgreSQL start ${pgUpMs} ms; all 200 again ${recoveredMs} ms after it was up`);
});
