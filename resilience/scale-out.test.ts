// Two app processes on one database, as a scaled-out deployment runs them: no state lives in
// process memory, so a batch uploaded on A is reviewed and approved on B with A's session,
// sign-in failures count across both, a sign-out on one holds on the other, and a release
// shows on both within a second of its time.
import { afterAll, beforeAll, expect, test } from "vitest";
import { startApp, stopApp, type AppProcess } from "./helpers/app-process";
import { call, post, sessionCookie, stageAndSubmit, token } from "./helpers/api";
import { freshDatabase } from "./helpers/cluster";
import { appPort } from "./helpers/config";
import { HEADER } from "./helpers/csv";

let a: AppProcess | undefined;
let b: AppProcess | undefined;

beforeAll(async () => {
  const url = await freshDatabase("test_res_scale_out");
  [a, b] = await Promise.all([startApp({ port: appPort(4), databaseUrl: url }), startApp({ port: appPort(5), databaseUrl: url })]);
});
afterAll(async () => {
  await Promise.all([stopApp(a), stopApp(b)]);
});

test("a batch uploaded on A is reviewed and approved on B with the session signed in on A", async () => {
  const id = await stageAndSubmit(a!.url, await token(a!.url, "uploader"), "scale-out.csv", `${HEADER}DE010,210102,2031Q1,321\n`);
  const cookie = await sessionCookie(a!.url, "reviewer");
  const page = await call(`${b!.url}/review/${id}`, { headers: { Cookie: cookie } });
  expect(page.status, "B's review page, with A's session").toBe(200);
  expect(page.text).toContain("scale-out.csv");
  expect((await call(`${b!.url}/api/v1/me`, { headers: { Cookie: cookie } })).body).toMatchObject({ username: "reviewer", via: "session" });
  const approve = await call(`${b!.url}/api/v1/batches/${id}/approve`, {
    method: "POST",
    headers: { Cookie: cookie, Origin: b!.url, "Content-Type": "application/json" },
    body: JSON.stringify({ releaseAt: new Date(Date.now() + 3600_000).toISOString() }),
  });
  expect(approve.status, approve.text.slice(0, 300)).toBe(200);
  expect(approve.body.status).toBe("approved");
  // and A sees the outcome at once
  expect((await call(`${a!.url}/api/v1/batches/${id}`, { headers: { Cookie: cookie } })).body.status).toBe("approved");
});

test("signing out on A ends that session on B at once; the user's other session stays", async () => {
  const cookie = await sessionCookie(a!.url, "admin");
  const other = await sessionCookie(b!.url, "admin");
  expect((await call(`${b!.url}/api/v1/me`, { headers: { Cookie: cookie } })).status).toBe(200);
  expect((await call(`${a!.url}/api/v1/auth/session`, { method: "DELETE", headers: { Cookie: cookie, Origin: a!.url } })).status).toBe(204);
  expect((await call(`${b!.url}/api/v1/me`, { headers: { Cookie: cookie } })).status, "the signed-out cookie, replayed on B").toBe(401);
  expect((await call(`${a!.url}/api/v1/me`, { headers: { Cookie: other } })).status, "the other session, on A").toBe(200);
});

test("sign-in failures count across instances: 5 split over A and B, the 6th is 429 on either", async () => {
  const attempt = (app: AppProcess) =>
    call(`${app.url}/api/v1/auth/token`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ username: "leader", password: "wrong-password" }) });
  const failures = [];
  for (const app of [a!, b!, a!, b!, a!]) failures.push((await attempt(app)).status);
  expect(failures).toEqual([401, 401, 401, 401, 401]);
  expect((await attempt(b!)).status).toBe(429);
  expect((await attempt(a!)).status).toBe(429);
});

test("a release becomes visible on both instances within a second of its time, never before", async () => {
  const value = "424242.4242";
  const uploader = await token(a!.url, "uploader");
  const id = await stageAndSubmit(a!.url, uploader, "release-race.csv", `${HEADER}DE010,210104,2031Q2,${value}\n`);
  const reviewer = await token(b!.url, "reviewer");
  const path = "/api/v1/observations?indicator=DE010&region=210104&format=json";
  // each instance has served the answer once: what is timed below is the release, not a cold route
  // (at 10× the data a cold first answer on a busy machine took most of the 4 s before the release)
  for (const app of [a!, b!]) expect((await call(`${app.url}${path}`)).status).toBe(200);
  const approveStart = Date.now();
  const releaseAt = approveStart + 4_000;
  const approved = await post(b!.url, `/api/v1/batches/${id}/approve`, reviewer, { releaseAt: new Date(releaseAt).toISOString() });
  expect(approved.status, approved.text.slice(0, 300)).toBe(200);
  console.log(`[scale-out] the approval took ${Date.now() - approveStart} ms`);

  type Sample = { sent: number; received: number; shown: boolean };
  const poll = async (app: AppProcess): Promise<Sample[]> => {
    const out: Sample[] = [];
    while (Date.now() < releaseAt + 2_000) {
      const sent = Date.now();
      const r = await call(`${app.url}${path}`);
      expect(r.status).toBe(200);
      out.push({ sent, received: Date.now(), shown: r.text.includes(value) });
      await new Promise((res) => setTimeout(res, Math.max(0, sent + 100 - Date.now()))); // sample every 100 ms
    }
    return out;
  };
  const [sa, sb] = await Promise.all([poll(a!), poll(b!)]);
  for (const [name, samples] of [["A", sa], ["B", sb]] as const) {
    const early = samples.filter((s) => s.shown && s.received < releaseAt);
    expect(early, `${name} showed the value before its release time`).toEqual([]);
    expect(samples.filter((s) => s.received < releaseAt).length, `${name} was sampled before the release`).toBeGreaterThan(10);
    const late = samples.filter((s) => !s.shown && s.sent >= releaseAt + 1_000);
    expect(late, `${name} still hid the value more than a second after its release time`).toEqual([]);
    const first = samples.find((s) => s.shown);
    expect(first, `${name} never showed the value`).toBeDefined();
    console.log(`[scale-out] instance ${name}: value first seen in the answer to a request sent ${first!.sent - releaseAt} ms after the release time`);
  }
});
