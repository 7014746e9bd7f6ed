// The write path of bench:scale: the same long CSV (default 1,000,000 rows, --ingest-rows) is
// uploaded into every size's database through the product's own bulk path (POST
// /api/v1/batches: multipart → decode → tokenise → validate → COPY in one transaction), then
// submitted and approved through the API as an uploader and a reviewer would. Same file at
// every size: the question is whether ingest and approval slow down as the table grows.
// The indicators it fills (SCALEI001…, monthly stocks) are created in each database first.
import { closeSync, existsSync, mkdirSync, openAsBlob, openSync, writeSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const REGIONS = ["210100", "210102", "210103", "210104", "210105", "210106", "210111", "210112", "210113", "210114", "210115", "210123", "210124", "210181"];
const YEARS = { from: 1950, to: 2099 };
const PER_INDICATOR = REGIONS.length * (YEARS.to - YEARS.from + 1) * 12;
const code = (i: number) => `SCALEI${String(i).padStart(3, "0")}`;
const indicatorsFor = (rows: number) => Math.ceil(rows / PER_INDICATOR);

/** The CSV of `rows` rows (written once per row count, in slices so it never sits in memory). */
export function ingestFile(dir: string, rows: number): string {
  const file = path.join(dir, `scale-ingest-${rows}.csv`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const fd = openSync(file, "w");
  writeSync(fd, "指标代码,地区代码,时期,数值\n");
  let n = 0;
  let lines: string[] = [];
  outer: for (let i = 1; i <= indicatorsFor(rows); i++)
    for (const r of REGIONS)
      for (let y = YEARS.from; y <= YEARS.to; y++)
        for (let m = 1; m <= 12; m++) {
          if (n++ >= rows) break outer;
          lines.push(`${code(i)},${r},${y}M${String(m).padStart(2, "0")},${(n % 9973) + 1}.${n % 100}\n`);
          if (lines.length === 10_000) {
            writeSync(fd, lines.join(""));
            lines = [];
          }
        }
  writeSync(fd, lines.join(""));
  closeSync(fd);
  return file;
}

/** The file's indicators in the catalogue of one database (as an admin would add them). */
export async function addIngestIndicators(databaseUrl: string, rows: number): Promise<void> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    for (let i = 1; i <= indicatorsFor(rows); i++) {
      await c.query(
        `INSERT INTO indicator (code, name_zh, name_en, unit, frequency, measure_type, decimals, article_ref, articles, min_value, updated_at)
         VALUES ($1, $2, $3, '万户', 'MONTH', 'STOCK', 2, '第九条', '{9}', 0, now()) ON CONFLICT (code) DO NOTHING`,
        [code(i), `规模测试指标${i}`, `Scale test ${i}`],
      );
    }
  } finally {
    await c.end();
  }
}

/** Each step's time, or null when it did not succeed; `failure` says which step answered what. */
export type WriteFigures = { rows: number; uploadMs: number | null; submitMs: number | null; approveMs: number | null; failure: string | null };

async function timed(what: string, f: () => Promise<Response>): Promise<{ ms: number; body: any; failure: string | null }> {
  const t0 = performance.now();
  const res = await f();
  const text = await res.text();
  const ms = performance.now() - t0;
  if (res.status >= 300) return { ms, body: null, failure: `${what} answered ${res.status} after ${Math.round(ms / 1000)} s: ${text.slice(0, 200)}` };
  return { ms, body: JSON.parse(text), failure: null };
}

/** Upload, submit and approve the file on a running app; each step timed by itself. A step that fails ends the run here (a figure, not a crash). */
export async function ingestAndApprove(base: string, file: string, rows: number, tokens: { uploader: string; reviewer: string }): Promise<WriteFigures> {
  const form = new FormData();
  form.append("file", await openAsBlob(file, { type: "text/csv" }), path.basename(file));
  const auth = (t: string) => ({ Authorization: `Bearer ${t}` });
  const json = (t: string) => ({ ...auth(t), "Content-Type": "application/json" });
  const out: WriteFigures = { rows, uploadMs: null, submitMs: null, approveMs: null, failure: null };
  const up = await timed("upload", () => fetch(`${base}/api/v1/batches`, { method: "POST", headers: auth(tokens.uploader), body: form }));
  if (up.failure) return { ...out, failure: up.failure };
  out.uploadMs = up.ms;
  const id = up.body.id as number;
  const sub = await timed("submit", () => fetch(`${base}/api/v1/batches/${id}/submit`, { method: "POST", headers: json(tokens.uploader), body: "{}" }));
  if (sub.failure) return { ...out, failure: sub.failure };
  out.submitMs = sub.ms;
  // released tomorrow: the approval is timed, the public pages measured before stay as they were
  const releaseAt = new Date(Date.now() + 86_400_000).toISOString();
  const ap = await timed("approve", () => fetch(`${base}/api/v1/batches/${id}/approve`, { method: "POST", headers: json(tokens.reviewer), body: JSON.stringify({ releaseAt }) }));
  if (ap.failure) return { ...out, failure: ap.failure };
  return { ...out, approveMs: ap.ms };
}
