import { describe, expect, it } from "vitest";
import { buildSparklineOption } from "./sparkline";

type Opt = { yAxis: { min?: number; max?: number }; series: { data: (number | null)[]; name?: string; markLine?: { data: { yAxis: number }[] } }[] };

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

  it("marks the target only at the points it applies to when asked, with no line across", () => {
    const o = buildSparklineOption({
      periods: ["2024Q3", "2024Q4", "2025Q1"],
      values: [80, 110, 30],
      unit: "亿元",
      target: { value: 120, label: "2025年目标", at: [null, 120, null] },
    }) as unknown as Opt;
    expect(o.series[0].markLine).toBeUndefined();
    expect(o.series[1]).toMatchObject({ name: "2025年目标", data: [null, 120, null] });
    expect([o.yAxis.min, o.yAxis.max]).toEqual([30, 120]);
  });

  it("leaves the axis to the values when no point carries the target", () => {
    const o = buildSparklineOption({ periods: ["2025Q1", "2025Q2"], values: [30, 60], unit: "亿元", target: { value: 120, label: "t", at: [null, null] } }) as unknown as Opt;
    expect([o.yAxis.min, o.yAxis.max]).toEqual([30, 60]);
  });
});
