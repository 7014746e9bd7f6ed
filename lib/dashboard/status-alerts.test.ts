// The dashboard's use of lib/targets: chapter statuses, alerts and target progress as wired
// to the assembled data (the rules themselves are tested in lib/targets).
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { assembleDashboard, type DashboardInput } from "./assemble";
import { coreData } from "./fixture-data";
import type { LateIndicator } from "./late-indicators";
import { CITY, REGIONS } from "./test-fixtures";
import type { TargetRow } from "./target-view";

function dash(over: Partial<DashboardInput> = {}) {
  const { c, o } = coreData();
  return { c, d: assembleDashboard({ indicators: c.all, observations: o, targets: [], late: [], regions: REGIONS, filters: {}, ...over })! };
}

const target = (indicatorId: number, over: Partial<TargetRow> = {}): TargetRow => ({
  id: 1, indicatorId, regionCode: CITY, year: 2025, value: "600", baseYear: null, baseValue: null, deadline: "2025-12-31", source: "十四五规划", ...over,
});

describe("chapter view", () => {
  it("gives each chapter's indicators improving / worsening / no data", () => {
    const { d } = dash();
    const status = (key: string, code: string) => d.chapters.find((c) => c.key === key)!.items.find((i) => i.indicator.code === code)!.status;
    expect(status("INDUSTRIALIZATION", "DE001")).toBe("improving");
    expect(status("INFRASTRUCTURE", "DE032")).toBe("worsening");
    expect(status("DATA_FACTOR", "DE036")).toBe("no-data");
    expect(d.chapters.map((c) => [c.from, c.to])).toEqual([[8, 12], [13, 18], [19, 24], [25, 28], [29, 32]]);
  });

  it("lets lateness override the trend, so a stale figure never looks improving", () => {
    const { c } = coreData();
    const late: LateIndicator[] = [{ indicatorId: c.de001.id, code: "DE001", expectedPeriod: "2025Q4", latestPeriod: "2025Q3", daysOverdue: 12 }];
    const { d } = dash({ late });
    expect(d.chapters.find((x) => x.key === "INDUSTRIALIZATION")!.items.find((i) => i.indicator.code === "DE001")!.status).toBe("late");
  });
});

describe("alerts", () => {
  it("fire for a fall year on year, with a link target (the indicator)", () => {
    const { d } = dash();
    const fell = d.alerts.filter((a) => a.code === "fell-yoy");
    expect(fell.map((a) => a.indicator.code)).toEqual(["DE032"]);
    expect(fell[0].period).toBe("2025Q3");
  });

  it("read a lower-is-better indicator the other way round", () => {
    const { c, o } = coreData();
    const down = c.all.map((i) => (i.code === "DE032" ? { ...i, higherIsBetter: false } : i));
    const d = assembleDashboard({ indicators: down, observations: o, targets: [], late: [], regions: REGIONS, filters: {} })!;
    expect(d.alerts.some((a) => a.indicator.code === "DE032")).toBe(false);
  });

  it("fire for a target off track (progress behind elapsed time) and carry progress and elapsed", () => {
    const { c } = coreData();
    const { d } = dash({ targets: [target(c.de001.id)] });
    const off = d.alerts.find((a) => a.code === "target-off-track")!;
    expect(off.indicator.code).toBe("DE001");
    expect(new Decimal(off.detail.progress).toDecimalPlaces(12).eq(new Decimal("360.5").div(600).times(100).toDecimalPlaces(12))).toBe(true);
    expect(off.detail.elapsed).toBe("75");
  });

  it("stay quiet for a target on track", () => {
    const { c } = coreData();
    const { d } = dash({ targets: [target(c.de001.id, { value: "450" })] });
    expect(d.alerts.some((a) => a.code.startsWith("target"))).toBe(false);
    expect(d.targets[0].assessment!.status).toBe("on-track");
  });

  it("fire for data late, and list the most severe first", () => {
    const { c } = coreData();
    const late: LateIndicator[] = [{ indicatorId: c.de032.id, code: "DE032", expectedPeriod: "2025Q4", latestPeriod: "2025Q3", daysOverdue: 40 }];
    const { d } = dash({ late, targets: [target(c.de001.id, { year: 2024, deadline: "2024-12-31" })] });
    expect(d.alerts.find((a) => a.code === "data-late")).toMatchObject({ indicator: { code: "DE032" }, detail: { daysOverdue: "40", expectedPeriod: "2025Q4" } });
    expect(d.alerts.map((a) => a.code)).toEqual(["fell-yoy", "data-late"]); // a 2024 target is not in force in 2025
  });
});

