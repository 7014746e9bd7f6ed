import { describe, expect, it } from "vitest";
import { resolvePeriod } from "./period-resolve";
import { parsePeriodHeader, parsePeriodText } from "./period-text";
import { INDICATORS } from "./test-catalogue";

const byCode = (c: string) => INDICATORS.find((i) => i.code === c)!;
const fit = (text: string, code: string) => {
  const p = parsePeriodText(text);
  if (!p) return "NOT_A_PERIOD";
  const r = resolvePeriod(p, byCode(code));
  return r.ok ? r.code : r.code;
};

describe("parsePeriodText", () => {
  it("reads quarters in every common spelling", () => {
    for (const t of ["2025Q1", "2025-Q1", "2025q1", "2025 Q1", "2025年第一季度", "2025年一季度", "2025年1季度", "2025年第1季度", "2025年一季", "Q1 2025", "2025A", "２０２５Ｑ１", "2025年Q1"]) {
      expect(parsePeriodText(t), t).toEqual({ kind: "quarter", year: 2025, q: 1 });
    }
    expect(parsePeriodText("2025C")).toEqual({ kind: "quarter", year: 2025, q: 3 });
  });
  it("reads months", () => {
    for (const t of ["2025M03", "2025m3", "2025-03", "2025/03", "2025/3", "2025年3月", "2025年03月", "2025年三月", "2025年3月份", "2025年3月末"]) {
      expect(parsePeriodText(t), t).toEqual({ kind: "month", year: 2025, m: 3 });
    }
  });
  it("reads year-to-date spans with any dash", () => {
    for (const t of ["2025年1-9月", "2025年1—9月", "2025年1–9月", "2025年1～9月", "2025年1~9月", "2025年1－9月", "2025年1至9月", "2025年1月-9月", "2025年1-9月累计", "2025年前三季度", "2025年1-3季度"]) {
      expect(parsePeriodText(t), t).toEqual({ kind: "span", year: 2025, from: 1, to: 9 });
    }
    expect(parsePeriodText("2025年上半年")).toEqual({ kind: "span", year: 2025, from: 1, to: 6 });
    expect(parsePeriodText("2025年全年")).toEqual({ kind: "span", year: 2025, from: 1, to: 12 });
    expect(parsePeriodText("2025年4-6月")).toEqual({ kind: "span", year: 2025, from: 4, to: 6 });
    expect(parsePeriodText("2025年1-1月")).toEqual({ kind: "month", year: 2025, m: 1 });
  });
  it("reads years and dates", () => {
    for (const t of ["2025", "2025年", "2025年度"]) expect(parsePeriodText(t), t).toEqual({ kind: "year", year: 2025 });
    expect(parsePeriodText("2025/3/31")).toEqual({ kind: "date", year: 2025, m: 3, d: 31 });
    expect(parsePeriodText("2025-03-31 00:00:00")).toEqual({ kind: "date", year: 2025, m: 3, d: 31 });
  });
  it("marks impossible periods invalid, and non-periods null", () => {
    for (const t of ["2025Q5", "2025Q0", "2025年13月", "2025M13", "2025-13", "2025年第五季度", "2025年0月", "2025-02-30", "2025年1-13月", "2025年9-3月", "1800", "2025年第5季"]) {
      expect(parsePeriodText(t), t).toEqual({ kind: "invalid" });
    }
    for (const t of ["", "abc", "数值", "DE001", "210100", "2025.10", "12.5"]) expect(parsePeriodText(t), t).toBeNull();
  });
});

