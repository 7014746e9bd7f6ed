import { describe, expect, it } from "vitest";
import { formatNumber, formatNumberEn, formatNumberZh, unitAllowsMagnitude } from "./format";

describe("formatNumberZh", () => {
  it("uses 万 and 亿 when magnitude is on", () => {
    expect(formatNumberZh("123456", { decimals: 0, magnitude: true })).toBe("12.35万");
    expect(formatNumberZh("17300", { decimals: 0, magnitude: true })).toBe("1.73万");
    expect(formatNumberZh("123456789", { decimals: 0, magnitude: true })).toBe("1.23亿");
    expect(formatNumberZh("-123456", { decimals: 0, magnitude: true })).toBe("-12.35万");
    expect(formatNumberZh("123456", { decimals: 0, magnitude: true, magnitudeDecimals: 1 })).toBe("12.3万");
  });
  it("stays plain below 10 000", () => {
    expect(formatNumberZh("9999", { decimals: 0, magnitude: true })).toBe("9999");
    expect(formatNumberZh("22.45", { decimals: 1, magnitude: true })).toBe("22.5");
  });
  it("moves to 亿 when rounding carries to 10000万", () => {
    // 99 999 999 = 9999.9999万 → "10000.00万" would be wrong; it is 1.00亿
    expect(formatNumberZh("99999999", { decimals: 0, magnitude: true })).toBe("1.00亿");
    expect(formatNumberZh("99994999", { decimals: 0, magnitude: true })).toBe("9999.50万");
  });
  it("leaves values alone when magnitude is off (e.g. already in 亿元)", () => {
    expect(formatNumberZh("9027.1", { decimals: 1 })).toBe("9027.1");
    expect(formatNumberZh("137276", { decimals: 0 })).toBe("137276");
    expect(formatNumberZh("2.345", { decimals: 2 })).toBe("2.35");
  });
});

describe("unitAllowsMagnitude", () => {
  it("allows bare counting units and yuan, refuses scaled units and rates", () => {
    for (const u of ["个", "户", "元", "件", "台"]) expect(unitAllowsMagnitude(u)).toBe(true);
    for (const u of ["亿元", "万元", "万户", "万个", "%", "‰", "百分点", "倍", ""]) expect(unitAllowsMagnitude(u)).toBe(false);
  });
});

describe("formatNumberEn", () => {
  it("groups thousands", () => {
    expect(formatNumberEn("1234567.891", { decimals: 2 })).toBe("1,234,567.89");
    expect(formatNumberEn("-1234.55", { decimals: 1 })).toBe("-1,234.6");
    expect(formatNumberEn("1000", { decimals: 0 })).toBe("1,000");
    expect(formatNumberEn("999", { decimals: 0 })).toBe("999");
    expect(formatNumberEn("0.5", { decimals: 1 })).toBe("0.5");
  });
});

describe("formatNumber", () => {
  it("switches on locale and shows — for missing values", () => {
    expect(formatNumber("123456", "zh", { decimals: 0, magnitude: true })).toBe("12.35万");
    expect(formatNumber("123456", "en", { decimals: 0, magnitude: true })).toBe("123,456");
    expect(formatNumber(null, "zh", { decimals: 1 })).toBe("—");
  });
});
