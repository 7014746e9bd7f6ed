// The operator's backup of docs/DEPLOYMENT.md, drilled: continuous WAL archiving plus a base
// backup (pg_basebackup), a batch approved by mistake, and a point-in-time recovery
// (recovery_target_time) to the moment before the approval, with the app started on the
// restored copy. Then the logical export for version moves: pg_dump -Fc restored with
// pg_restore into a fresh database answers the public exactly as the original does.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startApp, stopApp, type AppProcess } from "./helpers/app-process";
import { call, post, stageAndSubmit, token } from "./helpers/api";
import { appPort, PG_PORT, ROOT } from "./helpers/config";
import { HEADER } from "./helpers/csv";
import { addSettings, baseBackup, cluster, deployDir, initPrimary, pgOwnedDir, pgTool, sql, touchSignal, waitReady, type Cluster } from "./helpers/debian-pg";
import { waitFor } from "./helpers/poll";

const DB = "stats";
const ARCHIVE = deployDir("wal-archive");
const GOOD = { csv: `${HEADER}DE010,210102,2033Q1,717171.7171\n`, value: "717171.7171", url: "/api/v1/observations?indicator=DE010&region=210102&format=json" };
const MISTAKE = { csv: `${HEADER}DE010,210103,2033Q1,828282.8282\n`, value: "828282.8282", url: "/api/v1/observations?indicator=DE010&region=210103&format=json" };
// what the public reads: home, an indicator page, the observations API, SDMX, CSV and JSON downloads
const PUBLIC = [
  "/",
  "/indicators/DE001",
  "/en/indicators/DE010",
  "/api/v1/observations?indicator=DE001&format=json&limit=10000",
  "/api/v1/observations?indicator=DE010&format=csv&limit=10000",
  "/sdmx/v2/data/dataflow/SYTJJ/DF_DE/1.0.0/.DE001..LEVEL?format=sdmx-ml",
  "/sdmx/v2/data/dataflow/SYTJJ/DF_DE/1.0.0/.DE010..LEVEL?format=sdmx-csv",
  GOOD.url,
  MISTAKE.url,
];

let primary: Cluster | undefined;
let restored: Cluster | undefined;
const apps: AppProcess[] = [];
let original: AppProcess;
let ids: { good: number; mistake: number };
let beforeMistake: { at: string; auditCount: number; auditMaxId: string; answers: Map<string, string> };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const app = async (port: number, url: string) => {
  // SITE_URL as in production: permalinks name the site, not the instance's port
  const a = await startApp({ port, databaseUrl: url, env: { SEED_DEMO: "0", SITE_URL: "https://stats.example.cn" } });
  apps.push(a);
  return a;
};
// Masked, as differing between processes by design and not by data: the CSP nonce (new for
// every response), the element ids of server-rendered charts (a counter per process:
// zr1-cls-5, zr2-c0), SDMX-ML's <Prepared> (the moment the message was made), and a page's RSC
// payload (the self.__next_f.push scripts that hydrate it: React numbers its rows in the order
// the page's async parts finish rendering, so two renders of one page differ there). The
// page's markup, which carries every figure shown, and every other byte must match as they are.
function comparable(body: string): string {
  const nonce = /nonce="([^"]+)"/.exec(body)?.[1];
  return (nonce ? body.split(nonce).join("NONCE") : body)
    .replace(/<script[^>]*>self\.__next_f\.push\([\s\S]*?\)<\/script>/g, "")
    .replace(/\bzr\d+-(?:cls-)?[a-z]*\d+/g, "zr")
    .replace(/<message:Prepared>[^<]*<\/message:Prepared>/, "<message:Prepared/>");
}
/** null when equal, else where the two first differ, with a little context (answers are long). */
function firstDifference(a = "", b = ""): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i} of ${a.length}/${b.length}: …${a.slice(Math.max(0, i - 80), i + 80)}… vs …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}
async function publicAnswers(base: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const p of PUBLIC) {
    const r = await call(`${base}${p}`);
    expect(r.status, `${base}${p}`).toBe(200);
    out.set(p, `${r.status} ${r.headers.get("content-type")}\n${comparable(r.text)}`);
  }
  return out;
}
const audit = async (url: string) => (await sql(url, "SELECT count(*)::int AS n, max(id)::text AS max FROM audit_event"))[0];

beforeAll(async () => {
  primary = initPrimary("drill-primary", PG_PORT + 1, { archiveDir: ARCHIVE });
  await sql(primary.url(), `CREATE DATABASE ${DB}`);
  const seed = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/with-db.ts", "true"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: primary.url(DB), SEED_DEMO: "1" },
    encoding: "utf8",
  });
  if (seed.status !== 0) throw new Error(`seeding the primary failed:\n${seed.stderr}`);
  baseBackup(primary, "drill-base"); // the nightly base backup; WAL archiving covers what follows
  original = await app(appPort(7), primary.url(DB));
});

afterAll(async () => {
  await Promise.all(apps.map((a) => stopApp(a)));
  for (const c of [restored, primary]) {
    try {
      c?.stop("fast");
    } catch {
      // not running
    }
  }
  rmSync(deployDir(""), { recursive: true, force: true });
});

