import { describe, expect, it } from "vitest";
import { compactSvg } from "./compact-svg";
import { renderChartSvg } from "./render-svg";
import { FONT_FAMILY } from "./theme";

const trend = {
  kind: "indicatorTrend" as const,
  data: {
    title: "趋势",
    unit: "亿元",
    periods: ["2025年一季度", "2025年上半年", "2025年前三季度"],
    levels: [{ name: "沈阳市", values: [1, 2, 3], displays: ["1.00", "2.00", "3.00"] }],
    growth: { name: "同比增长", unit: "%", values: [5, 6, 7], displays: ["5.0", "6.0", "7.0"], computed: [true, true, true] },
  },
};

describe("compactSvg", () => {
  it("keeps the font once, on the root, and every label and shape", () => {
    const svg = renderChartSvg(trend, { width: 720, height: 360 });
    expect(svg.match(/font-family/g)).toHaveLength(1);
    expect(svg.startsWith(`<svg font-family="${FONT_FAMILY}"`)).toBe(true);
    expect(svg).not.toContain('pointer-events="visible"');
    expect(svg).toContain(">2025年前三季度<");
    expect(svg).toContain("font-size:12px");
    expect((svg.match(/<(path|text|rect)\b/g) ?? []).length).toBeGreaterThan(20);
  });

  it("leaves other text untouched", () => {
    expect(compactSvg("<p style=\"\">x</p>")).toBe("<p style=\"\">x</p>");
    const other = '<svg><text style="font-family:serif;">a</text></svg>';
    expect(compactSvg(other)).toBe(`<svg font-family="${FONT_FAMILY}"><text style="font-family:serif;">a</text></svg>`);
  });
});
