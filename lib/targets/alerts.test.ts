import { describe, expect, it } from "vitest";
import { dataLateAlert, evaluateAlerts, targetAlert, yoyAlert } from "./alerts";
import { assessTarget, type TargetAssessment } from "./target-progress";

const g = (pairs: [string, string | null][]) => pairs.map(([period, value]) => ({ period, value }));
const annual = { year: 2025, value: "500", deadline: "2025-12-31" };
const offTrack = assessTarget(annual, { value: "240", periodEnd: "2025-06-30" }, { higherIsBetter: true });
const missed = assessTarget(annual, { value: "480", periodEnd: "2025-12-31" }, { higherIsBetter: true });
const onTrack = assessTarget(annual, { value: "260", periodEnd: "2025-06-30" }, { higherIsBetter: true });

describe("yoyAlert", () => {
  it("fires when a higher-is-better indicator fell year on year", () => {
    expect(yoyAlert(g([["2025Q1", "2.1"], ["2025Q2", "-0.3"]]), true)).toEqual({
      code: "fell-yoy",
      severity: "warning",
      period: "2025Q2",
      detail: { growth: "-0.3" },
    });
  });
  it("fires on a rise for a lower-is-better indicator", () => {
    expect(yoyAlert(g([["2025Q2", "2"]]), false)?.code).toBe("rose-yoy");
    expect(yoyAlert(g([["2025Q2", "-2"]]), false)).toBeNull();
    expect(yoyAlert(g([["2025Q2", "2"]]), true)).toBeNull();
  });
  it("stays quiet when the growth shows as 持平, and uses the latest published figure", () => {
    expect(yoyAlert(g([["2025Q2", "-0.04"]]), true)).toBeNull();
    expect(yoyAlert(g([["2025Q2", "0.04"]]), false)).toBeNull();
    expect(yoyAlert(g([["2025Q2", "-0.04"]]), true, 2)?.code).toBe("fell-yoy");
    expect(yoyAlert(g([["2025Q1", "-1"], ["2025Q2", null]]), true)?.period).toBe("2025Q1");
    expect(yoyAlert([], true)).toBeNull();
  });
});

describe("targetAlert", () => {
  it("warns when off track, is critical when missed, silent otherwise", () => {
    expect(targetAlert(offTrack, "2025Q2")).toEqual({
      code: "target-off-track",
      severity: "warning",
      period: "2025Q2",
      detail: { progress: "48", elapsed: "50" },
    });
    expect(targetAlert(missed, "2025Q4")).toMatchObject({ code: "target-missed", severity: "critical" });
    expect(targetAlert(onTrack, "2025Q2")).toBeNull();
    const unknown: TargetAssessment = { ...offTrack, status: "unknown", progress: null, elapsed: null };
    expect(targetAlert(unknown, "2025Q2")).toBeNull();
  });
});

describe("dataLateAlert", () => {
  const rule = { frequency: "QUARTER" as const, dueDays: 20 };
  it("fires when the expected period is missing", () => {
    expect(dataLateAlert(g([["2024Q4", "1"], ["2025Q1", null]]), rule, "2025-05-01")).toEqual({
      code: "data-late",
      severity: "warning",
      period: "2025Q1",
      detail: { daysOverdue: "11", latestPeriod: "2024Q4" },
    });
  });
  it("is silent when the data is in", () => {
    expect(dataLateAlert(g([["2025Q1", "1"]]), rule, "2025-05-01")).toBeNull();
  });
});

describe("evaluateAlerts", () => {
  it("collects every alert, most severe first", () => {
    const alerts = evaluateAlerts({
      higherIsBetter: true,
      series: g([["2025Q2", "1"]]),
      due: { frequency: "QUARTER", dueDays: 20, now: "2026-01-25" },
      growth: g([["2025Q2", "-1.5"]]),
      target: { assessment: missed, period: "2025Q4" },
    });
    expect(alerts.map((a) => a.code)).toEqual(["target-missed", "fell-yoy", "data-late"]);
  });
  it("returns nothing when nothing fires or nothing is given", () => {
    expect(evaluateAlerts({ higherIsBetter: true, growth: g([["2025Q2", "3"]]), target: { assessment: onTrack, period: "2025Q2" } })).toEqual([]);
    expect(evaluateAlerts({ higherIsBetter: true })).toEqual([]);
  });
});
