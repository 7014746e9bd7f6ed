import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { PublicIndicator } from "@/lib/public/public-indicators";
import type { ApiCatalogue } from "../catalogue/load-catalogue";
import { downloadName, observationsCsv, observationsXlsx, type FileRequest } from "./observation-files";
import type { ApiObservation } from "./types";

const indicator = { id: 1, code: "DE001", nameZh: "数字经济核心产业增加值", nameEn: "Core VA", unit: "亿元", decimals: 2, measureType: "CUMULATIVE" } as PublicIndicator;
const cat = {
  indicators: [indicator],
  byCode: new Map([["DE001", indicator]]),
  byId: new Map([[1, indicator]]),
  regions: new Map([["210100", { code: "210100", nameZh: "沈阳市", nameEn: "Shenyang", sortOrder: 0 }]]),
} as unknown as ApiCatalogue;

const row: ApiObservation = {
  indicatorId: 1,
  indicator: "DE001",
  region: "210100",
  period: "2025Q3",
  periodEnd: "2025-09-30",
  measure: "level",
  value: "-1234.567891",
  unit: "亿元",
  decimals: 2,
  computed: false,
  reason: null,
  flag: "PRELIMINARY",
  note: "=1+1",
  isDemo: true,
  releasedAt: new Date("2025-10-27T02:00:00Z"),
  revision: { previousValue: "1200", previousFlag: null, previousReleasedAt: new Date("2025-07-25T02:00:00Z") },
};

const req = (lang: "zh" | "en"): FileRequest => ({
  cat,
  page: { rows: [row], offset: 0, total: 1, nextCursor: null },
  lang,
  measure: "level",
  asOf: null,
  query: "/api/v1/observations?indicator=DE001&format=csv",
  indicatorCodes: ["DE001"],
});

describe("observation downloads", () => {
  it("CSV: BOM, headers in the language asked for, exact values, neutralised text, demo mark", async () => {
    const res = observationsCsv(req("zh"), {});
    expect(res.headers.get("content-disposition")).toContain("shenyang-digital-economy_DE001_level.csv");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, line] = new TextDecoder().decode(bytes).split("\r\n"); // the decoder drops the BOM
    expect(header.split(",").slice(0, 8)).toEqual(["指标代码", "指标名称", "区划代码", "地区", "期别代码", "期别", "口径", "数值"]);
    expect(line).toBe("DE001,数字经济核心产业增加值,210100,沈阳市,2025Q3,2025年前三季度,发布值,-1234.567891,亿元,,,初步数,'=1+1,1200,2025-07-25T10:00:00+08:00,2025-10-27T10:00:00+08:00,是");
    const en = new TextDecoder().decode(new Uint8Array(await observationsCsv(req("en"), {}).arrayBuffer()));
    expect(en).toContain("indicator_code,indicator,region_code,region,period,period_label");
    expect(en).toContain("2025 Q1–Q3");
  });

  it("XLSX: the value as a number with the indicator's decimals, and a metadata sheet with the demo note", async () => {
    const res = await observationsXlsx(req("zh"), {});
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    const data = wb.getWorksheet("数据")!;
    expect(data.getCell("H2").value).toBe(-1234.567891);
    expect(data.getCell("H2").numFmt).toBe("0.00");
    expect(data.getCell("M2").value).toBe("'=1+1");
    const about = wb.getWorksheet("说明")!;
    const meta = Object.fromEntries(about.getSheetValues().slice(2).map((r) => [(r as string[])[1], (r as string[])[2]]));
    expect(meta["示例数据"]).toContain("示例数据");
    expect(meta["数据来源"]).toContain("沈阳市统计局");
    expect(meta["舍入规则"]).toContain("四舍五入");
    expect(meta["DE001"]).toContain("2 位小数");
  });

  it("labels Jan–Feb in-period values by the span they cover, computed months by the month", async () => {
    const monthly = (period: string, computed: boolean): ApiObservation => ({ ...row, period, measure: "in-period", computed, revision: null, note: null });
    const page = { rows: [monthly("2025M02", false), monthly("2025M03", true)], offset: 0, total: 2, nextCursor: null };
    const text = new TextDecoder().decode(await observationsCsv({ ...req("zh"), page, measure: "in-period" }, {}).arrayBuffer());
    expect(text).toContain(",2025M02,2025年1—2月,当期值,");
    expect(text).toContain(",2025M03,2025年3月,当期值,");
  });

  it("names files after the indicators, the measure and the asOf date", () => {
    expect(downloadName({ indicatorCodes: [], measure: "yoy", asOf: "2025-07-01" }, "xlsx")).toBe("shenyang-digital-economy_all_yoy_asof-2025-07-01.xlsx");
    expect(downloadName({ indicatorCodes: ["A", "B", "C", "D"], measure: "level", asOf: null }, "csv")).toBe("shenyang-digital-economy_4-indicators_level.csv");
  });
});
