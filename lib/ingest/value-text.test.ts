import { describe, expect, it } from "vitest";
import { compareDecimal, parseFlagText, parseValueText } from "./value-text";

const v = (s: string) => {
  const r = parseValueText(s);
  return r.ok ? [r.value, r.flag, r.percent] : [r.code];
};

describe("parseValueText", () => {
  it("keeps exact decimal strings", () => {
    expect(v("123.4")).toEqual(["123.4", null, false]);
    expect(v("0.1")).toEqual(["0.1", null, false]);
    expect(v("12.30")).toEqual(["12.3", null, false]);
    expect(v("007")).toEqual(["7", null, false]);
    expect(v(".5")).toEqual(["0.5", null, false]);
    expect(v("+5")).toEqual(["5", null, false]);
    expect(v("-0")).toEqual(["0", null, false]);
    expect(v("123456789012345678.123456")).toEqual(["123456789012345678.123456", null, false]);
  });
  it("accepts thousands separators and full-width digits and signs", () => {
    expect(v("1,234.5")).toEqual(["1234.5", null, false]);
    expect(v("12,345,678")).toEqual(["12345678", null, false]);
    expect(v("１２３．４")).toEqual(["123.4", null, false]);
    expect(v("－１２")).toEqual(["-12", null, false]);
    expect(v("1\u00a0234")).toEqual(["1234", null, false]);
    expect(v(" 12 ")).toEqual(["12", null, false]);
  });
  it("reads percent signs (the caller decides whether they are allowed)", () => {
    expect(v("12.3%")).toEqual(["12.3", null, true]);
    expect(v("12.3％")).toEqual(["12.3", null, true]);
  });
  it("turns markers into flags", () => {
    for (const m of ["—", "——", "-", "--", "…", "……", "...", "/", "空", "N/A"]) expect(v(m), m).toEqual([null, "MISSING", false]);
    for (const m of ["x", "X", "×", "ｘ", "保密"]) expect(v(m), m).toEqual([null, "CONFIDENTIAL", false]);
    expect(v("123.4(初步)")).toEqual(["123.4", "PRELIMINARY", false]);
    expect(v("123.4（初步）")).toEqual(["123.4", "PRELIMINARY", false]);
    expect(v("123.4 初步")).toEqual(["123.4", "PRELIMINARY", false]);
    expect(v("123.4p")).toEqual(["123.4", "PRELIMINARY", false]);
    expect(v("56(估计)")).toEqual(["56", "ESTIMATED", false]);
    expect(v("56e")).toEqual(["56", "ESTIMATED", false]);
  });
  it("refuses what is not a number, with hints", () => {
    expect(parseValueText("abc")).toMatchObject({ ok: false, code: "NOT_A_NUMBER" });
    expect(parseValueText("12..3")).toMatchObject({ ok: false, code: "NOT_A_NUMBER" });
    expect(parseValueText("1.23457E+11")).toMatchObject({ ok: false, code: "NOT_A_NUMBER", hint: "exponent" });
    expect(parseValueText("1,23")).toMatchObject({ ok: false, code: "NOT_A_NUMBER", hint: "comma" });
    expect(parseValueText("#DIV/0!")).toMatchObject({ ok: false, code: "NOT_A_NUMBER" });
    expect(parseValueText("(12.3)")).toMatchObject({ ok: false, code: "NOT_A_NUMBER" });
  });
  it("reports empty values, and flags without a value", () => {
    expect(parseValueText("")).toMatchObject({ ok: false, code: "EMPTY_VALUE", flag: null });
    expect(parseValueText("初步")).toMatchObject({ ok: false, code: "EMPTY_VALUE", flag: "PRELIMINARY" });
  });
  it("rounds beyond six decimals (with a flag for the warning) and refuses too many digits", () => {
    expect(parseValueText("1.23456789")).toMatchObject({ ok: true, value: "1.234568", rounded: true });
    expect(parseValueText("0.0000004")).toMatchObject({ ok: true, value: "0", rounded: true });
    expect(parseValueText("1234567890123456789")).toMatchObject({ ok: false, code: "OUT_OF_RANGE", digits: 18 });
  });
});

describe("parseFlagText", () => {
  it("reads Chinese and English flag words", () => {
    expect(parseFlagText("")).toBeNull();
    expect(parseFlagText("初步")).toBe("PRELIMINARY");
    expect(parseFlagText("p")).toBe("PRELIMINARY");
    expect(parseFlagText("Preliminary")).toBe("PRELIMINARY");
    expect(parseFlagText("估计")).toBe("ESTIMATED");
    expect(parseFlagText("x")).toBe("CONFIDENTIAL");
    expect(parseFlagText("保密")).toBe("CONFIDENTIAL");
    expect(parseFlagText("—")).toBe("MISSING");
    expect(parseFlagText("待定")).toBeUndefined();
  });
});

describe("compareDecimal", () => {
  it("compares exactly, even where doubles cannot", () => {
    expect(compareDecimal("100", "100.0")).toBe(0);
    expect(compareDecimal("100.0000001", "100")).toBe(1);
    expect(compareDecimal("9007199254740993", "9007199254740992")).toBe(1);
    expect(compareDecimal("-1", "0")).toBe(-1);
  });
});