describe("period wording from Excel/WPS exports", () => {
  it("reads spans with the less common dashes, and 一 typed for a dash between digits", () => {
    for (const t of ["2025年1﹣3月", "2025年1﹘3月", "2025年1⁓3月", "2025年1ー3月", "2025年1─3月", "2025年1一3月"]) {
      expect(parsePeriodText(t), t).toEqual({ kind: "span", year: 2025, from: 1, to: 3 });
    }
    expect(parsePeriodText("2025年一季度")).toEqual({ kind: "quarter", year: 2025, q: 1 });
    expect(parsePeriodText("2025年十一月")).toEqual({ kind: "month", year: 2025, m: 11 });
  });
  it("reads a period followed by 累计值/累计数/期末值/当期值/本期", () => {
    expect(parsePeriodText("2025年1-6月累计值")).toEqual({ kind: "span", year: 2025, from: 1, to: 6 });
    expect(parsePeriodText("2025年1-3月累计数")).toEqual({ kind: "span", year: 2025, from: 1, to: 3 });
    expect(parsePeriodText("2025年6月期末值")).toEqual({ kind: "month", year: 2025, m: 6 });
    expect(parsePeriodText("2025年一季度当期值")).toEqual({ kind: "quarter", year: 2025, q: 1 });
  });
  it("splits a unit off a period header, but not a bracketed qualifier", () => {
    const q1 = { kind: "quarter", year: 2025, q: 1 };
    expect(parsePeriodHeader("2025年一季度(亿元)")).toEqual({ period: q1, unit: "亿元" });
    expect(parsePeriodHeader("2025年一季度（累计）")).toEqual({ period: q1, unit: null });
    expect(parsePeriodHeader("2025年1-6月累计值（万元）")).toEqual({ period: { kind: "span", year: 2025, from: 1, to: 6 }, unit: "万元" });
    expect(parsePeriodHeader("2025年第五季度(亿元)")).toEqual({ period: { kind: "invalid" }, unit: "亿元" });
    expect(parsePeriodHeader("数值(亿元)")).toBeNull();
  });
});

describe("resolvePeriod", () => {
  it("requires the indicator's frequency for codes and single periods", () => {
    expect(fit("2025Q3", "DE001")).toBe("2025Q3");
    expect(fit("2025M09", "DE001")).toBe("FREQUENCY_MISMATCH");
    expect(fit("2025年9月", "DE012")).toBe("2025M09");
    expect(fit("2025Q3", "DE012")).toBe("FREQUENCY_MISMATCH");
    expect(fit("2025", "DE040")).toBe("2025");
    expect(fit("2025Q4", "DE040")).toBe("FREQUENCY_MISMATCH");
  });
  it("maps a year-to-date span to the period it ends in", () => {
    expect(fit("2025年1-3月", "DE001")).toBe("2025Q1");
    expect(fit("2025年1—9月", "DE001")).toBe("2025Q3");
    expect(fit("2025年1—9月", "DE012")).toBe("2025M09");
    expect(fit("2025年1-2月", "DE012")).toBe("2025M02");
    expect(fit("2025年上半年", "DE001")).toBe("2025Q2");
    expect(fit("2025年前三季度", "DE001")).toBe("2025Q3");
    expect(fit("2025年前三季度", "DE013")).toBe("2025M09");
    expect(fit("2025年1-9月", "DE002")).toBe("2025Q3"); // YTD growth
    expect(fit("2025年上半年", "DE010")).toBe("2025Q2"); // stock at the end of June
  });
  it("takes 全年 as Q4 / M12 / the year, but refuses a bare year on sub-annual indicators", () => {
    expect(fit("2025年全年", "DE001")).toBe("2025Q4");
    expect(fit("2025年全年", "DE012")).toBe("2025M12");
    expect(fit("2025年全年", "DE051")).toBe("2025");
    expect(fit("2025年", "DE001")).toBe("FREQUENCY_MISMATCH");
    expect(fit("2025", "DE012")).toBe("FREQUENCY_MISMATCH");
  });
  it("refuses spans that end mid-quarter or do not start in January", () => {
    expect(fit("2025年1-5月", "DE001")).toBe("FREQUENCY_MISMATCH");
    expect(fit("2025年4-6月", "DE001")).toBe("FREQUENCY_MISMATCH");
    expect(fit("2025年1-9月", "DE051")).toBe("FREQUENCY_MISMATCH");
  });
  it("takes only single-period spans for in-period indicators", () => {
    expect(fit("2025年4-6月", "DE090")).toBe("2025Q2");
    expect(fit("2025年1-3月", "DE090")).toBe("2025Q1");
    expect(fit("2025年上半年", "DE090")).toBe("FREQUENCY_MISMATCH");
  });
  it("reads Excel dates as the month, or the quarter/year they end", () => {
    expect(fit("2025-03-01", "DE012")).toBe("2025M03");
    expect(fit("2025-03-31", "DE001")).toBe("2025Q1");
    expect(fit("2025-03-01", "DE001")).toBe("FREQUENCY_MISMATCH");
    expect(fit("2025-12-31", "DE051")).toBe("2025");
  });
  it("gives the period end date", () => {
    const r = resolvePeriod(parsePeriodText("2024年1-2月")!, byCode("DE012"));
    expect(r).toMatchObject({ ok: true, code: "2024M02", end: "2024-02-29" });
  });
});
