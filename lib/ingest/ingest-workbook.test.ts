import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ingestUpload } from "./index";
import { ingestWorkbook } from "./ingest-workbook";
import { collect, testContext } from "./test-catalogue";
import { isDateFormat, numberCellText, numberText, percentText, serialDateText } from "./xlsx-cells";

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const run = (bytes: Buffer, sheet?: string) => collect((sink) => ingestWorkbook(Readable.from([bytes]), testContext(), sink, { sheet }));
const codes = (r: { errors: { line: number; code: string }[] }) => r.errors.map((e) => [e.line, e.code]);

describe("cell texts", () => {
  it("writes Excel doubles as the decimal Excel shows (15 digits), never with an exponent", () => {
    expect(numberText(0.1 + 0.2)).toBe("0.3");
    expect(numberText(123.4)).toBe("123.4");
    expect(numberText(1e21)).toBe("1000000000000000000000");
    expect(numberText(0.0000001)).toBe("0.0000001");
    expect(numberText(12345.678900000001)).toBe("12345.6789");
  });
  it("turns percent-formatted numbers into a % value, date serials into ISO days (1900 and 1904 systems)", () => {
    expect(percentText(0.085)).toBe("8.5%");
    expect(numberCellText(0.085, "percent")).toBe("8.5%");
    expect(serialDateText(45747)).toBe("2025-03-31");
    expect(serialDateText(45747 - 1462, true)).toBe("2025-03-31");
  });
  it("tells date formats from number formats with literal text", () => {
    expect(isDateFormat("yyyy-mm")).toBe(true);
    expect(isDateFormat('yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat("[$-804]yyyy/m/d")).toBe(true);
    expect(isDateFormat('0.0"亿元"')).toBe(false);
    expect(isDateFormat("#,##0.00_);[Red](#,##0.00)")).toBe(false);
    expect(isDateFormat("General")).toBe(false);
  });
});

describe("ingestWorkbook (.xlsx)", () => {
  it("reads the first sheet with Excel row numbers, merged two-row headers and % cells", async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet("Sheet1");
      ws.addRow(["数据库：季度数据"]);
      ws.addRow(["指标", "计量单位", "2025年一季度", null, "2025年上半年", null]);
      ws.addRow([null, null, "累计值", "同比增长(%)", "累计值", "同比增长(%)"]);
      ws.mergeCells("C2:D2");
      ws.mergeCells("E2:F2");
      ws.mergeCells("A2:A3");
      ws.addRow(["数字经济核心产业增加值", "亿元", 100.4, 0.068, { formula: "C4*2+14.3", result: 215.10000000000002 }, 0.071]);
      ws.getCell("D4").numFmt = "0.0%";
      ws.getCell("F4").numFmt = "0.0%";
      ws.addRow(["注：增速按可比价计算。"]);
      wb.addWorksheet("other").addRow(["x"]);
    });
    const { report, staged } = await run(bytes);
    expect(report).toMatchObject({ ok: true, format: "xlsx", sheet: "Sheet1", layout: "wide", rows: 4, encoding: null });
    expect(staged.map((r) => [r.line, r.indicatorId, r.period, r.value])).toEqual([
      [4, 1, "2025Q1", "100.4"],
      [4, 2, "2025Q1", "6.8"],
      [4, 1, "2025Q2", "215.1"],
      [4, 2, "2025Q2", "7.1"],
    ]);
    expect(report.skipped.map((s) => s.line)).toEqual([1, 5]);
  });
  it("reads a named sheet, dates in the period column, numeric region codes", async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet("说明").addRow(["本工作簿第二张表是数据"]);
      const ws = wb.addWorksheet("数据");
      ws.addRow(["指标代码", "地区代码", "时期", "数值"]);
      ws.addRow(["DE012", 210100, new Date(Date.UTC(2025, 2, 1)), 56.7]);
      ws.addRow(["DE001", 210102, new Date(Date.UTC(2025, 5, 30)), 12]);
      ws.getCell("C2").numFmt = "yyyy-mm";
      ws.getCell("C3").numFmt = "yyyy-mm-dd";
    });
    const { report, staged } = await run(bytes, "数据");
    expect(report).toMatchObject({ ok: true, sheet: "数据", layout: "long" });
    expect(staged.map((r) => [r.line, r.indicatorId, r.regionCode, r.period, r.value])).toEqual([
      [2, 12, "210100", "2025M03", "56.7"],
      [3, 1, "210102", "2025Q2", "12"],
    ]);
  });
  it("reports errors at Excel row numbers", async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet("数据");
      ws.addRow(["沈阳市数字经济指标"]);
      ws.addRow([]);
      ws.addRow(["指标代码", "地区", "时期", "数值"]);
      ws.addRow(["DE001", "全市", "2025Q1", "abc"]);
      ws.addRow(["DE003", "全市", "2025Q1", 1.2]);
      ws.getCell("D5").numFmt = "0%";
      ws.addRow(["DE001", "全市", "2025Q1", { formula: "1/0", result: { error: "#DIV/0!" } }]);
    });
    const { report } = await run(bytes);
    expect(codes(report)).toEqual([[4, "NOT_A_NUMBER"], [5, "OUT_OF_RANGE"], [6, "NOT_A_NUMBER"]]);
  });
  it("loads a sheet with a formatted empty cell at column 1500 (only filled cells count against the column limit)", async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet("数据");
      ws.addRow(["指标代码", "地区", "时期", "数值"]);
      ws.addRow(["DE001", "全市", "2025Q1", 1]);
      ws.getCell(2, 1500).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
      ws.getCell(2, 1500).border = { top: { style: "thin" } };
    });
    const { report, staged } = await run(bytes);
    expect(codes(report)).toEqual([]);
    expect(staged.map((r) => [r.line, r.value])).toEqual([[2, "1"]]);
  });
  it("reads an indicator cell merged down over its region rows (WPS export)", async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet("数据");
      ws.addRow(["指标", "地区", "2025年一季度"]);
      ws.addRow(["数字经济核心产业增加值(亿元)", "全市", 100]);
      ws.addRow([null, "和平区", 10]);
      ws.addRow([null, "沈河区", 11]);
      ws.mergeCells("A2:A4");
    });
    const { report, staged } = await run(bytes);
    expect(codes(report)).toEqual([]);
    expect(staged.map((r) => [r.line, r.indicatorId, r.regionCode])).toEqual([[2, 1, "210100"], [3, 1, "210102"], [4, 1, "210103"]]);
    expect(report.warnings.map((w) => w.code)).toContain("FILLED_DOWN");
  });
  it("waits for a sheet name that arrives after the file (a form field after the file part)", async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet("说明").addRow(["见第二张表"]);
      const ws = wb.addWorksheet("数据");
      ws.addRow(["指标代码", "地区", "时期", "数值"]);
      ws.addRow(["DE001", "全市", "2025Q1", 1]);
    });
    const sheet = new Promise<string>((resolve) => setTimeout(() => resolve("数据"), 20));
    const out = await collect((sink) => ingestWorkbook(Readable.from([bytes]), testContext(), sink, { sheet }));
    expect(out.report).toMatchObject({ ok: true, sheet: "数据", rows: 1 });
  });
  it("SHEET_NOT_FOUND names the sheets there are", async () => {
    const bytes = await workbook((wb) => wb.addWorksheet("数据").addRow(["a"]));
    const { report } = await run(bytes, "Sheet9");
    expect(codes(report)).toEqual([[0, "SHEET_NOT_FOUND"]]);
    expect(report.errors[0].message).toContain("数据");
  });
  it("INVALID_XLSX for a broken zip or a CSV given to the workbook reader; INVALID_XLS for a damaged OLE2 file", async () => {
    expect(codes((await run(Buffer.from("504b030414000000", "hex"))).report)).toEqual([[0, "INVALID_XLSX"]]);
    expect(codes((await run(Buffer.from("指标代码,地区\n"))).report)).toEqual([[0, "INVALID_XLSX"]]);
    expect(codes((await run(Buffer.from("d0cf11e0a1b11ae1000000", "hex"))).report)).toEqual([[0, "INVALID_XLS"]]);
    expect(codes((await run(Buffer.alloc(0))).report)).toEqual([[0, "EMPTY_FILE"]]);
  });
  it("TOO_LARGE before the workbook is opened", async () => {
    const bytes = await workbook((wb) => wb.addWorksheet("数据").addRow(["a"]));
    const out = await collect((sink) => ingestWorkbook(Readable.from([bytes]), testContext({ limits: { maxBytes: 100 } }), sink));
    expect(codes(out.report)).toEqual([[0, "TOO_LARGE"]]);
  });
  it("ingestUpload picks the reader from the bytes, not the name", async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet("数据");
      ws.addRow(["指标代码", "地区", "时期", "数值"]);
      ws.addRow(["DE001", "全市", "2025Q1", 1]);
    });
    const x = await collect((sink) => ingestUpload(Readable.from([bytes]), testContext(), sink, { fileName: "上报.XLSX" }));
    expect(x.report).toMatchObject({ ok: true, format: "xlsx", rows: 1 });
    const c = await collect((sink) => ingestUpload(Readable.from([bytes]), testContext(), sink, { fileName: "上报.csv" }));
    expect(c.report).toMatchObject({ ok: true, format: "xlsx", rows: 1 });
    const csv = Buffer.from("指标代码,地区,时期,数值\nDE001,全市,2025Q1,1\n");
    const t = await collect((sink) => ingestUpload(Readable.from([csv]), testContext(), sink, { fileName: "导出.xls" }));
    expect(t.report).toMatchObject({ ok: true, format: "csv", rows: 1 });
  });
});
