// kill -9 of the app while it stages a large upload: PostgreSQL rolls the staging
// transaction back, so after a restart the batch does not exist and not one of its rows is
// left, and the app stages the next upload normally.
import path from "node:path";
import type pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { killApp, startApp, stopApp, type AppProcess } from "./helpers/app-process";
import { token, uploadCsv } from "./helpers/api";
import { freshDatabase, testPool } from "./helpers/cluster";
import { appPort, WORK_DIR } from "./helpers/config";
import { smallCsv, writeBigCsv } from "./helpers/csv";
import { waitFor } from "./helpers/poll";
import { streamUpload } from "./helpers/stream-upload";

const DB = "test_res_kill";
const ROWS = 600_000;
let url: string;
let app: AppProcess | undefined;
let q: pg.Pool;

beforeAll(async () => {
  url = await freshDatabase(DB);
  q = testPool(url);
  app = await startApp({ port: appPort(0), databaseUrl: url });
});
afterAll(async () => {
  await stopApp(app);
  await q?.end();
});

/** The COPY of the staging transaction, as PostgreSQL reports its progress. */
async function stagingCopy(): Promise<{ pid: number; tuples: number } | undefined> {
  const { rows } = await q.query<{ pid: number; tuples: string }>(
    `SELECT a.pid, p.tuples_processed AS tuples FROM pg_stat_progress_copy p JOIN pg_stat_activity a USING (pid)
     WHERE a.datname = $1 AND a.query ILIKE 'COPY observation%'`,
    [DB],
  );
  return rows[0] ? { pid: rows[0].pid, tuples: Number(rows[0].tuples) } : undefined;
}

test("kill -9 in the middle of staging a 600,000-row upload leaves no batch and no rows", async () => {
  const file = path.join(WORK_DIR, `big-${ROWS}.csv`);
  writeBigCsv(file, ROWS);
  const tok = await token(app!.url, "uploader");
  const before = await q.query<{ max: number; obs: string; seq: string }>(
    `SELECT (SELECT coalesce(max(id), 0) FROM batch) AS max, (SELECT count(*) FROM observation) AS obs,
            (SELECT last_value FROM batch_id_seq) AS seq`,
  );
  const { max: maxBatch, obs: obsBefore } = before.rows[0];

  const upload = streamUpload(app!.url, tok, file);
  // evidence it is staging: PostgreSQL reports the COPY with rows already written into the transaction
  const copy = await waitFor("the staging COPY to have written 20,000 rows", async () => {
    const c = await stagingCopy();
    return c && c.tuples >= 20_000 ? c : undefined;
  }, 60_000, 20);
  const killed = await killApp(app!);
  expect(killed.join("\n"), "the whole tree, the server process included").toMatch(/scripts\/serve\.ts/);
  const outcome = await upload.finished;
  expect(outcome.status, "the client saw the connection drop, not an answer").toBeNull();
  expect(copy.tuples).toBeLessThan(ROWS);

  // the orphaned backend notices its client is gone and rolls back
  await waitFor("the staging backend to end", async () => !(await q.query("SELECT 1 FROM pg_stat_activity WHERE pid = $1", [copy.pid])).rowCount, 30_000);
  const seq = await q.query<{ seq: string }>("SELECT last_value AS seq FROM batch_id_seq");
  expect(Number(seq.rows[0].seq), "the batch row had been inserted inside the transaction").toBeGreaterThan(Number(before.rows[0].seq));

  app = await startApp({ port: appPort(0), databaseUrl: url });
  const after = await q.query<{ batches: string; rows: string; orphans: string; total: string; staged: string }>(
    `SELECT (SELECT count(*) FROM batch WHERE id > $1 AND status <> 'FAILED') AS batches,
            (SELECT count(*) FROM observation WHERE batch_id > $1) AS rows,
            (SELECT count(*) FROM observation WHERE batch_id NOT IN (SELECT id FROM batch)) AS orphans,
            (SELECT count(*) FROM observation) AS total,
            (SELECT count(*) FROM audit_event WHERE action = 'batch.staged' AND CASE WHEN entity_id ~ '^[0-9]+$' THEN entity_id::bigint END > $1) AS staged`,
    [maxBatch],
  );
  expect(after.rows[0]).toEqual({ batches: "0", rows: "0", orphans: "0", total: obsBefore, staged: "0" });

  // and the restarted app stages the next upload as usual
  const next = await uploadCsv(app.url, await token(app.url, "uploader"), "after-kill.csv", smallCsv(500, 1));
  expect(next.status, next.text.slice(0, 300)).toBe(201);
  const { rows } = await q.query<{ n: string }>("SELECT count(*) AS n FROM observation WHERE batch_id = $1", [next.body.id]);
  expect(rows[0].n).toBe("500");
});
