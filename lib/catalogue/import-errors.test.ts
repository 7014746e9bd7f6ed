import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseCatalogueTable } from "./import-parse";
import { planImport } from "./import-plan";
import { bomb, sheetXml, xlsxBytes } from "@/lib/ingest/workbook/test-zip";
import { readCatalogueFile, readCsv } from "./import-read";
import { starterCatalogue, testRefs } from "./test-fixtures";

const refs = testRefs();
const plan = (csv: string, released = new Set<string>()) => {
  const current = starterCatalogue();
  return planImport(parseCatalogueTable(readCsv(csv), current, refs), current, released);
};

describe("catalogue import errors", () => {
  it("names the file line of each bad row in Chinese, counting quoted line breaks", () => {
    const csv = [
      "code,name_zh,decimals,department,min_value,max_value",
      'DE001,"数字经济核心产业增加值',
      '（两行名称）",2,stats,,',
      "DE002,数字经济核心产业增加值增速,九,stats,,",
      "DE003,数字经济核心产业增加值占地区生产总值比重,1,nosuch,,",
      "DE004,数字产品制造业增加值,2,stats,100,5",
      "de004,重复,2,stats,,",
    ].join("\n");
    const p = plan(csv);
    expect(p.errors.map((e) => [e.line, e.column])).toEqual([
      [4, "decimals"],
      [5, "department"],
      [6, "max_value"],
      [7, "code"],
    ]);
    expect(p.errors[0].zh).toBe("须为 0–6 的整数");
    expect(p.errors[1].zh).toBe("报送部门代码不存在：nosuch");
    expect(p.errors[2].zh).toBe("上限不能小于下限");
    expect(p.errors[3].zh).toBe("指标代码 DE004 与第 6 行重复。");
    // the good row (lines 2–3) is still planned: the caller refuses to apply while errors exist
    expect(p.items.map((i) => i.code)).toEqual(["DE001"]);
  });

  it("refuses unknown columns and a file without a code column", () => {
    expect(plan("code,decimal\nDE001,2\n").errors[0]).toMatchObject({ line: 1, column: "decimal" });
    expect(plan("name_zh\nx\n").errors[0]).toMatchObject({ line: 1, column: "code" });
  });

  it("refuses new rows that lack what an indicator needs", () => {
    const p = plan("code,name_zh,unit,frequency,measure_type\nDE901,新指标,亿元,每周,累计\n");
    const messages = p.errors.map((e) => `${e.line}:${e.column}:${e.zh}`);
    expect(messages).toContain("2:frequency:频率“每周”无法识别：须含“月”“季”或“年”，或写 MONTH/QUARTER/YEAR。");
    expect(messages).toContain("2:name_en:必填");
  });

  it("once data is released, refuses unit, frequency and measure-type changes, and marks definition changes for a note", () => {
    const released = new Set(["DE001", "DE010"]);
    const p = plan("code,unit,definition\nDE001,万元,\nDE010,家,按工商登记口径\nDE011,万人,新定义\n", released);
    expect(p.errors).toHaveLength(1);
    expect(p.errors[0]).toMatchObject({ line: 2 });
    expect(p.errors[0].zh).toContain("DE001 已有发布数据，不能修改计量单位（亿元 → 万元）");
    expect(p.items.map((i) => [i.code, i.kind === "added" ? null : i.methodologyNote])).toEqual([
      ["DE010", true],
      ["DE011", false],
    ]);
  });

  it("reads XLSX with Excel row numbers, numbers and dates as text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("indicators");
    ws.addRow(["code", "decimals", "due_days", "retired"]);
    ws.addRow([]);
    ws.addRow(["DE041", 0, 45, new Date(Date.UTC(2026, 0, 31))]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const table = await readCatalogueFile(bytes, "catalogue.xlsx");
    expect(table.rows).toEqual([{ line: 3, cells: ["DE041", "0", "45", "2026-01-31"] }]);
    const current = starterCatalogue();
    const p = planImport(parseCatalogueTable(table, current, refs), current, new Set());
    expect(p.items).toMatchObject([{ code: "DE041", kind: "retired" }]);
  });

  it("a catalogue workbook that is a zip bomb is refused with the upload's message, not loaded whole", { timeout: 30_000 }, async () => {
    const sst = bomb("<sst>", `<si><t>${"x".repeat(10_000)}</t></si>`, 800 * 1024 * 1024, "</sst>");
    const bytes = xlsxBytes({ sheet: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), sharedStrings: { deflated: sst } });
    await expect(readCatalogueFile(bytes, "catalogue.xlsx")).rejects.toMatchObject({ code: "INVALID_INPUT", zh: expect.stringMatching(/^工作簿解压后过大/) });
  });
});
