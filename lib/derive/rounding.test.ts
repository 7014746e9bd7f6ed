import { describe, expect, it } from "vitest";
import { D } from "./decimal";
import { roundDecimal, roundHalfUp, roundHalfUpOrNull, roundingRuleText, ROUNDING_RULE } from "./rounding";

describe("roundHalfUp (四舍五入)", () => {
  it("rounds x.x5 up, symmetric for negatives", () => {
    expect(roundHalfUp("2.345", 2)).toBe("2.35");
    expect(roundHalfUp("-2.345", 2)).toBe("-2.35");
    expect(roundHalfUp("2.5", 0)).toBe("3");
    expect(roundHalfUp("-2.5", 0)).toBe("-3");
    expect(roundHalfUp("0.125", 2)).toBe("0.13");
  });
  it("gets the cases right that binary floats get wrong", () => {
    // (1.15).toFixed(1) === "1.1" and (1.005).toFixed(2) === "1.00" in JavaScript
    expect(roundHalfUp("1.15", 1)).toBe("1.2");
    expect(roundHalfUp("1.005", 2)).toBe("1.01");
  });
  it("rounds just below a half down", () => {
    expect(roundHalfUp("2.344999", 2)).toBe("2.34");
  });
  it("keeps trailing zeros and never shows -0", () => {
    expect(roundHalfUp("5", 1)).toBe("5.0");
    expect(roundHalfUp("-0.004", 2)).toBe("0.00");
    expect(roundHalfUp("-0.005", 2)).toBe("-0.01");
  });
  it("rejects impossible decimals", () => {
    expect(() => roundHalfUp("1", -1)).toThrow();
    expect(() => roundHalfUp("1", 1.5)).toThrow();
  });
  it("works on Decimals and passes null through", () => {
    expect(roundDecimal(new D("9.95"), 1)).toBe("10.0");
    expect(roundHalfUpOrNull(null, 1)).toBeNull();
    expect(roundHalfUpOrNull("3.45", 1)).toBe("3.5");
  });
});

describe("rounding rule text", () => {
  it("states the rule in Chinese and English", () => {
    expect(roundingRuleText(1, "zh")).toBe("按四舍五入保留1位小数；分项之和可能不等于总计");
    expect(roundingRuleText(2, "en")).toBe(
      "Rounded half up to 2 decimal place(s); parts may not add up to the total due to rounding",
    );
    expect(ROUNDING_RULE.zh).toContain("{n}");
  });
});
