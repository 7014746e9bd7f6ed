import { describe, expect, it } from "vitest";
import { roundHalfUp } from "./rounding";
import { impliedPriorYearLevel, singlePeriodGrowth, singlePeriodGrowthSeries } from "./single-period-growth";

describe("impliedPriorYearLevel", () => {
  it("is L / (1 + g/100)", () => {
    expect(impliedPriorYearLevel("110", "10")).toBe("100");
    expect(impliedPriorYearLevel("80", "-20")).toBe("100");
  });
  it("is null when growth ≤ −100%", () => {
    expect(impliedPriorYearLevel("50", "-100")).toBeNull();
    expect(impliedPriorYearLevel("50", "-150")).toBeNull();
  });
});

describe("singlePeriodGrowth", () => {
  it("applies the §3.3 formula", () => {
    // L*(Q2) = 240/1.2 = 200, L*(Q1) = 110/1.1 = 100; (240 − 110) / (200 − 100) − 1 = 30%
    expect(singlePeriodGrowth("240", "20", "110", "10")).toEqual({ value: "30", reason: null });
    // L*(Q2) = 231/1.05 = 220; (231 − 110) / (220 − 100) − 1 = 121/120 − 1 = 0.8333…%
    expect(roundHalfUp(singlePeriodGrowth("231", "5", "110", "10").value!, 4)).toBe("0.8333");
  });
  it("returns null on a negative implied base", () => {
    // L*(Q2) = 100/2 = 50 < L*(Q1) = 90: last year's implied Q2 alone would be −40
    expect(singlePeriodGrowth("100", "100", "90", "0")).toEqual({ value: null, reason: "negative-base" });
  });
  it("returns null on a zero implied base or growth ≤ −100%", () => {
    expect(singlePeriodGrowth("200", "0", "200", "0").reason).toBe("zero-base");
    expect(singlePeriodGrowth("200", "-100", "100", "0").reason).toBe("implied-base-invalid");
  });
});

describe("singlePeriodGrowthSeries", () => {
  it("walks quarters: Q1 passes the published growth through, a gap gives null", () => {
    const rows = singlePeriodGrowthSeries([
      { period: "2025Q1", value: "110", growth: "10" },
      { period: "2025Q2", value: "240", growth: "20" },
      { period: "2025Q3", value: null, growth: "8" },
      { period: "2025Q4", value: "500", growth: "9" },
    ]);
    expect(rows.map((r) => [r.period, r.value, r.computed, r.reason])).toEqual([
      ["2025Q1", "10", false, null],
      ["2025Q2", "30", true, null],
      ["2025Q3", null, true, "missing-value"],
      ["2025Q4", null, true, "missing-previous"],
    ]);
  });
  it("walks months: Jan–Feb combined opens the year, M03 uses M02", () => {
    const rows = singlePeriodGrowthSeries([
      { period: "2025M01", value: "12", growth: "3" },
      { period: "2025M02", value: "30", growth: "20" },
      // L*(M03) = 57.5/1.15 = 50, L*(M02) = 30/1.2 = 25; 27.5 / 25 − 1 = 10%
      { period: "2025M03", value: "57.5", growth: "15" },
      { period: "2025M04", value: "70", growth: null },
    ]);
    expect(rows.map((r) => [r.period, r.value, r.coversMonths, r.combinedJanFeb, r.reason])).toEqual([
      ["2025M01", null, 1, false, "released-with-february"],
      ["2025M02", "20", 2, true, null],
      ["2025M03", "10", 1, false, null],
      ["2025M04", null, 1, false, "missing-growth"],
    ]);
  });
  it("needs both level and growth of the previous period", () => {
    const rows = singlePeriodGrowthSeries([
      { period: "2025Q1", value: "110", growth: null },
      { period: "2025Q2", value: "240", growth: "20" },
    ]);
    expect(rows.map((r) => r.reason)).toEqual(["missing-growth", "missing-previous"]);
  });
});
