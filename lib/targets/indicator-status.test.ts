import { describe, expect, it } from "vitest";
import { indicatorStatus } from "./indicator-status";

const s = (pairs: [string, string | null][]) => pairs.map(([period, value]) => ({ period, value }));

describe("indicatorStatus trend", () => {
  const series = s([["2024Q2", "100"], ["2025Q1", "130"], ["2025Q2", "110"]]);
  it("compares with the same period last year by default", () => {
    expect(indicatorStatus(series, { higherIsBetter: true })).toEqual({
      status: "improving",
      trend: "improving",
      latestPeriod: "2025Q2",
      basePeriod: "2024Q2",
      changePct: "10",
    });
    expect(indicatorStatus(series, { higherIsBetter: false }).status).toBe("worsening");
  });
  it("can compare with the previous period", () => {
    const r = indicatorStatus(series, { higherIsBetter: true, compareWith: "previous-period" });
    expect(r).toMatchObject({ status: "worsening", basePeriod: "2025Q1" });
  });
  it("is stable on no change, or within the band", () => {
    expect(indicatorStatus(s([["2024", "100"], ["2025", "100"]]), { higherIsBetter: true }).status).toBe("stable");
    expect(indicatorStatus(s([["2024", "100"], ["2025", "100.5"]]), { higherIsBetter: true, stableBandPct: "1" }).status).toBe("stable");
    expect(indicatorStatus(s([["2024", "100"], ["2025", "102"]]), { higherIsBetter: true, stableBandPct: "1" }).status).toBe("improving");
    // the band is inclusive: exactly 1% is still stable
    expect(indicatorStatus(s([["2024", "100"], ["2025", "99"]]), { higherIsBetter: true, stableBandPct: "1" }).status).toBe("stable");
  });
  it("uses the sign on a negative base (no % change)", () => {
    const r = indicatorStatus(s([["2024", "-10"], ["2025", "-5"]]), { higherIsBetter: true });
    expect(r).toMatchObject({ status: "improving", changePct: null });
  });
  it("skips a trailing missing value and is unknown without a base", () => {
    expect(indicatorStatus(s([["2024Q3", "1"], ["2025Q2", "2"], ["2025Q3", null]]), { higherIsBetter: true })).toMatchObject({
      status: "unknown",
      latestPeriod: "2025Q2",
      trend: null,
    });
    expect(indicatorStatus([], { higherIsBetter: true }).status).toBe("unknown");
  });
});

describe("indicatorStatus lateness", () => {
  const series = s([["2024Q2", "100"], ["2025Q2", "110"]]);
  const due = { frequency: "QUARTER" as const, dueDays: 20 };
  it("reports late when newer data is due, keeping the trend", () => {
    // 2025Q3 was due 2025-10-20
    expect(indicatorStatus(series, { higherIsBetter: true, due: { ...due, now: "2025-10-25" } })).toMatchObject({
      status: "late",
      trend: "improving",
    });
  });
  it("keeps the trend when data is on time", () => {
    expect(indicatorStatus(series, { higherIsBetter: true, due: { ...due, now: "2025-10-20" } }).status).toBe("improving");
  });
  it("an empty series is late once a period is due", () => {
    expect(indicatorStatus([], { higherIsBetter: true, due: { ...due, now: "2025-10-25" } }).status).toBe("late");
  });
});
