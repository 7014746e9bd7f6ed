// The upload corpus (e2e/files/ingest, made by make-fixtures.ts): each file's exact error lines
// and codes, and for the valid ones the rows they stage.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { csvFixtures } from "@/e2e/files/ingest/make-fixtures";
import { ingestUpload } from "./index";
import { collect, testContext } from "./test-catalogue";
import type { StagedRow } from "./types";

const DIR = join(process.cwd(), "e2e/files/ingest");
type Expect = { errors: [number, string][]; rows?: number; warnings?: string[]; skipped?: number[]; encoding?: string | null; layout?: string | null };

const CORPUS: Record<string, Expect> = {
  "bad-png-renamed.csv": { errors: [[0, "NOT_TEXT"]], encoding: null },
  "bad-zip-renamed.csv": { errors: [[0, "NOT_TEXT"]] },
  "bad-binary.csv": { errors: [[0, "NOT_TEXT"]] },
  "bad-old-xls.csv": { errors: [[0, "INVALID_XLS"]] }, // read as what its bytes are: a damaged OLE2 file
  "bad-empty.csv": { errors: [[0, "EMPTY_FILE"]] },
  "bad-bom-only.csv": { errors: [[0, "EMPTY_FILE"]] },
  "bad-blank-lines.csv": { errors: [[0, "EMPTY_FILE"]] },
  "bad-header-only.csv": { errors: [[1, "HEADER_ONLY"]], layout: "long" },
  "bad-header-only-with-notes.csv": { errors: [[2, "HEADER_ONLY"]], skipped: [1, 4] },
  "bad-missing-column.csv": { errors: [[1, "MISSING_COLUMN"]] },
  "bad-no-header.csv": { errors: [[1, "MISSING_COLUMN"]], layout: null },
  "bad-column-count.csv": { errors: [[2, "COLUMN_COUNT"], [3, "COLUMN_COUNT"]] },
  "bad-unclosed-quote.csv": { errors: [[3, "UNCLOSED_QUOTE"]] },
  // 1,200 trailing commas (Excel padding), not 1,200 cells: loads since only filled cells count
  // (the fixture still carries its old name; make-fixtures.ts lives outside lib/ingest)
  "bad-too-many-columns.csv": { errors: [[2, "TOO_MANY_COLUMNS"]] },
  "bad-cell-too-long.csv": { errors: [[2, "CELL_TOO_LONG"]] },
  "bad-quoted-newlines.csv": { errors: [[7, "INVALID_PERIOD"]] },
  "bad-unknown-indicator.csv": { errors: [[2, "UNKNOWN_INDICATOR"], [3, "UNKNOWN_INDICATOR"]] },
  "bad-unknown-region.csv": { errors: [[2, "UNKNOWN_REGION"], [3, "UNKNOWN_REGION"], [4, "UNKNOWN_REGION"]] },
  "bad-retired-indicator.csv": { errors: [[3, "RETIRED_INDICATOR"]] },
  "bad-name-mismatch.csv": { errors: [[2, "NAME_MISMATCH"], [3, "NAME_MISMATCH"]] },
  "bad-unit-mismatch.csv": { errors: [[2, "UNIT_MISMATCH"], [3, "UNIT_MISMATCH"]] },
  "bad-invalid-period.csv": { errors: [[2, "INVALID_PERIOD"], [3, "INVALID_PERIOD"], [4, "INVALID_PERIOD"], [5, "INVALID_PERIOD"], [6, "INVALID_PERIOD"]] },
  "bad-frequency-mismatch.csv": {
    errors: [[2, "FREQUENCY_MISMATCH"], [3, "FREQUENCY_MISMATCH"], [4, "FREQUENCY_MISMATCH"], [5, "FREQUENCY_MISMATCH"], [6, "FREQUENCY_MISMATCH"], [7, "FREQUENCY_MISMATCH"]],
  },
  "bad-not-a-number.csv": { errors: [[2, "NOT_A_NUMBER"], [3, "NOT_A_NUMBER"], [4, "NOT_A_NUMBER"], [5, "NOT_A_NUMBER"], [6, "NOT_A_NUMBER"]] },
  "bad-negative.csv": { errors: [[2, "NEGATIVE_NOT_ALLOWED"], [3, "NEGATIVE_NOT_ALLOWED"], [4, "NEGATIVE_NOT_ALLOWED"]] },
  "bad-out-of-range.csv": { errors: [[2, "OUT_OF_RANGE"], [3, "OUT_OF_RANGE"], [4, "OUT_OF_RANGE"]] },
  "bad-percent-not-allowed.csv": { errors: [[2, "PERCENT_NOT_ALLOWED"]] },
  "bad-duplicate-key.csv": { errors: [[2, "DUPLICATE_KEY"], [3, "DUPLICATE_KEY"], [4, "DUPLICATE_KEY"], [5, "DUPLICATE_KEY"]] },
  "bad-empty-value.csv": { errors: [[2, "EMPTY_VALUE"], [3, "EMPTY_VALUE"], [4, "EMPTY_VALUE"]] },
  "bad-invalid-flag.csv": { errors: [[2, "INVALID_FLAG"], [3, "INVALID_FLAG"], [4, "INVALID_FLAG"]] },
  "bad-encoding-big5-names.csv": {
    errors: [[2, "ENCODING_SUSPECT"], [2, "UNKNOWN_INDICATOR"], [2, "UNKNOWN_REGION"], [3, "UNKNOWN_INDICATOR"], [3, "UNKNOWN_REGION"]],
    encoding: "gb18030",
  },
  "bad-encoding-big5-header.csv": { errors: [[1, "ENCODING_SUSPECT"], [1, "MISSING_COLUMN"]], encoding: "gb18030" },
  "bad-encoding-damaged-utf8.csv": { errors: [[4, "ENCODING_SUSPECT"]], encoding: "utf-8" },
  "bad-encoding-mixed.csv": { errors: [[1682, "ENCODING_SUSPECT"], [1682, "UNKNOWN_REGION"], [1683, "UNKNOWN_REGION"]], encoding: "utf-8" },
  "bad-wide-invalid-period-header.csv": { errors: [[1, "INVALID_PERIOD"]], layout: "wide" },
  "bad-nbs-wide-values.csv": { errors: [[4, "NOT_A_NUMBER"]], skipped: [1, 2, 6, 7], layout: "wide" },
  "bad-utf16-unicode-text.txt": { errors: [[3, "UNKNOWN_REGION"]], encoding: "utf-16le" },
  "bad-semicolon.csv": { errors: [[2, "NOT_A_NUMBER"]], encoding: "utf-8-bom" },
  "bad-values.xlsx": { errors: [[4, "NOT_A_NUMBER"], [5, "OUT_OF_RANGE"], [7, "NOT_A_NUMBER"]], skipped: [1] },
  "ok-long-gbk.csv": { errors: [], rows: 7, skipped: [1, 11, 12], encoding: "gb18030", layout: "long" },
  "ok-long-utf8-bom.csv": { errors: [], rows: 3, encoding: "utf-8-bom" },
  "ok-gb18030-rare-chars.csv": { errors: [], rows: 2, encoding: "gb18030" },
  "ok-utf16-unicode-text.txt": { errors: [], rows: 2, encoding: "utf-16le" },
  "ok-wide-gbk.csv": { errors: [], rows: 9, warnings: ["EMPTY_CELLS_SKIPPED"], layout: "wide" },
  "ok-nbs-export.csv": { errors: [], rows: 6, warnings: ["REGION_DEFAULTED"], skipped: [1, 2, 6, 7] },
  "ok-wide-two-row-header.csv": { errors: [], rows: 8, warnings: ["REGION_DEFAULTED"] },
  "ok-wps-quirks.csv": { errors: [], rows: 3, warnings: ["REGION_RENAMED"] },
  "ok-wide-merged.xlsx": { errors: [], rows: 4, skipped: [1, 5] },
  // written by LibreOffice (make-workbooks.ts): the same table as .xlsx, .xls, .ods and WPS .et
  "ok-sheets.xlsx": { errors: [], rows: 6, warnings: ["FILLED_DOWN"], skipped: [1, 9], layout: "long" },
  "ok-sheets.xls": { errors: [], rows: 6, warnings: ["FILLED_DOWN"], skipped: [1, 9], layout: "long" },
  "ok-sheets.ods": { errors: [], rows: 6, warnings: ["FILLED_DOWN"], skipped: [1, 9], layout: "long" },
  "ok-sheets.et": { errors: [], rows: 6, warnings: ["FILLED_DOWN"], skipped: [1, 9], layout: "long" },
  "ok-sheets-xlsx.et": { errors: [], rows: 6, warnings: ["FILLED_DOWN"], skipped: [1, 9], layout: "long" },
  "bad-values.xls": { errors: [[4, "NOT_A_NUMBER"], [5, "OUT_OF_RANGE"], [7, "NOT_A_NUMBER"]], skipped: [1] },
  "bad-values.ods": { errors: [[4, "NOT_A_NUMBER"], [5, "OUT_OF_RANGE"], [7, "NOT_A_NUMBER"]], skipped: [1] },
  "bad-truncated.xls": { errors: [[0, "INVALID_XLS"]] },
  "bad-truncated.ods": { errors: [[0, "INVALID_ODS"]] },
};

