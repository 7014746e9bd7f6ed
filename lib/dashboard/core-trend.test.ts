// The core trend chart and its table: the annual target only at full-year points, and the
// comparable-price caveat only where a computed growth rate is shown.
import { describe, expect, it } from "vitest";
import { assembleDashboard } from "./assemble";
import { coreTrendSpec, sparklineSpec } from "./chart-specs";
import { chartTable, type Tr } from "./chart-tables";
import { targetAtFullYears, targetPoints } from "./core-industries";
import { coreData } from "./fixture-data";
import { showsComputedGrowth } from "./kpi-cards";
import type { Growth } from "./measures";
import { CITY, REGIONS } from "./test-fixtures";

const t: Tr = (key, values) => (values ? `${key}:${JSON.stringify(values)}` : key);

function withTarget() {
  const { c, o } = coreData();
  const target = { id: 1, indicatorId: c.de001.id, regionCode: CITY, year: 2025, value: "600", baseYear: null, baseValue: null, deadline: "2025-12-31", source: "规划" };
  return assembleDashboard({ indicators: c.all, observations: o, targets: [target], late: [], regions: REGIONS, filters: {} })!;
}

describe("targetAtFullYears", () => {
  it("keeps the target at Q4, December and annual periods only", () => {
    expect(targetAtFullYears(["2024Q3", "2024Q4", "2025Q1", "2025M12", "2025M11", "2025"], "600")).toEqual([null, "600", null, "600", null, "600"]);
  });
});

describe("KPI sparkline target", () => {
  it("marks year-to-date values at year-end, in-period values for whole years, and draws a line for levels and rates", () => {
    const periods = ["2024Q3", "2024Q4", "2025Q1", "2025"];
    expect(targetPoints(periods, "CUMULATIVE", 600)).toEqual([null, 600, null, 600]);
    expect(targetPoints(periods, "PERIOD", 600)).toEqual([null, null, null, 600]);
    expect(targetPoints(periods, "STOCK", 600)).toBeUndefined();
    expect(targetPoints(periods, "RATE", 10)).toBeUndefined();
  });

  it("puts the core industries' annual target on the card at Q4 only", () => {
    const d = withTarget();
    const card = d.kpis.find((k) => k.indicator.code === "DE001")!;
    const spec = sparklineSpec(card, t, "zh");
    if (spec.kind !== "sparkline") throw new Error(spec.kind);
    expect(spec.data.target?.at).toEqual(card.spark.map((p) => (p.period.endsWith("Q4") ? 600 : null)));
    expect(spec.data.target?.at?.filter((v) => v !== null)).toHaveLength(1);
  });
});

describe("core trend", () => {
  it("draws the annual target at the full-year point, not across Q1–Q3", () => {
    const d = withTarget();
    expect(d.core!.trend.periods).toEqual(["2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3"]);
    const spec = coreTrendSpec(d, t, "zh")!;
    if (spec.kind !== "seriesCompare") throw new Error(spec.kind);
    expect(spec.data.series[0].values).toEqual([100, 210, 330, 460, 110, 232, 360.5]);
    expect(spec.data.series[1]).toMatchObject({ values: [null, null, null, 600, null, null, null], dashed: true });
  });

  it("lists the target in full-year rows of the table only", () => {
    const table = chartTable(withTarget(), "core-trend", t, "zh");
    expect(table.rows.map((r) => r.cells[2])).toEqual(
      ["2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3"].map((p) => ({ value: p === "2024Q4" ? "600" : null, decimals: 2 })),
    );
  });
});

describe("showsComputedGrowth", () => {
  const g = (over: Partial<Growth>): { growth: Growth } => ({ growth: { value: "5", unit: "%", source: "official", unreleased: false, basePeriod: "2024Q3", ...over } });
  it("is true only when a card shows a % growth computed from levels", () => {
    expect(showsComputedGrowth([g({}), g({ source: "computed" })])).toBe(true);
    expect(showsComputedGrowth([g({}), g({ unit: "pp", source: "computed" }), { growth: null }])).toBe(false);
    expect(showsComputedGrowth([])).toBe(false);
  });
  it("is true on the fixture dashboard, where DE024 (a stock without a published rate) is computed", () => {
    const d = withTarget();
    expect(d.kpis.find((k) => k.indicator.code === "DE024")!.growth).toMatchObject({ source: "computed", unit: "%", value: "20" });
    expect(showsComputedGrowth(d.kpis)).toBe(true);
  });
});
