import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { excelNumber, numberFormat, toXlsx } from "./xlsx";

type Row = { name: string; value: string | null; decimals: number };

async function readBack(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

describe("xlsx export", () => {
  const rows: Row[] = [
    { name: "铁西区", value: "1234.5678", decimals: 2 },
    { name: "=HYPERLINK(\"http://x\")", value: "-0.05", decimals: 1 },
    { name: "浑南区", value: null, decimals: 1 },
  ];
  const file = () =>
    toXlsx(
      {
        name: "数据",
        columns: [
          { header: "地区", value: (r) => r.name },
          { header: "数值", value: (r) => r.value, numeric: true, decimals: (r) => r.decimals },
        ],
        rows,
      },
      { name: "说明", header: ["项目", "内容"], rows: [["来源", "沈阳市统计局"], ["示例数据", "是：合成数据"], ["公式", "+1"]] },
    );

  it("writes numbers as numbers holding the exact value, displayed with the row's decimals", async () => {
    const ws = (await readBack(await file())).getWorksheet("数据")!;
    expect(ws.getRow(1).values).toEqual([undefined, "地区", "数值"]);
    expect(ws.getCell("B2").value).toBe(1234.5678);
    expect(ws.getCell("B2").numFmt).toBe("0.00");
    expect(ws.getCell("B3").value).toBe(-0.05);
    expect(ws.getCell("B3").numFmt).toBe("0.0");
    expect(ws.getCell("B4").value).toBeNull();
    expect(ws.getRow(1).font?.bold).toBe(true);
  });

  it("neutralises text that a spreadsheet would run as a formula", async () => {
    const wb = await readBack(await file());
    expect(wb.getWorksheet("数据")!.getCell("A3").value).toBe("'=HYPERLINK(\"http://x\")");
    expect(wb.getWorksheet("数据")!.getCell("A2").value).toBe("铁西区");
    expect(wb.getWorksheet("说明")!.getCell("B4").value).toBe("'+1");
  });

  it("adds the metadata sheet", async () => {
    const meta = (await readBack(await file())).getWorksheet("说明")!;
    expect(meta.getCell("A1").value).toBe("项目");
    expect(meta.getCell("A2").value).toBe("来源");
    expect(meta.getCell("B3").value).toBe("是：合成数据");
  });

  it("stamps the document with the time given (the data's release time), not the wall clock", async () => {
    const at = new Date("2025-10-27T02:00:00Z");
    const wb = await readBack(await toXlsx({ name: "d", columns: [], rows: [] }, { name: "m", header: ["a", "b"], rows: [] }, { created: at }));
    expect(wb.created.toISOString()).toBe(at.toISOString());
  });
});

describe("numberFormat and excelNumber", () => {
  it("formats decimals", () => {
    expect(numberFormat(0)).toBe("0");
    expect(numberFormat(3)).toBe("0.000");
  });
  it("refuses anything but an exact decimal string", () => {
    expect(excelNumber("9027.1")).toBe(9027.1);
    expect(() => excelNumber("1e5")).toThrow();
    expect(() => excelNumber("12.3%")).toThrow();
  });
});
