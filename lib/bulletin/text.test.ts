import { describe, expect, it } from "vitest";
import { headlineText, indicatorSentence, pointPhrase, structureText, yoyPhrase, type Headline } from "./text";

const core = (over: Partial<Headline> = {}): Headline => ({
  periodLabel: "2025年前三季度",
  value: { value: "583.214", decimals: 2, unit: "亿元" },
  growth: { value: "8.64", computed: false },
  gdpShare: { value: "8.3149", decimals: 1, change: { value: "0.35", decimals: 1 }, computed: false },
  ...over,
});

describe("headline paragraph", () => {
  it("reads as a statistical release: value, growth, share of GDP and its change in 百分点", () => {
    expect(headlineText(core(), "zh")).toBe(
      "2025年前三季度，全市数字经济核心产业实现增加值583.21亿元，同比增长8.6%，占地区生产总值比重为8.3%，比上年同期提高0.4个百分点。",
    );
  });

  it("writes growth of 100% or more in 倍 (增长1.1倍 = +110%)", () => {
    expect(headlineText(core({ growth: { value: "110.4", computed: false } }), "zh")).toContain("同比增长1.1倍");
    expect(yoyPhrase({ value: "99.96", computed: false }, "zh")).toBe("同比增长1.0倍");
    expect(yoyPhrase({ value: "99.94", computed: false }, "zh")).toBe("同比增长99.9%");
  });

  it("says 下降 for a fall and 回落 for a falling share", () => {
    const text = headlineText(core({ growth: { value: "-3.45", computed: false }, gdpShare: { value: "7.9", decimals: 1, change: { value: "-0.26", decimals: 1 }, computed: false } }), "zh");
    expect(text).toContain("同比下降3.5%");
    expect(text).toContain("比上年同期回落0.3个百分点");
  });

  it("marks a computed growth rate 计算值", () => {
    expect(headlineText(core({ growth: { value: "5.04", computed: true } }), "zh")).toContain("同比增长5.0%（计算值）");
  });

  it("leaves out clauses whose figure is missing, and says so when the value itself is missing", () => {
    expect(headlineText(core({ growth: null, gdpShare: null }), "zh")).toBe("2025年前三季度，全市数字经济核心产业实现增加值583.21亿元。");
    expect(headlineText(core({ value: null }), "zh")).toBe("2025年前三季度，全市数字经济核心产业增加值数据暂缺。");
    expect(headlineText(core({ gdpShare: { value: "8.3", decimals: 1, change: null, computed: true } }), "zh")).toMatch(/比重为8\.3%（计算值）。$/);
  });

  it("has an English version that spells out 亿元", () => {
    expect(headlineText(core({ periodLabel: "2025 Q1–Q3" }), "en")).toBe(
      "In 2025 Q1–Q3, the city's digital-economy core industries produced value added of 583.21 (100 million yuan), up 8.6% year on year, 8.3% of GDP, up 0.4 pp on a year earlier.",
    );
  });
});

describe("百分点 and 持平", () => {
  it("words an unchanged rate as 与上年同期持平", () => {
    expect(pointPhrase({ value: "0.04", decimals: 1 }, "zh")).toBe("与上年同期持平");
    expect(pointPhrase({ value: "1.25", decimals: 1 }, "zh")).toBe("比上年同期提高1.3个百分点");
  });
});

describe("structure paragraph", () => {
  it("lists each industry with its share of the core, skipping missing ones", () => {
    const text = structureText(
      [
        { name: "数字产品制造业", value: { value: "170.5", decimals: 2, unit: "亿元" }, share: "29.24" },
        { name: "数字产品服务业增加值", value: null, share: null },
        { name: "数字技术应用业增加值", value: { value: "210", decimals: 2, unit: "亿元" }, share: null },
      ],
      "zh",
    );
    expect(text).toBe("分大类看，数字产品制造业增加值170.50亿元，占核心产业增加值的比重为29.2%；数字技术应用业增加值210.00亿元。");
    expect(structureText([], "zh")).toBe("");
  });
});

describe("indicator sentences", () => {
  it("writes a stock with its growth, a rate with 百分点 and a published growth rate as 同比", () => {
    const base = { periodLabel: null, growth: null, points: null };
    expect(indicatorSentence({ ...base, name: "在用数据中心标准机架数", measureType: "STOCK", value: { value: "23456", decimals: 0, unit: "架" }, growth: { value: "12.34", computed: true } }, "zh")).toBe(
      "在用数据中心标准机架数2.35万架，同比增长12.3%（计算值）。",
    );
    expect(indicatorSentence({ ...base, name: "数字化研发设计工具普及率", measureType: "RATE", periodLabel: "2024年", value: { value: "81.2", decimals: 1, unit: "%" }, points: { value: "-1.3", decimals: 1 } }, "zh")).toBe(
      "2024年，数字化研发设计工具普及率为81.2%，比上年同期回落1.3个百分点。",
    );
    expect(indicatorSentence({ ...base, name: "数字经济核心产业固定资产投资增速", measureType: "GROWTH", value: { value: "-2.0", decimals: 1, unit: "%" } }, "zh")).toBe(
      "数字经济核心产业固定资产投资同比下降2.0%。",
    );
  });

  it("says 数据暂缺 for a missing value", () => {
    expect(indicatorSentence({ name: "数据交易额", measureType: "CUMULATIVE", periodLabel: null, value: null, growth: null, points: null }, "zh")).toBe("数据交易额数据暂缺。");
  });
});
