import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { SYSTEM_CONTEXT } from "@/lib/audit/write-audit";
import { pool } from "@/lib/db";
import { bomb, sheetXml, xlsxBytes } from "@/lib/ingest/workbook/test-zip";
import { testPool, unique } from "@/lib/test/db";
import { stageUpload } from "./stage-upload";

// Workbooks through the whole staging path: a bomb under the upload limit is refused with its
// message and leaves no batch, no value and no audit event (issue 15); an .xls and an .ods
// written by LibreOffice stage their rows with the batch and its audit event (issue 18).
const CORPUS = join(process.cwd(), "e2e/files/ingest");

async function uploaderId(): Promise<number> {
  const { rows } = await testPool().query<{ id: number }>("SELECT id FROM \"user\" WHERE username = 'uploader'");
  return rows[0].id;
}

describe("stageUpload with workbooks", () => {
  afterAll(async () => {
    await pool().end();
  });

  it("refuses an 800 MB shared-string bomb with its message and stages nothing", async () => {
    const fileName = `${unique("bomb-")}.xlsx`;
    const sst = bomb("<sst>", `<si><t>${"数".repeat(5000)}</t></si>`, 800 * 1024 * 1024, "</sst>");
    const bytes = xlsxBytes({ sheet: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), sharedStrings: { deflated: sst } });
    const audits = (await testPool().query("SELECT count(*)::int AS n FROM audit_event")).rows[0].n;
    const r = await stageUpload({ source: Readable.from([bytes]), fileName, uploaderId: await uploaderId(), locale: "zh", dryRun: false, audit: SYSTEM_CONTEXT });
    expect(r.httpStatus).toBe(422);
    expect(r.body.errors.map((e) => e.code)).toEqual(["SHARED_STRINGS_TOO_LARGE"]);
    expect(r.body.errors[0].message).toMatch(/^工作簿解压后过大/);
    expect((await testPool().query("SELECT 1 FROM batch WHERE file_name = $1", [fileName])).rowCount).toBe(0);
    expect((await testPool().query("SELECT count(*)::int AS n FROM audit_event")).rows[0].n).toBe(audits);
  }, 30_000);

  it("stages an .xls and checks an .ods written by LibreOffice, with the same values", async () => {
    const xls = readFileSync(join(CORPUS, "ok-sheets.xls"));
    const fileName = `${unique("lo-")}.xls`;
    // the same file may have been staged by an earlier run: then it is a 409 duplicate of it
    const r = await stageUpload({ source: Readable.from([xls]), fileName, uploaderId: await uploaderId(), locale: "zh", dryRun: false, audit: SYSTEM_CONTEXT });
    expect([201, 409]).toContain(r.httpStatus);
    const id = r.httpStatus === 201 ? r.body.id : (r.body as { duplicateOf?: number }).duplicateOf;
    const { rows } = await testPool().query<{ code: string; region_code: string; period: string; value: string | null; flag: string | null }>(
      `SELECT i.code, o.region_code, o.period, o.value::text AS value, o.flag FROM observation o JOIN indicator i ON i.id = o.indicator_id WHERE o.batch_id = $1 ORDER BY o.line`,
      [id],
    );
    expect(rows.map((x) => [x.code, x.region_code, x.period, x.value === null ? null : Number(x.value), x.flag])).toEqual([
      ["DE001", "210100", "2025Q1", 1234.5, null],
      ["DE001", "210102", "2025Q1", 123.4, "PRELIMINARY"],
      ["DE001", "210103", "2025Q1", null, "CONFIDENTIAL"],
      ["DE002", "210100", "2025Q1", 6.8, null],
      ["DE012", "210100", "2025M03", 56.78, null],
      ["DE024", "210112", "2025M03", 1234, null],
    ]);
    if (r.httpStatus === 201) {
      expect((await testPool().query("SELECT 1 FROM audit_event WHERE action = 'batch.staged' AND entity_id = $1", [String(id)])).rowCount).toBe(1);
    }
    const ods = await stageUpload({ source: Readable.from([readFileSync(join(CORPUS, "ok-sheets.ods"))]), fileName: "上报.ods", uploaderId: await uploaderId(), locale: "zh", dryRun: true, audit: SYSTEM_CONTEXT });
    expect(ods.httpStatus).toBe(200);
    expect(ods.body).toMatchObject({ rows: 6, format: "ods", sheet: "长表" });
  }, 30_000);
});
