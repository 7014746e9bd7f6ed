import { describe, expect, it } from "vitest";
import { chartSummary } from "./summary";

const trend = (locale: string, values: (number | null)[], growth = true) =>
  chartSummary({
    kind: "indicatorTrend",
    data: {
      locale,
      title: "t",
      unit: locale === "en" ? "CNY 100m" : "亿元",
      periods: ["2024Q3", "2024Q4", "2025Q1"],
      levels: [{ name: locale === "en" ? "Shenyang" : "沈阳市", values, displays: values.map((v) => (v === null ? "—" : v.toFixed(1))) }],
      growth: growth ? { name: locale === "en" ? "YoY growth" : "同比增长", unit: "%", values: [5, 6, 7.5], displays: ["5.0", "6.0", "7.5"], computed: [false, false, false] } : null,
    },
  });

describe("chart summaries", () => {
  it("say the range, the direction and the latest value of a trend, in Chinese and English", () => {
    expect(trend("zh", [100, 120, 130])).toBe("沈阳市：由2024Q3的100.0 亿元到2025Q1的130.0 亿元，上升；最新为130.0 亿元。2025Q1同比增长7.5 %。");
    const en = trend("en", [130, 120, 100])!;
    expect(en).toContain("from");
    expect(en).toContain("(down)");
    expect(en).toContain("2025Q1");
  });
  it("skip missing points at either end and handle a single value", () => {
    expect(trend("zh", [null, 120, null], false)).toBe("沈阳市：2024Q4为120.0 亿元。");
    expect(trend("zh", [null, null, null], false)).toBeNull();
  });
  it("name the highest and lowest bar of a ranking", () => {
    const s = chartSummary({ kind: "rankedBar", data: { locale: "zh", title: "t", unit: "亿元", bars: [{ label: "和平区", value: 3, display: "3.0" }, { label: "沈河区", value: 9, display: "9.0" }, { label: "铁西区", value: null, display: "—" }] } });
    expect(s).toBe("最高为沈河区，9.0 亿元；最低为和平区，3.0 亿元（共 2 项）。");
  });
});
