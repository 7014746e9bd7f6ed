// npm run bench:ingest — parse + validate + stage a 1,000,000-row long CSV through the
// product's own path (stageUpload: decode → tokenise → validate → COPY in one transaction),
// then a raw COPY of the same rows into a scratch table with the same indexes, in the same
// run. Prints rows/s for both, the ratio and the peak RSS of the product run.
// BENCH_FORMAT=xlsx stages the same rows as an .xlsx workbook (shared strings, as Excel writes
// them) instead of the CSV.
// Runs inside scripts/with-db.ts on its own database (see package.json).
import { closeSync, createReadStream, mkdirSync, openSync, statSync, writeSync } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import ExcelJS from "exceljs";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { SYSTEM_CONTEXT } from "@/lib/audit/write-audit";
import { stageUpload } from "@/lib/batches/stage-upload";
import { pool } from "@/lib/db";

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const XLSX = process.env.BENCH_FORMAT === "xlsx";
const REGIONS = ["210100", "210102", "210103", "210104", "210105", "210106", "210111", "210112", "210113", "210114", "210115", "210123", "210124", "210181"];
const YEARS = { from: 1950, to: 2099 };
const PER_INDICATOR = REGIONS.length * (YEARS.to - YEARS.from + 1) * 12;
const INDICATORS = Math.ceil(ROWS / PER_INDICATOR);
const dir = path.join(process.cwd(), ".data/bench");
const csvFile = path.join(dir, `long-${ROWS}.csv`);
const xlsxFile = path.join(dir, `long-${ROWS}.xlsx`);
const file = XLSX ? xlsxFile : csvFile;
const copyFile = path.join(dir, `copy-${ROWS}.csv`);
const code = (i: number) => `BENCH${String(i).padStart(3, "0")}`;

async function prepare(q: pg.Pool) {
  for (let i = 1; i <= INDICATORS; i++) {
    await q.query(
      `INSERT INTO indicator (code, name_zh, name_en, unit, frequency, measure_type, decimals, article_ref, articles, min_value, updated_at)
       VALUES ($1, $2, $3, '万户', 'MONTH', 'STOCK', 2, '第九条', '{9}', 0, now()) ON CONFLICT (code) DO NOTHING`,
      [code(i), `基准测试指标${i}`, `Benchmark ${i}`],
    );
  }
  const { rows } = await q.query<{ id: number; code: string }>("SELECT id, code FROM indicator WHERE code LIKE 'BENCH%'");
  const ids = new Map(rows.map((r) => [r.code, r.id]));
  mkdirSync(dir, { recursive: true });
  // written in slices, so that generating the file does not inflate the peak RSS measured below
  const csv = openSync(csvFile, "w");
  const copy = openSync(copyFile, "w");
  writeSync(csv, "指标代码,地区代码,时期,数值\n");
  let n = 0;
  let a: string[] = [];
  let b: string[] = [];
  const flush = () => {
    writeSync(csv, a.join(""));
    writeSync(copy, b.join(""));
    a = [];
    b = [];
  };
  outer: for (let i = 1; i <= INDICATORS; i++)
    for (const r of REGIONS)
      for (let y = YEARS.from; y <= YEARS.to; y++)
        for (let m = 1; m <= 12; m++) {
          if (n++ >= ROWS) break outer;
          const p = `${y}M${String(m).padStart(2, "0")}`;
          const v = `${(n % 9973) + 1}.${n % 100}`;
          a.push(`${code(i)},${r},${p},${v}\n`);
          const end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
          b.push(`0,${ids.get(code(i))},${r},${p},${end},${v},,,${n + 1}\n`);
          if (a.length === 10_000) flush();
        }
  flush();
  closeSync(csv);
  closeSync(copy);
  if (XLSX) await writeXlsx();
}

/** The CSV's rows as a workbook: text in the shared-string table, values as numbers. */
async function writeXlsx() {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsxFile, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet("数据");
  const lines = createReadStream(csvFile, { encoding: "utf8" });
  let rest = "";
  for await (const chunk of lines) {
    const parts = (rest + chunk).split("\n");
    rest = parts.pop() ?? "";
    for (const l of parts) {
      const [c, r, p, v] = l.split(",");
      ws.addRow([c, r, p, v === "数值" ? v : Number(v)]).commit();
    }
  }
  ws.commit();
  await wb.commit();
}

async function product(uploaderId: number): Promise<number> {
  const t0 = process.hrtime.bigint();
  const r = await stageUpload({
    source: createReadStream(file, { highWaterMark: 256 * 1024 }),
    fileName: `bench-${Date.now()}.${XLSX ? "xlsx" : "csv"}`,
    uploaderId,
    locale: "zh",
    dryRun: false,
    audit: SYSTEM_CONTEXT,
    maxBytes: 200 * 1024 * 1024,
  });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.httpStatus !== 201) throw new Error(`product path answered ${r.httpStatus}: ${JSON.stringify(r.body.errors.slice(0, 3))}`);
  await pool().query("DELETE FROM batch WHERE id = $1", [r.body.id]); // keep the bench database small
  return secs;
}

async function rawCopy(q: pg.Pool): Promise<number> {
  await q.query("DROP TABLE IF EXISTS bench_copy");
  await q.query("CREATE TABLE bench_copy (LIKE observation INCLUDING DEFAULTS INCLUDING INDEXES)");
  const client = await q.connect();
  try {
    const t0 = process.hrtime.bigint();
    await client.query("BEGIN");
    await pipeline(
      createReadStream(copyFile, { highWaterMark: 256 * 1024 }),
      client.query(copyFrom("COPY bench_copy (batch_id, indicator_id, region_code, period, period_end, value, flag, note, line) FROM STDIN WITH (FORMAT csv)")),
    );
    await client.query("COMMIT");
    return Number(process.hrtime.bigint() - t0) / 1e9;
  } finally {
    client.release();
    await q.query("DROP TABLE IF EXISTS bench_copy");
  }
}

const q = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
await prepare(q);
const u = await q.query<{ id: number }>(`INSERT INTO "user" (username, display_name, password_hash, roles, updated_at) VALUES ('bench', 'bench', 'x', '{uploader}', now())
  ON CONFLICT (username) DO UPDATE SET display_name = 'bench' RETURNING id`);
const mb = (statSync(file).size / 1048576).toFixed(1);
console.log(`file: ${ROWS.toLocaleString("en")} rows, ${mb} MB (long layout, ${XLSX ? "XLSX" : "UTF-8 CSV"})`);

const productSecs = await product(u.rows[0].id);
const rss = process.resourceUsage().maxRSS / 1024;
const copySecs = await rawCopy(q);
const fmt = (secs: number) => `${Math.round(ROWS / secs).toLocaleString("en")} rows/s (${secs.toFixed(2)} s)`;
console.log(`product  (parse + validate + COPY, one transaction): ${fmt(productSecs)}`);
console.log(`baseline (raw COPY of the same rows, same indexes):  ${fmt(copySecs)}`);
console.log(`ratio: ${((copySecs / productSecs) * 100).toFixed(0)}% of raw COPY (target ≥ 50%)`);
console.log(`peak RSS of the product run: ${rss.toFixed(0)} MB (target < 500 MB)`);
await q.end();
await pool().end();
