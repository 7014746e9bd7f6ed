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

// Text position of each <text>: ECharts writes translate(x y) and a y offset.
function texts(svg: string): { text: string; size: number; y: number }[] {
  return [...svg.matchAll(/<text[^>]*style="font-size:([\d.]+)px;?[^"]*"[^>]*>([^<]*)<\/text>/g)].map((m) => {
    const tag = m[0];
    const t = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(tag);
    const dy = /\sy="([-\d.]+)"/.exec(tag);
    return { text: m[2], size: Number(m[1]), y: (t ? Number(t[2]) : 0) + (dy ? Number(dy[1]) : 0) };
  });
}

describe("charts drawn for a phone", () => {
  for (const spec of specs) {
    it(`draws ${spec.kind} at 360 px with no text under 12 px`, () => {
      const svg = renderChartSvg(spec, { width: 360, height: 300 }, true);
      const all = texts(svg);
      expect(all.length).toBeGreaterThan(0);
      expect(all.filter((t) => t.size < 12)).toEqual([]);
    });
  }

  it("puts a chart's legend below its title on a desktop and under the plot on a phone", () => {
    for (const [spec, titleText, legendText] of [[specs[2], "趋势", "沈阳市"], [specs[1], "比较", "a"]] as const) {
      const wide = texts(renderChartSvg(spec, { width: 720, height: 360 }));
      const title = wide.find((t) => t.text.startsWith(titleText))!;
      const legend = wide.find((t) => t.text === legendText)!;
      expect(legend.y - title.y, spec.kind).toBeGreaterThanOrEqual((title.size + legend.size) / 2 + 4);
    }
    const trend = specs[2];
    const narrow = texts(renderChartSvg(trend, { width: 360, height: 300 }, true));
    expect(narrow.find((t) => t.text === "沈阳市")!.y).toBeGreaterThan(260);
  });

  it("keeps a long English title and both axes' units inside a 360 px chart", () => {
    const title = "Value added of digital-economy core industries, year to date";
    const spec: ChartSpec = {
      kind: "indicatorTrend",
      data: {
        title,
        unit: "100 million yuan",
        periods: ["2024 Q1–Q3", "2025 Q1–Q3"],
        levels: [{ name: "Shenyang", values: [365, 410], displays: ["365", "410"] }],
        growth: { name: "Year-on-year growth", unit: "%", values: [11, 12.4], displays: ["11", "12.4"], computed: [false, false] },
      },
    };
    const svg = renderChartSvg(spec, { width: 360, height: 300 }, true);
    const text = (content: string) => {
      const tag = [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].find((m) => m[2] === content || m[2].startsWith(content))!;
      return { anchor: /text-anchor="(\w+)"/.exec(tag[1])![1], x: Number(/translate\(([-\d.]+)/.exec(tag[1])![1]), text: tag[2] };
    };
    // the left axis's unit starts at its axis, the right one's ends at its axis: neither is cut
    // by the edge, on a phone or a desktop
    for (const [drawn, width] of [[svg, 360], [renderChartSvg(spec, { width: 720, height: 360 }), 720]] as const) {
      const at = (content: string) => {
        const tag = [...drawn.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].find((m) => m[2] === content)!;
        return { anchor: /text-anchor="(\w+)"/.exec(tag[1])![1], x: Number(/translate\(([-\d.]+)/.exec(tag[1])![1]) };
      };
      expect(at("100 million yuan")).toMatchObject({ anchor: "start" });
      expect(at("100 million yuan").x).toBeGreaterThanOrEqual(0);
      expect(at("%")).toMatchObject({ anchor: "end" });
      expect(at("%").x).toBeLessThanOrEqual(width);
    }
    // the title ends in an ellipsis where it would have run off; the caption says it whole
    const shown = text("Value added").text;
    expect(shown.length).toBeLessThan(title.length);
    expect(shown.endsWith("...")).toBe(true);
    // a Chinese title that fits is drawn whole (the server measures Chinese exactly)
    const zh = "数字经济核心产业“四上”企业营业收入（累计值）";
    const zhSvg = renderChartSvg({ ...spec, data: { ...spec.data, title: zh } } as ChartSpec, { width: 360, height: 300 }, true);
    expect(zhSvg).toContain(`>${zh}</text>`);
  });
});


describe("English category names on a phone", () => {
  const names = ["Digital product manufacturing", "Digital product services", "Digital technology applications", "Digital factor-driven industries"];
  const spec: ChartSpec = {
    kind: "coreStructure",
    data: { title: "Structure", unit: "100 million yuan", parts: names.map((label, i) => ({ label, value: i + 1, display: `${i + 1}.00`, share: "25.0" })) },
  };

  it("wraps an industry's name between words, never inside one", () => {
    const words = new Set(names.flatMap((n) => n.split(" ")));
    const lines = texts(renderChartSvg(spec, { width: 360, height: 300 }, true))
      .map((t) => t.text.trim())
      .filter((t) => /^[A-Za-z-]+( [A-Za-z-]+)*$/.test(t) && names.some((n) => n.includes(t)));
    expect(lines.length).toBeGreaterThanOrEqual(names.length);
    for (const line of lines) for (const w of line.split(" ")) expect(words, `"${line}"`).toContain(w);
  });
});
