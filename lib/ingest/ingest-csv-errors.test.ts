// One test (at least) per error code, each checking the line, the column and the message.
import { describe, expect, it } from "vitest";
import { codes, long, runCsv } from "./ingest-test-helpers";

describe("row errors", () => {
  it("UNKNOWN_INDICATOR: unknown code or name", async () => {
    const { report } = await runCsv(long("DE999,全市,2025Q1,1,,", "软件收入,全市,2025Q1,1,,", ",全市,2025Q1,1,,"));
    expect(codes(report)).toEqual([[2, "UNKNOWN_INDICATOR"], [3, "UNKNOWN_INDICATOR"], [4, "UNKNOWN_INDICATOR"]]);
    expect(report.errors[0]).toMatchObject({ column: "指标代码" });
    expect(report.errors[0].message).toContain("“DE999”");
    expect(report.errors[0].message).toContain("DE001");
  });
  it("RETIRED_INDICATOR", async () => {
    const { report } = await runCsv(long("DE099,全市,2025Q1,1,,"));
    expect(codes(report)).toEqual([[2, "RETIRED_INDICATOR"]]);
    expect(report.errors[0].message).toContain("已停用");
  });
  it("UNKNOWN_REGION, with a hint for functional zones", async () => {
    const { report } = await runCsv(long("DE001,210199,2025Q1,1,,", "DE001,沈阳经济技术开发区,2025Q1,1,,", "DE001,市本级,2025Q1,1,,"));
    expect(codes(report)).toEqual([[2, "UNKNOWN_REGION"], [3, "UNKNOWN_REGION"], [4, "UNKNOWN_REGION"]]);
    expect(report.errors[0].column).toBe("地区");
    expect(report.errors[1].message).toContain("功能区");
  });
  it("INVALID_PERIOD: impossible or unreadable periods", async () => {
    const { report } = await runCsv(long("DE001,全市,2025Q5,1,,", "DE012,全市,2025年13月,1,,", "DE001,全市,上季度,1,,", "DE001,全市,,1,,"));
    expect(codes(report)).toEqual([[2, "INVALID_PERIOD"], [3, "INVALID_PERIOD"], [4, "INVALID_PERIOD"], [5, "INVALID_PERIOD"]]);
    expect(report.errors[0]).toMatchObject({ column: "时期" });
    expect(report.errors[0].message).toContain("“2025Q5”");
  });
  it("FREQUENCY_MISMATCH, with what would fit", async () => {
    const { report } = await runCsv(long("DE001,全市,2025M03,1,,", "DE001,全市,2025年,1,,", "DE012,全市,2025Q1,1,,", "DE001,全市,2025年1-5月,1,,"));
    expect(codes(report)).toEqual([[2, "FREQUENCY_MISMATCH"], [3, "FREQUENCY_MISMATCH"], [4, "FREQUENCY_MISMATCH"], [5, "FREQUENCY_MISMATCH"]]);
    expect(report.errors[0].message).toContain("季度数据");
    expect(report.errors[0].message).toContain("2025Q1–2025Q4");
    expect(report.errors[1].message).toContain("2025年全年");
  });
  it("NOT_A_NUMBER, with hints for exponents", async () => {
    const { report } = await runCsv(long("DE001,全市,2025Q1,abc,,", "DE001,和平区,2025Q1,1.2E+11,,", "DE001,沈河区,2025Q1,#DIV/0!,,"));
    expect(codes(report)).toEqual([[2, "NOT_A_NUMBER"], [3, "NOT_A_NUMBER"], [4, "NOT_A_NUMBER"]]);
    expect(report.errors[0].column).toBe("数值");
    expect(report.errors[1].message).toContain("科学计数法");
  });
  it("NEGATIVE_NOT_ALLOWED for counts, stocks and cumulative amounts, not growth", async () => {
    const { report } = await runCsv(long("DE010,全市,2025Q1,-3,,", "DE001,全市,2025Q1,－1.5,,", "DE002,全市,2025Q1,-3.2,,", "DE090,全市,2025Q1,-1,,"));
    expect(codes(report)).toEqual([[2, "NEGATIVE_NOT_ALLOWED"], [3, "NEGATIVE_NOT_ALLOWED"], [5, "NEGATIVE_NOT_ALLOWED"]]);
  });
  it("OUT_OF_RANGE: catalogue bounds and digits", async () => {
    const { report } = await runCsv(long("DE003,全市,2025Q1,100.1,,", "DE002,全市,2025Q1,-150,,", "DE003,和平区,2025Q1,100,,", "DE001,全市,2025Q1,1234567890123456789,,"));
    expect(codes(report)).toEqual([[2, "OUT_OF_RANGE"], [3, "OUT_OF_RANGE"], [5, "OUT_OF_RANGE"]]);
    expect(report.errors[0].message).toContain("0–100");
  });
  it("PERCENT_NOT_ALLOWED on non-% indicators", async () => {
    const { report, staged } = await runCsv(long("DE001,全市,2025Q1,12%,,", "DE003,全市,2025Q1,12.5%,,"));
    expect(codes(report)).toEqual([[2, "PERCENT_NOT_ALLOWED"]]);
    expect(staged).toEqual([]);
  });
  it("DUPLICATE_KEY: both lines, whatever the spelling of the period and region", async () => {
    const { report } = await runCsv(long("DE001,全市,2025Q1,1,,", "DE001,和平区,2025Q1,1,,", "DE001,沈阳市,2025年一季度,2,,", "DE001,210100,2025年1-3月,3,,"));
    expect(codes(report)).toEqual([[2, "DUPLICATE_KEY"], [4, "DUPLICATE_KEY"], [5, "DUPLICATE_KEY"]]);
    expect(report.errors[0].message).toContain("第 2、4 行");
    expect(report.errors[2].message).toContain("第 2、5 行");
  });
  it("EMPTY_VALUE without a flag, or with a flag that needs a value", async () => {
    const { report } = await runCsv(long("DE001,全市,2025Q1,,,", "DE001,和平区,2025Q1,初步,,", "DE001,沈河区,2025Q1,,初步,", "DE001,大东区,2025Q1,,x,"));
    expect(codes(report)).toEqual([[2, "EMPTY_VALUE"], [3, "EMPTY_VALUE"], [4, "EMPTY_VALUE"]]);
  });
  it("INVALID_FLAG: unknown words and contradictions", async () => {
    const { report } = await runCsv(long("DE001,全市,2025Q1,1,待定,", "DE001,和平区,2025Q1,x,初步,", "DE001,沈河区,2025Q1,12,—,"));
    expect(codes(report)).toEqual([[2, "INVALID_FLAG"], [3, "INVALID_FLAG"], [4, "INVALID_FLAG"]]);
    expect(report.errors[0].column).toBe("标志");
  });
  it("COLUMN_COUNT: too many (unquoted thousands) or too few", async () => {
    const { report } = await runCsv("指标代码,地区,时期,数值\r\nDE001,全市,2025Q1,1,234.5\r\nDE001,和平区,2025Q1\r\nDE001,沈河区,2025Q1,5\r\n");
    expect(codes(report)).toEqual([[2, "COLUMN_COUNT"], [3, "COLUMN_COUNT"]]);
    expect(report.errors[0].message).toContain("千位分隔符");
    // With optional columns after the value, the split lands in the flag column: say why.
    const b = await runCsv(long("DE001,全市,2025Q1,1,234.5,"));
    expect(codes(b.report)).toEqual([[2, "INVALID_FLAG"]]);
    expect(b.report.errors[0].message).toContain("千位分隔符");
  });
  it("UNIT_MISMATCH: unit in the name, a unit column, or the value header", async () => {
    const a = await runCsv("指标名称,地区,时期,数值\r\n软件业务收入(万元),全市,2025M01,1\r\n");
    expect(codes(a.report)).toEqual([[2, "UNIT_MISMATCH"]]);
    const b = await runCsv("指标代码,单位,地区,时期,数值\r\nDE012,万元,全市,2025M01,1\r\nDE012,亿元,和平区,2025M01,1\r\n");
    expect(codes(b.report)).toEqual([[2, "UNIT_MISMATCH"]]);
    const c = await runCsv("指标代码,地区,时期,数值(万元)\r\nDE012,全市,2025M01,1\r\n");
    expect(codes(c.report)).toEqual([[2, "UNIT_MISMATCH"]]);
  });
  it("NAME_MISMATCH: code and name columns disagree", async () => {
    const { report } = await runCsv("指标代码,指标名称,地区代码,地区名称,时期,数值\r\nDE001,软件业务收入,210100,沈阳市,2025Q1,1\r\nDE001,数字经济核心产业增加值,210102,沈河区,2025Q1,1\r\nDE001,数字经济核心产业增加值,210103,沈河区,2025Q1,1\r\n");
    expect(codes(report)).toEqual([[2, "NAME_MISMATCH"], [3, "NAME_MISMATCH"]]);
  });
  it("CELL_TOO_LONG", async () => {
    const { report } = await runCsv(long(`DE001,全市,2025Q1,1,,${"备".repeat(10_001)}`));
    expect(codes(report)).toEqual([[2, "CELL_TOO_LONG"]]);
    expect(report.errors[0].column).toBe("备注");
  });
});

