import { describe, expect, it } from "vitest";
import { inPeriodFromYtd } from "./in-period";

const pick = (rows: ReturnType<typeof inPeriodFromYtd>) =>
  rows.map((r) => [r.period, r.value, r.coversMonths, r.combinedJanFeb, r.computed, r.reason]);

describe("quarterly in-period values from YTD", () => {
  it("Q1 = YTD Q1, Qn = YTD Qn − YTD Qn−1", () => {
    const rows = inPeriodFromYtd([
      { period: "2025Q1", value: "100.5" },
      { period: "2025Q2", value: "250.7" },
      { period: "2025Q3", value: "380" },
      { period: "2025Q4", value: "520.05" },
    ]);
    expect(pick(rows)).toEqual([
      ["2025Q1", "100.5", 3, false, false, null],
      ["2025Q2", "150.2", 3, false, true, null],
      ["2025Q3", "129.3", 3, false, true, null],
      ["2025Q4", "140.05", 3, false, true, null],
    ]);
  });
  it("subtracts exactly: 0.3 − 0.1 is 0.2, not 0.19999999999999998", () => {
    const rows = inPeriodFromYtd([
      { period: "2025Q1", value: "0.1" },
      { period: "2025Q2", value: "0.3" },
    ]);
    expect(rows[1].value).toBe("0.2");
  });
  it("a missing previous period yields null, not the YTD value", () => {
    const rows = inPeriodFromYtd([
      { period: "2025Q1", value: "100" },
      { period: "2025Q2", value: null },
      { period: "2025Q3", value: "380" },
      { period: "2025Q4", value: "520" },
    ]);
    expect(pick(rows)).toEqual([
      ["2025Q1", "100", 3, false, false, null],
      ["2025Q2", null, 3, false, false, "missing-value"],
      ["2025Q3", null, 3, false, true, "missing-previous"],
      ["2025Q4", "140", 3, false, true, null],
    ]);
  });
  it("a previous period absent from the series also yields null", () => {
    const rows = inPeriodFromYtd([{ period: "2025Q3", value: "380" }]);
    expect(rows[0].value).toBeNull();
    expect(rows[0].reason).toBe("missing-previous");
  });
  it("never subtracts across a year boundary (YTD resets in January)", () => {
    const rows = inPeriodFromYtd([
      { period: "2024Q4", value: "500" },
      { period: "2025Q1", value: "120" },
    ]);
    expect(rows[1].value).toBe("120");
  });
  it("keeps a negative in-period value (e.g. a quarterly loss)", () => {
    const rows = inPeriodFromYtd([
      { period: "2025Q1", value: "50" },
      { period: "2025Q2", value: "30" },
    ]);
    expect(rows[1].value).toBe("-20");
  });
});

describe("monthly in-period values with January–February combined", () => {
  it("M02 holds Jan–Feb (two months); M03 = YTD M03 − YTD M02", () => {
    const rows = inPeriodFromYtd([
      { period: "2025M02", value: "30.5" },
      { period: "2025M03", value: "47.2" },
      { period: "2025M04", value: "60" },
    ]);
    expect(pick(rows)).toEqual([
      ["2025M02", "30.5", 2, true, false, null],
      ["2025M03", "16.7", 1, false, true, null],
      ["2025M04", "12.8", 1, false, true, null],
    ]);
  });
  it("gives a stray M01 no value of its own, so January is not counted twice", () => {
    const rows = inPeriodFromYtd([
      { period: "2025M01", value: "10" },
      { period: "2025M02", value: "30.5" },
    ]);
    expect(pick(rows)).toEqual([
      ["2025M01", null, 1, false, false, "released-with-february"],
      ["2025M02", "30.5", 2, true, false, null],
    ]);
  });
  it("uses a separate January when the series has one", () => {
    const rows = inPeriodFromYtd(
      [
        { period: "2025M01", value: "10" },
        { period: "2025M02", value: "30.5" },
      ],
      { janFebCombined: false },
    );
    expect(pick(rows)).toEqual([
      ["2025M01", "10", 1, false, false, null],
      ["2025M02", "20.5", 1, false, true, null],
    ]);
  });
});

describe("annual values and input checks", () => {
  it("an annual value is its own in-period value", () => {
    expect(pick(inPeriodFromYtd([{ period: "2024", value: "9027.1" }]))).toEqual([["2024", "9027.1", 12, false, false, null]]);
  });
  it("throws on duplicates and invalid codes", () => {
    expect(() => inPeriodFromYtd([{ period: "2025Q1", value: "1" }, { period: "2025Q1", value: "1" }])).toThrow();
    expect(() => inPeriodFromYtd([{ period: "2025-Q1", value: "1" }])).toThrow();
  });
});