describe("targets on the dashboard", () => {
  it("show progress, pace still required and the status for the selected region", () => {
    const { c } = coreData();
    const { d } = dash({ targets: [target(c.de001.id), target(c.de001.id, { id: 2, regionCode: "210112" })] });
    expect(d.targets).toHaveLength(1);
    const a = d.targets[0].assessment!;
    expect(a.status).toBe("off-track");
    expect(d.targets[0].actual).toMatchObject({ value: "360.5", period: "2025Q3" });
    // (600 / 360.5)^(12 / 3) − 1: the whole gap in the last quarter, compounded to a year
    expect(new Decimal(a.requiredAnnualPace!).toDecimalPlaces(6).eq(new Decimal(600).div("360.5").pow(4).minus(1).times(100).toDecimalPlaces(6))).toBe(true);
    expect(d.kpis.find((k) => k.indicator.code === "DE001")!.target!.assessment!.status).toBe("off-track");
  });

  it("measure a later year's target of a YTD flow with the last full year, not a part-year total", () => {
    const { c } = coreData();
    const { d } = dash({ targets: [target(c.de001.id, { year: 2026, deadline: "2026-12-31", baseYear: 2023, baseValue: "400" })] });
    expect(d.targets[0].actual).toMatchObject({ value: "460", period: "2024Q4" });
    expect(d.targets[0].assessment!.progress).toBe("30"); // (460 − 400) / (600 − 400)
  });

  it("measure a final-year target with a base against the last full year, not a Q1–Q3 total", () => {
    const { c } = coreData();
    // 2020 base 300 → 2025 target 500. 2025Q3 YTD (360.5) against a full-year base would give
    // (360.5 − 300) / 200 = 30.25% at 95% of the time: a false "off track". 2024 full year:
    // (460 − 300) / 200 = 80% at 48 of 60 months = 80% elapsed, on track.
    const { d } = dash({ targets: [target(c.de001.id, { value: "500", baseYear: 2020, baseValue: "300" })] });
    expect(d.targets[0].actual).toMatchObject({ value: "460", period: "2024Q4" });
    expect(d.targets[0].assessment).toMatchObject({ progress: "80", elapsed: "80", remainingMonths: "12", status: "on-track", paceUnit: "%" });
    // 500 / 460 − 1 in the 12 months left
    expect(new Decimal(d.targets[0].assessment!.requiredAnnualPace!).toDecimalPlaces(10).eq(new Decimal(500).div(460).minus(1).times(100).toDecimalPlaces(10))).toBe(true);
    expect(d.alerts.some((a) => a.code.startsWith("target"))).toBe(false);
  });

  it("keep the year-to-date value for a same-year target without a base (时间过半、任务过半)", () => {
    const { c } = coreData();
    const { d } = dash({ targets: [target(c.de001.id, { value: "480" })] });
    // 360.5 / 480 = 75.104…% at 9 of 12 months = 75%
    expect(d.targets[0].actual).toMatchObject({ value: "360.5", period: "2025Q3" });
    expect(d.targets[0].assessment).toMatchObject({ elapsed: "75", status: "on-track" });
  });

  it("give a rate target (share of GDP) its pace in 百分点 a year", () => {
    const { c } = coreData();
    const { d } = dash({ targets: [target(c.de003.id, { value: "7.5" })] });
    // DE003 6.93% at 2025Q3, 7.5% by 2025-12-31: 0.57 points in 3 months = 2.28 points a year, 0.57 a quarter
    expect(d.targets[0].assessment).toMatchObject({ paceUnit: "pp", requiredAnnualPace: "2.28", requiredQuarterlyPace: "0.57" });
  });
});