const ingest = (name: string) =>
  collect((sink) => ingestUpload(Readable.from([readFileSync(join(DIR, name))]), testContext(), sink, { fileName: name }));

describe("upload corpus", () => {
  it.each(Object.entries(CORPUS))("%s", async (name, exp) => {
    const { report, staged } = await ingest(name);
    expect(report.errors.map((e) => [e.line, e.code])).toEqual(exp.errors);
    expect(report.ok).toBe(exp.errors.length === 0);
    for (const e of report.errors) expect(e.message.length).toBeGreaterThan(10);
    if (exp.rows !== undefined) expect(staged).toHaveLength(exp.rows);
    if (exp.warnings) expect(report.warnings.map((w) => w.code)).toEqual(exp.warnings);
    if (exp.skipped) expect(report.skipped.map((s) => s.line)).toEqual(exp.skipped);
    if (exp.encoding !== undefined) expect(report.encoding).toBe(exp.encoding);
    if (exp.layout !== undefined) expect(report.layout).toBe(exp.layout);
  });

  it("renders every message fully in both languages", async () => {
    for (const name of Object.keys(CORPUS)) {
      for (const locale of ["zh", "en"] as const) {
        const { report } = await collect((sink) =>
          ingestUpload(Readable.from([readFileSync(join(DIR, name))]), testContext({ locale }), sink, { fileName: name }),
        );
        for (const m of [...report.errors, ...report.warnings].map((e) => e.message)) {
          expect(m, `${name} ${locale}: ${m}`).not.toMatch(/undefined|NaN|\[object|“null”|"null"/);
          if (locale === "en") expect(m, m).not.toMatch(/[应为的是]/);
        }
      }
    }
  });

  it("lists every file in the folder, at least 30 of them bad", () => {
    const files = readdirSync(DIR).filter((f) => !f.endsWith(".ts"));
    expect(files.sort()).toEqual(Object.keys(CORPUS).sort());
    expect(files.filter((f) => f.startsWith("bad-")).length).toBeGreaterThanOrEqual(30);
  });

  it("matches the generator byte for byte (CSV files)", () => {
    for (const [name, bytes] of Object.entries(csvFixtures())) expect(readFileSync(join(DIR, name)).equals(bytes), name).toBe(true);
  });
});

describe("valid files stage the expected rows", () => {
  const brief = (r: { line: number; indicatorId: number; regionCode: string; period: string; value: string | null; flag: string | null }) =>
    [r.line, r.indicatorId, r.regionCode, r.period, r.value, r.flag];

  it("GBK long export with title, flags, full-width digits and notes", async () => {
    const { staged } = await ingest("ok-long-gbk.csv");
    expect(staged.map(brief)).toEqual([
      [3, 1, "210100", "2025Q1", "1234.5", null],
      [4, 1, "210102", "2025Q1", "123.4", "PRELIMINARY"],
      [5, 1, "210103", "2025Q1", null, "CONFIDENTIAL"],
      [6, 1, "210104", "2025Q1", null, "MISSING"],
      [7, 2, "210100", "2025Q1", "8.5", "ESTIMATED"],
      [8, 10, "210100", "2025Q1", "1234", null],
      [10, 12, "210100", "2025M03", "56.78", null],
    ]);
    expect(staged[6].note).toBe("软件和信息技术服务业");
  });
  it("UTF-8 BOM long export with English headers", async () => {
    const { staged } = await ingest("ok-long-utf8-bom.csv");
    expect(staged.map(brief)).toEqual([
      [2, 12, "210100", "2025M03", "56.7", "PRELIMINARY"],
      [3, 24, "210102", "2025M03", "1234", null],
      [4, 40, "210100", "2024", "88", null],
    ]);
    expect(staged[2].periodEnd).toBe("2024-12-31");
  });
  it("GB18030-only characters survive; UTF-16 tabs inside quotes stay in the cell", async () => {
    expect((await ingest("ok-gb18030-rare-chars.csv")).staged[0].note).toBe("联系人：𠮷田、王䶮");
    expect((await ingest("ok-utf16-unicode-text.txt")).staged[0]).toMatchObject({ value: "100.5", note: "含\t制表符" });
  });
  it("GBK wide file: YTD column labels map to quarters", async () => {
    const { staged } = await ingest("ok-wide-gbk.csv");
    expect(staged.slice(0, 6).map(brief)).toEqual([
      [2, 1, "210100", "2025Q1", "100.4", null],
      [2, 1, "210100", "2025Q2", "215.1", null],
      [2, 1, "210100", "2025Q3", "330.2", null],
      [3, 1, "210102", "2025Q1", "10.1", null],
      [3, 1, "210102", "2025Q2", "20.3", null],
      [3, 1, "210102", "2025Q3", null, "CONFIDENTIAL"],
    ]);
  });
  it("NBS export and two-row headers: levels and their growth", async () => {
    const nbs = await ingest("ok-nbs-export.csv");
    expect(nbs.staged.map(brief).slice(3)).toEqual([
      [5, 2, "210100", "2025Q3", "7.5", null],
      [5, 2, "210100", "2025Q2", "7.1", null],
      [5, 2, "210100", "2025Q1", "6.8", null],
    ]);
    const two = await ingest("ok-wide-two-row-header.csv");
    expect(two.staged.filter((r) => r.line === 4).map(brief)).toEqual([
      [4, 8, "210100", "2025Q1", "80.2", null],
      [4, 9, "210100", "2025Q1", "5.5", null],
      [4, 8, "210100", "2025Q2", "170.9", null],
      [4, 9, "210100", "2025Q2", "6.1", null],
    ]);
    const xlsx = await ingest("ok-wide-merged.xlsx");
    expect(xlsx.staged.map(brief)).toEqual([
      [4, 1, "210100", "2025Q1", "100.4", null],
      [4, 2, "210100", "2025Q1", "6.8", null],
      [4, 1, "210100", "2025Q2", "215.1", null],
      [4, 2, "210100", "2025Q2", "7.1", null],
    ]);
  });
  it("WPS quirks: semicolons, full-width, stray spaces, short and former names", async () => {
    const { staged } = await ingest("ok-wps-quirks.csv");
    expect(staged.map(brief)).toEqual([
      [2, 1, "210100", "2025Q1", "123.4", null],
      [4, 1, "210102", "2025Q1", "12", null],
      [5, 1, "210112", "2025Q1", null, "MISSING"],
    ]);
  });
});

describe("workbooks written by LibreOffice: the same table in every format", () => {
  const FORMATS = ["ok-sheets.xls", "ok-sheets.ods", "ok-sheets.et", "ok-sheets-xlsx.et"];
  const read = (name: string, sheet?: string) =>
    collect((sink) => ingestUpload(Readable.from([readFileSync(join(DIR, name))]), testContext(), sink, { fileName: name, sheet }));
  const all = (r: { staged: StagedRow[] }) => r.staged.map((s) => [s.line, s.indicatorId, s.regionCode, s.period, s.value, s.flag, s.note]);

  it("the long sheet (first): title, merged indicator cells, flags, a percentage, a date, notes", async () => {
    const xlsx = await read("ok-sheets.xlsx");
    expect(all(xlsx)).toEqual([
      [3, 1, "210100", "2025Q1", "1234.5", null, "含软件和信息技术服务业"],
      [4, 1, "210102", "2025Q1", "123.4", "PRELIMINARY", null],
      [5, 1, "210103", "2025Q1", null, "CONFIDENTIAL", "涉密单位"],
      [6, 2, "210100", "2025Q1", "6.8", null, null],
      [7, 12, "210100", "2025M03", "56.78", null, "１－３月累计"],
      [8, 24, "210112", "2025M03", "1234", null, null],
    ]);
    for (const name of FORMATS) {
      const other = await read(name);
      expect(all(other), name).toEqual(all(xlsx));
      expect(other.report.warnings.map((w) => w.message), name).toEqual(xlsx.report.warnings.map((w) => w.message));
    }
  });

  it("the wide sheet, chosen by name: merged region block, a dash for no data", async () => {
    const xlsx = await read("ok-sheets.xlsx", "宽表");
    expect(xlsx.report).toMatchObject({ ok: true, sheet: "宽表", layout: "wide" });
    expect(all(xlsx)).toEqual([
      [2, 1, "210100", "2025Q1", "100.4", null, null],
      [2, 1, "210100", "2025Q2", "215.1", null, null],
      [3, 1, "210102", "2025Q1", "10.1", null, null],
      [3, 1, "210102", "2025Q2", "20.3", null, null],
      [4, 1, "210103", "2025Q1", "11.2", null, null],
      [4, 1, "210103", "2025Q2", null, "MISSING", null],
      [5, 8, "210100", "2025Q1", "80.2", null, null],
      [5, 8, "210100", "2025Q2", "170.9", null, null],
    ]);
    for (const name of FORMATS) expect(all(await read(name, "宽表")), name).toEqual(all(xlsx));
  });

  it("a sheet that is not there names the sheets there are, in every format", async () => {
    for (const name of ["ok-sheets.xlsx", ...FORMATS]) {
      const { report } = await read(name, "Sheet9");
      expect(report.errors.map((e) => e.code), name).toEqual(["SHEET_NOT_FOUND"]);
      expect(report.errors[0].message, name).toContain("长表, 宽表, 说明");
    }
  });

  it("row-level errors name the cell as the spreadsheet shows it", async () => {
    for (const name of ["bad-values.xlsx", "bad-values.xls", "bad-values.ods"]) {
      const { report, staged } = await read(name);
      expect(report.errors.map((e) => e.cell), name).toEqual(["数据!D4", "数据!D5", "数据!D7"]);
      expect(report.ok, name).toBe(false);
      expect(staged, name).toEqual([]);
    }
  });

  it("a truncated workbook says so, in both languages, and stages nothing", async () => {
    for (const [name, zh, en] of [
      ["bad-truncated.xls", /Excel 97-2003 工作簿.*文件不完整/, /Excel 97-2003 workbook.*cut short/],
      ["bad-truncated.ods", /OpenDocument 表格.*文件不完整/, /OpenDocument spreadsheet.*cut short/],
    ] as const) {
      const z = await read(name);
      expect(z.report.errors[0].message).toMatch(zh);
      expect(z.staged).toEqual([]);
      const e = await collect((sink) => ingestUpload(Readable.from([readFileSync(join(DIR, name))]), testContext({ locale: "en" }), sink, { fileName: name }));
      expect(e.report.errors[0].message).toMatch(en);
      expect(e.report.errors[0].message).not.toContain("ZIP");
    }
  });
});
