import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { assembleDashboard, type DashboardInput } from "./assemble";
import { coreData } from "./fixture-data";
import { CITY, obs, REGIONS } from "./test-fixtures";

const pct = (a: string, b: string) => new Decimal(a).div(b).minus(1).times(100);
const close = (got: string | null | undefined, want: Decimal) => expect(new Decimal(got!).toDecimalPlaces(12).eq(want.toDecimalPlaces(12))).toBe(true);

function input(over: Partial<DashboardInput> = {}): DashboardInput {
  const { c, o } = coreData();
  return { indicators: c.all, observations: o, targets: [], late: [], regions: REGIONS, filters: {}, ...over };
}

describe("KPI cards", () => {
  it("show the latest value, the published growth and the in-period change of a YTD flow", () => {
    const d = assembleDashboard(input())!;
    expect(d.period).toBe("2025Q3");
    const card = d.kpis.find((k) => k.indicator.code === "DE001")!;
    expect(card).toMatchObject({ period: "2025Q3", value: "360.5", unreleased: false });
    expect(card.growth).toMatchObject({ value: "8.6", source: "official", unit: "%" });
    expect(card.change).toMatchObject({ kind: "in-period", value: "128.5" }); // 360.5 − 232
    expect(card.spark.map((p) => p.period)).toEqual(["2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3"]);
  });

  it("fold a headline growth rate into its level's card", () => {
    const codes = assembleDashboard(input())!.kpis.map((k) => k.indicator.code);
    expect(codes).toEqual(["DE001", "DE003", "DE024"]);
  });

  it("fall back to growth computed from levels, marked computed, when none is published", () => {
    const { c, o } = coreData();
    const d = assembleDashboard(input({ observations: o.filter((x) => !(x.indicatorId === c.de002.id && x.period === "2025Q3")) }))!;
    const g = d.kpis.find((k) => k.indicator.code === "DE001")!.growth!;
    expect(g.source).toBe("computed");
    close(g.value, pct("360.5", "330"));
  });

  it("give a rate's change in 百分点 and read a monthly stock at the quarter's last month", () => {
    const d = assembleDashboard(input())!;
    expect(d.kpis.find((k) => k.indicator.code === "DE003")!.growth).toMatchObject({ unit: "pp" });
    close(d.kpis.find((k) => k.indicator.code === "DE003")!.growth!.value, new Decimal("0.33"));
    const stock = d.kpis.find((k) => k.indicator.code === "DE024")!;
    expect(stock).toMatchObject({ period: "2025M09", value: "1200", change: { kind: "difference", value: "20" } });
    close(stock.growth!.value, new Decimal(20));
  });

  it("follow the period filter, and ignore a period that is not on offer", () => {
    expect(assembleDashboard(input({ filters: { period: "2025Q2" } }))!.kpis[0]).toMatchObject({ period: "2025Q2", value: "232" });
    expect(assembleDashboard(input({ filters: { period: "2031Q1" } }))!.period).toBe("2025Q3");
  });

  it("answer null when there is no data at all", () => {
    expect(assembleDashboard(input({ observations: [] }))).toBeNull();
  });
});

describe("core industries", () => {
  it("give each part's share of the core total and the published share of GDP with its change in 百分点", () => {
    const core = assembleDashboard(input())!.core!;
    close(core.parts.find((p) => p.categoryCode === "01")!.share, new Decimal("120.5").div("360.5").times(100));
    expect(core.gdpShare).toMatchObject({ value: "6.93", source: "official" });
    close(core.gdpShare!.change, new Decimal("0.33"));
  });

  it("compute the share of GDP from DE001 / GDP when DE003 is not published, marked computed", () => {
    const { c, o } = coreData();
    const core = assembleDashboard(input({ observations: o.filter((x) => x.indicatorId !== c.de003.id) }))!.core!;
    expect(core.gdpShare!.source).toBe("computed");
    close(core.gdpShare!.value, new Decimal("360.5").div("5200").times(100));
    close(core.gdpShare!.change, new Decimal("360.5").div("5200").minus(new Decimal("330").div("5000")).times(100));
  });
});

describe("districts", () => {
  it("rank by value with growth (published preferred) and share of the city", () => {
    const s = assembleDashboard(input())!.districts!;
    expect(s.rows.map((r) => [r.region.code, r.rank])).toEqual([["210112", 1], ["210102", 2], ["210103", 3]]);
    expect(s.rows[0].growth).toMatchObject({ value: "15.2", source: "official" });
    close(s.rows[2].growth!.value, pct("60.5", "70"));
    close(s.rows[0].share, new Decimal(200).div("360.5").times(100));
  });
});

describe("pre-release values", () => {
  const unreleased = () => {
    const { c, o } = coreData();
    return [...o, obs(c.de001, CITY, "2025Q4", "500", { unreleased: true, batchId: 7, releaseId: 3 })];
  };

  it("are marked and their batches and releases listed for the audit trail", () => {
    const d = assembleDashboard(input({ observations: unreleased() }))!;
    expect(d.period).toBe("2025Q4");
    expect(d.kpis[0]).toMatchObject({ value: "500", unreleased: true });
    expect(d.unreleased).toEqual({ batchIds: [7], releaseIds: [3] });
    // the core trend's table marks the pre-release quarter, and only it
    const trend = d.core!.trend;
    expect(trend.periods.filter((_, i) => trend.unreleased[i])).toEqual(["2025Q4"]);
  });

  it("are not counted as seen when the selected period lies before them", () => {
    const d = assembleDashboard(input({ observations: unreleased(), filters: { period: "2025Q3" } }))!;
    expect(d.unreleased).toEqual({ batchIds: [], releaseIds: [] });
    expect(d.kpis[0].unreleased).toBe(false);
  });
});
