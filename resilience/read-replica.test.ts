// DATABASE_REPLICA_URL: public reads (open API, public pages, feeds, and the visibility epoch
// that keys them) come from the replica; sign-in, staff reads and writes from the primary.
// The "replica" here is a copy of the primary that is then made to differ, so that every
// answer shows which database it came from.
import type pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startApp, stopApp, type AppProcess } from "./helpers/app-process";
import { bearer, call, sessionCookie, token, uploadCsv } from "./helpers/api";
import { adminQuery, dbUrl, freshDatabase, testPool } from "./helpers/cluster";
import { appPort } from "./helpers/config";
import { smallCsv } from "./helpers/csv";

const REPLICA = "test_res_replica";
const REPLICA_VALUE = "97531.8642"; // only the replica holds it
const REPLICA_RELEASE = "只在副本中的发布 replica-only release";
let app: AppProcess | undefined;
let primary: pg.Pool;
let replica: pg.Pool;

beforeAll(async () => {
  const url = await freshDatabase("test_res_primary");
  await adminQuery(`DROP DATABASE IF EXISTS "${REPLICA}" WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE "${REPLICA}" TEMPLATE "test_res_primary"`);
  primary = testPool(url);
  replica = testPool(dbUrl(REPLICA));
  // a released city value of DE001, changed in the replica only
  const { rowCount } = await replica.query(
    `UPDATE observation SET value = $1 WHERE id = (
       SELECT o.id FROM observation o JOIN indicator i ON i.id = o.indicator_id JOIN batch b ON b.id = o.batch_id JOIN release r ON r.id = b.release_id
       WHERE i.code = 'DE001' AND o.region_code = '210100' AND b.status = 'APPROVED' AND r.release_at <= now() ORDER BY o.period DESC LIMIT 1)`,
    [REPLICA_VALUE],
  );
  expect(rowCount).toBe(1);
  await replica.query(`INSERT INTO release (title_zh, title_en, release_at, updated_at) VALUES ($1, $1, now() + interval '30 days', now())`, [REPLICA_RELEASE]);
  app = await startApp({ port: appPort(6), databaseUrl: url, env: { DATABASE_REPLICA_URL: dbUrl(REPLICA) } });
});
afterAll(async () => {
  await stopApp(app);
  await primary?.end();
  await replica?.end();
});

test("public reads come from the replica", async () => {
  const api = await call(`${app!.url}/api/v1/observations?indicator=DE001&region=210100&format=json`);
  expect(api.status).toBe(200);
  expect(api.text).toContain(REPLICA_VALUE);
  const onPrimary = await primary.query("SELECT 1 FROM observation WHERE value = $1", [REPLICA_VALUE]);
  expect(onPrimary.rowCount, "the primary never had the value").toBe(0);
  for (const path of ["/releases", "/feeds/releases", "/api/v1/releases"]) {
    const r = await call(`${app!.url}${path}`);
    expect(r.status, path).toBe(200);
    expect(r.text, path).toContain("replica-only release");
  }
});

test("sign-in, staff writes and staff reads go to the primary", async () => {
  const tok = await token(app!.url, "uploader");
  const up = await uploadCsv(app!.url, tok, "to-primary.csv", smallCsv(300, 42));
  expect(up.status, up.text.slice(0, 300)).toBe(201);
  const count = async (q: pg.Pool) => (await q.query("SELECT count(*)::int AS n FROM observation WHERE batch_id = $1 AND EXISTS (SELECT 1 FROM batch WHERE id = $1 AND file_name = 'to-primary.csv')", [up.body.id])).rows[0].n;
  expect(await count(primary)).toBe(300);
  expect(await count(replica)).toBe(0);
  const read = await call(`${app!.url}/api/v1/batches/${up.body.id}`, { headers: bearer(tok) });
  expect(read.status).toBe(200);
  expect(read.body).toMatchObject({ id: up.body.id, fileName: "to-primary.csv" });
  // the staff release calendar reads the primary: it does not list the replica's release
  const staff = await call(`${app!.url}/admin/releases`, { headers: { Cookie: await sessionCookie(app!.url, "admin") } });
  expect(staff.status).toBe(200);
  const latest = await primary.query<{ title: string }>("SELECT title_zh AS title FROM release WHERE cancelled_at IS NULL ORDER BY release_at DESC LIMIT 1");
  expect(staff.text, "the staff calendar lists the primary's releases").toContain(latest.rows[0].title);
  expect(staff.text).not.toContain("replica-only release");
});
