import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { D, dec, decOrNull, decToString, decToStringOrNull, HUNDRED, isDecimalText, percentChange, ZERO } from "./decimal";

describe("configured Decimal", () => {
  it("uses 40 significant digits and half-up rounding", () => {
    expect(D.precision).toBe(40);
    expect(D.rounding).toBe(Decimal.ROUND_HALF_UP);
    // 1/3 carries 40 significant digits
    expect(decToString(new D(1).div(3))).toBe("0." + "3".repeat(40));
  });
  it("is not affected by changes to the global Decimal", () => {
    const saved = Decimal.precision;
    Decimal.set({ precision: 5 });
    try {
      expect(decToString(new D(2).div(3))).toBe("0." + "6".repeat(39) + "7");
    } finally {
      Decimal.set({ precision: saved });
    }
  });
  it("adds 0.1 + 0.2 exactly, unlike floats", () => {
    expect(decToString(dec("0.1").plus(dec("0.2")))).toBe("0.3");
    expect(ZERO.isZero()).toBe(true);
    expect(HUNDRED.toNumber()).toBe(100);
  });
});

describe("parsing", () => {
  it("accepts plain decimals, signs, surrounding spaces and exponents", () => {
    expect(decToString(dec("123.45"))).toBe("123.45");
    expect(decToString(dec(" -0.5 "))).toBe("-0.5");
    expect(decToString(dec("+7"))).toBe("7");
    expect(decToString(dec("1e3"))).toBe("1000");
    expect(decToString(dec(".5"))).toBe("0.5");
    expect(decToString(dec(new D("2.5")))).toBe("2.5");
  });
  it("rejects what decimal.js would accept but is no statistic", () => {
    for (const bad of ["abc", "0x1f", "Infinity", "NaN", "", "1,234", "12.3%", "—"]) {
      expect(() => dec(bad)).toThrow(/not a decimal/);
      expect(isDecimalText(bad)).toBe(false);
    }
    expect(isDecimalText("12.30")).toBe(true);
  });
  it("keeps missing values missing", () => {
    expect(decOrNull(null)).toBeNull();
    expect(decOrNull(undefined)).toBeNull();
    expect(decToString(decOrNull("0")!)).toBe("0");
  });
});

describe("decToString", () => {
  it("never uses exponent notation nor prints -0", () => {
    expect(decToString(new D("1e-7"))).toBe("0.0000001");
    expect(decToString(new D("1.5e21"))).toBe("1500000000000000000000");
    expect(decToString(new D("-0"))).toBe("0");
    expect(decToString(dec("5").minus(dec("5")).neg())).toBe("0");
    expect(decToStringOrNull(null)).toBeNull();
    expect(decToStringOrNull(new D("2.50"))).toBe("2.5");
  });
});

describe("percentChange", () => {
  it("computes (a / b − 1) × 100", () => {
    expect(decToString(percentChange(dec("110"), dec("100")))).toBe("10");
    expect(decToString(percentChange(dec("90"), dec("120")))).toBe("-25");
  });
  it("refuses a zero base", () => {
    expect(() => percentChange(dec("1"), dec("0"))).toThrow(/zero base/);
  });
});