test("a release, then a batch approved by mistake and published", async () => {
  const base = original.url;
  const uploader = await token(base, "uploader");
  const reviewer = await token(base, "reviewer");
  ids = { good: await stageAndSubmit(base, uploader, "good.csv", GOOD.csv), mistake: 0 };
  const good = await post(base, `/api/v1/batches/${ids.good}/approve`, reviewer, { releaseAt: new Date(Date.now() + 1_500).toISOString() });
  expect(good.status, good.text.slice(0, 300)).toBe(200);
  await waitFor("the good release to be public", async () => (await call(`${base}${GOOD.url}`)).text.includes(GOOD.value), 15_000, 200);
  ids.mistake = await stageAndSubmit(base, uploader, "mistake.csv", MISTAKE.csv);

  // the moment to return to: everything above is in, the mistaken approval is not
  const answers = await publicAnswers(base);
  const { n, max } = await audit(primary!.url(DB));
  const [{ at }] = await sql(primary!.url(DB), "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00' AS at");
  beforeMistake = { at, auditCount: n, auditMaxId: max, answers };
  await sleep(1_000);

  const wrong = await post(base, `/api/v1/batches/${ids.mistake}/approve`, reviewer, { releaseAt: new Date(Date.now() + 1_500).toISOString() });
  expect(wrong.status, wrong.text.slice(0, 300)).toBe(200);
  await waitFor("the mistaken release to be public", async () => (await call(`${base}${MISTAKE.url}`)).text.includes(MISTAKE.value), 15_000, 200);
  const [approvals] = await sql(primary!.url(DB), "SELECT count(*)::int AS n FROM audit_event WHERE action = 'batch.approved' AND entity_type = 'batch' AND entity_id = $1", [String(ids.mistake)]);
  expect(approvals.n).toBe(1);
  // close the WAL segment so that the archive holds the mistake (and a commit past the target)
  const [{ wal }] = await sql(primary!.url(), "SELECT pg_walfile_name(pg_switch_wal()) AS wal");
  await waitFor(`WAL segment ${wal} in the archive`, () => existsSync(path.join(ARCHIVE, wal)), 30_000, 200);
});

test("point-in-time recovery to the moment before the mistake: the release and its audit events are gone, all before intact", async () => {
  const dir = pgOwnedDir(deployDir("drill-restored"));
  execFileSync("cp", ["-a", `${deployDir("drill-base")}/.`, dir]);
  addSettings(dir, [
    `restore_command = 'cp ${ARCHIVE}/%f %p'`,
    `recovery_target_time = '${beforeMistake.at}'`,
    "recovery_target_action = 'promote'",
    "archive_mode = off", // a drill copy must not write into the production archive
  ]);
  touchSignal(dir, "recovery.signal");
  restored = cluster(dir, PG_PORT + 3);
  restored.start();
  await waitReady(restored.url(DB), false, 120_000);
  const url = restored.url(DB);

  expect(await audit(url), "the audit trail ends where it did at the chosen moment").toEqual({ n: beforeMistake.auditCount, max: beforeMistake.auditMaxId });
  const batches = await sql(url, "SELECT id, status::text AS status, release_id FROM batch WHERE id = ANY($1) ORDER BY id", [[ids.good, ids.mistake]]);
  expect(batches.map((b) => [b.id, b.status])).toEqual([
    [ids.good, "APPROVED"],
    [ids.mistake, "SUBMITTED"], // back in the review queue, to be rejected this time
  ]);
  expect(batches[1].release_id, "no release for the mistaken batch").toBeNull();
  const trail = await sql(url, "SELECT action FROM audit_event WHERE entity_type = 'batch' AND entity_id = $1 ORDER BY id", [String(ids.mistake)]);
  expect(trail.map((t) => t.action)).not.toContain("batch.approved");
  const goodTrail = await sql(url, "SELECT action FROM audit_event WHERE entity_type = 'batch' AND entity_id = $1", [String(ids.good)]);
  expect(goodTrail.map((t) => t.action)).toContain("batch.approved");
  await expect(sql(url, "UPDATE audit_event SET action = 'rewritten' WHERE id = (SELECT max(id) FROM audit_event)")).rejects.toThrow(/append-only/);
  await expect(sql(url, "DELETE FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)")).rejects.toThrow(/append-only/);

  const onCopy = await app(appPort(8), url);
  expect((await call(`${onCopy.url}${MISTAKE.url}`)).text).not.toContain(MISTAKE.value);
  expect((await call(`${original.url}${MISTAKE.url}`)).text, "the original still shows it").toContain(MISTAKE.value);
  const answers = await publicAnswers(onCopy.url);
  const differences = [...beforeMistake.answers].map(([p, body]) => [p, firstDifference(body, answers.get(p))]).filter(([, d]) => d);
  expect(differences, "public answers of the restored copy vs the original before the mistake").toEqual([]);
  await stopApp(onCopy);
});

test("pg_dump -Fc restored with pg_restore into a fresh database: the same public answers, byte for byte", async () => {
  const dump = path.join(pgOwnedDir(deployDir("dump")), "stats.dump");
  pgTool("pg_dump", ["-h", "127.0.0.1", "-p", String(primary!.port), "-U", "postgres", "-Fc", "-f", dump, DB]);
  await sql(primary!.url(), "CREATE DATABASE stats_from_dump");
  pgTool("pg_restore", ["-h", "127.0.0.1", "-p", String(primary!.port), "-U", "postgres", "--exit-on-error", "-d", "stats_from_dump", dump]);
  const copy = await app(appPort(9), primary!.url("stats_from_dump"));
  const [fromOriginal, fromCopy] = [await publicAnswers(original.url), await publicAnswers(copy.url)];
  expect(fromOriginal.get(MISTAKE.url)).toContain(MISTAKE.value); // the dump is of today's state, mistake included
  const differences = PUBLIC.map((p) => [p, firstDifference(fromOriginal.get(p), fromCopy.get(p))]).filter(([, d]) => d);
  expect(differences, "public answers of the restored dump vs the original").toEqual([]);
  await expect(sql(primary!.url("stats_from_dump"), "UPDATE audit_event SET action = 'x' WHERE id = 1")).rejects.toThrow(/append-only/);
});
