import { describe, expect, it } from "vitest";
import { buildShareStackOption } from "./share-stack";

const data = {
  title: "核心产业结构",
  periods: ["2025年一季度", "2025年上半年"],
  parts: [
    { name: "数字产品制造业", values: [40, 41], displays: ["40.0", "41.0"] },
    { name: "数字产品服务业", values: [60, null], displays: ["60.0", "—"] },
  ],
  highlight: 0,
};

describe("buildShareStackOption", () => {
  const o = buildShareStackOption(data) as any;

  it("stacks every part on one stack, on a 0–100 % axis", () => {
    expect(o.series.map((s: any) => [s.type, s.stack])).toEqual([
      ["bar", "share"],
      ["bar", "share"],
    ]);
    expect(o.yAxis).toMatchObject({ max: 100, name: "%" });
    expect(o.series[1].data).toEqual([60, null]);
  });

  it("emphasises the highlighted part", () => {
    expect(o.series[0].itemStyle.color).not.toBe(o.series[1].itemStyle.color);
    const plain = buildShareStackOption({ ...data, highlight: null }) as any;
    expect(plain.series[0].itemStyle.color).toBe(o.series[0].itemStyle.color);
  });

  it("lists display shares per part in the tooltip", () => {
    expect(o.tooltip.formatter([{ seriesIndex: 0, dataIndex: 1 }, { seriesIndex: 1, dataIndex: 1 }])).toBe("2025年上半年<br/>数字产品制造业: 41.0%<br/>数字产品服务业: —");
  });
});
