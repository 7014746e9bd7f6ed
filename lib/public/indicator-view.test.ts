import { describe, expect, it } from "vitest";
import type { IndicatorParams } from "./indicator-params";
import type { PublicIndicator } from "./public-indicators";
import { buildDistrictView, buildTrendView, deriveAllRegions, type ViewContext } from "./indicator-view";
import type { PublicObservation } from "./visible-observations";

const ind = { id: 1, code: "DE001", measureType: "CUMULATIVE", unit: "亿元", decimals: 2 } as PublicIndicator;
const at = new Date("2025-10-28T02:00:00Z");
const o = (regionCode: string, period: string, value: string | null, extra: Partial<PublicObservation> = {}): PublicObservation => ({
  indicatorId: 1, regionCode, period, periodEnd: "", value, flag: null, note: null, isDemo: true, releasedAt: at, previous: null, ...extra,
});
const levels = [
  o("210100", "2025Q1", "100"), o("210100", "2025Q2", "210.005"),
  o("210102", "2025Q1", "30"), o("210102", "2025Q2", "64", { flag: "PRELIMINARY" }),
  o("210106", "2025Q1", "70"), o("210106", "2025Q2", "146.005"),
];
const model = { indicator: ind, levels, growthRates: [o("210100", "2025Q2", "7.25")] };
const ctx: ViewContext = {
  locale: "zh",
  regions: [
    { code: "210100", nameZh: "沈阳市", nameEn: "Shenyang", kind: "CITY" },
    { code: "210102", nameZh: "和平区", nameEn: "Heping", kind: "DISTRICT" },
    { code: "210106", nameZh: "铁西区", nameEn: "Tiexi", kind: "DISTRICT" },
    { code: "210123", nameZh: "康平县", nameEn: "Kangping", kind: "COUNTY" },
  ],
  labels: { trendTitle: "趋势", growth: "同比增长", districtTitle: (p) => `${p}各区县`, missing: "无数据" },
  style: "ytd",
};
const params = (change: Partial<IndicatorParams> = {}): IndicatorParams => ({ regions: ["210100"], measure: "level", range: { kind: "last", n: 8 }, period: null, ...change });

describe("buildTrendView", () => {
  it("labels year-to-date levels by their span and rounds half up only for display", () => {
    const v = buildTrendView(model, deriveAllRegions(model, "level", ["210100"]), params(), ctx);
    expect(v.rows.map((r) => [r.periodLabel, r.value, r.point.value, r.growth])).toEqual([
      ["2025年一季度", "100.00", "100", "—"],
      ["2025年上半年", "210.01", "210.005", "7.3"],
    ]);
    // the chart compares the newest span across years (here one year), never 上半年 after 一季度 on one line
    expect(v.chart.periods).toEqual(["2025年上半年"]);
    expect(v.chart.levels[0].values).toEqual([210.005]);
    expect(v.chart.growth?.displays).toEqual(["7.3"]);
    expect(v.sameSpan).toBe("上半年");
    expect(v.isDemo).toBe(true);
  });

  it("shows in-period values with their own period labels, and several regions without a growth line", () => {
    const series = deriveAllRegions(model, "in-period", ["210102", "210106"]);
    const v = buildTrendView(model, series, params({ measure: "in-period", regions: ["210102", "210106"] }), { ...ctx, style: "period" });
    expect(v.rows.map((r) => [r.periodLabel, r.regionName, r.value])).toEqual([
      ["2025年第一季度", "和平区", "30.00"],
      ["2025年第一季度", "铁西区", "70.00"],
      ["2025年第二季度", "和平区", "34.00"],
      ["2025年第二季度", "铁西区", "76.01"],
    ]);
    expect(v.chart.growth).toBeNull();
    expect(v.chart.levels.map((l) => l.name)).toEqual(["和平区", "铁西区"]);
  });

  it("keeps only the range asked for", () => {
    const v = buildTrendView(model, deriveAllRegions(model, "level", ["210100"]), params({ range: { kind: "last", n: 1 } }), ctx);
    expect(v.periods).toEqual(["2025Q2"]);
  });
});

describe("buildDistrictView", () => {
  const series = deriveAllRegions(model, "in-period", []);

  it("ranks the districts in the latest period with their share of the city, units without data last", () => {
    const v = buildDistrictView(model, series, params({ measure: "in-period", regions: ["210106"] }), { ...ctx, style: "period" });
    expect(v.period).toBe("2025Q2");
    expect(v.rows.map((r) => [r.name, r.display, r.rank, r.share, r.selected])).toEqual([
      ["铁西区", "76.01", 1, "69.1", true], // 76.005 / 110.005
      ["和平区", "34.00", 2, "30.9", false],
      ["康平县", "—", null, null, false],
    ]);
    expect(v.rows[1].point?.flag).toBe("PRELIMINARY");
    expect(v.ranking.bars.map((b) => b.highlight)).toEqual([true, false, false]);
    expect(v.tiles.tiles.map((t) => t.classIndex)).toEqual([1, 0, null]);
    expect(v.tiles.classes.map((c) => c.label)).toEqual(["34.00", "76.01"]);
  });

  it("uses the period from the URL when it has district values", () => {
    const v = buildDistrictView(model, series, params({ measure: "in-period", period: "2025Q1" }), { ...ctx, style: "period" });
    expect(v.periodLabel).toBe("2025年第一季度");
    expect(v.periods).toEqual(["2025Q2", "2025Q1"]);
  });
});
