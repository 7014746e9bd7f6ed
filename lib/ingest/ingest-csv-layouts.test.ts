// Valid files: layouts, encodings, flags and the streaming contract (batches, checksum).
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { codes, encode, long, runCsv, warningCodes } from "./ingest-test-helpers";

const brief = (rows: { indicatorId: number; regionCode: string; period: string; value: string | null; flag: string | null; line: number }[]) =>
  rows.map((r) => [r.line, r.indicatorId, r.regionCode, r.period, r.value, r.flag]);

describe("long layout", () => {
  it("stages exact values with period ends, flags and notes", async () => {
    const { report, staged } = await runCsv(
      long('DE001,全市,2025年第一季度,"1,234.5",,', "DE001,和平区,2025年1-3月,123.4(初步),,说明", "DE001,沈河区,2025Q1,x,,", "DE001,大东区,2025-Q1,—,,", "DE002,全市,2025q1,8.5%,估计,"),
    );
    expect(codes(report)).toEqual([]);
    expect(report).toMatchObject({ ok: true, layout: "long", delimiter: ",", encoding: "utf-8", rows: 5 });
    expect(brief(staged)).toEqual([
      [2, 1, "210100", "2025Q1", "1234.5", null],
      [3, 1, "210102", "2025Q1", "123.4", "PRELIMINARY"],
      [4, 1, "210103", "2025Q1", null, "CONFIDENTIAL"],
      [5, 1, "210104", "2025Q1", null, "MISSING"],
      [6, 2, "210100", "2025Q1", "8.5", "ESTIMATED"],
    ]);
    expect(staged[0].periodEnd).toBe("2025-03-31");
    expect(staged[1].note).toBe("说明");
    expect(staged[0].note).toBeNull();
  });
  it("reads English headers and a flag column", async () => {
    const { report, staged } = await runCsv("indicator_code,region_code,period,value,flag,note\nDE012,210100,2025-03,56.7,p,\nDE024,210102,2025M03,1234,,\n");
    expect(report.ok).toBe(true);
    expect(brief(staged)).toEqual([[2, 12, "210100", "2025M03", "56.7", "PRELIMINARY"], [3, 24, "210102", "2025M03", "1234", null]]);
  });
  it("numbers lines as an editor does when quoted cells hold line breaks", async () => {
    const { report } = await runCsv(long('DE001,全市,2025Q1,1,,"第一行\r\n第二行\r\n第三行"', "DE999,全市,2025Q1,1,,"));
    expect(codes(report)).toEqual([[5, "UNKNOWN_INDICATOR"]]);
  });
  it("skips a title above and notes below, listing them", async () => {
    const text = "沈阳市数字经济主要指标（2025年一季度）,,,,,\r\n" + long("DE001,全市,2025Q1,1,,") + "注：本表为初步数。,,,,,\r\n1. 增速按可比价计算,,,,,\r\n数据来源：市统计局,,,,,\r\n";
    const { report, staged } = await runCsv(text);
    expect(report.ok).toBe(true);
    expect(staged.map((r) => r.line)).toEqual([3]);
    expect(report.skipped.map((s) => s.line)).toEqual([1, 4, 5, 6]);
    expect(report.skipped[1].reason).toContain("注释");
  });
  it("skips notes whose word is followed by a space, a number or 、 instead of a colon, even across cells", async () => {
    const text = long("DE001,全市,2025Q1,1,,") + "说明 本表为初步数，其中和平区,沈河区为估计数,,,,\r\n注1 增速按可比价计算,,,,,\r\n数据来源、市统计局,,,,,\r\n";
    const { report, staged } = await runCsv(text);
    expect(codes(report)).toEqual([]);
    expect(staged.map((r) => r.line)).toEqual([2]);
    expect(report.skipped.map((s) => s.line)).toEqual([3, 4, 5]);
    expect(report.skipped[0].reason).toContain("注释");
  });
  it("skips a note word alone in its cell with the text in the next cells", async () => {
    const { report } = await runCsv(long("DE001,全市,2025Q1,1,,") + "资料来源,沈阳市统计局,2025年,,,\r\n");
    expect(codes(report)).toEqual([]);
    expect(report.skipped.map((s) => s.line)).toEqual([3]);
  });
  it("maps a 同比增长 column to the linked growth indicator", async () => {
    const { report, staged } = await runCsv("指标名称,地区,时期,本期累计,同比增长(%)\r\n软件业务收入,全市,2025年1-9月,456.7,12.5\r\n5G基站数,全市,2025年9月,30000,8\r\n");
    expect(report.ok).toBe(true);
    expect(brief(staged)).toEqual([[2, 12, "210100", "2025M09", "456.7", null], [2, 13, "210100", "2025M09", "12.5", null], [3, 24, "210100", "2025M09", "30000", null]]);
    expect(warningCodes(report)).toEqual(["GROWTH_COLUMN_IGNORED"]);
  });
  it("warns about renamed regions, unknown and unnamed columns, rounded values", async () => {
    const { report, staged } = await runCsv("指标代码,地区,时期,数值,,审核人\r\nDE001,东陵区,2025Q1,1.23456789,x,张三\r\n");
    expect(report.ok).toBe(true);
    expect(staged[0]).toMatchObject({ regionCode: "210112", value: "1.234568" });
    expect(warningCodes(report).sort()).toEqual(["REGION_RENAMED", "UNKNOWN_COLUMN", "UNNAMED_COLUMN", "VALUE_ROUNDED"]);
  });
});

