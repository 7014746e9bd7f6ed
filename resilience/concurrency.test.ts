// Races the batch row lock (lib/workflow/lock-batch.ts) and the staging transactions must win:
// ten approvals of one batch by two reviewers at once, and ten uploads from three uploaders;
// and ten slow uploads at once must not take every connection from sign-ins and pages.
import type pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startApp, stopApp, type AppProcess } from "./helpers/app-process";
import { addUser, bearer, call, stageAndSubmit, token, uploadCsv } from "./helpers/api";
import { freshDatabase, testPool } from "./helpers/cluster";
import { appPort } from "./helpers/config";
import { smallCsv } from "./helpers/csv";
import { waitFor } from "./helpers/poll";
import { heldUpload } from "./helpers/stream-upload";

let app: AppProcess | undefined;
let q: pg.Pool;

beforeAll(async () => {
  const url = await freshDatabase("test_res_concurrency");
  q = testPool(url);
  await addUser(q, "reviewer2", ["reviewer"]);
  await addUser(q, "uploader2", ["uploader"]);
  await addUser(q, "uploader3", ["uploader"]);
  app = await startApp({ port: appPort(2), databaseUrl: url });
});
afterAll(async () => {
  await stopApp(app);
  await q?.end();
});

async function auditCount(action: string, batchIds: number[]): Promise<number> {
  const { rows } = await q.query<{ n: string }>("SELECT count(*) AS n FROM audit_event WHERE action = $1 AND entity_type = 'batch' AND entity_id = ANY($2)", [
    action,
    batchIds.map(String),
  ]);
  return Number(rows[0].n);
}

test("ten simultaneous approvals of one batch by two reviewers: one 200, nine 409, one audit event", async () => {
  const base = app!.url;
  const id = await stageAndSubmit(base, await token(base, "uploader"), "approve-race.csv", smallCsv(50, 7));
  const tokens = [await token(base, "reviewer"), await token(base, "reviewer2")];
  const body = JSON.stringify({ releaseAt: new Date(Date.now() + 3600_000).toISOString() });
  const answers = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      call(`${base}/api/v1/batches/${id}/approve`, { method: "POST", headers: { ...bearer(tokens[i % 2]), "Content-Type": "application/json" }, body }),
    ),
  );
  const statuses = answers.map((a) => a.status).sort();
  expect(statuses, answers.map((a) => a.text.slice(0, 120)).join("\n")).toEqual([200, ...Array(9).fill(409)]);
  for (const a of answers.filter((x) => x.status === 409)) expect(a.body.error.code).toBe("invalid_state");
  expect(await auditCount("batch.approved", [id])).toBe(1);
  const { rows } = await q.query("SELECT status::text, release_id FROM batch WHERE id = $1", [id]);
  expect(rows[0].status).toBe("APPROVED");
  // exactly one release was planned for it, not one per contender
  const planned = await q.query(
    "SELECT count(*)::int AS n, count(DISTINCT entity_id)::int AS releases FROM audit_event WHERE action = 'release.planned' AND (data->>'forBatch')::int = $1",
    [id],
  );
  expect(planned.rows[0]).toEqual({ n: 1, releases: 1 });
  const made = await q.query("SELECT count(*)::int AS n FROM release WHERE id = $1", [rows[0].release_id]);
  expect(made.rows[0].n).toBe(1);
});

test("ten concurrent uploads from three uploaders all stage exactly", async () => {
  const base = app!.url;
  const users = ["uploader", "uploader2", "uploader3"];
  const tokens = await Promise.all(users.map((u) => token(base, u)));
  const files = Array.from({ length: 10 }, (_, i) => ({ name: `concurrent-${i}.csv`, rows: 2_000 + i * 311, csv: smallCsv(2_000 + i * 311, 100 + i) }));
  const answers = await Promise.all(files.map((f, i) => uploadCsv(base, tokens[i % 3], f.name, f.csv)));
  expect(answers.map((a) => a.status), answers.map((a) => a.text.slice(0, 200)).join("\n")).toEqual(Array(10).fill(201));
  const ids = answers.map((a) => a.body.id as number);
  expect(new Set(ids).size).toBe(10);
  const { rows } = await q.query<{ id: number; row_count: number; n: string; uploader: string }>(
    `SELECT b.id, b.row_count, (SELECT count(*) FROM observation o WHERE o.batch_id = b.id) AS n, u.username AS uploader
     FROM batch b JOIN "user" u ON u.id = b.uploader_id WHERE b.id = ANY($1)`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  files.forEach((f, i) => {
    const r = byId.get(ids[i])!;
    expect({ file: f.name, rows: Number(r.n), rowCount: r.row_count, uploader: r.uploader }).toEqual({ file: f.name, rows: f.rows, rowCount: f.rows, uploader: users[i % 3] });
  });
  expect(await auditCount("batch.staged", ids)).toBe(10);
});

test("ten slow uploads held open at once: sign-in and pages still answer, and all ten stage once they end", async () => {
  const base = app!.url;
  const tok = await token(base, "uploader2");
  const uploads = Array.from({ length: 10 }, (_, i) => {
    const lines = smallCsv(600, 700 + i).split("\n");
    const cut = 300; // the header and 299 rows now, the rest when the test lets go
    return heldUpload(base, tok, `held-${i}.csv`, lines.slice(0, cut).join("\n") + "\n", lines.slice(cut).join("\n"));
  });
  // the stagings the server has open: transactions running a staging's COPY (counting every
  // open transaction also counted the instance's own short reads, and once saw five)
  const open = async () => {
    const { rows } = await q.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL
          AND query LIKE 'COPY observation %'`,
    );
    return rows[0].n;
  };
  await waitFor("the server to open stagings for the held uploads", async () => (await open()) >= 4, 60_000);
  const seen: number[] = [];
  for (let i = 0; i < 5; i++) {
    seen.push(await open());
    await new Promise((r) => setTimeout(r, 200));
  }
  // while they are held, the rest of the instance answers (before, a sign-in waited 3 s for a
  // connection and answered 503 "database connection lost")
  expect(await token(base, "uploader3")).toBeTruthy(); // a sign-in (it throws on anything but 201)
  const page = await call(`${base}/indicators`);
  expect(page.status).toBe(200);
  const list = await call(`${base}/api/v1/batches`, { headers: bearer(tok) });
  expect(list.status, list.text.slice(0, 200)).toBe(200);
  expect(Math.max(...seen), "stagings open at once").toBeLessThanOrEqual(4);

  for (const u of uploads) u.finish();
  const outcomes = await Promise.all(uploads.map((u) => u.finished));
  expect(outcomes).toEqual(Array(10).fill({ status: 201, error: null }));
  const { rows } = await q.query<{ n: number }>("SELECT count(*)::int AS n FROM batch WHERE file_name LIKE 'held-%' AND row_count = 600");
  expect(rows[0].n).toBe(10);
});
