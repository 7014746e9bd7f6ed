import { describe, expect, it } from "vitest";
import type { VisibleVintage } from "@/lib/public/visible-observations";
import type { DerivableIndicator } from "@/lib/open-api/observations/types";
import { historySets, updatedRows } from "./history";

const VA: DerivableIndicator = { id: 1, code: "DE001", unit: "亿元", decimals: 2, measureType: "CUMULATIVE", growthOfId: null };
const GROWTH: DerivableIndicator = { id: 2, code: "DE002", unit: "%", decimals: 1, measureType: "GROWTH", growthOfId: 1 };
const T = (d: string) => new Date(`${d}T02:00:00Z`);
const v = (indicatorId: number, period: string, value: string | null, at: string, flag: VisibleVintage["flag"] = null): VisibleVintage => ({
  indicatorId,
  regionCode: "210100",
  period,
  periodEnd: "2025-01-01",
  value,
  flag,
  note: null,
  isDemo: false,
  releasedAt: T(at),
});

const vintages = [
  v(1, "2025Q1", "100", "2025-04-20"),
  v(1, "2025Q2", "210", "2025-07-20"),
  v(2, "2025Q2", "7.5", "2025-07-20"),
  v(1, "2025Q1", "101", "2025-10-20"), // a revision
  v(1, "2025Q2", null, "2025-10-20", "CONFIDENTIAL"), // withheld since
];
const d = { indicators: [VA, GROWTH], wanted: new Set([1]), measures: ["level", "in-period", "yoy"] as const };

describe("SDMX history from visible vintages", () => {
  it("gives one data set per release, holding only what it added or changed, derived measures included", () => {
    const sets = historySets(vintages, { ...d, measures: [...d.measures] });
    expect(sets.map((s) => [s.validFrom.toISOString().slice(0, 10), s.validTo?.toISOString().slice(0, 10) ?? null])).toEqual([
      ["2025-04-20", "2025-07-20"],
      ["2025-07-20", "2025-10-20"],
      ["2025-10-20", null],
    ]);
    const brief = (i: number) => sets[i].rows.map((r) => `${r.measure} ${r.period} ${r.value}${r.flag ? ` ${r.flag}` : ""}`).sort();
    // a growth without its base year is no value (the SDMX rows leave it out, rows.ts)
    expect(brief(0)).toEqual(["in-period 2025Q1 100", "level 2025Q1 100", "yoy 2025Q1 null"]);
    // the published growth rate answers yoy; in-period is computed from the YTD values
    expect(brief(1)).toEqual(["in-period 2025Q2 110", "level 2025Q2 210", "yoy 2025Q2 7.5"]);
    // the revision, and the withheld value: no number for it, nor for what is derived from it
    expect(brief(2)).toEqual(["in-period 2025Q1 101", "in-period 2025Q2 null CONFIDENTIAL", "level 2025Q1 101", "level 2025Q2 null CONFIDENTIAL"]);
  });
  it("answers updatedAfter with what was released or revised since, as it stands now", () => {
    const rows = updatedRows(vintages, { ...d, measures: ["level"] }, T("2025-08-01"), T("2025-12-31"));
    expect(rows.map((r) => [r.period, r.value, r.flag])).toEqual([
      ["2025Q1", "101", null],
      ["2025Q2", null, "CONFIDENTIAL"],
    ]);
    expect(updatedRows(vintages, { ...d, measures: ["level"] }, T("2025-11-01"), T("2025-12-31"))).toEqual([]);
  });
  it("never shows the value of a withheld vintage in a later data set's derived rows", () => {
    const all = historySets(vintages, { ...d, measures: ["in-period"] }).flatMap((s) => s.rows);
    expect(all.filter((r) => r.period === "2025Q2").map((r) => [r.value, r.releasedAt.toISOString().slice(0, 10)])).toEqual([
      ["110", "2025-07-20"],
      [null, "2025-10-20"],
    ]);
  });
});
