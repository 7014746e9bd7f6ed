import { describe, expect, it } from "vitest";
import { roundHalfUp } from "../derive/rounding";
import {
  assessTarget,
  elapsedShare,
  isReached,
  paceUnitOf,
  requiredPace,
  targetProgress,
  targetWindowStart,
  type Target,
} from "./target-progress";

const annual: Target = { year: 2025, value: "500", deadline: "2025-12-31" };
const plan: Target = { year: 2025, value: "200", baseValue: "100", baseYear: 2020, deadline: "2025-12-31" };
const intensity: Target = { year: 2025, value: "0.8", baseValue: "1.0", baseYear: 2020, deadline: "2025-12-31" };

describe("isReached", () => {
  it("depends on the direction", () => {
    expect(isReached("500", "500", true)).toBe(true);
    expect(isReached("499.9", "500", true)).toBe(false);
    expect(isReached("0.8", "0.8", false)).toBe(true);
    expect(isReached("0.81", "0.8", false)).toBe(false);
  });
});

describe("targetProgress", () => {
  it("measures from the base when there is one, in either direction", () => {
    expect(targetProgress(plan, "150", true)).toEqual({ value: "50", reason: null });
    expect(targetProgress(intensity, "0.9", false).value).toBe("50");
    expect(targetProgress(plan, "90", true).value).toBe("-10");
  });
  it("uses actual / target without a base, target / actual when lower is better", () => {
    expect(targetProgress(annual, "240", true).value).toBe("48");
    expect(targetProgress({ ...annual, value: "0.5" }, "0.625", false).value).toBe("80");
  });
  it("returns null when the ratio has no meaning", () => {
    expect(targetProgress({ ...plan, baseValue: "200" }, "150", true).reason).toBe("target-equals-base");
    expect(targetProgress({ ...annual, value: "0" }, "10", true).reason).toBe("non-positive-value");
    expect(targetProgress({ ...annual, value: "1" }, "0", false).reason).toBe("non-positive-value");
  });
});

describe("requiredPace", () => {
  it("is the compound rate per year and per quarter", () => {
    // 100 → 121 in 24 months: 1.21^(1/2) = 1.1 → 10% a year; 1.21^(1/8) = 1.024113… a quarter
    const p = requiredPace("100", "121", "24");
    expect(roundHalfUp(p.annual!, 10)).toBe("10.0000000000");
    expect(roundHalfUp(p.quarterly!, 4)).toBe("2.4114");
    expect(p.reason).toBeNull();
  });
  it("is negative for a falling target", () => {
    expect(roundHalfUp(requiredPace("100", "81", "24").annual!, 10)).toBe("-10.0000000000");
  });
  it("is null once the deadline has passed or for non-positive levels", () => {
    expect(requiredPace("100", "121", "0")).toEqual({ annual: null, quarterly: null, reason: "deadline-passed" });
    expect(requiredPace("100", "121", "-3").reason).toBe("deadline-passed");
    expect(requiredPace("-5", "121", "12").reason).toBe("non-positive-value");
  });
});

describe("requiredPace for rates and growth rates (百分点)", () => {
  it("is the straight-line gap per year and per quarter, not a compound rate", () => {
    // a share of GDP from 9.0% to 10.5% in 24 months: 1.5 pp ÷ 2 years = 0.75 pp a year, ÷ 8 quarters = 0.1875
    expect(requiredPace("9.0", "10.5", "24", "pp")).toEqual({ annual: "0.75", quarterly: "0.1875", reason: null });
    // 3 months left: the whole 0.6-point gap in a quarter is 2.4 points a year
    expect(requiredPace("8.2", "8.8", "3", "pp")).toEqual({ annual: "2.4", quarterly: "0.6", reason: null });
  });
  it("is negative for a falling target and works for zero or negative rates", () => {
    expect(requiredPace("12", "10", "24", "pp").annual).toBe("-1");
    expect(requiredPace("-2", "1", "36", "pp")).toEqual({ annual: "1", quarterly: "0.25", reason: null });
  });
  it("is null once the deadline has passed", () => {
    expect(requiredPace("9", "10.5", "0", "pp")).toEqual({ annual: null, quarterly: null, reason: "deadline-passed" });
  });
  it("applies to RATE and GROWTH measure types only", () => {
    expect(paceUnitOf("RATE")).toBe("pp");
    expect(paceUnitOf("GROWTH")).toBe("pp");
    expect(paceUnitOf("CUMULATIVE")).toBe("%");
    expect(paceUnitOf("STOCK")).toBe("%");
    expect(paceUnitOf(undefined)).toBe("%");
  });
});