describe("file errors", () => {
  it("NOT_TEXT for images, workbooks and binaries, with a hint", async () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");
    const r = await runCsv(png);
    expect(codes(r.report)).toEqual([[0, "NOT_TEXT"]]);
    expect(r.report.errors[0].message).toContain("PNG");
    expect(r.report.errors[0].message).toContain("CSV UTF-8");
    const x = await runCsv(Buffer.concat([Buffer.from("504b0304", "hex"), Buffer.from("..[Content_Types].xml")]));
    expect(x.report.errors[0].message).toContain(".xlsx");
  });
  it("EMPTY_FILE: no bytes, a BOM alone, or blank lines", async () => {
    for (const input of ["", "\uFEFF", "\r\n\r\n  \r\n,,,\r\n"]) {
      const { report } = await runCsv(input);
      expect(codes(report), JSON.stringify(input)).toEqual([[0, "EMPTY_FILE"]]);
    }
  });
  it("HEADER_ONLY, also with a title and notes around it", async () => {
    expect(codes((await runCsv("指标代码,地区,时期,数值\r\n")).report)).toEqual([[1, "HEADER_ONLY"]]);
    const { report } = await runCsv("沈阳市数字经济主要指标\r\n指标代码,地区,时期,数值\r\n\r\n注：本表为初步数。\r\n");
    expect(codes(report)).toEqual([[2, "HEADER_ONLY"]]);
    expect(report.skipped.map((s) => s.line)).toEqual([1, 4]);
  });
  it("MISSING_COLUMN: a required column, or no header at all", async () => {
    const a = await runCsv("指标代码,地区,数值\r\nDE001,全市,1\r\n");
    expect(codes(a.report)).toEqual([[1, "MISSING_COLUMN"]]);
    expect(a.report.errors[0].message).toContain("时期");
    const b = await runCsv("DE001,全市,2025Q1,1\r\nDE001,和平区,2025Q1,2\r\n");
    expect(codes(b.report)).toEqual([[1, "MISSING_COLUMN"]]);
    expect(b.report.errors[0].message).toContain("未找到表头行");
  });
  it("UNCLOSED_QUOTE at the line where the quote opened", async () => {
    const { report } = await runCsv(long("DE001,全市,2025Q1,1,,", 'DE001,和平区,2025Q1,2,,"oops', "DE001,沈河区,2025Q1,3,,"));
    expect(codes(report)).toEqual([[3, "UNCLOSED_QUOTE"]]);
  });
  it("TOO_LARGE stops reading early, without a checksum", async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield Buffer.from(long("DE001,全市,2025Q1,1,,"));
      }
    }
    const { ingestCsv } = await import("./ingest-csv");
    const { testContext } = await import("./test-catalogue");
    const out = await ingestCsv(endless(), testContext({ limits: { maxBytes: 10_000 } }), () => {});
    expect(codes(out.report)).toEqual([[0, "TOO_LARGE"]]);
    expect(out.report.checksum).toBeNull();
    expect(out.report.errors[0].message).toContain("9.8 KB");
    expect(pulled).toBeLessThan(400);
  });
  it("TOO_MANY_ROWS and TOO_MANY_COLUMNS stop the read", async () => {
    const rows = await runCsv(long("DE001,全市,2025Q1,1,,", "DE001,和平区,2025Q1,1,,", "DE001,沈河区,2025Q1,1,,"), { ctx: { limits: { maxRows: 2 } } });
    expect(codes(rows.report)).toEqual([[4, "TOO_MANY_ROWS"]]);
    const cols = await runCsv(long("DE001,全市,2025Q1,1,," + ",x".repeat(20)), { ctx: { limits: { maxColumns: 10 } } });
    expect(codes(cols.report)).toEqual([[2, "TOO_MANY_COLUMNS"]]);
    expect(cols.report.errors[0].message).toContain("26 列");
  });
  it("TOO_MANY_COLUMNS counts up to the last filled cell: 1,200 trailing commas (Excel padding) load", async () => {
    const pad = ",".repeat(1200);
    const { report, staged } = await runCsv(`指标代码,地区,时期,数值${pad}\r\nDE001,全市,2025Q1,1${pad}\r\nDE001,和平区,2025Q1,2,,  ,${pad}\r\n`);
    expect(codes(report)).toEqual([]);
    expect(staged.map((r) => [r.line, r.value])).toEqual([[2, "1"], [3, "2"]]);
  });
  it("a file whose every data line is too wide reports those lines, not HEADER_ONLY", async () => {
    const { report } = await runCsv("指标代码,地区,时期,数值\r\nDE001,全市,2025Q1,1,234.5\r\nDE001,和平区,2025Q1,1,200\r\n");
    expect(codes(report)).toEqual([[2, "COLUMN_COUNT"], [3, "COLUMN_COUNT"]]);
  });
  it("ENCODING_SUSPECT: names garbled by a wrong encoding (Big5 read as GB18030)", async () => {
    const text = "indicator,region,period,value\r\n軟體業務收入,瀋陽市,2025M01,1\r\n軟體業務收入,和平區,2025M01,2\r\n";
    const { report } = await runCsv(text, { encoding: "big5" });
    expect(report.encoding).toBe("gb18030");
    expect(codes(report)[0]).toEqual([2, "ENCODING_SUSPECT"]);
    expect(report.errors[0].message).toContain("gb18030");
  });
  it("one unknown name among codes in a clean UTF-8 file is UNKNOWN_INDICATOR, not ENCODING_SUSPECT", async () => {
    const { report } = await runCsv(long("DE001,210100,2025Q1,1,,", "DE002,210102,2025Q1,1,,", "啤酒饮料产量,210100,2025Q1,1,,"));
    expect(codes(report)).toEqual([[4, "UNKNOWN_INDICATOR"]]);
  });
  it("ENCODING_SUSPECT: a garbled header", async () => {
    const { report } = await runCsv("指標代碼,地區,時期,數值\r\nDE001,瀋陽市,2025Q1,1\r\n", { encoding: "big5" });
    expect(codes(report)).toEqual([[1, "ENCODING_SUSPECT"], [1, "MISSING_COLUMN"]]);
  });
  it("ENCODING_SUSPECT: bytes that are not valid in the detected encoding", async () => {
    const head = long(...Array.from({ length: 5 }, (_, i) => `DE001,${["和平区", "沈河区", "大东区", "皇姑区", "铁西区"][i]},2025Q1,1,,`));
    const bytes = Buffer.concat([Buffer.from(head), Buffer.from("DE001,全市,2025Q1,1,,"), Buffer.from([0xc8, 0xcb]), Buffer.from("\r\n")]);
    const { report } = await runCsv(bytes);
    expect(codes(report)).toEqual([[7, "ENCODING_SUSPECT"]]);
  });
  it("keeps only the first errors, counts the rest", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `DE999,全市,2025Q${(i % 4) + 1},1,,`);
    const { report } = await runCsv(long(...rows), { ctx: { limits: { maxErrors: 10 } } });
    expect(report.errors).toHaveLength(10);
    expect(report.errorCount).toBe(30);
    expect(report.warnings.map((w) => w.code)).toContain("ERRORS_TRUNCATED");
  });
});

describe("messages in English", () => {
  it("uses the English text and keeps codes and lines", async () => {
    const { report } = await runCsv(long("DE999,全市,2025Q1,1,,", "DE001,全市,2025Q9,1,,"), { ctx: { locale: "en" } });
    expect(codes(report)).toEqual([[2, "UNKNOWN_INDICATOR"], [3, "INVALID_PERIOD"]]);
    expect(report.errors[0].message).toMatch(/^Unknown indicator "DE999"/);
    expect(report.errors[1].message).toContain('Period "2025Q9"');
  });
});
