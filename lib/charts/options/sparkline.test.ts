import { describe, expect, it } from "vitest";
import { buildSparklineOption } from "./sparkline";

type Opt = { yAxis: { min?: number; max?: number }; series: { data: (number | null)[]; markLine?: { data: { yAxis: number }[] } }[] };

describe("sparkline", () => {
  it("draws the target as a dashed line and keeps it inside the axis range", () => {
    const o = buildSparklineOption({ periods: ["a", "b", "c"], values: [10, null, 12], unit: "亿元", target: { value: 20, label: "2025年目标" } }) as unknown as Opt;
    expect(o.series[0].data).toEqual([10, null, 12]);
    expect(o.series[0].markLine!.data).toEqual([{ yAxis: 20, name: "2025年目标" }]);
    expect([o.yAxis.min, o.yAxis.max]).toEqual([10, 20]);
  });

  it("has no target line without a target", () => {
    const o = buildSparklineOption({ periods: ["a"], values: [5], unit: "个" }) as unknown as Opt;
    expect(o.series[0].markLine).toBeUndefined();
    expect([o.yAxis.min, o.yAxis.max]).toEqual([5, 5]);
  });
});