describe("time window", () => {
  it("starts at the end of the base year, else of the year before the target year", () => {
    expect(targetWindowStart(plan)).toBe("2020-12-31");
    expect(targetWindowStart(annual)).toBe("2024-12-31");
  });
  it("gives the elapsed share clamped to 0–100", () => {
    expect(elapsedShare("2024-12-31", "2025-12-31", "2025-06-30")).toBe("50");
    expect(elapsedShare("2024-12-31", "2025-12-31", "2024-09-30")).toBe("0");
    expect(elapsedShare("2024-12-31", "2025-12-31", "2026-03-31")).toBe("100");
    expect(elapsedShare("2025-12-31", "2025-12-31", "2025-06-30")).toBeNull();
  });
});

describe("assessTarget", () => {
  it("时间过半、任务过半: 48% done at half time is off track, within a 5-point tolerance on track", () => {
    const a = assessTarget(annual, { value: "240", periodEnd: "2025-06-30" }, { higherIsBetter: true });
    expect(a).toMatchObject({ progress: "48", elapsed: "50", remainingMonths: "6", status: "off-track", reached: false });
    const lenient = assessTarget(annual, { value: "240", periodEnd: "2025-06-30" }, { higherIsBetter: true, tolerancePoints: "5" });
    expect(lenient.status).toBe("on-track");
  });
  it("a five-year plan 80% done at 60% of the time is on track", () => {
    const a = assessTarget(plan, { value: "180", periodEnd: "2023-12-31" }, { higherIsBetter: true });
    expect(a).toMatchObject({ progress: "80", elapsed: "60", remainingMonths: "24", status: "on-track" });
    // sqrt(200/180) − 1 = 5.409…%; (200/180)^(1/8) − 1 = 1.3257…%
    expect(roundHalfUp(a.requiredAnnualPace!, 2)).toBe("5.41");
    expect(roundHalfUp(a.requiredQuarterlyPace!, 2)).toBe("1.33");
  });
  it("handles a lower-is-better target", () => {
    const a = assessTarget(intensity, { value: "0.95", periodEnd: "2023-12-31" }, { higherIsBetter: false });
    expect(a).toMatchObject({ progress: "25", elapsed: "60", status: "off-track" });
    // sqrt(0.8/0.95) − 1 = −8.23%
    expect(roundHalfUp(a.requiredAnnualPace!, 2)).toBe("-8.23");
    const done = assessTarget(intensity, { value: "0.79", periodEnd: "2023-12-31" }, { higherIsBetter: false });
    expect(done.status).toBe("reached");
  });
  it("a reached target needs no pace", () => {
    const a = assessTarget(annual, { value: "510", periodEnd: "2025-09-30" }, { higherIsBetter: true });
    expect(a).toMatchObject({ reached: true, status: "reached", requiredAnnualPace: null, paceReason: "reached", progress: "102" });
  });
  it("a deadline passed without reaching the target is missed", () => {
    const a = assessTarget(annual, { value: "480", periodEnd: "2025-12-31" }, { higherIsBetter: true });
    expect(a).toMatchObject({ status: "missed", remainingMonths: "0", requiredAnnualPace: null, paceReason: "deadline-passed" });
    const later = assessTarget(annual, { value: "480", periodEnd: "2026-03-31" }, { higherIsBetter: true });
    expect(later.remainingMonths).toBe("-3");
    expect(later.status).toBe("missed");
  });
  it("is unknown when progress cannot be measured", () => {
    const a = assessTarget({ ...plan, baseValue: "200" }, { value: "150", periodEnd: "2023-12-31" }, { higherIsBetter: true });
    expect(a.status).toBe("unknown");
    expect(a.progressReason).toBe("target-equals-base");
  });
  it("gives a rate target its pace in 百分点 when the measure type is passed", () => {
    // DE003-like: share 2020 base 7.0%, 2025 target 10.0%, 8.8% at end-2023 → 1.2 pp in 24 months = 0.6 pp a year
    const share: Target = { year: 2025, value: "10.0", baseValue: "7.0", baseYear: 2020, deadline: "2025-12-31" };
    const a = assessTarget(share, { value: "8.8", periodEnd: "2023-12-31" }, { higherIsBetter: true, measureType: "RATE" });
    expect(a).toMatchObject({ progress: "60", elapsed: "60", status: "on-track", paceUnit: "pp", requiredAnnualPace: "0.6", requiredQuarterlyPace: "0.15" });
    // without the measure type it stays the compound rate of a level: sqrt(10/8.8) − 1 = 6.60%
    const level = assessTarget(share, { value: "8.8", periodEnd: "2023-12-31" }, { higherIsBetter: true });
    expect(level.paceUnit).toBe("%");
    expect(roundHalfUp(level.requiredAnnualPace!, 2)).toBe("6.60");
  });
  it("rejects a malformed deadline", () => {
    expect(() => assessTarget({ ...annual, deadline: "2025-13-01" }, { value: "1", periodEnd: "2025-06-30" }, { higherIsBetter: true })).toThrow();
  });
});
