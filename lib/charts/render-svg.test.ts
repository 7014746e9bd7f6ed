import { describe, expect, it } from "vitest";
import type { ChartSpec } from "./registry";
import { renderChartSvg } from "./render-svg";

const specs: ChartSpec[] = [
  { kind: "coreStructure", data: { title: "结构", unit: "亿元", parts: [{ label: "数字产品制造业", value: 1, display: "1.00", share: "100.0" }] } },
  { kind: "seriesCompare", data: { title: "比较", unit: "亿元", periods: ["2025Q1"], series: [{ name: "a", values: [1] }] } },
  {
    kind: "indicatorTrend",
    data: { title: "趋势 <&>", unit: "亿元", periods: ["2025年一季度"], levels: [{ name: "沈阳市", values: [1], displays: ["1.00"] }], growth: { name: "同比增长", unit: "%", values: [5], displays: ["5.0"], computed: [true] } },
  },
  { kind: "rankedBar", data: { title: "排名", unit: "亿元", bars: [{ label: "浑南区", value: 3, display: "3.00", highlight: true }] } },
  { kind: "tileMap", data: { title: "区县", unit: "亿元", classes: [{ label: "1–3" }], missingLabel: "无数据", tiles: [{ code: "210112", label: "浑南区", display: "3.00", classIndex: 0 }, { code: "210123", label: "康平县", display: "—", classIndex: null }] } },
  { kind: "shareStack", data: { title: "构成", periods: ["2025年一季度"], highlight: 0, parts: [{ name: "01", values: [100], displays: ["100.0"] }] } },
];

// Every start tag must be a name followed by name="value" attributes: a stray quote inside a
// value (as an unescaped font list once produced) makes the SVG file unreadable as XML.
const START_TAG = /^<[\w:-]+(\s+[\w:-]+="[^"<]*")*\s*\/?>$/;

describe("renderChartSvg", () => {
  for (const spec of specs) {
    it(`draws ${spec.kind} as a well-formed SVG document`, () => {
      const svg = renderChartSvg(spec, { width: 720, height: 360 });
      expect(svg.startsWith("<svg")).toBe(true);
      expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
      const tags = svg.match(/<[^!?/][^>]*>/g) ?? [];
      expect(tags.length).toBeGreaterThan(3);
      expect(tags.filter((t) => !START_TAG.test(t))).toEqual([]);
      expect(svg).not.toContain("<&>"); // data text is escaped
    });
  }
});