describe("wide layouts", () => {
  it("indicator × region rows, one column per period (YTD wording)", async () => {
    const text = "指标代码,指标名称,计量单位,地区,2025年一季度,2025年上半年,2025年前三季度,2025年全年\r\nDE001,数字经济核心产业增加值,亿元,全市,100,210.5,,\r\nDE001,数字经济核心产业增加值,亿元,和平区,10,20,x,\r\n";
    const { report, staged } = await runCsv(text);
    expect(report).toMatchObject({ ok: true, layout: "wide", rows: 5 });
    expect(brief(staged)).toEqual([
      [2, 1, "210100", "2025Q1", "100", null],
      [2, 1, "210100", "2025Q2", "210.5", null],
      [3, 1, "210102", "2025Q1", "10", null],
      [3, 1, "210102", "2025Q2", "20", null],
      [3, 1, "210102", "2025Q3", null, "CONFIDENTIAL"],
    ]);
    expect(warningCodes(report)).toEqual(["EMPTY_CELLS_SKIPPED"]);
  });
  it("period headers with a unit or a cumulative suffix: 2025年一季度(亿元), 2025年1-6月累计值, （累计）", async () => {
    const text = "指标代码,地区,2025年一季度(亿元),2025年1-6月累计值,2025年前三季度（累计）,2025年1一12月累计数\r\nDE001,全市,100,210.5,330,450\r\n";
    const { report, staged } = await runCsv(text);
    expect(codes(report)).toEqual([]);
    expect(brief(staged).map((r) => r.slice(3, 5))).toEqual([["2025Q1", "100"], ["2025Q2", "210.5"], ["2025Q3", "330"], ["2025Q4", "450"]]);
  });
  it("UNIT_MISMATCH when the unit in a period header is not the indicator's", async () => {
    const { report, staged } = await runCsv("指标代码,地区,2025年一季度(万元),2025年上半年\r\nDE001,全市,1000000,210.5\r\n");
    expect(codes(report)).toEqual([[2, "UNIT_MISMATCH"]]);
    expect(report.errors[0]).toMatchObject({ column: "2025年一季度(万元)" });
    expect(report.errors[0].message).toContain("“万元”");
    expect(report.errors[0].message).toContain("“亿元”");
    expect(staged).toEqual([]);
  });
  it("fills an indicator name merged down over several rows, with one warning naming the lines", async () => {
    const text = "指标名称,地区,2025年一季度,2025年上半年\r\n数字经济核心产业增加值(亿元),全市,100,210\r\n,和平区,10,20\r\n,沈河区,11,\r\n数字经济核心产业“四上”企业数,全市,1200,1250\r\n,和平区,150,155\r\n";
    const { report, staged } = await runCsv(text);
    expect(codes(report)).toEqual([]);
    expect(staged.map((r) => [r.line, r.indicatorId, r.regionCode])).toEqual([
      [2, 1, "210100"], [2, 1, "210100"], [3, 1, "210102"], [3, 1, "210102"], [4, 1, "210103"],
      [5, 10, "210100"], [5, 10, "210100"], [6, 10, "210102"], [6, 10, "210102"],
    ]);
    const filled = report.warnings.filter((w) => w.code === "FILLED_DOWN");
    expect(filled).toHaveLength(1);
    expect(filled[0]).toMatchObject({ line: 3 });
    expect(filled[0].message).toContain("第 3–4、6 行");
    expect(filled[0].message).toContain("指标名称");
    expect(filled[0].message).toContain("合并单元格");
  });
  it("fills a merged region in a long table, but never across a blank line", async () => {
    const text = "地区,指标代码,时期,数值\r\n和平区,DE001,2025Q1,1\r\n,DE004,2025Q1,2\r\n\r\n,DE005,2025Q1,3\r\n";
    const { report } = await runCsv(text);
    expect(codes(report)).toEqual([[5, "UNKNOWN_REGION"]]);
    expect(report.rows).toBe(2); // lines 2 and 3, both for 和平区
    expect(report.warnings.filter((w) => w.code === "FILLED_DOWN").map((w) => w.line)).toEqual([3]);
  });
  it("NBS export: preamble, names with units, newest period first, no region column", async () => {
    const text = "数据库：季度数据\r\n时间：最近3季度\r\n指标,2025年第三季度,2025年第二季度,2025年第一季度\r\n数字经济核心产业增加值(亿元),330.2,215.1,100.4\r\n数字经济核心产业增加值增速(%),7.5,7.1,6.8\r\n注：增速按可比价格计算。\r\n数据来源：沈阳市统计局\r\n";
    const { report, staged } = await runCsv(text, { encoding: "gbk" });
    expect(report).toMatchObject({ ok: true, encoding: "gb18030", layout: "wide", rows: 6 });
    expect(report.skipped.map((s) => s.line)).toEqual([1, 2, 6, 7]);
    expect(warningCodes(report)).toEqual(["REGION_DEFAULTED"]);
    expect(brief(staged).slice(0, 3)).toEqual([[4, 1, "210100", "2025Q3", "330.2", null], [4, 1, "210100", "2025Q2", "215.1", null], [4, 1, "210100", "2025Q1", "100.4", null]]);
  });
  it("region rows for an indicator named in the preamble", async () => {
    const { report, staged } = await runCsv("指标：5G基站数(个)\r\n地区,2025年1月,2025年2月\r\n全市,30000,30500\r\n和平区,2500,2550\r\n");
    expect(report.ok).toBe(true);
    expect(brief(staged)).toEqual([[3, 24, "210100", "2025M01", "30000", null], [3, 24, "210100", "2025M02", "30500", null], [4, 24, "210102", "2025M01", "2500", null], [4, 24, "210102", "2025M02", "2550", null]]);
  });
  it("region rows with indicators as columns for one period", async () => {
    const { report, staged } = await runCsv("地区,时期,数字经济核心产业增加值(亿元),数字经济核心产业“四上”企业数(家)\r\n全市,2025Q2,210.5,1200\r\n和平区,2025Q2,20.1,150\r\n");
    expect(report).toMatchObject({ ok: true, layout: "wide" });
    expect(brief(staged)).toEqual([[2, 1, "210100", "2025Q2", "210.5", null], [2, 10, "210100", "2025Q2", "1200", null], [3, 1, "210102", "2025Q2", "20.1", null], [3, 10, "210102", "2025Q2", "150", null]]);
  });
  it("two-row header: 累计值 | 同比增长(%) under merged period cells", async () => {
    const text = "指标,计量单位,2025年一季度,,2025年上半年,\r\n,,累计值,同比增长(%),累计值,同比增长(%)\r\n数字经济核心产业增加值,亿元,100.4,6.8,215.1,7.1\r\n";
    const { report, staged } = await runCsv(text);
    expect(report.ok).toBe(true);
    expect(brief(staged)).toEqual([[3, 1, "210100", "2025Q1", "100.4", null], [3, 2, "210100", "2025Q1", "6.8", null], [3, 1, "210100", "2025Q2", "215.1", null], [3, 2, "210100", "2025Q2", "7.1", null]]);
  });
  it("skips section headings and reports an invalid period header once", async () => {
    const text = "指标,2025年第一季度,2025年第五季度\r\n一、数字产业化,,\r\n数字经济核心产业增加值(亿元),1,2\r\n";
    const { report, staged } = await runCsv(text);
    expect(codes(report)).toEqual([[1, "INVALID_PERIOD"]]);
    expect(report.errors[0].column).toBe("2025年第五季度");
    expect(report.skipped).toEqual([{ line: 2, reason: expect.stringContaining("分组标题") }]);
    expect(staged).toEqual([]);
  });
});

