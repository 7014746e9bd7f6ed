import { describe, expect, it } from "vitest";
import { buildIndicatorTrendOption, type IndicatorTrendData } from "./indicator-trend";

const one: IndicatorTrendData = {
  title: "数字经济核心产业增加值",
  unit: "亿元",
  periods: ["2025年一季度", "2025年上半年"],
  levels: [{ name: "沈阳市", values: [100.5, null], displays: ["100.50", "—"] }],
  growth: { name: "同比增长", unit: "%", values: [7.1, 6.5], displays: ["7.1", "6.5"], computed: [false, true] },
};

describe("buildIndicatorTrendOption", () => {
  it("draws one region's level as bars on the left axis and its growth as a line on the right", () => {
    const o = buildIndicatorTrendOption(one) as any;
    expect(o.series.map((s: any) => [s.type, s.yAxisIndex])).toEqual([
      ["bar", 0],
      ["line", 1],
    ]);
    expect(o.series[0].data).toEqual([100.5, null]);
    expect(o.yAxis[0].name).toBe("亿元");
    expect(o.yAxis[1]).toMatchObject({ name: "%", show: true });
    expect(o.xAxis.data).toEqual(one.periods);
    expect(o.aria.enabled).toBe(true);
  });

  it("marks computed growth points with hollow markers", () => {
    const o = buildIndicatorTrendOption(one) as any;
    expect(o.series[1].data.map((p: any) => p.symbol)).toEqual(["circle", "emptyCircle"]);
  });

  it("draws rates as a line even for one region", () => {
    const o = buildIndicatorTrendOption({ ...one, lines: true, growth: null }) as any;
    expect(o.series.map((s: any) => s.type)).toEqual(["line"]);
  });

  it("compares several regions as lines without a growth axis", () => {
    const o = buildIndicatorTrendOption({
      ...one,
      growth: null,
      levels: [one.levels[0], { name: "和平区", values: [1, 2], displays: ["1.00", "2.00"] }],
    }) as any;
    expect(o.series.map((s: any) => s.type)).toEqual(["line", "line"]);
    expect(o.yAxis[1].show).toBe(false);
    expect(o.legend.data).toEqual(["沈阳市", "和平区"]);
  });

  it("shows display strings (not floats) with units in the tooltip, escaped", () => {
    const o = buildIndicatorTrendOption({ ...one, levels: [{ ...one.levels[0], name: "<b>" }] }) as any;
    const text = o.tooltip.formatter([
      { seriesIndex: 0, dataIndex: 1 },
      { seriesIndex: 1, dataIndex: 1 },
    ]);
    expect(text).toBe("2025年上半年<br/>&lt;b&gt;: — 亿元<br/>同比增长: 6.5 %");
  });

  it("writes English units on English pages (lib/bulletin/units.ts), Chinese ones otherwise", () => {
    const o = buildIndicatorTrendOption({ ...one, locale: "en", periods: ["2025 Q1", "2025 H1"] }) as any;
    expect(o.yAxis[0].name).toBe("100 million yuan");
    expect(o.yAxis[1].name).toBe("%");
    expect(o.tooltip.formatter([{ seriesIndex: 0, dataIndex: 0 }, { seriesIndex: 1, dataIndex: 0 }])).toBe("2025 Q1<br/>沈阳市: 100.50 (100 million yuan)<br/>同比增长: 7.1%");
    expect((buildIndicatorTrendOption({ ...one, locale: "zh" }) as any).yAxis[0].name).toBe("亿元");
  });
});
