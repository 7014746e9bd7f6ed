import { describe, expect, it } from "vitest";
import { errorReportCsv } from "./error-report";
import { runCsv } from "./ingest-test-helpers";
import { csvTemplate } from "./templates";
import { INDICATORS, REGIONS } from "./test-catalogue";
import type { IngestReport } from "./types";

const text = (b: Buffer) => b.toString("utf8");
const pick = (...codes: string[]) => INDICATORS.filter((i) => codes.includes(i.code));

describe("csvTemplate", () => {
  it("starts with a UTF-8 BOM and uses CRLF", () => {
    const b = csvTemplate({ layout: "long" });
    expect([...b.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(b)).toBe("\uFEFF指标代码,指标名称,地区代码,地区名称,时期,数值,标志,备注,调查单位数,最大单位数值,第二大单位数值\r\n");
  });
  it("pre-fills indicators and the 14 regions in districts.csv order", () => {
    const lines = text(csvTemplate({ layout: "long", indicators: pick("DE001"), regions: REGIONS, periods: ["2025Q3"] })).trim().split("\r\n");
    expect(lines).toHaveLength(15);
    expect(lines[1]).toBe("DE001,数字经济核心产业增加值,210100,沈阳市,2025Q3,,,,,,");
    expect(lines[14]).toBe("DE001,数字经济核心产业增加值,210181,新民市,2025Q3,,,,,,");
  });
  it("wide: one column per period, labelled as staff workbooks do", () => {
    const lines = text(csvTemplate({ layout: "wide", indicators: pick("DE001", "DE010"), regions: REGIONS.slice(0, 2), periods: ["2025Q1", "2025Q2"] })).trim().split("\r\n");
    expect(lines[0]).toBe("指标代码,指标名称,计量单位,地区代码,地区名称,2025年第一季度,2025年第二季度,备注"); // trim() ate the BOM
    expect(lines).toHaveLength(5);
    expect(lines[3]).toBe('DE010,数字经济核心产业“四上”企业数,家,210100,沈阳市,,,');
    const en = text(csvTemplate({ layout: "wide", locale: "en", periods: ["2025Q1"] }));
    expect(en).toBe("\uFEFFindicator_code,indicator,unit,region_code,region,2025Q1,note\r\n");
  });
  it("a filled template uploads as is", async () => {
    const wide = text(csvTemplate({ layout: "wide", indicators: pick("DE001"), regions: REGIONS.slice(0, 2), periods: ["2025Q1", "2025Q2"] }))
      .replace("210100,沈阳市,,,", "210100,沈阳市,100,210,")
      .replace("210102,和平区,,,", "210102,和平区,10,20,");
    const w = await runCsv(wide);
    expect(w.report).toMatchObject({ ok: true, encoding: "utf-8-bom", layout: "wide", rows: 4 });
    const longT = text(csvTemplate({ layout: "long", indicators: pick("DE012"), regions: REGIONS.slice(0, 1), periods: ["2025M03"] })).replace("2025M03,,,", "2025M03,56.7,,");
    expect((await runCsv(longT)).staged).toMatchObject([{ indicatorId: 12, regionCode: "210100", period: "2025M03", value: "56.7" }]);
    // the disclosure columns read back (units, the largest and the second largest unit's contribution)
    const withUnits = text(csvTemplate({ layout: "long", indicators: pick("DE012"), regions: REGIONS.slice(0, 1), periods: ["2025M03"] })).replace("2025M03,,,,,,", "2025M03,56.7,,,2,40.1,16.6");
    expect((await runCsv(withUnits)).staged).toMatchObject([{ value: "56.7", units: 2, top1: "40.1", top2: "16.6" }]);
  });
  it("neutralises catalogue names and units that a spreadsheet would run as formulas, and still reads back", async () => {
    const evil = { ...INDICATORS[0], id: 77, code: "DE077", nameZh: "=HYPERLINK(\"http://x\")", unit: "+万元" };
    const region = { code: "210199", nameZh: "@区" };
    const ctx = { indicators: [...INDICATORS, evil], regions: [...REGIONS, region] };
    const wide = text(csvTemplate({ layout: "wide", indicators: [evil], regions: [region], periods: ["2025Q1"] }));
    expect(wide.trim().split("\r\n")[1]).toBe(`DE077,"'=HYPERLINK(""http://x"")",'+万元,210199,'@区,,`);
    const w = await runCsv(wide.replace("'@区,,", "'@区,5,"), { ctx });
    expect(w.report.errors).toEqual([]);
    expect(w.staged).toMatchObject([{ indicatorId: 77, regionCode: "210199", value: "5" }]);
    const longT = text(csvTemplate({ layout: "long", indicators: [evil], regions: [region], periods: ["2025Q1"] }));
    expect(longT).toContain(`DE077,"'=HYPERLINK(""http://x"")",210199,'@区,2025Q1,`);
    expect((await runCsv(longT.replace("2025Q1,,", "2025Q1,6,"), { ctx })).staged).toMatchObject([{ indicatorId: 77, value: "6" }]);
  });
  it("refuses disclosure columns that are not counts or contributions within the value", async () => {
    const head = "指标代码,地区代码,时期,数值,调查单位数,最大单位数值\n";
    const bad = await runCsv(`${head}DE012,210100,2025M03,56.7,2.5,\nDE012,210102,2025M03,5,3,6\n`);
    expect(bad.report.errors.map((e) => e.code)).toEqual(["INVALID_UNITS", "INVALID_CONTRIBUTION"]);
    expect(bad.report.errors[0].message).toContain("整数");
  });
});

describe("errorReportCsv", () => {
  const report = {
    errors: [
      { line: 0, column: null, code: "NOT_TEXT", message: "文件不是文本" },
      { line: 3, column: "数值", code: "NOT_A_NUMBER", message: '数值 “=1+1” 不是数字, "引号"' },
      { line: 4, column: "-备注", code: "X", message: "@SUM(A1)" },
    ],
    warnings: [{ line: 5, code: "QOQ_JUMP", message: "+50%" }],
  } as unknown as IngestReport;
  it("writes 行号,列,代码,说明 with a BOM, quoting and neutralising formula cells", () => {
    const lines = text(errorReportCsv(report, "zh")).split("\r\n");
    expect(lines[0]).toBe("\uFEFF行号,列,代码,说明");
    expect(lines[1]).toBe(",,NOT_TEXT,文件不是文本");
    expect(lines[2]).toBe('3,数值,NOT_A_NUMBER,"数值 “=1+1” 不是数字, ""引号"""');
    expect(lines[3]).toBe("4,'-备注,X,'@SUM(A1)");
    expect(lines).toHaveLength(5);
  });
  it("has English headers and can include warnings", () => {
    const lines = text(errorReportCsv(report, "en", { includeWarnings: true })).split("\r\n");
    expect(lines[0]).toBe("\uFEFFline,column,code,message");
    expect(lines[4]).toBe("5,,QOQ_JUMP,'+50%");
  });
});