describe("encodings and Excel/WPS quirks end to end", () => {
  const text = long("DE001,全市,2025Q1,1,,人名𠮷与䶮", "DE001,和平区,2025Q1,2,,");
  it("GB18030-only characters survive in notes", async () => {
    const { report, staged } = await runCsv(text, { encoding: "gb18030", chunk: 3 });
    expect(report).toMatchObject({ ok: true, encoding: "gb18030" });
    expect(staged[0].note).toBe("人名𠮷与䶮");
  });
  it("UTF-8 with BOM, UTF-16LE with BOM (tab separated)", async () => {
    expect((await runCsv(text, { bom: true })).report).toMatchObject({ ok: true, encoding: "utf-8-bom" });
    const tsv = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/,/g, "\t"), "utf16le")]);
    const u = await runCsv(tsv, { chunk: 5 });
    expect(u.report).toMatchObject({ ok: true, encoding: "utf-16le", delimiter: "\t", rows: 2 });
    expect(u.staged[0].note).toBe("人名𠮷与䶮");
  });
  it("semicolons, full-width digits, ideographic and zero-width spaces, padded lines", async () => {
    const t = "指标代码;地区;时期;数值;;\n\u200bDE001 ;　全市　;２０２５Ｑ１;１２３．４;;\n\nDE001;和平区;2025年第1季度;\u00a012\u00a0;;\n";
    const { report, staged } = await runCsv(t);
    expect(report).toMatchObject({ ok: true, delimiter: ";" });
    expect(brief(staged)).toEqual([[2, 1, "210100", "2025Q1", "123.4", null], [4, 1, "210102", "2025Q1", "12", null]]);
  });
});

