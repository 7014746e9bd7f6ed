import { describe, expect, it } from "vitest";
import { buildRankedBarOption } from "./ranked-bar";

const data = {
  title: "2025年前三季度各区县",
  unit: "亿元",
  bars: [
    { label: "浑南区", value: 120.4, display: "120.40", highlight: true },
    { label: "和平&区", value: 80, display: "80.00" },
    { label: "康平县", value: null, display: "—" },
  ],
};

describe("buildRankedBarOption", () => {
  const o = buildRankedBarOption(data) as any;

  it("keeps the caller's ranking, largest on top", () => {
    expect(o.yAxis).toMatchObject({ type: "category", inverse: true, data: ["浑南区", "和平&区", "康平县"] });
    expect(o.series[0].data.map((d: any) => d.value)).toEqual([120.4, 80, null]);
  });

  it("colours highlighted regions differently and labels bars with display values", () => {
    const colours = o.series[0].data.map((d: any) => d.itemStyle.color);
    expect(colours[0]).not.toBe(colours[1]);
    expect(colours[1]).toBe(colours[2]);
    expect(o.series[0].label.formatter({ dataIndex: 2 })).toBe("—");
  });

  it("escapes names in the tooltip", () => {
    expect(o.tooltip.formatter({ dataIndex: 1 })).toBe("和平&amp;区<br/>80.00 亿元");
  });

  it("writes the unit in English on English pages", () => {
    const en = buildRankedBarOption({ ...data, locale: "en" }) as any;
    expect(en.xAxis.name).toBe("100 million yuan");
    expect(en.tooltip.formatter({ dataIndex: 0 })).toBe("浑南区<br/>120.40 (100 million yuan)");
    expect(o.xAxis.name).toBe("亿元");
  });
});
