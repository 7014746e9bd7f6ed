import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/export/csv";
import { ALL_COLUMNS, toColumns, type Column } from "./columns";
import { parseCatalogueTable } from "./import-parse";
import { planCounts, planImport } from "./import-plan";
import { decodeText, readCsv } from "./import-read";
import { STARTER_CSV, starterCatalogue, testRefs } from "./test-fixtures";

const refs = testRefs();

function exportCsv(current: Map<string, ReturnType<typeof starterCatalogue> extends Map<string, infer F> ? F : never>, edit?: (rows: Record<Column, string>[]) => void): string {
  const freq = (c: string) => current.get(c)?.frequency;
  const rows = [...current.values()].map((f) => toColumns(f, null, freq));
  edit?.(rows); // what an admin changes in the spreadsheet
  const numeric = new Set<Column>(["min_value", "max_value", "decimals", "due_days"]);
  return toCsv(rows, ALL_COLUMNS.map((c) => ({ header: c, value: (r: Record<Column, string>) => r[c], numeric: numeric.has(c) })));
}

function plan(csv: string, current = starterCatalogue(), released = new Set<string>()) {
  const table = readCsv(decodeText(new TextEncoder().encode(csv)).text);
  return planImport(parseCatalogueTable(table, current, refs), current, released);
}

describe("catalogue import round trip", () => {
  it("the starter file imported over the catalogue it built changes nothing", () => {
    const p = plan(STARTER_CSV);
    expect(p.errors).toEqual([]);
    expect(p.items).toEqual([]);
    expect(p.unchanged).toBe(56);
    expect(p.notInFile).toBe(1); // GDP, added beside the starter file
  });

  it("export → import without edits changes nothing, for every field of every indicator", () => {
    const current = starterCatalogue();
    // fields the starter leaves empty, so that they too must survive the trip
    const de041 = current.get("DE041")!;
    current.set("DE041", { ...de041, definition: "=按“关键工序数控化率”统计，含 -、+ 开头的文本", regionCodes: ["210100", "210112"], minValue: "-12.5", higherIsBetter: false, retired: true });
    const p = plan(exportCsv(current), current);
    expect(p.errors).toEqual([]);
    expect(p.items).toEqual([]);
    expect(p.unchanged).toBe(57);
  });

  it("export → edit → import shows the edits as a field-level diff", () => {
    const current = starterCatalogue();
    const csv = exportCsv(current, (rows) => {
      rows.find((r) => r.code === "DE050")!.higher_is_better = "否"; // yes → no
      rows.find((r) => r.code === "DE055")!.retired = "2026-01-01";
      const blank = Object.fromEntries(ALL_COLUMNS.map((c) => [c, ""])) as Record<Column, string>;
      rows.push({ ...blank, code: "DE900", name_zh: "人工智能核心产业营业收入", name_en: "AI core-industry revenue", unit: "亿元", frequency: "季", measure_type: "累计", article: "第十九~二十四条(数字产业化)", category_code: "03", notes: "New in 2026", department: "miit", due_days: "20", emerging: "ai" });
    });
    const p = plan(csv, current);
    expect(p.errors).toEqual([]);
    expect(planCounts(p)).toEqual({ added: 1, changed: 1, retired: 1, restored: 0 });
    const changed = p.items.find((i) => i.code === "DE050");
    expect(changed).toMatchObject({ kind: "changed", changes: [{ field: "higherIsBetter", before: true, after: false }] });
    expect(p.items.find((i) => i.code === "DE055")).toMatchObject({ kind: "retired", changes: [{ field: "retired", before: false, after: true }] });
    const added = p.items.find((i) => i.kind === "added");
    expect(added).toMatchObject({
      code: "DE900",
      fields: { frequency: "QUARTER", measureType: "CUMULATIVE", decimals: 2, departmentCode: "miit", dueDays: 20, emerging: ["ai"], minValue: null },
    });
  });

  it("a GBK file with Windows line ends reads the same as UTF-8", async () => {
    const iconv = (await import("iconv-lite")).default;
    const text = "code,name_zh,definition\r\nDE050,数字经济企业数量,按“四上”企业口径统计\r\n";
    const gbk = decodeText(iconv.encode(text, "gbk"));
    expect(gbk.encoding).toBe("gb18030");
    expect(gbk.text).toBe(text);
    const bom = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
    expect(bom).toEqual({ text, encoding: "utf-8-bom" });
  });
});