describe("streaming contract", () => {
  const rows = ["和平区", "沈河区", "大东区", "皇姑区", "铁西区"].map((r) => `DE001,${r},2025Q1,1,,`);
  it("hands rows to the sink in batches, in file order", async () => {
    const out = await runCsv(long(...rows), { opts: { batchSize: 2 } });
    expect(out.batches).toBe(3);
    expect(out.staged.map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
  });
  it("stops sending rows once an error is found (the report decides)", async () => {
    const out = await runCsv(long(...rows.slice(0, 2), "DE999,全市,2025Q1,1,,", ...rows.slice(2)), { opts: { batchSize: 2 } });
    expect(out.report.ok).toBe(false);
    expect(out.staged.map((r) => r.line)).toEqual([2, 3]);
  });
  it("computes the sha256 of the raw bytes and reports progress", async () => {
    const text = long(...rows);
    const progress: number[] = [];
    const out = await runCsv(text, { encoding: "gbk", chunk: 16, opts: { onProgress: (p) => progress.push(p.bytes) } });
    const bytes = encode(text, { encoding: "gbk" });
    expect(out.report.checksum).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(out.report.bytes).toBe(bytes.length);
    expect(progress.at(-1)).toBe(bytes.length);
  });
  it("keeps a compact summary for the quality checks", async () => {
    const out = await runCsv(long(...rows), { ctx: { limits: { maxQualityRows: 3 } } });
    expect(out.quality.rows).toHaveLength(3);
    expect(out.quality.truncated).toBe(true);
    expect(out.quality.rows[0]).toEqual({ indicatorId: 1, regionCode: "210102", period: "2025Q1", value: "1", line: 2 });
  });
});

describe("bulletin tables and large files", () => {
  it("takes the period from a preamble line when the table has no period column", async () => {
    const text = "时间：2025年1-9月\r\n指标名称,地区,单位,本期累计,同比增减(%)\r\n软件业务收入,全市,亿元,456.7,12.5\r\n";
    const { report, staged } = await runCsv(text, { encoding: "gbk" });
    expect(report.ok).toBe(true);
    expect(brief(staged)).toEqual([[3, 12, "210100", "2025M09", "456.7", null], [3, 13, "210100", "2025M09", "12.5", null]]);
    expect(report.skipped.map((s) => s.line)).toEqual([1]);
  });
  it("streams a generated 92,400-line file in batches of at most 5000", async () => {
    const { ingestCsv } = await import("./ingest-csv");
    const { testContext, REGIONS } = await import("./test-catalogue");
    const series: [string, number][] = [["DE012", 12], ["DE013", 12], ["DE024", 12], ["DE001", 4], ["DE010", 4]];
    async function* source() {
      yield Buffer.from("indicator_code,region_code,period,value\n");
      for (const [code, per] of series) {
        for (let y = 1950; y < 2100; y++) {
          let chunk = "";
          for (const r of REGIONS) for (let s = 1; s <= per; s++) chunk += `${code},${r.code},${per === 12 ? `${y}M${String(s).padStart(2, "0")}` : `${y}Q${s}`},${y - 1900}.${s}\n`;
          yield Buffer.from(chunk);
        }
      }
    }
    const sizes: number[] = [];
    const out = await ingestCsv(source(), testContext(), (rows) => void sizes.push(rows.length));
    expect(out.report).toMatchObject({ ok: true, rows: 92_400 });
    expect(sizes.every((n) => n <= 5000)).toBe(true);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(92_400);
    expect(out.quality.rows).toHaveLength(92_400);
  });
});
